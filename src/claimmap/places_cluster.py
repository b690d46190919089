"""An article's places that cluster tightly say where it happens. A small town of the name
hundreds of km from every one of them, when the rest lie within a few hundred km of each
other (two sides of one border count: no one-country test), is a namesake of a place the
gazetteer lacks; so is a village thousands of km from the few other places, in a country the
text never names; so is a town of a country the text never names 3,000 km from the places
its sentence and the article put events in (where a claimant spoke places no event). A dot
in the wrong province is worse than none.
"""

from __future__ import annotations

import re
import statistics
from bisect import bisect_left
from typing import TYPE_CHECKING

from claimmap.places_between import drop_far_between
from claimmap.places_distance import km
from claimmap.places_groups import countries_named_by_others
from claimmap.places_lexicon import AREA_POINT_KINDS as _POINT_KINDS
from claimmap.places_lexicon import KNOWN_IN_OWN_RIGHT as _KNOWN
from claimmap.places_pairs import list_mates
from claimmap.places_scoring import drop_groups

if TYPE_CHECKING:
    from claimmap.model import Candidate, Unresolved
    from claimmap.places_lexicon import Toponym
    from claimmap.places_scoring import Group

#: Towns this big are meant wherever they lie (a story names a foreign city in passing).
CLUSTER_SMALL_POPULATION = 50_000
#: A town this far from every other place of a tight cluster lies outside it.
CLUSTER_FAR_KM = 500.0
#: The radius around the cluster's most central place that holds its places.
CLUSTER_RADIUS_KM = 400.0
#: Places (other than the name's own) a cluster needs before it decides anything.
CLUSTER_MIN_POINTS = 4
#: A village this small, in a country the text never names, is no place of note.
VILLAGE_POPULATION = 5_000
#: ... and this far from every other place of the article, a namesake.
VILLAGE_FAR_KM = 3_000.0


#: Up to this many places the most central one is found exactly (quadratic); beyond, as the
#: place nearest the median point, so a book-length text stays linear.
_EXACT_CENTRE_UP_TO = 60


def _tight(points: list[Candidate]) -> bool:
    """Whether at least :data:`CLUSTER_MIN_POINTS` places lie, all but a quarter of them,
    within :data:`CLUSTER_RADIUS_KM` of the most central one (quadratic in a handful)."""
    if len(points) < CLUSTER_MIN_POINTS:
        return False
    if len(points) <= _EXACT_CENTRE_UP_TO:
        centre = min(points, key=lambda p: sum(km(p, q) for q in points))
    else:  # a long text: the place nearest the median point, linear in the places
        lat = statistics.median(p.lat for p in points)
        lon = statistics.median(p.lon for p in points)
        centre = min(points, key=lambda p: (p.lat - lat) ** 2 + (p.lon - lon) ** 2)
    near = sum(km(centre, p) <= CLUSTER_RADIUS_KM for p in points)
    return 4 * near >= 3 * len(points)


def unqualified_town(group: Group, ceiling: int) -> bool:
    """A town under ``ceiling`` people, not known in its own right, with nothing in the text
    tying it to its country ("Xyz, Texas", "the Texan town of", a possessive)."""
    choice = group.choice
    return (
        choice is not None
        and choice.kind == "city"
        and choice.population < ceiling
        and not any(w in _KNOWN for w in choice.why)
        and not group.qualifiers
        and not any(t.cue_country or t.owner for t in group.toponyms)
    )


def _points(groups: dict[str, Group], besides: Group) -> list[Candidate]:
    """The towns and provinces the article's other names resolve to (no countries: a
    country's centre says nothing of where its towns are)."""
    return [
        g.choice
        for g in groups.values()
        if g is not besides
        and not g.key.startswith("demonym:")
        and g.choice is not None
        and g.choice.kind in _POINT_KINDS
        and g.choice.source_id != (besides.choice and besides.choice.source_id)
    ]


def _listed_with_countries(groups: dict[str, Group], text: str) -> set[str]:
    """Keys of names listed with a country ("the Xyz, Abc and Cdf strains"): such a list
    ranges over the world, not over the article's cluster."""
    owner = {id(t): g for g in groups.values() for t in g.toponyms}
    keys: set[str] = set()
    for a, b in list_mates([t for g in groups.values() for t in g.toponyms], text):
        ga, gb = owner.get(id(a)), owner.get(id(b))
        for one, other in ((ga, gb), (gb, ga)):
            if one and other and other.choice and other.choice.kind == "country":
                keys.add(one.key)
    return keys


