"""HTML views the notebooks display: article header, annotated text, tables.

Everything from the article is HTML-escaped (titles and text are untrusted input), and each
view carries its own small stylesheet so it looks the same in JupyterLab and in reports.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from typing import TYPE_CHECKING, Any

from claimmap.maps_html import DATA_CREDIT
from claimmap.model import Analysis, Document

if TYPE_CHECKING:
    from IPython.display import HTML

SUMMARY_KEY = "claimmap/summary"  # output metadata key holding an article's counts

#: Style of the notebook views; sent with each view so they look the same in JupyterLab.
VIEW_CSS = """<style>
.cm-article h1{font-size:1.5em;margin:.3em 0}
.cm-meta-line{color:#555}
.cm-counts span{display:inline-block;margin-right:1em;font-weight:600}
.cm-note{color:#333}
.cm-credit{color:#666;font-size:12px;margin-top:1em}
.cm-text{white-space:pre-wrap;line-height:1.6;font-size:14px}
.cm-text mark{background:none;padding:0}
.cm-text mark.cm-place{background:#ffe08a}
.cm-text mark.cm-claim{border-bottom:2px solid #0072B2}
table.cm-table{border-collapse:collapse;font-size:13px}
table.cm-table td,table.cm-table th{
  border-bottom:1px solid #ddd;padding:3px 8px;text-align:left !important;vertical-align:top}
</style>"""


def published(doc: Document) -> str:
    """The publication date as ``YYYY-MM-DD``, or ``""``."""
    return doc.published.date().isoformat() if doc.published else ""


def _html(markup: str) -> HTML:
    from IPython.display import HTML

    return HTML(VIEW_CSS + markup)


class ArticleHeader:
    """Title, outlet, date and counts of an article (escaped), displayed with the counts
    also in the output's metadata, where :func:`build_reports` reads them for the index."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis

    def summary(self) -> dict[str, int]:
        a = self.analysis
        return {
            "places": len(a.places),
            "claims": len(a.claims),
            "movements": len(a.movements),
            "legs": sum(len(r.legs) for r in a.routes),
            "unresolved": len(a.unresolved),
        }

    def html(self) -> str:
        doc = self.analysis.document
        meta = " · ".join(
            escape(v)
            for v in (doc.outlet or "outlet unknown", published(doc) or "date unknown", doc.id)
        )
        url = f'<div class="cm-meta-line">{escape(doc.url)}</div>' if doc.url else ""
        counts = "".join(
            f"<span>{n} {escape(label)}</span>"
            for label, n in zip(_COUNT_LABELS, self.summary().values(), strict=True)
        )
        return (
            f'<div class="cm-article"><h1>{escape(doc.title or doc.id)}</h1>'
            f'<div class="cm-meta-line">{meta}</div>{url}'
            f'<div class="cm-counts">{counts}</div></div>'
        )

    def _repr_mimebundle_(
        self, include: Any = None, exclude: Any = None
    ) -> tuple[dict[str, str], dict[str, Any]]:
        data = {
            "text/html": VIEW_CSS + self.html(),
            "text/plain": self.analysis.document.title or "",
        }
        return data, {SUMMARY_KEY: {"doc_id": self.analysis.document.id, **self.summary()}}


_COUNT_LABELS = ("places", "claims", "movements", "route legs", "unplaced mentions")


def article_header(analysis: Analysis) -> ArticleHeader:
    """Title, outlet, date, link and counts of an article, escaped."""
    return ArticleHeader(analysis)


def table(rows: Iterable[Sequence[object]], header: Sequence[str], empty: str = "") -> HTML:
    """A small escaped HTML table; with no rows, the line ``empty`` (if given) instead, since
    a header over nothing reads as a table that failed to fill."""
    rows = list(rows)
    if not rows and empty:
        return note(empty)
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape('' if v is None else str(v))}</td>" for v in row) + "</tr>"
        for row in rows
    )
    return _html(f'<table class="cm-table"><tr>{head}</tr>{body}</table>')


def movements_table(analysis: Analysis) -> HTML:
    """The movement events behind the legs: mover, verb, from, through, to, date, offsets."""
    return table(
        (
            (
                m.mover.text if m.mover else "",
                m.trigger.text,
                m.origin.span.text if m.origin else "",
                ", ".join(t.span.text for t in m.transit),
                m.destination.span.text if m.destination else "",
                f"{m.date.isoformat()} ({m.date_precision})" if m.date else "",
                f"[{m.trigger.start}, {m.trigger.end})",
            )
            for m in analysis.movements
        ),
        ("mover", "verb", "from", "through", "to", "date", "chars"),
        empty="No movement was found.",
    )


def corpus_table(analyses: Sequence[Analysis]) -> HTML:
    """One row per article of a corpus: title, outlet, date and what was found in it."""
    return table(
        (
            (
                a.document.title or a.document.id,
                a.document.outlet,
                a.document.published.date() if a.document.published else "",
                len(a.places),
                len(a.claims),
                sum(len(r.legs) for r in a.routes),
            )
            for a in analyses
        ),
        ("article", "outlet", "published", "places", "claims", "legs"),
        empty="No article was read.",
    )


def note(text: str) -> HTML:
    """One escaped line of explanation in place of an empty view."""
    return _html(f'<p class="cm-note">{escape(text)}</p>')


def credit_html() -> str:
    """The data credit line (GeoNames' CC BY 4.0 licence requires attribution)."""
    return f'<p class="cm-credit">{escape(DATA_CREDIT)}</p>'


def data_credit() -> HTML:
    """The data credit, displayed at the foot of each report."""
    return _html(credit_html())


def place_counts(analyses: Sequence[Analysis]) -> list[tuple[str, str, int, int]]:
    """(name, kind, articles naming it, mentions) per place id, most shared first."""
    seen: dict[str, tuple[str, str, set[str], int]] = {}
    for a in analyses:
        for p in a.places:
            name, kind, docs, mentions = seen.get(p.id, (p.name, p.kind, set(), 0))
            seen[p.id] = (name, kind, docs | {a.document.id}, mentions + len(p.mentions))
    rows = [(name, kind, len(docs), n) for name, kind, docs, n in seen.values()]
    return sorted(rows, key=lambda r: (-r[2], -r[3], r[0]))


def routes_summary(analysis: Analysis) -> HTML:
    """One line on what the route map holds, so that a map without lines reads as "no
    movement found" rather than as a drawing that failed."""
    legs = [leg for route in analysis.routes for leg in route.legs]
    if not legs:
        found = len(analysis.movements)
        why = (
            f" ({found} movement{'s' if found != 1 else ''} without two placed ends)"
            if found
            else ""
        )
        return _html(
            f'<p class="cm-note">No alleged movement between places was found{escape(why)}: '
            "the map shows the places and the claim sources only.</p>"
        )
    stated = sum(leg.status == "stated" for leg in legs)
    unmade = [
        f"{n} told as {label}"
        for mood, label in (
            ("possible", "possible"),
            ("intended", "planned or threatened"),
            ("denied", "denied, alleged by no one"),
        )
        if (n := sum(leg.mood == mood for leg in legs))
    ]
    moods = f" Of these, {' and '.join(unmade)} (drawn with their own dashes)." if unmade else ""
    return _html(
        f'<p class="cm-note">{len(analysis.routes)} route(s), {len(legs)} leg(s): {stated} '
        f"stated in the text, {len(legs) - stated} inferred by chaining movements.{moods}</p>"
    )


__all__ = [
    "SUMMARY_KEY",
    "VIEW_CSS",
    "ArticleHeader",
    "article_header",
    "corpus_table",
    "credit_html",
    "data_credit",
    "movements_table",
    "note",
    "place_counts",
    "published",
    "routes_summary",
    "table",
]
