"""Which of several entries sharing a name the text means, when one is a town and another
a province: a province and its seat ("a briefing in Geneva"), a province and its
country's capital ("a hearing in Washington"), a province and a big city of its name
("officials in Mexico City"). News, and GeoNames, read a bare name as the town.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from claimmap.names import normalize_name

if TYPE_CHECKING:
    from claimmap.model import Candidate
    from claimmap.places_lexicon import GazetteerLike, Toponym
    from claimmap.places_scoring import Group


#: The sense key of bare mentions of a name also written with a province cue.
SEAT_SENSE = "seat"


@functools.lru_cache(maxsize=65_536)
def norm(name: str) -> str:
    """:func:`claimmap.names.normalize_name`, cached: candidates' names recur."""
    return normalize_name(name)


def seat_over_province(
    best: Candidate, group: Group, paired: Candidate | None = None
) -> Candidate | None:
    """ "toward Gao", "to Santiago", "the border post at Elías Piña": with no cue for a
    province (nor other provinces of its country named), a name shared by a province and
    its seat is the seat: the town carrying the name (Gao), or the seat the province is
    named for (Santiago de los Caballeros, Comendador, whose other name is the province's).
    A county or district named after its town ("Cork", "Messina") is that town likewise."""
    if best.kind == "admin2" and not any(t.cue_kind for t in group.toponyms):
        if group.mate_kinds["admin2"] > group.mate_kinds["city"]:
            return None  # "Cork, Kerry and Limerick": counties listed together
        seats = unit_seats(best, group.candidates)
        return max(seats, key=lambda c: c.population, default=None)
    if best.kind != "admin1" or any(t.cue_kind or t.direction for t in group.toponyms):
        return None  # "the state of X", "upstate X": the province
    seat = max(_seats(best, group), key=lambda c: c.population, default=None)
    if seat is not None and paired is not None and _held(paired, best):
        return seat if _within(paired, seat) else None  # "Queens, X" / "Buffalo, X"
    named = group.provinces[best.country_code or ""] and _known_unit(best, group)
    split = group.key.endswith(f"@{SEAT_SENSE}")  # the text named the province elsewhere
    if not split and (group.mate_kinds["admin1"] > group.mate_kinds["city"] or named):
        return None  # "Kidal, Gao and Mopti", "one in Ontario, one in Quebec"
    return seat


def _seats(province: Candidate, group: Group) -> list[Candidate]:
    """The towns among ``group``'s candidates that a province's name may stand for: its seat,
    a town of its name, the big city it is named after, or the town the province is placed
    at that bears the name in another language (:func:`placed_at_namesake`)."""
    return [
        c
        for c in group.candidates
        if c.kind == "city"
        and c.country_code == province.country_code
        and c.admin1 == province.admin1
        and (
            "admin-1 seat" in c.why
            or norm(c.name) == norm(province.name)
            or big_namesake(c, province)
            or (placed_at_namesake(c, province) and norm(group.name) == norm(province.name))
        )
    ]


#: A province whose point lies this close to a town is placed at it: the gazetteer puts a
#: province named after its largest town, or with no label point of its own, at that town.
PLACED_AT_KM = 1.0


def placed_at_namesake(city: Candidate, province: Candidate) -> bool:
    """ "a notable from Tombouctou": the French name of Timbuktu is the region's own name, and
    the region is placed at the town (its largest, and its seat), which bears the name as
    an alternate one. A province named like the largest town it is placed at is named after
    it, whichever of the two carries the name as its own: the bare name is the town. Not a
    national capital: its district ("Washington, D.C.") is the capital's own territory, which
    :func:`seat_of_namesake` and :func:`city_over_province` weigh."""
    from claimmap.gazetteer_rank import haversine_km

    return (
        not city.fuzzy
        and "national capital" not in city.why
        and norm(province.name) != norm(city.name)
        and haversine_km((city.lat, city.lon), (province.lat, province.lon)) <= PLACED_AT_KM
    )


def _held(inner: Candidate, province: Candidate) -> bool:
    """Whether ``inner``, the entry paired with the province's mention, is a place written
    before it that it holds (not the container written after it: "Kisumu, Kenya")."""
    return (
        inner.kind != "country"
        and inner.source_id != province.source_id
        and inner.admin1 == province.admin1
    )


