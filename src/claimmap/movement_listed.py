"""Shipments told as a dated list, one line each, with no verb:

    3 May: 1,800 tonnes of maize, Odesa to Alexandria aboard the Sea Wren.
    14 June: 900 tonnes of rice, Mersin via Limassol to Haifa.

Each line is a movement of its cargo from the place before "to" (through the place after
"via") to the place after it, on the line's date. The lines are the evidence of whoever
the list is told on: the claim of the sentence that introduces it ("The documents list the
following shipments:"), else the nearest claim told before the list. The parse finds no
motion word in such a line, so the lines are read off the text, and only in a document
that has a line opening with a date and a colon.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimmap.claims_dates import resolve_date
from claimmap.claims_quantities import quantities_in
from claimmap.model import Claim, Movement, PlaceRef, Span
from claimmap.movement_ids import renumbered

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimmap.movement_spans import SlotContext

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
#: a line opening with a date and a colon or a dash ("3 March:", "- March 3, 2025 —")
_LINE = re.compile(
    rf"^[ \t]*(?:[-•*][ \t]*)?(?P<date>\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?"
    rf"|{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?)[ \t]*[:–—][ \t]*(?P<rest>[^\n]+)$",
    re.IGNORECASE | re.MULTILINE,
)
_NAME = r"[A-Z][\w'’.-]*(?:[ \t]+(?:al-|el-)?[A-Z][\w'’-]*){0,3}"
#: "X to Y", "X via Z to Y", "from X to Y" after the start of the line or a comma
_HOP = re.compile(
    rf"(?:^|[,;:][ \t]*|\bfrom[ \t]+)(?P<start>{_NAME})"
    rf"(?:[ \t]+via[ \t]+(?P<via>{_NAME}))?[ \t]+to[ \t]+(?P<end>{_NAME})"
)
#: the cargo chunk's noun after "of" ("2,400 tonnes of wheat")
_CARGO = re.compile(r"\bof[ \t]+(?P<what>[\w-]+(?:[ \t]+[\w-]+)?)[ \t]*$")


def listed_shipments(
    ctx: SlotContext, parsed: Doc, claims: Sequence[Claim], out: list[Movement]
) -> list[Movement]:
    """``out`` with a movement for each dated shipment line no movement was read from,
    in text order (ids renumbered)."""
    text = ctx.doc.text
    if ":" not in text:
        return out
    found: list[Movement] = []
    for line in _LINE.finditer(text):
        start, end = line.start("rest"), line.end("rest")
        if any(start <= m.trigger.start < end for m in out):
            continue  # a line with a verb: the parse read it
        moved = _line_movement(ctx, parsed, line, claims, len(out) + len(found))
        if moved is not None:
            found.append(moved)
    if not found:
        return out
    ordered = sorted([*out, *found], key=lambda m: m.trigger.start)
    return renumbered(ordered)


def _line_movement(
    ctx: SlotContext, parsed: Doc, line: re.Match[str], claims: Sequence[Claim], n: int
) -> Movement | None:
    doc = ctx.doc
    rest_start = line.start("rest")
    hop = _HOP.search(line.group("rest"))
    if hop is None:
        return None
    origin = _ref(ctx, rest_start + hop.start("start"), rest_start + hop.end("start"))
    dest = _ref(ctx, rest_start + hop.start("end"), rest_start + hop.end("end"))
    if origin.place_id is None and dest.place_id is None:
        return None  # "Smith to Jones": no place at either end
    if not (_placelike(parsed, origin) and _placelike(parsed, dest)):
        return None  # "9 May: Mayor Ellis to Visit Leeds": a person's plan, no shipment
    via = (
        (_ref(ctx, rest_start + hop.start("via"), rest_start + hop.end("via")),)
        if hop.group("via")
        else ()
    )
    to_at = rest_start + hop.end("via" if hop.group("via") else "start")
    to_at = doc.text.index("to", to_at)
    when, precision = resolve_date(line.group("date"), doc.published)
    cargo_end = rest_start + hop.start("start")
    mover = _cargo(doc.text, rest_start, cargo_end, doc.id)
    quantity = quantities_in(parsed, doc.text, rest_start, cargo_end, doc.id) if mover else ()
    return Movement(
        id=f"{doc.id}:m{n}",
        doc_id=doc.id,
        trigger=_span(doc.text, doc.id, to_at, to_at + 2),
        mover=mover,
        origin=origin,
        transit=via,
        destination=dest,
        claim_id=_list_claim(claims, line.start()),
        quantity=quantity[0] if quantity else None,
        sentence=_span(doc.text, doc.id, line.start(), line.end()),
        date=when,
        date_precision=precision if when is not None else "unknown",
        date_span=_span(doc.text, doc.id, line.start("date"), line.end("date")),
    )


def _cargo(text: str, start: int, end: int, doc_id: str) -> Span | None:
    """The goods of a line ("2,400 tonnes of wheat, Sevastopol to ..."): the noun after
    "of" in the words before the hop, else those words; None when the hop opens the line."""
    chunk = text[start:end].rstrip(" \t,;:").removesuffix("from").rstrip(" \t,")
    if not chunk.strip():
        return None
    of = _CARGO.search(chunk)
    if of is not None:
        return _span(text, doc_id, start + of.start("what"), start + of.end("what"))
    lead = len(chunk) - len(chunk.lstrip())
    return _span(text, doc_id, start + lead, start + len(chunk))


def _ref(ctx: SlotContext, start: int, end: int) -> PlaceRef:
    """The slot at ``[start, end)``, with the place one of its mentions is of."""
    place = next((pid for m, pid in ctx.mentions if m.start < end and start < m.end), None)
    return PlaceRef(_span(ctx.doc.text, ctx.doc.id, start, end), place)


#: entity labels of a place the gazetteer may lack ("Port Kavkaz")
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _placelike(parsed: Doc, ref: PlaceRef) -> bool:
    """Is the slot a resolved place, or words the tagger calls a place?"""
    if ref.place_id is not None:
        return True
    words = parsed.char_span(ref.span.start, ref.span.end, alignment_mode="expand")
    return words is not None and any(t.ent_type_ in _PLACE_LABELS for t in words)


def _list_claim(claims: Sequence[Claim], at: int) -> str | None:
    """The claim the list is told on: the latest report told before the list's line (the
    sentence introducing the list, or the nearest claim before it)."""
    before = [
        c
        for c in claims
        if c.kind == "report"
        and c.content.start < at
        and (c.claimant is not None or c.actor is not None)
    ]
    return max(before, key=lambda c: c.content.start).id if before else None


def _span(text: str, doc_id: str, start: int, end: int) -> Span:
    return Span(doc_id, start, end, text[start:end])