def _second_scene(
    choice: Candidate, groups: dict[str, Group], own: Group, points: list[Candidate]
) -> bool:
    """ "left Xyz, Ecuador ... called at Abc, on the side of the Panama Canal ... docked in
    Cdf": an article may have several scenes. A town in a country another name of the article
    names as a country (the country, its demonym, a cue), where none of the article's other
    towns or provinces lie, is that scene's one town, not a namesake of the cluster's."""
    code = choice.country_code
    if not code or any(p.country_code == code for p in points):
        return False
    for group in groups.values():
        if group is own:
            continue
        if any(t.cue_country == code for t in group.toponyms):
            return True
        other = group.choice
        if other is not None and other.kind == "country" and other.country_code == code:
            return True
    return False


def drop_cluster_outliers(groups: dict[str, Group], doc_id: str, text: str) -> list[Unresolved]:
    """A small town far from every place of a tight cluster takes a namesake inside the
    cluster's reach (spelt as written); else it stays when it is a second scene's town
    (:func:`_second_scene`), or is dropped."""
    worldwide = _listed_with_countries(groups, text)

    def why(group: Group) -> str | None:
        choice = group.choice
        if (
            choice is None
            or group.key in worldwide
            or not unqualified_town(group, CLUSTER_SMALL_POPULATION)
        ):
            return None
        points = _points(groups, group)
        nearest = min((km(choice, p) for p in points), default=0.0)
        if nearest <= CLUSTER_FAR_KM or not _tight(points):
            return None
        inside = [
            c
            for c in group.candidates
            if not c.fuzzy and min(km(c, p) for p in points) <= CLUSTER_FAR_KM
        ]
        if inside:
            best = max(inside, key=lambda c: c.score)
            group.reasons.append(
                f"the article's places cluster: {best.name} ({best.country_code}) among them "
                f"over the namesake {choice.name} ({choice.country_code})"
            )
            group.choice = best
            return None
        if _second_scene(choice, groups, group, points):
            return None
        where = f"{choice.name} ({choice.country_code})"
        return (
            f"{group.name!r}: its best match, {where}, lies {nearest:,.0f} km from every other "
            "place of the article, which lie close together"
        )

    return drop_groups(groups, doc_id, text, why)


def drop_far_villages(groups: dict[str, Group], doc_id: str, text: str) -> list[Unresolved]:
    """ "held in Xyz before being driven to Abc": a village in a country the text never names,
    thousands of km from every other place, is a namesake of one the gazetteer lacks."""
    named = countries_named_by_others(groups)

    def why(group: Group) -> str | None:
        choice = group.choice
        if (
            choice is None
            or not unqualified_town(group, VILLAGE_POPULATION)
            or choice.country_code in named[group.key]
        ):
            return None
        points = _points(groups, group)
        nearest = min((km(choice, p) for p in points), default=0.0)
        if nearest <= VILLAGE_FAR_KM:
            return None
        return (
            f"{group.name!r}: its best match, {choice.name} ({choice.country_code}), is a "
            f"village in a country the text does not name, {nearest:,.0f} km from every "
            "other place"
        )

    return drop_groups(groups, doc_id, text, why)


#: Two misspelt matches this close in score are a tie the spelling cannot break ...
TIE_SCORE = 0.01
#: ... when they lie this far apart (a town and its district share a point).
TIE_APART_KM = 100.0


def drop_fuzzy_ties(groups: dict[str, Group], doc_id: str, text: str) -> list[Unresolved]:
    """A name the gazetteer lacks that two entries of other names match equally well, in two
    countries equally backed by the article ("Xyza" as "Xaza" in one country or "Xyzo" in
    its neighbour): the spelling picks neither country, so no dot is drawn."""
    named = countries_named_by_others(groups)

    def why(group: Group) -> str | None:
        choice = group.choice
        if choice is None or not choice.fuzzy or choice.kind not in _POINT_KINDS:
            return None
        backed = choice.country_code in named[group.key]
        rivals = [
            c
            for c in group.candidates
            if c.fuzzy
            and c.name != choice.name
            and c.country_code != choice.country_code
            and c.score >= choice.score - TIE_SCORE
            and (c.country_code in named[group.key]) == backed
            and km(c, choice) > TIE_APART_KM
        ]
        if not rivals:
            return None
        rival = f"{rivals[0].name} ({rivals[0].country_code})"
        return (
            f"{group.name!r} is not in the gazetteer; its spelling matches {choice.name} "
            f"({choice.country_code}) and {rival}, far apart, equally well"
        )

    return drop_groups(groups, doc_id, text, why)


