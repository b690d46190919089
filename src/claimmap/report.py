"""Static HTML reports: one page per article (a papermill-run notebook) plus an index.

``build_reports`` executes ``notebooks/report.ipynb`` once per article with papermill,
renders it with nbconvert (code hidden, a lab template stripped of its CDN scripts:
require.js, MathJax, widgets, mermaid) and writes ``DIR/<doc-id>.html`` and
``DIR/index.html``. Maps and figures inline their JavaScript, so the pages open with no
network (plotly.js once, gzipped, unpacked while the page loads and run once it is shown: see
:mod:`claimmap.report_pack`). The HTML views the notebooks display live in
:mod:`claimmap.report_views` and are re-exported here, so a notebook needs only
``from claimmap import report``.
"""

from __future__ import annotations

import json
import logging
import re
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from claimmap.config import notebooks_dir
from claimmap.errors import ReportError
from claimmap.model import Document
from claimmap.report_text import annotated_text, claims_table, legs_table, unresolved_table
from claimmap.report_views import (
    SUMMARY_KEY,
    ArticleHeader,
    article_header,
    corpus_table,
    credit_html,
    data_credit,
    movements_table,
    place_counts,
    published,
    routes_summary,
    table,
)

log = logging.getLogger(__name__)

REPORT_NOTEBOOK = "report.ipynb"
MAX_REPORT_BYTES = 8 * 1024 * 1024
KERNEL = "python3"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")

_TEMPLATE = """{%- extends 'lab/index.html.j2' -%}
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{% block jupyter_widgets %}{% endblock jupyter_widgets %}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{% block extra_css %}<style>
main{max-width:1180px;margin:0 auto}
</style>{% endblock extra_css %}
"""


@dataclass(frozen=True)
class ReportEntry:
    """One line of the index: the article, its counts, and its page (or why it failed)."""

    doc: Document
    href: str | None
    places: int = 0
    claims: int = 0
    legs: int = 0
    error: str | None = None
    size: int = 0


def safe_name(doc_id: str) -> str:
    """A file name for a document id (``000_abc`` stays, ``a/b`` → ``a_b``).

    >>> safe_name("../x y")
    'x_y'
    """
    return _UNSAFE.sub("_", doc_id).strip("._") or "article"


def build_reports(docs: Sequence[Document], out_dir: Path, progress: bool = True) -> Path:
    """Write one HTML report per article and ``index.html`` into ``out_dir``; return the index.

    An article whose notebook fails is listed in the index with the error; the others
    are still written. Raises ReportError if the report notebook or assets are missing.
    """
    from claimmap.assets import leaflet_dir

    leaflet_dir()  # fail early, with the fix, if the offline assets are not installed
    notebook = notebooks_dir() / REPORT_NOTEBOOK
    if not notebook.is_file():
        raise ReportError(f"{notebook}: report notebook missing (set CLAIMMAP_NOTEBOOKS?)")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    entries: list[ReportEntry] = []
    used: set[str] = set()
    with tempfile.TemporaryDirectory(prefix="claimmap-report-") as tmp:
        for doc in _progress(docs, progress):
            name = _unique(safe_name(doc.id), used)
            entries.append(_build_one(doc, name, notebook, Path(tmp), out_dir))
    index = out_dir / "index.html"
    index.write_text(index_html(entries), encoding="utf-8")
    return index


def _progress(docs: Sequence[Document], progress: bool) -> Iterable[Document]:
    if not progress or len(docs) < 2:
        return docs
    from tqdm import tqdm

    return tqdm(docs, desc="reports", unit="article")


def _unique(name: str, used: set[str]) -> str:
    candidate, n = name, 1
    while candidate.lower() in used or candidate.lower() == "index":
        n += 1
        candidate = f"{name}-{n}"
    used.add(candidate.lower())
    return candidate


def _build_one(doc: Document, name: str, notebook: Path, tmp: Path, out_dir: Path) -> ReportEntry:
    started = time.perf_counter()
    source = tmp / f"{name}.json"
    source.write_text(json.dumps(document_record(doc), ensure_ascii=False), encoding="utf-8")
    try:
        nb = execute_notebook(notebook, {"article_path": str(source)})
    except ReportError as exc:
        log.error("%s: %s", doc.id, exc)
        return ReportEntry(doc, None, error=str(exc))
    nb.metadata["title"] = doc.title or doc.id
    page = out_dir / f"{name}.html"
    page.write_text(notebook_html(nb), encoding="utf-8")
    size = page.stat().st_size
    if size > MAX_REPORT_BYTES:
        log.warning("%s: report is %.1f MB (> 8 MB)", page, size / 1e6)
    log.info("%s: %s in %.1f s", doc.id, page, time.perf_counter() - started)
    counts = notebook_summary(nb)
    return ReportEntry(
        doc,
        page.name,
        places=counts.get("places", 0),
        claims=counts.get("claims", 0),
        legs=counts.get("legs", 0),
        size=size,
    )


