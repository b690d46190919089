"""HTML for map popups and tooltips: the supporting sentence, its span highlighted, and provenance.

A dot without its sentence cannot be checked, so every popup quotes the sentence with the
span marked, names claimant, outlet, date and precision, and ends with the document id and
character offsets. Every piece of text goes through :func:`html.escape`: articles are
untrusted input and popup HTML reaches ``innerHTML``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from html import escape

from claimmap.model import Analysis, Claim, Leg, Place, Route, Span

#: Longest stretch of a sentence quoted around a span (characters each side).
CONTEXT_CHARS = 240
MAX_ITEMS = 4  # mentions or claims listed in one popup before "+N more"
#: Credit for the geographic data; GeoNames' CC BY 4.0 licence requires it on every page.
DATA_CREDIT = (
    "Place data: GeoNames (geonames.org, CC BY 4.0); "
    "boundaries and basemap: Natural Earth (public domain)"
)

_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+|\n+")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """``[s, e)`` of the sentence around ``text[start:end]``, at most CONTEXT_CHARS each side.

    A cheap splitter (end punctuation + space, or a newline) is enough to show a reader
    where a span came from, and keeps the maps independent of the spaCy parse.

    >>> sentence_bounds("One. Two three. Four", 5, 8)
    (5, 15)
    """
    lo = max(0, start - CONTEXT_CHARS)
    s = lo
    for stop in _SENTENCE_END.finditer(text, lo, start):
        s = stop.end()
    e = min(len(text), end + CONTEXT_CHARS)
    after = _SENTENCE_END.search(text, end, e)
    if after:
        e = after.start() + 1 if text[after.start()] in ".!?" else after.start()
    return s, max(e, end)


def highlight(text: str, bounds: tuple[int, int], marks: Iterable[tuple[int, int, str]]) -> str:
    """Escaped ``text[bounds]`` with each ``(start, end, css_class)`` wrapped in ``<mark>``.

    Overlapping marks are dropped after the first, so the HTML stays well nested.
    """
    s, e = bounds
    out: list[str] = []
    pos = s
    for start, end, css in sorted(set(marks)):
        start, end = max(start, s), min(end, e)
        if start < pos or start >= end:
            continue
        out.append(escape(text[pos:start]))
        out.append(f'<mark class="{escape(css)}">{escape(text[start:end])}</mark>')
        pos = end
    out.append(escape(text[pos:e]))
    return "".join(out)


def content_marks(claim: Claim) -> list[tuple[int, int, str]]:
    """The claim's words marked as its content: the quotations only, when an attribution
    interrupts them (its claimant and cue are then marked on their own)."""
    parts = claim.content_parts or (claim.content,)
    return [(p.start, p.end, "cm-content") for p in parts]


def quote(text: str, spans: Sequence[Span], css: str = "cm-span") -> str:
    """The sentence around the first span, with all given spans marked, as a block quote."""
    s, e = sentence_bounds(text, spans[0].start, spans[0].end)
    inner = highlight(text, (s, e), ((sp.start, sp.end, css) for sp in spans))
    return f'<blockquote class="cm-quote">{inner}</blockquote>'


def short(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters at a word boundary, with an ellipsis.

    >>> short("thousands of foreign-backed militants", 20)
    'thousands of…'
    """
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip(" ,;·") + "…"


def provenance(doc_id: str, spans: Sequence[Span]) -> str:
    """``doc <id> · chars [s, e)`` for each span."""
    pairs = ", ".join(f"[{sp.start}, {sp.end})" for sp in spans)
    return f'<div class="cm-prov">doc {escape(doc_id)} · chars {escape(pairs)}</div>'


def claimant_name(claim: Claim) -> str:
    """Who makes the claim, as a legend/colour key: the actor, else the claimant words."""
    if claim.actor is not None and claim.actor.name:
        return claim.actor.name
    if claim.claimant is not None:
        return claim.claimant.text
    return "unattributed"


def date_text(claim: Claim) -> str:
    """``2020-10-06 (day)``, ``not stated (published 2020-10-06)`` or ``not stated``."""
    if claim.date is None:
        return "not stated"
    if claim.date_precision == "published":  # no date on the saying: dated by publication
        return f"not stated (published {claim.date.isoformat()})"
    return f"{claim.date.isoformat()} ({claim.date_precision})"


