"""Lists of names that NER read as one entity of another label: "Crete and Gavdos" or
"Yerevan, Vayots Dzor" tagged an organisation. Each item is a name of its own, weighed
as a place like any other, so that the place the gazetteer holds is not lost with its
unknown neighbour.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.places_extent import conjuncts, is_name_token
from claimmap.places_lexicon import LOCATIVE_PREPS, TYPED_GUESS
from claimmap.places_slots import according_to

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from claimmap.places_lexicon import GazetteerLike


def listed_names(span: Span, gaz: GazetteerLike) -> list[Span]:
    """The items of a coordination of names, when the whole is no known name and at least
    one item is. Each item must still find its own evidence of being a place, so a firm
    named "Xyz and Abc" yields no place unless the text puts it in a place slot."""
    if gaz.knows(span.text):
        return []
    parts = conjuncts(span)
    if len(parts) < 2 or not any(gaz.knows(p.text) for p in parts):
        return []
    return parts


def unknown_list_item(span: Span, gaz: GazetteerLike) -> str:
    """ "arrived on Crete and Xyz": an unknown name coordinated with a known one that follows
    a locative preposition is a place the gazetteer lacks (reported unresolved, not lost)."""
    doc = span.doc
    if gaz.knows(span.text) or not all(is_name_token(t) for t in span) or span.text.isupper():
        return ""
    if span.start < 2 or doc[span.start - 1].lower_ not in {"and", "or"}:
        return ""
    mate = _name_before(doc, span.start - 1)
    if mate is None or not gaz.knows(mate.text) or mate.start == 0:
        return ""
    prep = doc[mate.start - 1]
    if prep.lower_ == "on":  # "landed on Crete and Xyz": islands and regions, not towns
        top = gaz.lookup(mate.text, limit=1, fuzzy=False)
        if not top or top[0].kind == "city":
            return ""
    elif prep.lower_ not in LOCATIVE_PREPS or according_to(prep):
        return ""
    return f"{TYPED_GUESS}listed after '{prep.text} {mate.text}'"


def _name_before(doc: Doc, end: int) -> Span | None:
    """The run of name tokens ending just before token ``end``."""
    start = end
    while start > 0 and is_name_token(doc[start - 1]):
        start -= 1
    return doc[start:end] if start < end else None


def titled(span: Span, gaz: GazetteerLike) -> bool:
    """ "and then on to Xyz" tagged a law or a title: one known capitalised word right after
    a locative preposition is weighed as a place (its evidence still decides)."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    return (
        len(span) == 1
        and span.text[:1].isupper()
        and prev is not None
        and prev.lower_ in LOCATIVE_PREPS
        and not according_to(prev)
        and gaz.knows(span.text)
    )
