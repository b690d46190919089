"""Evidence from the places around a name: listed with one ("Pandi and Talavera"), followed
by its container ("Krasnodar, Russia", "Pozzallo in Sicily"), or near another place of
its sentence.

Why a module of its own: these reasons read other names of the text and the gazetteer,
not the name's own syntax; :func:`claimmap.places_evidence.place_evidence` weighs them
with the rest, and the recheck of person-tagged names (:mod:`claimmap.places_recheck`)
asks for list neighbours too.
"""

from __future__ import annotations

import re
from collections.abc import Container
from typing import TYPE_CHECKING

from claimmap.gazetteer_rank import haversine_km
from claimmap.places_admin2 import ADMIN2_WORDS
from claimmap.places_islands import holds_country
from claimmap.places_lexicon import (
    NEVER_LABELS,
    PLACE_LABELS,
    GazetteerLike,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from claimmap.model import Candidate
    from claimmap.places_scoring import Group


#: A known town this close to another place of its sentence is read as that region's.
NEAR_PLACE_KM = 800.0


def near_sentence_place(span: Span, cands: list[Candidate], gaz: GazetteerLike) -> str:
    """Evidence that a candidate town lies within :data:`NEAR_PLACE_KM` of a place another
    entity of the same sentence names, or "".

    The small model tags some multi-word towns as people ("Prince George", "Lac La Biche");
    after a locative preposition, a town of that name near the sentence's other place is
    the place the story is about, whatever its size."""
    sent = span.sent
    for ent in sent.ents:
        if ent.label_ in NEVER_LABELS or (ent.start < span.end and span.start < ent.end):
            continue
        text = ent.text.removeprefix("the ").removesuffix("'s")
        if text == span.text:
            continue  # the same name again is no other place
        other = gaz.lookup(text, limit=1, fuzzy=False) if gaz.knows(text) else []
        if not other or other[0].kind not in {"city", "admin1", "admin2", "water"}:
            continue  # "rescued off Xyz" after "the Abc Sea": a town on its coast
        for cand in cands:
            far = haversine_km((cand.lat, cand.lon), (other[0].lat, other[0].lon))
            if cand.kind == "city" and far <= NEAR_PLACE_KM:
                return f"known city {far:.0f} km from {text!r} of the same sentence"
    return ""


def followed_by_container(span: Span, gaz: GazetteerLike) -> bool:
    """ "Krasnodar, Russia": a name followed by a comma and a country or province."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    for stop in range(min(len(doc), span.end + 4), span.end + 1, -1):
        part = doc[span.end + 1 : stop]
        if part.text[:1].isupper() and gaz.knows(part.text):
            cands = gaz.lookup(part.text, limit=1, fuzzy=False)
            return bool(cands) and cands[0].kind in {"country", "admin1", "admin2"}
    return False


def inside_named_container(span: Span, gaz: GazetteerLike) -> str:
    """ "Pozzallo in Sicily", "Paris, Texas": a province or country named right after
    the name that holds one of its entries, or ""."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ not in {"in", ","}:
        return ""
    first = span.end + 1 + apposed_in(span)  # "Xyz, in Abc County, Ohio,"
    for stop in range(min(len(doc), first + 3), first, -1):
        part = doc[first:stop]
        if not part.text[:1].isupper() or part[-1].is_punct or not gaz.knows(part.text):
            continue
        for outer in _outers(span, part, gaz):  # "in Kandahar": the
            if outer.kind not in {"country", "admin1", "admin2"}:  # city first, then its province
                continue
            inner = gaz.lookup(span.text, country=outer.country_code, limit=5, fuzzy=False)
            for cand in inner:
                if cand.country_code == outer.country_code and (
                    outer.kind == "country" or cand.admin1 == outer.admin1
                ):
                    return f"a {cand.kind} in {outer.name}, named right after it"
        return ""
    return ""


def _outers(span: Span, part: Span, gaz: GazetteerLike) -> list[Candidate]:
    """The entries of ``part``, a container named after ``span``; for "Xyz County" the
    counties of the name in the countries where ``span`` has an entry (a county is one of
    many of its name, and only a country's own lookup reaches them)."""
    if part[-1].lower_ not in ADMIN2_WORDS:
        return gaz.lookup(part.text, limit=3, fuzzy=False)
    countries = dict.fromkeys(c.country_code for c in gaz.lookup(span.text, limit=5, fuzzy=False))
    return [
        c
        for code in countries
        if code
        for c in gaz.lookup(part.text, country=code, limit=10, fuzzy=False)
        if c.kind == "admin2"
    ]


def apposed_in(span: Span) -> int:
    """1 when ", in" follows the name ("Xyz, in Abc County, Ohio, was the epicentre"): the
    place after it is where the name lies, as in "Xyz in Abc"; else 0."""
    doc = span.doc
    follows = doc[span.end : span.end + 2]
    return int(len(follows) == 2 and follows[0].text == "," and follows[1].lower_ == "in")


def listed_with_place(span: Span, placed: Container[int] | None = None) -> str:
    """ "Pandi and Talavera", "Tacloban, Babatngon": the place ``span`` is listed with, if
    any (by default a token NER calls a place; ``placed`` can say otherwise)."""
    is_place = (lambda tok: tok.i in placed) if placed is not None else _ner_place
    doc = span.doc
    root = span.root
    if root.dep_ == "conj" and is_place(root.head):
        return root.head.text
    for child in root.children:
        if child.dep_ == "conj" and is_place(child):
            return child.text
    joiners = {"and", "or", ","}
    if root.dep_ in {"compound", "amod", "nmod"} and root.head.i >= span.end:
        return ""  # "via Chad, UN experts say": a modifier of the noun after it, no item
    before = doc[span.start - 2] if span.start >= 2 else None
    if before is not None and doc[span.start - 1].lower_ in joiners and is_place(before):
        return before.text
    after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    if after is not None and doc[span.end].lower_ in joiners and is_place(after):
        return after.text
    return ""


def _ner_place(tok: Token) -> bool:
    return tok.ent_type_ in PLACE_LABELS


#: Where a sentence ends, for the compatriot rule below (text only: resolution has no parse).
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|\n\s*\n")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Character bounds of the sentence holding ``text[start:end]`` (a plain split)."""
    before = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 2_000), start)]
    after = _SENTENCE_END.search(text, end, end + 2_000)
    return (before[-1] if before else max(0, start - 2_000)), (
        after.start() if after else min(len(text), end + 2_000)
    )


def compatriot_backed(group: Group, groups: dict[str, Group], text: str) -> str:
    """Evidence that a name the gazetteer alone places in a country the article does not
    name by name has a compatriot: "from Xyz to Bangkok" — a place of that country NER
    tagged in the same sentence, or the country's capital anywhere in the article, is
    that country being mentioned. Returns "" when there is none."""
    choice = group.choice
    if choice is None or not choice.country_code:
        return ""
    for other in groups.values():
        mate = other.choice
        if (
            other is group
            or mate is None
            or not holds_country(mate.country_code, choice.country_code)
        ):
            continue
        tagged = [t for t in other.toponyms if t.label in PLACE_LABELS and t.form == "name"]
        if tagged and "national capital" in mate.why:
            return f"the article names {mate.name}, capital of {mate.country_code}"
        for top in group.toponyms:
            a, b = sentence_bounds(text, top.start, top.end)
            if any(a <= t.start and t.end <= b for t in tagged):
                return f"its sentence names {mate.name} ({mate.country_code})"
    return ""
