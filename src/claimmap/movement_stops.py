"""The stops of one movement, in order, as resolved places: its start, its transits (one
stop when coordinated as alternatives, lying apart, or one inside another) and its end;
and whether one place holds another (a country its towns, a region what its outline covers).

Split from :mod:`claimmap.routes`, which joins the stops of movements into legs.
"""

from __future__ import annotations

import functools
import itertools

from claimmap.model import Movement, Place, PlaceRef
from claimmap.routes_frame import km


def slot_ids(ref: PlaceRef | None, canon: dict[str, str]) -> list[str]:
    if ref is None:
        return []
    ids = [ref.place_id, *ref.other_place_ids] if ref.place_id else list(ref.other_place_ids)
    return list(dict.fromkeys(canon[i] for i in ids if i in canon))


def chain(
    m: Movement,
    canon: dict[str, str],
    by_id: dict[str, Place] | None = None,
    text: str = "",
    unordered: bool = False,
) -> list[list[str]]:
    """The resolved stops of a movement in order, each stop a list of coordinated places.

    Coordinated transits ("through X and Y", "through X and Y provinces") are stops in
    turn, but one holding the other
    ("through Costa Rica and Central America") is the same stop: the finer place stays.
    Transits told as alternatives ("through X or Y"), or lying apart as two ways out of the
    start (or into the end), are one stop of two places: no leg runs between them; so are
    coordinated transits ``unordered`` (a journey told with neither start nor end, "passed
    through the ports of X and Y": nothing orders them), but for countries told in a row
    ("transported through X and Y"), crossed in the order told.
    """
    start, end = slot_ids(m.origin, canon), slot_ids(m.destination, canon)
    stops = [start]
    for before, here in zip((None, *m.transit), m.transit, strict=False):
        ids = slot_ids(here, canon)
        if (
            by_id
            and _across_country(here, ids, by_id, text)
            and not _between(ids, start, end, by_id)
        ):
            continue  # "by rail across X to a port of X": the way goes over the country
        if (
            unordered
            and before is not None
            and stops[-1]
            and _joined(before, here, text)
            and (by_id is None or not _countries([*stops[-1], *ids], by_id))
        ):
            stops[-1] = list(dict.fromkeys([*stops[-1], *ids]))
            continue
        if by_id and before is not None and _joined(before, here, text):
            if within(ids, stops[-1], by_id):
                stops[-1] = ids
                continue
            if within(stops[-1], ids, by_id):
                continue
            if _or(before, here, text) or _apart(stops[-1], ids, (start, end), by_id):
                stops[-1] = list(dict.fromkeys([*stops[-1], *ids]))
                continue
        if by_id and not unordered and _one_way(here, ids, (start, end), by_id, text):
            stops.extend([i] for i in ids)  # "through X and Y provinces to Z": X, then Y
            continue
        stops.append(ids)
    # "crossed the X Sea" with no end told: the sea is the way, not an end; the last of a
    # list of ways ("south through X, Y and the Z Canal") is the furthest point reached
    if by_id and not end and len(stops) > 1 and len(m.transit) == 1 and _water(stops[-1], by_id):
        stops.pop()
    if len(end) > 1 and m.destination is not None and _listed_in_turn(m.destination, text):
        stops.extend([p] for p in end)  # "to X, Y and eventually Z": reached one after another
    else:
        stops.append(end)
    out = [s for s in stops if s]
    crossed = _crossed_waters(m, canon, by_id, text) if by_id else set()
    # "left through X, across the Y river": a river crossed is on the way, never an end
    if crossed and not end and len(out) > 1 and set(out[-1]) <= crossed:
        out.pop()
    if by_id and not start and len(out) > 1 and within(out[1], out[0], by_id):
        out.pop(0)  # "towards the X border, crossing into X's Y state": no hop from X into Y
    return out


#: words in a list of ends that tell the places are reached in turn ("X, Y and eventually Z")
_IN_TURN = frozenset({"eventually", "then", "finally", "ultimately", "later"})


def _listed_in_turn(ref: PlaceRef, text: str) -> bool:
    """Is the end a list told as places reached one after another ("to X, Y and eventually
    Z", "to X and then Y"), not as ends to choose from?"""
    words = text[ref.span.start : ref.span.end].lower().replace(",", " ").split()
    return "or" not in words and any(w in _IN_TURN for w in words)