#: A town not known worldwide this far from every place its own sentence and the article
#: put events in, in a country the text never names, is a namesake of one the gazetteer lacks.
SENTENCE_FAR_KM = 3_000.0
#: Towns this big, or a capital or world city, are meant wherever they lie.
_WORLDWIDE_POPULATION = 1_000_000
_WORLDWIDE = frozenset({"national capital", "world city"})
#: Verbs of saying: a place written "in X said", "said on Friday in X" is where a claimant
#: spoke, which may lie anywhere; it places no event.
_SAY = r"(?:said|says|told|tells|added|stated|announced)"
_SEAT_AFTER = re.compile(rf",?\s+{_SAY}\b")
_SEAT_BEFORE = re.compile(rf"\b{_SAY}(?:\s+[\w-]+){{0,3}}\s+in\s+$")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[A-Z\"“])")
_WINDOW = 300


def seat_mention(top: Toponym, text: str) -> bool:
    """ "a spokesman for the firm in Xyz said", "told reporters on Friday in Xyz": the name
    says where a claimant spoke, not where the story's events happen."""
    before = text[max(0, top.start - 60) : top.start]
    return bool(
        (before.endswith(("in ", "at ")) and _SEAT_AFTER.match(text, top.end, top.end + 20))
        or _SEAT_BEFORE.search(before)
    )


def _sentence(top: Toponym, text: str) -> tuple[int, int]:
    """The character range of the sentence holding ``top`` (within a window around it)."""
    lo = max(0, top.start - _WINDOW)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, top.start)]
    start = ends[-1] if ends else lo
    after = _SENTENCE_END.search(text, top.end, top.end + _WINDOW)
    return start, after.start() if after else min(len(text), top.end + _WINDOW)


def _worldwide(group: Group) -> bool:
    """A name whose chosen town is known wherever it lies, or which the text places."""
    choice = group.choice
    return (
        choice is None
        or choice.kind != "city"
        or choice.population >= _WORLDWIDE_POPULATION
        or any(w in _WORLDWIDE for w in choice.why)
        or bool(group.qualifiers)
        or any(t.cue_country or t.owner for t in group.toponyms)
    )


def drop_far_from_events(groups: dict[str, Group], doc_id: str, text: str) -> list[Unresolved]:
    """ "flown from Abc to Cdf and then by road to Xyz": a town of the name 3,000+ km from
    the places its sentence names and from every place of the article where events happen,
    in a country the text never names, is a namesake of a town the gazetteer lacks. Where a
    claimant spoke ("a spokesman in Paris said") licenses no namesake near it."""
    named = countries_named_by_others(groups)
    seats = {id(t) for g in groups.values() for t in g.toponyms if seat_mention(t, text)}
    events = {
        key: g.choice
        for key, g in groups.items()
        if not key.startswith("demonym:")
        and g.choice is not None
        and g.choice.kind in _POINT_KINDS
        and not all(id(t) in seats for t in g.toponyms)
    }
    at = sorted((t.start, key) for key, g in groups.items() for t in g.toponyms if key in events)
    starts = [s for s, _ in at]

    def why(group: Group) -> str | None:
        choice = group.choice
        if _worldwide(group) or choice is None or choice.country_code in named[group.key]:
            return None
        told = [t for t in group.toponyms if id(t) not in seats]
        points = [c for k, c in events.items() if k != group.key]
        if not told or len(points) < 2:
            return None
        nearest = min(km(choice, p) for p in points)
        if nearest < SENTENCE_FAR_KM:
            return None
        lo, hi = _sentence(told[0], text)
        mates = {k for _, k in at[bisect_left(starts, lo) : bisect_left(starts, hi)]}
        mates.discard(group.key)
        if not mates:  # a sentence of its own: nothing there says where it is
            return None
        return (
            f"{group.name!r}: its best match, {choice.name} ({choice.country_code}), in a "
            f"country the text does not name, lies {nearest:,.0f} km from the places its "
            "sentence and the article put events in"
        )

    return drop_groups(groups, doc_id, text, why)


def drop_outliers(groups: dict[str, Group], doc_id: str, text: str) -> list[Unresolved]:
    """The passes of this module."""
    return [
        *drop_cluster_outliers(groups, doc_id, text),
        *drop_far_villages(groups, doc_id, text),
        *drop_fuzzy_ties(groups, doc_id, text),
        *drop_far_from_events(groups, doc_id, text),
        *drop_far_between(groups, doc_id, text),
    ]
