"""The front-end files maps and reports inline, so a page opens with no network.

Leaflet comes from the npm registry into ``.assets/`` (``scripts/install_assets.sh``,
pinned by ``scripts/assets/package-lock.json``); plotly.js from the plotly wheel. Nothing
third-party is committed and no page links a CDN: a map that needs one is blank on an
air-gapped laptop. ``CLAIMMAP_ASSETS`` points to another install directory.
"""

from __future__ import annotations

import base64
import functools
import os
import re
from pathlib import Path

from claimmap.config import REPO_ROOT
from claimmap.errors import ReportError

INSTALL_HINT = "run `make setup` (or `bash scripts/install_assets.sh`) to install them"
_CSS_URL = re.compile(r"url\((['\"]?)(images/[\w.-]+\.(?:png|svg))\1\)")
_MIME = {".png": "image/png", ".svg": "image/svg+xml"}


def assets_dir() -> Path:
    """Directory holding ``node_modules`` of the installed front-end libraries."""
    return Path(os.environ.get("CLAIMMAP_ASSETS", REPO_ROOT / ".assets"))


def leaflet_dir() -> Path:
    """``dist/`` of the installed Leaflet; raises ReportError with the fix if missing."""
    dist = assets_dir() / "node_modules" / "leaflet" / "dist"
    if not (dist / "leaflet.js").is_file():
        raise ReportError(f"Leaflet is not installed in {dist.parent}; {INSTALL_HINT}")
    return dist


@functools.cache
def leaflet_js() -> str:
    """Leaflet's minified JavaScript."""
    return (leaflet_dir() / "leaflet.js").read_text(encoding="utf-8")


@functools.cache
def leaflet_css() -> str:
    """Leaflet's stylesheet with its images turned into ``data:`` URLs (no file requests)."""
    dist = leaflet_dir()
    css = (dist / "leaflet.css").read_text(encoding="utf-8")
    return _CSS_URL.sub(lambda m: f"url({data_url(dist / m.group(2))})", css)


@functools.cache
def plotly_js() -> str:
    """plotly.js as shipped inside the installed plotly wheel."""
    from plotly.offline import get_plotlyjs

    return str(get_plotlyjs())


def data_url(path: Path) -> str:
    """A ``data:`` URL of a small image file."""
    mime = _MIME.get(path.suffix.lower(), "application/octet-stream")
    return f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"


def inline_script(js: str) -> str:
    """``<script>`` holding ``js``; a literal ``</script`` inside is made harmless."""
    return "<script>" + js.replace("</script", "<\\/script") + "</script>"


def inline_style(css: str) -> str:
    """``<style>`` holding ``css``."""
    return "<style>" + css.replace("</style", "<\\/style") + "</style>"


__all__ = [
    "INSTALL_HINT",
    "assets_dir",
    "data_url",
    "inline_script",
    "inline_style",
    "leaflet_css",
    "leaflet_dir",
    "leaflet_js",
    "plotly_js",
]