#: words before a water that tell it is crossed ("across the X river", "crossing the Y")
_CROSSING = frozenset({"across", "crossing", "cross", "crossed", "crosses"})


def _crossed_waters(
    m: Movement, canon: dict[str, str], by_id: dict[str, Place], text: str
) -> set[str]:
    """The rivers and seas a movement is told to cross on its way ("across the X river")."""
    out: set[str] = set()
    for ref in m.transit:
        ids = slot_ids(ref, canon)
        words = text[max(0, ref.span.start - 20) : ref.span.start].casefold().split()
        words = [w for w in words if w != "the"]
        if words and words[-1] in _CROSSING and _water(ids, by_id):
            out.update(ids)
    return out


def _countries(ids: list[str], by_id: dict[str, Place]) -> bool:
    """Are these places whole countries ("transported through X and Y")? Countries told in
    a row are crossed in the order told; two ports, or a country and a river, may be told
    in any order ("passed through the ports of X and Y")."""
    return len(ids) > 1 and all(i in by_id and by_id[i].kind == "country" for i in ids)


def _water(ids: list[str], by_id: dict[str, Place]) -> bool:
    """Are these places all seas, rivers or straits (no point a journey ends at)?"""
    return bool(ids) and all(i in by_id and by_id[i].kind == "water" for i in ids)


def entries(
    stops: list[list[str]], by_id: dict[str, Place], parts: frozenset[str] = frozenset()
) -> list[list[str]]:
    """ "cross into X through Y" with Y in X: a stop inside the next one is where the movers
    enter it, not a hop out of it, so the stop that holds the one before is dropped (no leg
    from a place to the country or province that holds it); not a side of an area
    (``parts``, "for northern Europe") the stop before lies outside of."""
    out: list[list[str]] = []
    for stop in stops:
        if out and within(out[-1], stop, by_id) and not parts & set(stop):
            continue
        out.append(stop)
    return out


def _across_country(ref: PlaceRef, ids: list[str], by_id: dict[str, Place], text: str) -> bool:
    """ "across X" with X a whole country names no stop: its centroid is no place on the way."""
    before = text[: ref.span.start].rstrip().casefold()
    countries = all(i in by_id and by_id[i].kind == "country" for i in ids)
    return bool(ids) and countries and before.endswith("across")


def _between(ids: list[str], start: list[str], end: list[str], by_id: dict[str, Place]) -> bool:
    """ "east across X to reach Y", with Y and the start (if told) in other countries: X is
    crossed on the way from one to the other, a fair stop; not when the journey ends (or
    starts) inside X, where the country is only the ground it covers."""
    codes = {by_id[i].country_code for i in ids}
    ends = [by_id[i].country_code for i in (*start, *end) if i in by_id]
    return bool(end) and None not in codes and bool(ends) and not codes & set(ends)


def _one_way(
    ref: PlaceRef,
    ids: list[str],
    ends: tuple[list[str], list[str]],
    by_id: dict[str, Place],
    text: str,
) -> bool:
    """Is one transit slot naming several places ("through X and Y provinces") one way
    through each in turn, as separate slots are: told with "and", none holding the next,
    no two lying apart as two ways?"""
    if len(ids) < 2 or "or" in text[ref.span.start : ref.span.end].lower().split():
        return False
    if "between" in text[max(0, ref.span.start - 10) : ref.span.end].lower().split():
        return False  # "crossed at two posts between X and Y": a place between both
    return not any(
        inside(by_id[a], by_id[b]) or inside(by_id[b], by_id[a]) or _apart([a], [b], ends, by_id)
        for a, b in itertools.pairwise(ids)
    )


def _or(a: PlaceRef, b: PlaceRef, text: str) -> bool:
    return "or" in text[a.span.end : b.span.start].split()