def notebook_summary(nb: Any) -> dict[str, int]:
    """The counts an executed report notebook published (see :class:`ArticleHeader`)."""
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            summary = output.get("metadata", {}).get(SUMMARY_KEY)
            if summary:
                return {k: int(v) for k, v in summary.items() if k != "doc_id"}
    return {}


def document_record(doc: Document) -> dict[str, Any]:
    """The document as a ``.json`` article that :func:`claimmap.load` reads back unchanged."""
    return {
        "id": doc.id,
        "text": doc.text,
        "title": doc.title,
        "outlet": doc.outlet,
        "published": doc.published.isoformat() if doc.published else None,
        "url": doc.url,
        "lang": doc.lang,
    }


def execute_notebook(notebook: Path, parameters: dict[str, Any]) -> Any:
    """Run ``notebook`` with papermill in a fresh kernel; raise ReportError if a cell fails."""
    import nbformat
    import papermill
    from papermill.exceptions import PapermillExecutionError

    try:
        executed = papermill.execute_notebook(
            str(notebook),
            None,
            parameters=parameters,
            kernel_name=KERNEL,
            cwd=str(notebook.parent),
            progress_bar=False,
            log_output=False,
            # the kernel's own start/stop chatter ("running over TCP", "KeyboardInterrupt
            # caught") is noise here; cell errors still come back as PapermillExecutionError
            extra_arguments=["--IPKernelApp.log_level=CRITICAL"],
        )
    except PapermillExecutionError as exc:
        raise ReportError(f"{notebook.name} failed: {exc.ename}: {exc.evalue}") from exc
    return nbformat.from_dict(executed)


def notebook_html(nb: Any) -> str:
    """HTML of an executed notebook: lab look, no code, no prompts, no CDN scripts; its
    plotly figures drawn from plotly.js packed once at the end (:mod:`claimmap.report_pack`)."""
    import jinja2
    from nbconvert import HTMLExporter

    from claimmap.report_pack import add_loader, figure_traces, pack_figures

    exporter = HTMLExporter(
        template_name="lab",
        extra_loaders=[jinja2.DictLoader({"claimmap_report.html.j2": _TEMPLATE})],
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    exporter.template_file = "claimmap_report.html.j2"
    traces = figure_traces(nb)
    nb, figures = pack_figures(nb)
    body, _ = exporter.from_notebook_node(nb)
    return add_loader(str(body), traces) if figures else str(body)


def index_html(entries: Sequence[ReportEntry]) -> str:
    """The index page: one row per article with its counts and a link to its report."""
    rows = []
    for e in entries:
        title = escape(e.doc.title or e.doc.id)
        link = f'<a href="{escape(e.href)}">{title}</a>' if e.href else title
        status = escape(e.error) if e.error else f"{e.size / 1e6:.1f} MB"
        rows.append(
            f"<tr><td>{link}<br><small>{escape(e.doc.id)}</small></td>"
            f"<td>{escape(e.doc.outlet or '')}</td><td>{escape(published(e.doc))}</td>"
            f"<td>{e.places}</td><td>{e.claims}</td><td>{e.legs}</td><td>{status}</td></tr>"
        )
    head = "".join(
        f"<th>{h}</th>"
        for h in ("article", "outlet", "published", "places", "claims", "legs", "report")
    )
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        "<title>claimmap reports</title><style>"
        "body{font:14px/1.45 system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em}"
        "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;"
        "padding:6px 8px;text-align:left;vertical-align:top}"
        ".cm-credit{color:#666;font-size:12px;margin-top:1.5em}</style></head><body>"
        f"<h1>claimmap reports</h1><p>{len(entries)} article(s).</p>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        f"{credit_html()}</body></html>\n"
    )


__all__ = [
    "MAX_REPORT_BYTES",
    "SUMMARY_KEY",
    "ArticleHeader",
    "ReportEntry",
    "annotated_text",
    "article_header",
    "build_reports",
    "claims_table",
    "corpus_table",
    "data_credit",
    "document_record",
    "execute_notebook",
    "index_html",
    "legs_table",
    "movements_table",
    "notebook_html",
    "notebook_summary",
    "place_counts",
    "routes_summary",
    "safe_name",
    "table",
    "unresolved_table",
]
