"""Which state or city an office governs: the region named before "Governor Ann Lee", the
province of "Alberta Forestry and Parks Minister Ann Lee", the town of "the town's mayor".

Split from :mod:`claimmap.claims_actor_places` (where a claimant phrase puts its claimant)
because finding a governed place is its own job: it reads the place names around the
title and the article's qualified names ("Springfield, Massachusetts") and asks the
gazetteer for the office's kind of place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from claimmap.claims_actor_article import bare
from claimmap.claims_actor_governed import (
    dateline_jurisdiction,
    goal,
    in_article_countries,
    titled_orgs,
    untagged_titled,
)
from claimmap.claims_actor_own import county_named
from claimmap.claims_actor_phrases import clean
from claimmap.claims_cues import words
from claimmap.claims_tokens import ents_in, memo, sentence_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from claimmap.model import Candidate

CountryOf = Callable[[str], str | None]


def jurisdiction_in(
    desc: Span, role: str | None, country_of: CountryOf
) -> tuple[str, str | None] | None:
    """The state or city a governor, mayor, sheriff or local officials govern, as the
    label the seat is found by and its country: "Ohio Governor" → ("Ohio", "US")."""
    from claimmap.actors import governed_kind

    doc = desc.doc
    qualifiers = memo(doc, "place_qualifiers", lambda: _qualifiers(doc))
    kind = governed_kind(role)
    named = _place_names(doc, desc.start, desc.end)
    named = sorted(named + [_region_named(n) for n in titled_orgs(desc)]) if kind else named
    # "In the Kharkiv region, Governor Ann Lee said": a governor or mayor named bare
    # governs the region (or city) their sentence names before them
    before = _place_names(doc, sentence_at(doc, desc.start).start, desc.start)
    # "from Necocli and nearby Turbo ..., the town's mayor": the town named for itself,
    # not the one named by where it lies from it
    before = [_nearby(doc, n) or n for n in before]
    # "Texas has bused migrants to New York, Gov. Ann Lee said": where people were sent
    # is not what their sender governs
    before = [n for n in before if not goal(doc[n[0]])]
    # "In Odesa, ... in the city's Prymorskyi district, Governor Ann Lee said": a part of
    # the place named before is not what a governor governs
    before = [n for n in before if not _part_of_another(doc[n[0]])]
    # "Philadelphia officials": the Philadelphia the article resolved, not another
    placed: dict[str, str | None] = memo(doc, "placed_countries", dict)
    for start, name, region in [*named, *(reversed(before) if kind else ())]:
        found = jurisdiction(name, placed.get(bare(name)), kind, qualifiers.get(name))
        if found is not None and (start >= desc.start or region or found[1].kind == kind):
            return found[0], found[1].country_code
    # "Ashkelon Mayor Ann Lee" with no tag on the town: a town of the article's countries
    for _, name, _ in untagged_titled(desc) if kind and not named else ():
        found = jurisdiction(name, None, kind)
        if found is not None and in_article_countries(doc, found[1].country_code):
            return found[0], found[1].country_code
    return dateline_jurisdiction(doc, kind) if not named else None


def jurisdiction(
    name: str, country: str | None, kind: str | None, within: str | None = None
) -> tuple[str, Candidate] | None:
    """The place an office governs and the label that finds it again: "Springfield"
    written "Springfield, Massachusetts" elsewhere → that label and Springfield MA; the
    subdivision stays in the label only where the bare name would mean another place."""
    from claimmap.actors import locate_jurisdiction

    place = locate_jurisdiction(f"{name}, {within}" if within else name, country, kind)
    if place is None:
        return None
    if not within:
        return name, place
    bare = locate_jurisdiction(place.name, country, kind)
    if bare is not None and bare.source_id == place.source_id:
        return place.name, place
    return f"{place.name}, {within}", place


_REGION_NOUNS = words(
    """
    region province oblast state district county governorate prefecture
    """
)


def _place_names(doc: Doc, first: int, last: int) -> list[tuple[int, str, bool]]:
    """(token, name, said to be a region) of the places named between two tokens: those
    the model marked, and a proper noun before "region" it did not ("the Odesa region"),
    or a capitalised word it took for a common noun before a capitalised one ("Odesa
    Oblast Governor")."""
    found = []
    for ent in ents_in(doc, first, last, ("GPE", "LOC")):
        name = clean(ent.text)
        found.append((ent.start, county_named(doc, ent.end, name) or name, _regional(ent.root)))
    for tok in doc[first:last]:
        named = tok.pos_ == "PROPN" or (tok.is_title and tok.head.is_title)
        if _regional(tok) and named and not tok.ent_type_:
            found.append((tok.i, county_named(doc, tok.i + 1, tok.text) or tok.text, True))
    return sorted(found)


_NEARBY = words(
    """
    nearby neighbouring neighboring adjacent
    """
)


def _nearby(doc: Doc, named: tuple[int, str, bool]) -> tuple[int, str, bool] | None:
    """The place a "nearby" one is joined to ("Necocli and nearby Turbo" → Necocli), which
    the model may not have marked."""
    start = named[0]
    if start == 0 or doc[start - 1].lower_ not in _NEARBY:
        return None
    tok = doc[start]
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head
    head = tok.head
    if tok.dep_ != "conj" or head.pos_ != "PROPN" or not head.is_title:
        return None
    first = min([c.i for c in head.children if c.dep_ == "compound"] + [head.i])
    return first, clean(doc[first : head.i + 1].text), False


def _region_named(named: tuple[int, str, bool]) -> tuple[int, str, bool]:
    """ "Lviv Oblast" the model took for an organisation before "Governor": the region
    Lviv, found by its bare name as the places are."""
    start, name, _ = named
    head, _, last = name.rpartition(" ")
    return (start, head, True) if head and last.lower() in _REGION_NOUNS else named


def _part_of_another(tok: Token) -> bool:
    """ "the city's Prymorskyi district": a unit a possessive makes part of another place."""
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head
    return any(c.dep_ == "poss" and c.pos_ == "NOUN" for c in tok.children)


def _regional(tok: Token) -> bool:
    return tok.dep_ == "compound" and tok.head.lemma_.lower() in _REGION_NOUNS


def _qualifiers(doc: Doc) -> dict[str, str]:
    """Place names the text qualifies with a second one: "Springfield, Massachusetts"."""
    ents = ents_in(doc, 0, len(doc), ("GPE",))
    by_start = {e.start: e for e in ents}
    out: dict[str, str] = {}
    for ent in ents:
        nxt = by_start.get(ent.end + 1)
        if nxt is not None and doc[ent.end].text == ",":
            out.setdefault(clean(ent.text), clean(nxt.text))
    return out