def _within(inner: Candidate, seat: Candidate) -> bool:
    """Whether ``inner`` (the place written before a qualifier) lies in the seat's city:
    "Brooklyn, New York" names the city, "Buffalo, New York" the state."""
    from claimmap.gazetteer_rank import haversine_km

    return haversine_km((inner.lat, inner.lon), (seat.lat, seat.lon)) <= CITY_PART_KM


#: A place this close to a city, written "Place, City", is a part of it (a borough).
CITY_PART_KM = 30.0
#: A province this populous is known by name: beside other provinces of its country, a bare
#: mention is the province ("one in Ontario, one in Quebec"); a smaller one is its seat.
KNOWN_UNIT_POPULATION = 2_000_000
#: A city this big, named for its province with a word more ("New York City"), is what a bare
#: mention of the province's name means unless the text cues the province.
BIG_CITY_POPULATION = 1_000_000


def _known_unit(province: Candidate, group: Group) -> bool:
    """Whether other provinces named beside ``province`` make it the province: it is known
    by name, and no city is listed with it ("from New York and Toronto")."""
    return province.population >= KNOWN_UNIT_POPULATION and not group.mate_kinds["city"]


def big_namesake(city: Candidate, province: Candidate) -> bool:
    """Whether ``city`` is the big city a province is named after, written with one more word
    ("New York City" for New York): the city news means by the bare name."""
    return city.population >= BIG_CITY_POPULATION and norm(city.name).startswith(
        norm(province.name) + " "
    )


def city_over_province(cand: Candidate, group: Group) -> bool:
    """Whether ``cand`` is a big city (a capital, a world city, a million people) that shares
    its name with a province of its country among the name's candidates — and no country has
    the name ("officials in Mexico" are in the country)."""
    written = norm(group.name)
    return (
        cand.kind == "city"
        and (cand.population >= 1_000_000 or any(w in _PROMINENT for w in cand.why))
        and norm(cand.name).startswith(written)
        and not any(c.kind == "country" for c in group.candidates)
        and any(
            c.kind == "admin1" and c.country_code == cand.country_code and norm(c.name) == written
            for c in group.candidates
        )
    )


_PROMINENT = frozenset({"national capital", "world city"})
#: A town within this distance of a second-level unit's point, of its name and country, and
#: holding at least :data:`SEAT_SHARE` of its people, is the town the unit is named after.
SEAT_KM = 100.0
SEAT_SHARE = 0.05


def unit_seats(unit: Candidate, candidates: list[Candidate]) -> list[Candidate]:
    """The towns among ``candidates`` that a second-level unit is named after: same
    name and country, near its point and big enough to be its seat (Cork, Messina, Jaffna)
    — not a hamlet that happens to share a county's name."""
    from claimmap.gazetteer_rank import haversine_km

    return [
        c
        for c in candidates
        if c.kind == "city"
        and c.country_code == unit.country_code
        and norm(c.name) == norm(unit.name)
        and c.population >= SEAT_SHARE * unit.population
        and haversine_km((c.lat, c.lon), (unit.lat, unit.lon)) <= SEAT_KM
    ]


def seat_of_namesake(cand: Candidate, group: Group) -> bool:
    """ "a briefing in Geneva", "the coast guard in Aden", "a hearing in Washington": with no
    cue, a name shared by a province and its seat, or its country's capital, is the city
    (news and GeoNames read it so)."""
    if cand.kind != "city":
        return False
    if any(
        c.kind == "admin2"
        and any(s.source_id == cand.source_id for s in unit_seats(c, group.candidates))
        for c in group.candidates
    ):
        return True  # "a ferry from Cork": the town, not County Cork
    return ("admin-1 seat" in cand.why or "national capital" in cand.why) and any(
        c.kind == "admin1"
        and c.country_code == cand.country_code
        and norm(c.name) == norm(cand.name)
        for c in group.candidates
    )


def capital_namesake(cand: Candidate, group: Group) -> bool:
    """A province sharing its name with its country's capital (Washington): other provinces
    named beside it say nothing of which one is meant."""
    return any(
        c.kind == "city" and c.country_code == cand.country_code and "national capital" in c.why
        for c in group.candidates
    )


