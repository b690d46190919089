"""The country a claimant's own phrase places an office holder in.

"AJK Prime Minister Ana Lee, who visited the hospital in Muzaffarabad" is of the country
the towns of his own phrase lie in, not of the country the paragraph before spoke of
("Officials in Indian-administered Kashmir said ..."): the claimant's own words beat
what the text around carried.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from claimmap.model import Place


def own_places_country(span: Span, places: Sequence[Place]) -> str | None:
    """The one country of the towns and regions resolved inside the claimant phrase and
    the clauses on its head ("..., who visited Kotli"), or None when it names none or
    those of several countries."""
    lo, hi = span.start_char, span.end_char
    for clause in (c for c in span.root.children if c.dep_ in ("relcl", "acl", "appos")):
        hi = max(hi, span.doc[clause.right_edge.i].idx + len(span.doc[clause.right_edge.i]))
    codes = {
        place.country_code
        for place in places
        if place.country_code and place.kind != "country"
        for m in place.mentions
        if lo <= m.start < hi
    }
    return codes.pop() if len(codes) == 1 else None


#: Capitalised nouns that make the name before them a place's: "Taylor County", "Orleans
#: Parish", "Hampton Township".
_PLACE_NOUNS = frozenset({"County", "Parish", "Borough", "Township", "District", "Province"})


def names_a_place(ent: Span) -> bool:
    """A name the model took for a person that a place noun follows ("Taylor County
    Sheriff Ana Lee"): part of the place, not the claimant."""
    doc = ent.doc
    return ent.end < len(doc) and doc[ent.end].text in _PLACE_NOUNS


#: Nouns of counties that a name before them names together with ("Dixie County").
_COUNTY_NOUNS = frozenset({"County", "Parish", "Borough", "Township"})


def county_named(doc: Doc, end: int, name: str) -> str | None:
    """ "Dixie County", where the model marked only "Dixie" (ending before token ``end``):
    the county, not a town of that name elsewhere."""
    if end < len(doc) and doc[end].text in _COUNTY_NOUNS and name[-1:].isalpha():
        return f"{name} {doc[end].text}"
    return None
