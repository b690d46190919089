"""Which places an office's sentence names that it may govern.

"Texas has bused migrants to New York, Gov. Ann Lee said": where people were sent is no
state their sender governs; "Eilat Mayor Ann Lee": a town the model took for an
organisation's name, just before the title, is the town she governs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimmap.claims_actor_phrases import clean, title_word
from claimmap.claims_cues import words
from claimmap.claims_tokens import blank_lines_before, ents_in, memo, text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from claimmap.model import Place


_GOAL_PREPS = words(
    """
    to into toward towards onto
    """
)


def goal(tok: Token) -> bool:
    """A place named as where someone or something goes ("bused to Denver, Chicago and
    New York"): the object of a directional preposition, or a conjunct of one."""
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in _GOAL_PREPS


def titled_orgs(desc: Span) -> list[tuple[int, str, bool]]:
    """ "Eilat Mayor Ann Lee": a town the model took for an organisation, just before the
    title of the office that governs it."""
    from claimmap.actors import governed_kind

    found = []
    for ent in ents_in(desc.doc, desc.start, desc.end, ("ORG", "PERSON")):
        if ent.label_ == "PERSON" and ent[-1].lower_ not in _UNIT_NOUNS:
            continue  # "Sumy Oblast Governor": a unit's name, whatever the model's tag
        if len(ent) > 1 and governed_kind(title_word(ent[-1])):
            ent = ent[:-1]  # "Eilat Mayor" taken for one name
        if ent.end < desc.end and governed_kind(title_word(desc.doc[ent.end])):
            found.append((ent.start, clean(ent.text), False))
    return found


#: The nouns closing a region's name ("Sumy Oblast"): a name ending in one is a place,
#: not a person, though the model tagged it one.
_UNIT_NOUNS = words(
    """
    oblast province region governorate state krai county prefecture
    """
)


def untagged_titled(desc: Span) -> list[tuple[int, str, bool]]:
    """ "Ashkelon Mayor Ann Lee": capitalised words the model gave no name tag, right
    before the title of an office that governs a town or region; only a place of the
    article's countries may be meant (see :func:`in_article_countries`)."""
    from claimmap.actors import governed_kind

    doc, found = desc.doc, []
    for tok in desc:
        if tok.i == desc.start or not governed_kind(title_word(tok)) or not tok.is_title:
            continue
        first = tok.i
        while first > desc.start and _bare_name(doc[first - 1]):
            first -= 1
        if first < tok.i:
            found.append((first, doc[first : tok.i].text, False))
    return found


def _bare_name(tok: Token) -> bool:
    return tok.is_title and tok.pos_ == "PROPN" and not tok.ent_type_ and not title_word(tok)


def in_article_countries(doc: Doc, code: str | None) -> bool:
    """Is ``code`` a country of a place the geoparser resolved in the article?"""
    places: Sequence[Place] = memo(doc, "actor_places", tuple)
    return code is not None and any(p.country_code == code for p in places)


#: A dateline: a city in capitals opening a line, perhaps its state, then a dash or colon
#: ("AUSTIN, Texas (AP) —", "QUETTA:").
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]+(?:,[^\n—:]{1,30})?(?:\([^)\n]{1,30}\))?\s*(?:—|–|--|:)")


def dateline_jurisdiction(doc: Doc, kind: str | None) -> tuple[str, str | None] | None:
    """ "AUSTIN, Texas (AP) — ..., Gov. Ann Lee said": a governor whose own sentence names
    no state governs the one the story is filed from (not a mayor: "LONDON (Reuters) —
    ..., Mayor Eric Adams said" is no mayor of London)."""
    places: Sequence[Place] = memo(doc, "actor_places", tuple)
    full = text(doc)
    for place in places if kind == "admin1" else ():
        if place.kind not in ("admin1", "admin2"):  # a state, or a province
            continue
        for m in place.mentions:
            line = full.rfind("\n", 0, m.start) + 1
            head = _DATELINE.match(full, line)
            if head is not None and m.end <= head.end() and blank_lines_before(doc, line) <= 2:
                return place.name, place.country_code
    return None