def _apart(
    one: list[str], other: list[str], ends: tuple[list[str], list[str]], by_id: dict[str, Place]
) -> bool:
    """Do two coordinated stops lie on opposite sides of the start (or of the end), the
    angle between them there wider than a right one? Then they are two ways ("smuggled
    through Guinea and Togo" out of Mali), not one way through both ("through Guatemala and
    Mexico", "reach Russia via Hong Kong and Dubai")."""
    if len(one) != 1 or len(other) != 1:
        return False
    x, y = by_id[one[0]], by_id[other[0]]
    between = km(x, y)
    for end in ends:
        if len(end) == 1 and end[0] not in (x.id, y.id):
            e = by_id[end[0]]
            if between**2 > km(e, x) ** 2 + km(e, y) ** 2:
                return True
    return False


def within(stop: list[str], outer: list[str], by_id: dict[str, Place]) -> bool:
    """Is every place of ``stop`` inside the one place of ``outer``?"""
    return len(outer) == 1 and bool(stop) and all(inside(by_id[s], by_id[outer[0]]) for s in stop)


def _joined(a: PlaceRef, b: PlaceRef, text: str) -> bool:
    """Are two slots coordinated in the text ("X and Y", "X, Y")?"""
    between = text[a.span.end : b.span.start].replace(",", " ").split()
    between = [w for w in between if not w[:1].isupper()]  # "X, Egypt, or Y": Egypt locates X
    if len(between) > 1 and between[1] in AT_PREPS:  # "X, or in the Gulf of Y"
        between = between[:1] + [w for w in between[2:] if w != "the"]
    return bool(text) and between in ([], ["and"], ["or"])


#: prepositions telling where something lies, which may open a stop as another choice
#: after its conjunction ("or in the Y")
AT_PREPS = frozenset({"in", "at", "off", "near"})


def inside(inner: Place, outer: Place) -> bool:
    """Does ``outer`` hold ``inner``: its country, or a region or area whose outline does?"""
    if inner.id == outer.id or inner.kind == outer.kind:
        return False
    if outer.kind == "country":
        return outer.country_code is not None and inner.country_code == outer.country_code
    if outer.has_geometry:
        return _covers(outer.source_id, inner.lat, inner.lon)
    # a province with no outline holds the towns the gazetteer files under it
    return outer.kind == "admin1" and outer.source_id == f"admin1:{_admin1(inner.source_id)}"


@functools.lru_cache(maxsize=1024)
def _admin1(source_id: str) -> str | None:
    from claimmap.gazetteer import default_gazetteer

    row = default_gazetteer().get(source_id)
    return row.admin1 if row is not None else None


@functools.lru_cache(maxsize=1024)
def _covers(source_id: str, lat: float, lon: float) -> bool:
    from shapely.geometry import Point

    from claimmap.gazetteer import default_gazetteer

    shape = default_gazetteer().geometry(source_id)
    return shape is not None and bool(shape.covers(Point(lon, lat)))


def finest(stop: list[str], by_id: dict[str, Place]) -> list[str]:
    """ "to Niamey, Niger": a place named only to locate another of the same stop is no end
    of its own; the finer place stays."""
    if len(stop) < 2:
        return stop
    return [p for p in stop if not any(inside(by_id[q], by_id[p]) for q in stop if q != p)]


def in_turn(
    stops: list[list[str]], last: Movement, text: str, by_id: dict[str, Place]
) -> list[list[str]]:
    """ "then to X and Y, and then driven to Z": places listed as one end that the movers
    went on from are visited in turn, in the order told, not each a way to Z."""
    end = last.destination
    if not stops or len(finest(stops[-1], by_id)) < 2 or end is None:
        return stops
    words = text[end.span.start : end.span.end].split()
    if "or" in words:
        return stops  # alternatives: no hop between them
    if len(words) > 1 and words[1] == "of" and words[0].endswith("s"):
        return stops  # "to the ports of X and Y": members of one set, each a way on
    if len(words) > 2 and words[2] == "of" and words[1].endswith("s"):
        return stops
    return [*stops[:-1], *([p] for p in finest(stops[-1], by_id))]


def framed_start(ms: list[Movement], stops: list[list[str]], by_id: dict[str, Place]) -> bool:
    """Is the first stop of a journey that names no start only its frame ("head back across
    the X Ocean to Y": a sea crossed; "crossed into X to Y, a town in X": the country
    entered)? Then no leg starts there: its centre is not where the movers set off."""
    if not ms or ms[0].origin is not None or len(stops) < 2:
        return False
    return _water(stops[0], by_id) or within(stops[1], stops[0], by_id)