def claimant_names(claims: Iterable[Claim]) -> str:
    """The claimants of ``claims``, each once, in order ("SOHR; Interfax")."""
    return "; ".join(dict.fromkeys(claimant_name(c) for c in claims))


def leg_rows(analysis: Analysis) -> Iterator[tuple[Route, int, Leg, str, str, list[Claim]]]:
    """Every leg with what a table row shows of it: its route, its place in the route
    (from 1), the names of its ends (the place id when the place is missing) and the claims
    it cites, supports and denials alike — shared by the notebooks' frame and the report."""
    by_id = {p.id: p for p in analysis.places}
    claims = {c.id: c for c in analysis.claims}
    for route in analysis.routes:
        for i, leg in enumerate(route.legs, start=1):
            a, b = by_id.get(leg.from_place), by_id.get(leg.to_place)
            said = [claims[c] for c in leg.claim_ids if c in claims]
            yield (
                route,
                i,
                leg,
                a.name if a else leg.from_place,
                b.name if b else leg.to_place,
                said,
            )


def leg_dates(leg: Leg) -> str:
    """``2020-09-26 (day)``, ``2020-09-21 – 2020-09-27 (week)``, or "" for an undated leg."""
    if leg.date_start is None or leg.date_end is None:
        return ""
    days = leg.date_start.isoformat()
    if leg.date_end != leg.date_start:
        days += f" – {leg.date_end.isoformat()}"
    return f"{days} ({leg.date_precision})"


def caveat_of(claim: Claim) -> str:
    """The reporter's caveats on a claim, in the article's words ("a claim Reuters could
    not independently verify"), joined; "" when there is none.
    """
    spans = claim.caveats
    return " … ".join(dict.fromkeys(" ".join(sp.text.split()) for sp in spans))


#: claims that are not a statement about the story, said so in their popup
_KIND_NOTE = {
    "stance": "stance (an attitude, not a statement of fact)",
    "non_answer": "did not answer (no claim either way)",
}


def claim_block(analysis: Analysis, claim: Claim) -> str:
    """One claim: who, through which outlet, when, how sure, the sentence and the offsets."""
    text = analysis.document.text
    marks = [
        (sp, css) for sp, css in ((claim.claimant, "cm-claimant"), (claim.cue, "cm-cue")) if sp
    ]
    rows = [
        ("claimant", claimant_name(claim)),
        ("outlet", claim.outlet.text if claim.outlet else "not named"),
        ("date", date_text(claim)),
        ("modality", claim.modality),
    ]
    if claim.kind in _KIND_NOTE:
        rows.append(("kind", _KIND_NOTE[claim.kind]))
    if caveat_of(claim):
        rows.append(("caveat", caveat_of(claim)))
    if claim.quantities:
        rows.append(("numbers", ", ".join(q.span.text for q in claim.quantities)))
    table = "".join(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in rows)
    s, e = sentence_bounds(text, claim.content.start, claim.content.end)
    if claim.sentence is not None:
        s, e = min(s, claim.sentence.start), max(e, claim.sentence.end)
    spans = [claim.content, *(sp for sp, _ in marks)]
    body = highlight(
        text,
        (s, e),
        content_marks(claim) + [(sp.start, sp.end, css) for sp, css in marks],
    )
    return (
        f'<div class="cm-claim"><table class="cm-meta">{table}</table>'
        f'<blockquote class="cm-quote">{body}</blockquote>'
        f"{provenance(claim.doc_id, spans)}</div>"
    )


def _more(n: int) -> str:
    return f'<div class="cm-more">+{n} more</div>' if n > 0 else ""


def place_popup(analysis: Analysis, place: Place) -> str:
    """A place: name, kind, gazetteer id, each mention in its sentence, the claims about it."""
    text = analysis.document.text
    head = (
        f'<div class="cm-title">{escape(place.name)}</div>'
        f'<div class="cm-sub">{escape(place.kind)} · {escape(place.country_code or "?")} · '
        f"{escape(place.source_id)} · confidence {place.confidence:.2f} · "
        f"{escape(place.role)}</div>"
    )
    mentions = sorted(place.mentions, key=lambda sp: sp.start)
    quotes = "".join(quote(text, [m]) + provenance(place.doc_id, [m]) for m in mentions[:MAX_ITEMS])
    claims = [c for c in analysis.claims if place.id in c.place_ids]
    claim_html = "".join(claim_block(analysis, c) for c in claims[:MAX_ITEMS])
    if claims:
        claim_html = '<div class="cm-h">claims about it</div>' + claim_html
    return (
        f'<div class="cm-pop">{head}{quotes}{_more(len(mentions) - MAX_ITEMS)}'
        f"{claim_html}{_more(len(claims) - MAX_ITEMS)}</div>"
    )


