"""Phrases around a name that say where it lies or what it is.

A possessive country before it puts it inside that country ("Russia's Far East", "Ethiopia's
northern Tigray region"); people placed in it make it a town ("officials in Washington", "a
UN spokesman in New York"); a land feature after it makes it a wide area ("the Darién
jungle"); a facility after it is named after a place near it ("the Lachin checkpoint"), and
"port of entry" is such a facility, not a port city.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.places_lexicon import (
    BORDER_FACILITIES,
    DIRECTIONS,
    LAND_FEATURE_NOUNS,
    NAMED_THING_NOUNS,
    PERSON_NOUNS,
    GazetteerLike,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
#: At most this many tokens make the owner's name ("Democratic Republic of the Congo").
MAX_OWNER_TOKENS = 5


def possessive_owner(span: Span, gaz: GazetteerLike) -> tuple[str, str] | None:
    """ "Russia's Far East", "Yemen's al-Mahra province", "Ethiopia's northern Tigray": the
    country (ISO code, as written) whose possessive comes right before the name — a
    direction word may stand between — or None."""
    doc = span.doc
    i = span.start - 1
    if i >= 1 and doc[i].text in {"-", "‑"} and doc[i - 1].text.islower():
        i -= 2  # "Yemen's al-Mahra"
    if i >= 0 and doc[i].lower_ in DIRECTIONS:
        i -= 1
    if i < 1 or doc[i].text not in POSSESSIVES:
        return None
    for start in range(max(0, i - MAX_OWNER_TOKENS), i):  # the longest name first
        owner = doc[start:i]
        if not owner.text[:1].isupper() or not gaz.knows(owner.text):
            continue
        cands = gaz.lookup(owner.text, limit=1, fuzzy=False)
        if cands and cands[0].kind == "country" and cands[0].country_code:
            return cands[0].country_code, owner.text
        return None
    return None


def person_placed_in(span: Span) -> str:
    """ "officials in Washington", "a UN spokesman in New York", "told reporters in Geneva":
    the person noun placed "in" the name, or ""."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ != "in":
        return ""
    head = doc[span.start - 1].head
    if head.pos_ in {"NOUN", "PROPN"}:
        nouns: list[Token] = [head]
    elif head.pos_ in {"VERB", "AUX"}:
        nouns = [c for c in head.children if c.dep_ == "dobj"]  # not "officials found X in"
    else:
        nouns = []
    return next((n.text for n in nouns if n.lemma_.lower() in PERSON_NOUNS), "")


def land_feature(span: Span) -> str:
    """ "the Darién jungle", "the Sinai desert": the lower-case land feature right after the
    name, or ""."""
    doc = span.doc
    if span.end >= len(doc):
        return ""
    noun = doc[span.end]
    return noun.text if noun.text.islower() and noun.lower_ in LAND_FEATURE_NOUNS else ""


def port_of_entry(noun: Token) -> bool:
    """ "the Mariposa port of entry": a border facility, not the port city of that name."""
    doc = noun.doc
    return (
        noun.lower_ == "port"
        and noun.i + 2 < len(doc)
        and doc[noun.i + 1].lower_ == "of"
        and doc[noun.i + 2].lower_ == "entry"
    )


def border_facility(span: Span) -> str:
    """ "the Lachin corridor", "the Torkham border post", "the Chaman crossing": the lower-case
    border facility that "the" + the name modifies, or ""."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ != "the":
        return ""
    for tok in doc[span.end : min(len(doc), span.end + 3)]:
        if not tok.text.islower() or not tok.is_alpha:
            return ""
        if tok.lower_ in BORDER_FACILITIES or port_of_entry(tok):
            return tok.text
    return ""


def named_thing(span: Span) -> str:
    """ "the naval force Atalanta", "the conservation group Xyz", "the vessel Xyz": the
    lower-case organisation or vessel noun the name stands in apposition to, or "" — such a
    name is that body's or ship's, not a place's."""
    doc = span.doc
    if span.start == 0:
        return ""
    noun = doc[span.start - 1]
    if not noun.text.islower() or noun.pos_ != "NOUN" or noun.lower_ not in NAMED_THING_NOUNS:
        return ""
    return noun.text