#: "the Xyz front", "the Xyz offensive": a bare name modifying a noun of a wide theatre names
#: the province, not its seat.
_THEATRE_NEXT = re.compile(
    r" (?:front|frontline|front line|offensive|incursion|axis|sector|direction|theatre|theater)\b"
)


#: "fighting in Xyz", "troops deployed to Xyz": a war's action or a deployment spreads over a
#: theatre, so the bare name of a province the article names there is the province.
_THEATRE_BEFORE = re.compile(
    r"\b(?:fighting|battles?|clashes|combat|hostilities|offensive|incursion|counteroffensive"
    r"|counter-offensive|deployed|redeployed|stationed) (?:in|into|to|across|around) $",
    re.IGNORECASE,
)


def _theatre(top: Toponym, text: str) -> bool:
    if not text:
        return False
    before = text[max(0, top.start - 40) : top.start]
    return _THEATRE_NEXT.match(text, top.end) is not None or bool(_THEATRE_BEFORE.search(before))


#: A type cue that calls a name a state of a federation ("the Malaysian state of Xyz").
_STATE_CUE = re.compile(r"^type cue '.*\bstate\b.*'$")


def _called_state(tops: list[Toponym]) -> bool:
    """Whether the text calls the name a state: a federation's state is named bare as the
    state ("off Xyz", "east of Xyz"), unlike an oblast or region named after its city."""
    return any(
        t.cue_kind == "admin1" and any(_STATE_CUE.match(w) for w in t.evidence) for t in tops
    )


def _seat_of_own_name(cand: Candidate, name: str) -> bool:
    """A provincial seat whose own name is the name as written ("Kano" of Kano state)."""
    return cand.kind == "city" and "admin-1 seat" in cand.why and norm(cand.name) == norm(name)


def seat_senses(toponyms: list[Toponym], gaz: GazetteerLike, text: str = "") -> dict[int, str]:
    """ "prisons in the Xyz region ... families in Xyz, Abc and Def": a name written once with
    a province cue ("the region of Xyz" too, where a province has the name) and elsewhere
    bare has two senses when the gazetteer holds a provincial seat carrying the name — the
    province where the cue says so, the seat elsewhere (one sense per discourse would put
    every bare mention at the province's centre).
    A bare name modifying a theatre noun ("the Xyz front") keeps the province's sense.
    Returns ``id(toponym)`` → "seat" for the bare mentions."""
    by_name: dict[str, list[Toponym]] = {}
    for top in toponyms:
        if top.form == "name":
            by_name.setdefault(norm(top.name), []).append(top)
    out: dict[int, str] = {}
    for tops in by_name.values():
        bare = [t for t in tops if not t.cue_kind and not t.cue_country and not _theatre(t, text)]
        if not bare or not any(t.cue_kind in {"admin1", "region"} for t in tops):
            continue
        name = tops[0].name
        cands = gaz.lookup(name, limit=5, fuzzy=False) if gaz.knows(name) else []
        named = {c.admin1 for c in cands if c.kind == "admin1" and norm(c.name) == norm(name)}
        if not named and not any(t.cue_kind == "admin1" for t in tops):
            continue  # "the Xyz region" with no province of the name: an area, not a unit
        if _called_state(tops) and not any(_seat_of_own_name(c, name) for c in cands):
            continue  # "the state of Xyz ... off Xyz": the state; its seat has a longer name
        if any(
            c.kind == "city"
            and "admin-1 seat" in c.why
            and (norm(c.name) == norm(name) or c.admin1 in named)  # "Rostov": Rostov-on-Don
            for c in cands
        ) or any(c.kind == "admin2" and unit_seats(c, cands) for c in cands):  # "Jaffna district"
            out.update((id(t), SEAT_SENSE) for t in bare)
    return out


#: A city's own name may open with the word for a city ("Ciudad Xyz", "Cidade de Xyz"): the
#: rest is its name as written in the news, no alias.
_CITY_WORDS = ("ciudad de ", "ciudad ", "cidade de ", "cidade ")


def own_name(cand: Candidate) -> str:
    """The candidate's own name, normalised, less a leading word for "city"."""
    own = norm(cand.name)
    if cand.kind == "city":
        for word in _CITY_WORDS:
            if own.startswith(word) and len(own) > len(word):
                return own[len(word) :]
    return own