def leg_label(analysis: Analysis, route: Route, leg: Leg) -> str:
    """Plain text for the leg's label: mover and quantity, e.g. ``300 fighters`` or
    ``militants · at least 64``; ``UNNAMED_MOVER`` when the text names neither (a bare
    "movement" reads as if something called that moved)."""
    movements = [m for m in analysis.movements if m.id in leg.movement_ids]
    mover = next((m.mover.text for m in movements if m.mover is not None), route.mover or "")
    quantity = next((m.quantity for m in movements if m.quantity is not None), None)
    if quantity is None:
        quantity = next(
            (q for c in analysis.claims if c.id in leg.claim_ids for q in c.quantities), None
        )
    said = quantity.span.text if quantity is not None else ""
    if said and mover and said not in mover and _BARE_COUNT.match(said):
        return f"{said} {mover}"  # "300 fighters", "Two flights" — not "flights · Two"
    parts = [mover] if mover else []
    if said and said not in mover:
        parts.append(said)
    return " · ".join(parts) or UNNAMED_MOVER


#: the label of a leg whose mover the text does not name
UNNAMED_MOVER = "mover not named"


#: a count told as a bare number ("300", "Two", "1,200"), read before the mover it counts;
#: a fuller phrase ("at least 64", "about 40 trucks") stays after it as the article said it
_BARE_COUNT = re.compile(
    r"^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"dozens|hundreds|thousands)$",
    re.IGNORECASE,
)


#: the colour of a leg only its deniers tell, on the map and in the Sankey: no claimant's
DENIED = "#9a9a9a"

#: how the popup names a leg's mood (nothing for a leg told as made)
_MOOD_NOTE = {
    "made": "",
    "possible": " (told as possible)",
    "intended": " (told as planned)",
    "denied": " (only denied: no one alleges it)",
}


def route_layer_name(route: Route, by_id: dict[str, Place]) -> str:
    """The route's name in the layer list: its mover, else where it goes, never its
    internal id ("Route doc:r4" means nothing to a reader)."""
    if route.mover:
        return f"Route: {short(route.mover, 40)}"
    first = by_id.get(route.legs[0].from_place) if route.legs else None
    last = by_id.get(route.legs[-1].to_place) if route.legs else None
    if first is None or last is None:
        return "Route (mover not named)"
    return f"Route (mover not named): {short(first.name, 30)} → {short(last.name, 30)}"


def leg_popup(analysis: Analysis, route: Route, leg: Leg) -> str:
    """A leg: from → to, stated or inferred, mover, distance, dates, its place in the route,
    evidence and supporting claims."""
    names = {p.id: p.name for p in analysis.places}
    title = f"{names.get(leg.from_place, leg.from_place)} → {names.get(leg.to_place, leg.to_place)}"
    distance = f" · {leg.distance_km:,.0f} km" if leg.distance_km is not None else ""
    distance += f" · {leg_dates(leg)}" if leg.date_start is not None else ""
    # where the leg sits in its route, not the route's internal id ("route doc:r4")
    order = next((i for i, x in enumerate(route.legs, start=1) if x is leg), 0)
    if order and len(route.legs) > 1:
        distance += f" · leg {order} of {len(route.legs)}"
    head = (
        f'<div class="cm-title">{escape(title)}</div>'
        f'<div class="cm-sub">{escape(leg.status)} leg{escape(_MOOD_NOTE[leg.mood])} · '
        f"{escape(leg_label(analysis, route, leg))}"
        f"{escape(distance)}</div>"
    )
    text = analysis.document.text
    evidence = "".join(
        quote(text, [sp]) + provenance(route.doc_id, [sp]) for sp in leg.evidence[:MAX_ITEMS]
    )
    claims = [c for c in analysis.claims if c.id in leg.claim_ids]
    claim_html = "".join(claim_block(analysis, c) for c in claims[:MAX_ITEMS])
    deniers = dict.fromkeys(claimant_name(c) for c in claims if c.modality == "denied")
    if deniers:
        head += f'<div class="cm-note">contested: denied by {escape("; ".join(deniers))}</div>'
    if leg.status == "inferred" and not leg.evidence:
        evidence = '<div class="cm-note">inferred: no sentence states this hop</div>'
    return f'<div class="cm-pop">{head}{evidence}{claim_html}{_more(len(claims) - MAX_ITEMS)}</div>'


