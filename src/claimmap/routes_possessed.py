"""A stop told as a town of a country ("from Iraq's al-Qaim", "to Syria's Tartus") is the
town, when the article names that town elsewhere (its headline, an earlier line) and the
geoparser resolved it there: the slot's own mention of it went unresolved, and the country
the possessive names would draw the leg from the country's centre.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from claimmap.model import Movement, Place, PlaceRef

#: an Arabic article before a name: "al-Qaim" is the gazetteer's "Qaim" mention too
_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|at|az|an|ash|ad)[-\s‘’']+", re.IGNORECASE)

#: "Iraq's al-Qaim": the country, then the name of the town it holds
_POSSESSED = re.compile(r"^[^']+['’]s\s+(?P<town>\S.*)$")


def possessed_towns(m: Movement, places: Sequence[Place]) -> Movement:
    """``m`` with each "<Country>'s <Town>" slot resolved to the town named elsewhere."""
    slots = (m.origin, *m.transit, m.destination)
    if not any(s is not None and ("'s " in s.span.text or "’s " in s.span.text) for s in slots):
        return m
    by_id = {p.id: p for p in places}
    origin = _town(m.origin, places, by_id)
    transit = tuple(t for ref in m.transit if (t := _town(ref, places, by_id)) is not None)
    dest = _town(m.destination, places, by_id)
    return dataclasses.replace(m, origin=origin, transit=transit, destination=dest)


def _town(
    ref: PlaceRef | None, places: Sequence[Place], by_id: dict[str, Place]
) -> PlaceRef | None:
    if ref is None or ref.other_place_ids or ref.place_id not in by_id:
        return ref
    country = by_id[ref.place_id]
    said = _POSSESSED.match(ref.span.text)
    if country.kind != "country" or said is None:
        return ref
    name = _bare(said.group("town"))
    town = next(
        (
            p
            for p in places
            if p.kind == "city"
            and p.country_code == country.country_code
            and any(_bare(x.text) == name for x in p.mentions)
        ),
        None,
    )
    return ref if town is None else dataclasses.replace(ref, place_id=town.id)


def _bare(name: str) -> str:
    """``name`` lower-cased, without an Arabic article ("al-Qaim" → "qaim")."""
    return _ARTICLE.sub("", name.strip()).lower()
