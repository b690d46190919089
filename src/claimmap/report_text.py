"""Report views tied back to the words: the annotated article and the tables that cite it.

The annotated text carries an anchor on every claim content, place mention and unplaced
mention; the claims, legs and unplaced-mention tables link their character offsets to
those anchors, so a reader goes from a row to its sentence in one click (the report
promises that every row links back to its sentence). A claim that is denied, hedged or
only alleged, and a leg told as possible, planned or only denied, is marked as such in
the tables and in the text, never shown like a plain assertion or a made journey.
Everything from the article is HTML-escaped.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from html import escape
from typing import TYPE_CHECKING

from claimmap.maps_html import (
    caveat_of,
    claimant_name,
    claimant_names,
    date_text,
    feature_key,
    leg_dates,
    leg_label,
    leg_rows,
    short,
)
from claimmap.model import Analysis, Claim, Span
from claimmap.report_views import VIEW_CSS, note

if TYPE_CHECKING:
    from IPython.display import HTML

#: Claim modalities and leg moods that must not read as a plain "it happened".
UNSURE = {"denied", "hedged", "alleged", "possible", "intended"}
_MOOD_WORDS = {
    "made": "made",
    "possible": "possible (not sure it happened)",
    "intended": "planned or threatened",
    "denied": "only denied (no one alleges it)",
}

TEXT_CSS = """<style>
.cm-text mark.cm-unplaced{background:none;outline:1px dashed #999}
.cm-text mark.cm-claim.cm-mod-denied{border-bottom:2px dashed #999}
.cm-text mark.cm-claim.cm-mod-hedged,.cm-text mark.cm-claim.cm-mod-alleged{
  border-bottom-style:dotted}
.cm-text a:target+mark{outline:2px solid #D55E00;background:#ffd3b0}
.cm-text a[id]{scroll-margin-top:40vh}
table.cm-table a.cm-src{white-space:nowrap}
table.cm-table tr.cm-unsure td{background:#fdf6e3}
table.cm-table tr.cm-unsure td:first-child{box-shadow:inset 3px 0 #a07d00}
.cm-badge{display:inline-block;padding:0 5px;border-radius:3px;font-size:12px;white-space:nowrap}
.cm-badge.cm-denied{background:#e2e2e2;color:#333;border:1px dashed #777}
.cm-badge.cm-hedged,.cm-badge.cm-alleged,.cm-badge.cm-possible,.cm-badge.cm-intended{
  background:#fff4d6;color:#5a4500;border:1px dotted #a07d00}
.cm-caveat{display:inline-block;margin-left:4px;padding:0 5px;border-radius:3px;font-size:12px;
  background:#fdecea;color:#7a1f12;border:1px solid #d9a39a}
.cm-badge.cm-stance{background:#eef2f7;color:#2d3f55;border:1px solid #8aa0b8}
button.cm-on-map{font:inherit;font-size:inherit;padding:0 3px;margin:0;border:0;
  background:none;color:#0b5cad;text-decoration:underline dotted;cursor:pointer}
button.cm-on-map:focus-visible{outline:2px solid #D55E00}
.cm-table-wrap{overflow-x:auto;max-width:100%}
@media (max-width:640px){table.cm-table{font-size:12px}
  table.cm-table td,table.cm-table th{padding:3px 4px}}
</style>
<script>
(function () {
  if (window.cmOnMapBound) { return; }
  window.cmOnMapBound = true;
  document.addEventListener("click", function (e) {
    var button = e.target.closest ? e.target.closest("button.cm-on-map") : null;
    var frame = document.querySelector("iframe.cm-map-frame");
    var win = frame ? frame.contentWindow : null;
    if (!button || !win || !win.cmShow) { return; }
    frame.scrollIntoView({block: "center"});
    frame.focus();
    win.cmShow(button.getAttribute("data-cm-key"));
  });
})();
</script>"""


class Markup(str):
    """A table cell that is already HTML (built escaped here), so it is not escaped again."""

    __slots__ = ()


def anchor(kind: str, span: Span) -> str:
    """The id of a span's mark in the annotated text (``kind``: claim, place, unplaced).

    >>> anchor("claim", Span("d", 12, 40, "x"))
    'cm-claim-12-40'
    """
    return f"cm-{kind}-{span.start}-{span.end}"


def source_link(kind: str, spans: Sequence[Span]) -> Markup:
    """Offsets ``[start, end)`` of each span, each a link to its mark in the text."""
    return Markup(
        "; ".join(
            f'<a class="cm-src" href="#{anchor(kind, s)}" title="show in the text">'
            f"[{s.start}, {s.end})</a>"
            for s in spans
        )
    )


def badge(word: str, label: str | None = None) -> Markup:
    """A modality or mood, boxed when it is not a plain assertion or a made journey."""
    text = escape(label or word)
    return Markup(
        f'<span class="cm-badge cm-{escape(word)}">{text}</span>' if word in UNSURE else text
    )


def linked_table(
    rows: Iterable[tuple[Sequence[object], bool]], header: Sequence[str], empty: str
) -> HTML:
    """A table whose cells are escaped unless :class:`Markup`; rows flagged True are
    shaded as unsure. With no rows, the line ``empty`` instead."""
    rows = list(rows)
    if not rows:
        return note(empty)
    return _html(_rows_markup(rows, header, empty))


def _rows_markup(
    rows: Iterable[tuple[Sequence[object], bool]], header: Sequence[str], empty: str
) -> str:
    """The table of :func:`linked_table` as a string (a note with ``empty`` and no rows)."""
    rows = list(rows)
    if not rows:
        return f'<p class="cm-note">{escape(empty)}</p>'
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join(
        ('<tr class="cm-unsure">' if unsure else "<tr>")
        + "".join(f"<td>{_cell(v)}</td>" for v in row)
        + "</tr>"
        for row, unsure in rows
    )
    return f'<div class="cm-table-wrap"><table class="cm-table"><tr>{head}</tr>{body}</table></div>'


def _cell(value: object) -> str:
    if isinstance(value, Markup):
        return str(value)
    return escape("" if value is None else str(value))


def _html(markup: str) -> HTML:
    from IPython.display import HTML

    return HTML(VIEW_CSS + TEXT_CSS + markup)


def claims_table(analysis: Analysis) -> HTML:
    """Claims: claimant, outlet, date (precision), modality, content with any caveat the
    outlet attached, offsets linked to the text; denied, hedged and alleged claims boxed
    and shaded, stances marked as such. Non-answers ("declined to say where ...") say
    nothing about the story, so they follow in a table of their own, not among stances."""
    said = [c for c in analysis.claims if c.kind != "non_answer"]
    silent = [c for c in analysis.claims if c.kind == "non_answer"]
    main = _rows_markup(
        (
            (
                (
                    claimant_name(c),
                    c.outlet.text if c.outlet else "",
                    date_text(c),
                    _modality(c),
                    _content(c),
                    source_link("claim", [c.content]),
                ),
                c.modality in UNSURE,
            )
            for c in said
        ),
        ("claimant", "outlet", "date", "modality", "content", "chars"),
        empty="No attributed claims were found.",
    )
    if not silent:
        return _html(main)
    rest = _rows_markup(
        (
            (
                (claimant_name(c), date_text(c), _content(c), source_link("claim", [c.content])),
                False,
            )
            for c in silent
        ),
        ("who", "date", "did not answer about", "chars"),
        empty="",
    )
    return _html(
        f'{main}<p class="cm-non-answers"><b>Asked, but did not answer</b> '
        f"({len(silent)}): a refusal or a silence is no claim either way.</p>{rest}"
    )


def _content(claim: Claim) -> Markup:
    caveat = caveat_of(claim)
    text = escape(claim.content_text)
    if not caveat:
        return Markup(text)
    return Markup(f'{text} <span class="cm-caveat" title="caveat">⚠ {escape(caveat)}</span>')


def _modality(claim: Claim) -> Markup:
    if claim.kind == "stance":
        return Markup(f'{badge(claim.modality)} <span class="cm-badge cm-stance">stance</span>')
    return badge(claim.modality)


def legs_table(analysis: Analysis) -> HTML:
    """The route legs: mover, from, to, stated or inferred, mood, dates, km, who claims and
    who denies it, the evidence offsets linked to the text."""
    rows = []
    for route, i, leg, start, end, said in leg_rows(analysis):
        km = "" if leg.distance_km is None else f"{leg.distance_km:,.0f}"
        row = (
            short(leg_label(analysis, route, leg), 48),
            Markup(f"{i} " + on_map(feature_key("leg", route.id, i), "map", "show on the map")),
            on_map(feature_key("place", leg.from_place), start, "show on the map"),
            on_map(feature_key("place", leg.to_place), end, "show on the map"),
            leg.status,
            badge(leg.mood, _MOOD_WORDS.get(leg.mood)),
            leg_dates(leg),
            km,
            claimant_names(c for c in said if c.modality != "denied"),
            claimant_names(c for c in said if c.modality == "denied"),
            source_link("evidence", leg.evidence),
        )
        rows.append((row, leg.mood in UNSURE))
    header = ("mover", "leg", "from", "to", "status", "mood", "date", "km", "claimed by")
    return linked_table(rows, (*header, "denied by", "chars"), empty="No route leg was found.")


def on_map(key: str, label: str, title: str) -> Markup:
    """A button that shows a map feature (:func:`claimmap.maps_html.feature_key`) on the
    report's map: pans and zooms to it, opens its popup and gives the map the keyboard."""
    return Markup(
        f'<button type="button" class="cm-on-map" data-cm-key="{escape(key)}" '
        f'title="{escape(title)}">{escape(label)}</button>'
    )


def unresolved_table(analysis: Analysis) -> HTML:
    """Mentions that looked like places but were not placed, with the reason, linked."""
    return linked_table(
        (
            ((u.mention.text, u.reason, source_link("unplaced", [u.mention])), False)
            for u in analysis.unresolved
        ),
        ("mention", "why not placed", "chars"),
        empty="Every place mention was placed.",
    )


def annotated_text(analysis: Analysis) -> HTML:
    """The article with place mentions marked, claim contents underlined (dashed when
    denied, dotted when hedged), unplaced mentions boxed, and the evidence of legs
    anchored; hover for the place, the claimant and the offsets.

    Marks may nest (a place inside a claim): the text is cut at every mark boundary and
    each piece carries the classes and hover titles of all marks covering it; a mark's
    anchor id sits on its first piece.
    """
    text = analysis.document.text
    marks = _marks(analysis)
    ids: dict[int, list[str]] = {}
    for start, end, _css, _title, kind in marks:
        if kind:
            ids.setdefault(start, []).append(f"cm-{kind}-{start}-{end}")
    cuts = sorted({0, len(text), *(m[0] for m in marks), *(m[1] for m in marks)})
    out, used = [], set()
    for start, end in itertools.pairwise(cuts):
        piece = escape(text[start:end])
        covering = [m for m in marks if m[2] and m[0] <= start and end <= m[1]]
        # every id starting here, each on its own empty mark so that all stay targets
        for ident in ids.get(start, []):
            if ident not in used:
                used.add(ident)
                out.append(f'<a id="{ident}"></a>')
        if covering:
            css = " ".join(sorted({c for m in covering for c in m[2].split()}))
            title = escape("; ".join(dict.fromkeys(m[3] for m in covering)))
            piece = f'<mark class="{css}" title="{title}">{piece}</mark>'
        out.append(piece)
    return _html(f'<div class="cm-text">{"".join(out)}</div>')


def _marks(analysis: Analysis) -> list[tuple[int, int, str, str, str]]:
    """(start, end, css classes, hover title, anchor kind) of every mark in the text."""
    marks = [
        (m.start, m.end, "cm-place", f"{p.name} ({p.kind}) [{m.start}, {m.end})", "place")
        for p in analysis.places
        for m in p.mentions
    ]
    marks += [
        (
            c.content.start,
            c.content.end,
            f"cm-claim cm-mod-{c.modality}",
            f"{claimant_name(c)}, {c.modality} [{c.content.start}, {c.content.end})",
            "claim",
        )
        for c in analysis.claims
    ]
    marks += [
        (
            u.mention.start,
            u.mention.end,
            "cm-unplaced",
            f"not placed: {u.reason} [{u.mention.start}, {u.mention.end})",
            "unplaced",
        )
        for u in analysis.unresolved
    ]
    marks += [
        (s.start, s.end, "", "", "evidence")
        for r in analysis.routes
        for leg in r.legs
        for s in leg.evidence
    ]
    return [m for m in marks if 0 <= m[0] < m[1] <= len(analysis.document.text)]