def place_tooltip(analysis: Analysis, place: Place) -> str:
    """Hover text of a place: name and kind, its first mention in its sentence, offsets."""
    first = min(place.mentions, key=lambda sp: sp.start) if place.mentions else None
    head = f"<b>{escape(place.name)}</b> <small>({escape(place.kind)})</small>"
    if first is None:
        return f'<div class="cm-tip">{head}</div>'
    more = f" · {len(place.mentions)} mentions" if len(place.mentions) > 1 else ""
    return (
        f'<div class="cm-tip">{head}{escape(more)}{quote(analysis.document.text, [first])}'
        f"{provenance(place.doc_id, [first])}</div>"
    )


def claim_tooltip(analysis: Analysis, who: str, subtitle: str, claims: Sequence[Claim]) -> str:
    """Hover text of a claim source: who, where, and its first claim in brief."""
    head = f"<b>{escape(who)}</b> <small>{escape(subtitle)}</small>"
    if not claims:
        return f'<div class="cm-tip">{head}</div>'
    claim = claims[0]
    meta = " · ".join(
        (
            f"via {claim.outlet.text}" if claim.outlet else "outlet not named",
            date_text(claim),
            claim.modality,
        )
    )
    more = f" (+{len(claims) - 1} more claims)" if len(claims) > 1 else ""
    text = analysis.document.text
    s, e = sentence_bounds(text, claim.content.start, claim.content.end)
    body = highlight(text, (s, e), content_marks(claim))
    return (
        f'<div class="cm-tip">{head}<div class="cm-sub">{escape(meta + more)}</div>'
        f'<blockquote class="cm-quote">{body}</blockquote>'
        f"{provenance(claim.doc_id, [claim.content])}</div>"
    )


def seat_popup(analysis: Analysis, who: str, subtitle: str, claims: Sequence[Claim]) -> str:
    """A claim source (at its seat, or at a place it names), then the claims it makes."""
    head = f'<div class="cm-title">{escape(who)}</div><div class="cm-sub">{escape(subtitle)}</div>'

    body = "".join(claim_block(analysis, c) for c in claims[:MAX_ITEMS])
    return f'<div class="cm-pop">{head}{body}{_more(len(claims) - MAX_ITEMS)}</div>'


POPUP_CSS = """
.leaflet-container{background:#d4e6f2}
.leaflet-control-layers,.leaflet-control-scale{font:12px/1.5 system-ui,sans-serif}
.cm-pop{font:12px/1.35 system-ui,sans-serif;max-height:320px;overflow:auto}
.cm-title{font-weight:600;font-size:13px}
.cm-sub,.cm-prov,.cm-more,.cm-note{color:#555;font-size:11px}
.cm-h{margin-top:6px;font-weight:600}
.cm-quote{margin:4px 0;padding-left:6px;border-left:3px solid #bbb}
.cm-quote mark{background:#ffe08a;padding:0 1px}
.cm-quote mark.cm-claimant{background:#cde4ff}
.cm-quote mark.cm-cue{background:#e4e4e4}
.cm-meta th{text-align:left;padding-right:6px;font-weight:500;color:#444}
.cm-claim{border-top:1px solid #ddd;margin-top:4px;padding-top:4px}
.cm-legend{background:#fff;padding:5px 8px;font:11px/1.35 system-ui,sans-serif;
  box-shadow:0 1px 4px rgba(0,0,0,.3);border-radius:4px;max-width:260px}
.cm-legend .sw{display:inline-block;width:18px;margin-right:4px;vertical-align:middle}
.cm-legend summary{cursor:pointer;font-weight:600}
.cm-legend-body{overflow:auto;padding-right:4px}
@media (max-width:639px){.leaflet-control-attribution{font-size:9px;line-height:1.25;
  max-width:70%}}
.cm-leg-label{font:11px system-ui,sans-serif;padding:1px 4px}
.cm-tip{white-space:normal;width:300px;font:12px/1.35 system-ui,sans-serif}
"""


def feature_key(kind: str, *parts: object) -> str:
    """The key a report table uses to show a map feature (``leg:doc:r1:2``, ``place:id``).

    >>> feature_key("leg", "doc:r1", 2)
    'leg:doc:r1:2'
    """
    return ":".join([kind, *(str(p) for p in parts)])
