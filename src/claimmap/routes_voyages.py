"""One craft's voyage told over several sentences: "the bulk carrier X, which sailed from A
across the Sea of B and passed through the C Strait." "It was later tracked heading
through D to E." Each sentence tells a stretch of the same voyage, so each goes on from
where the one before left the craft, and the waters it passed on the way stay stops.

Read by :mod:`claimmap.routes_telling` (which movement goes on from which) and
:mod:`claimmap.routes_legs` (the stops of a journey).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimmap.movement_phrase_words import CRAFT_NOUNS
from claimmap.movement_stops import slot_ids
from claimmap.timestamps import STAMP_BETWEEN as _STAMP  # "14:05 GMT —", "UPDATE 2 -"

if TYPE_CHECKING:
    from claimmap.model import Movement, Place
    from claimmap.routes_groups import Group

#: how many sentences may come between two stretches of one voyage
_MAX_BETWEEN = 1
#: words naming a narrow water crossed at a point, not a sea sailed across
_PASSAGE_WORDS = frozenset({"strait", "straits", "channel", "canal", "bosphorus", "dardanelles"})


def voyage_goes_on(prev: Movement, m: Movement, text: str) -> bool:
    """Does ``m`` go on with the craft ``prev`` left with no end ("... passed through the C
    Strait." "It was later tracked heading to E")? Its mover is the same craft, named before
    its own sentence (a pronoun or "the ship" standing for it), at most one sentence (and a
    paragraph's time stamp) between them."""
    if prev.sentence is None or m.sentence is None or m.mover is None:
        return False
    if m.mover.start >= m.sentence.start or m.origin is not None:
        return False
    if prev.mover != m.mover and not (_craft_mover(prev, text) and _craft_mover(m, text)):
        return False  # "the cargo ship X sailed ..." "The ship ..." "it docked": one craft
    if prev.destination is not None or not (prev.origin or prev.transit):
        return False  # a craft that got somewhere, or a telling with no place: not this
    if not _craft_mover(m, text):
        return False  # "The fighters came from X." "They were taken to Y": where they hail from
    gap = text[prev.sentence.end : m.sentence.start]
    if not 0 <= len(gap) <= 400:
        return False
    gap = _STAMP.sub(" ", gap)
    return sum(gap.count(c) for c in ".!?") <= _MAX_BETWEEN and '"' not in gap


def voyage_again(
    m: Movement, movements: Sequence[Movement], keys: dict[str, str | None], text: str
) -> str | None:
    """The group of the craft whose voyage ``m`` goes on with (:func:`voyage_goes_on`):
    "the bulk carrier X ... passed through the C Strait." "It reappeared off Y", with "it"
    read as "the ship" of the sentence between, is X's voyage whatever it is called."""
    before = [p for p in movements if p.trigger.start < m.trigger.start and keys.get(p.id)]
    prev = max(before, key=lambda p: p.trigger.start, default=None)
    return keys.get(prev.id) if prev is not None and voyage_goes_on(prev, m, text) else None


def passed_waters(
    ms: list[Movement],
    stops: list[list[str]],
    canon: dict[str, str],
    by_id: dict[str, Place],
    nxt: Movement | None = None,
) -> list[list[str]]:
    """The stops of a journey told by ``ms``, the last with no end told and one water
    crossed, with that water put back when the next stretch ``nxt`` is only more water
    passed ("across the Sea of B and passed through the C Strait"): the voyage is told as
    the waters it went through, each a stop. A strait or a canal passed is a stop before
    any end told after it; a sea crossed before an end ("sailed along the X Sea before
    reaching Y") stays no stop."""
    m = ms[-1]
    if len(ms) > 1 and m.origin is None and m.sentence != ms[-2].sentence:
        return stops  # "The vessels will sail through X": a way told apart is put in place
    sea_only = nxt is not None and not _waters_only(nxt, canon, by_id)
    if sea_only and not all(_passage(by_id[i]) for t in m.transit for i in slot_ids(t, canon)):
        return stops  # a strait or a canal passed is a point on the way; a sea is not
    if m.destination is not None or len(m.transit) != 1:
        return stops
    ids = slot_ids(m.transit[0], canon)
    water = bool(ids) and all(i in by_id and by_id[i].kind == "water" for i in ids)
    if not water or any(set(ids) & set(stop) for stop in stops):
        return stops
    return [*stops, ids]


def _waters_only(m: Movement, canon: dict[str, str], by_id: dict[str, Place]) -> bool:
    """Does the movement tell only waters passed: no start, no end?"""
    if m.origin is not None or m.destination is not None or not m.transit:
        return False
    ids = [i for t in m.transit for i in slot_ids(t, canon)]
    return bool(ids) and all(i in by_id and by_id[i].kind == "water" for i in ids)


def passage_reached(
    ms: list[Movement], stops: list[list[str]], canon: dict[str, str], by_id: dict[str, Place]
) -> list[list[str]]:
    """A voyage of several stretches told last through a strait or a canal ("passed
    through the C Strait"): the strait is the furthest point it is told to have reached,
    a point on the map, unlike a sea sailed across."""
    if len(ms) < 2 or not stops:
        return stops
    out = passed_waters(ms, stops, canon, by_id)
    if out is stops or not all(_passage(by_id[i]) for i in out[-1]):
        return stops
    return out


def _passage(place: Place) -> bool:
    return bool(_PASSAGE_WORDS & set(re.split(r"[\s-]+", place.name.lower())))


def held_between(prev: Movement, m: Movement, text: str) -> bool:
    """Is the sentence just before ``m`` about where ``prev`` left the movers ("taken to X."
    (a quote) "They were held in houses in X ..." "They were then driven to Y")? Then the
    next step told after it still goes on from X."""
    if prev.sentence is None or m.sentence is None or prev.destination is None:
        return False
    if m.origin is not None or prev.mood != "made" or prev.negated:
        return False
    gap = text[prev.sentence.end : m.sentence.start]
    if not 0 < len(gap) <= _HELD_CHARS:
        return False
    last = [s for s in re.split(r"[.!?][\"”’]?\s+", gap.strip()) if s.strip()]
    return bool(last) and prev.destination.span.text in last[-1] and '"' not in last[-1]


#: how far (characters) the sentence keeping the movers at X may run on from their arrival
_HELD_CHARS = 700


#: the cargo of the craft told just before: "this cargo", "the shipment", "its load"
_CARGO = re.compile(
    r"(?:this|that|the|its|her)\s+(?:cargo|shipment|consignment|load|freight)", re.IGNORECASE
)
#: a craft named before its name: "the bulk carrier X", "the Panama-flagged X"
_CRAFT_BEFORE = re.compile(
    r"(?:-flagged|\b(?:ship|vessel|carrier|tanker|freighter|bulker|trawler|ferry|barge))\s*$",
    re.IGNORECASE,
)


def cargo_told_on(prev: Movement, m: Movement, text: str) -> bool:
    """Is ``m`` the cargo of the craft ``prev`` took on its way ("It was tracked heading to
    D." "We believe this cargo is going to E"), told right after it, with no start of its
    own? The cargo goes on from where the craft was last told."""
    if m.mover is None or m.origin is not None or prev.sentence is None or m.sentence is None:
        return False
    if _CARGO.search(text[max(m.mover.start - 5, 0) : m.mover.end]) is None:
        return False  # the mover span may leave its determiner out: "cargo"
    if prev.destination is None and not prev.transit:
        return False
    gap = text[prev.sentence.end : m.sentence.start]
    return 0 <= len(gap) <= 400 and sum(gap.count(c) for c in ".!?") <= _MAX_BETWEEN


#: "a fishing boat", "one inflatable dinghy": a craft told as one of a fleet told before
_ONE_OF = re.compile(r"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def one_of_fleet(prev: Movement, m: Movement, text: str) -> bool:
    """Is ``m`` told of one craft of the fleet ``prev`` set off ("Most of the boats set off
    from beaches near X." "A fishing boat carrying 412 people was escorted to Y"), in the
    next sentence, with no start of its own? Nothing else said, it set off where the story
    put the fleet's departures."""
    if m.mover is None or prev.mover is None or m.origin is not None or prev.origin is None:
        return False
    if prev.destination is not None or prev.sentence is None or m.sentence is None:
        return False
    if not 0 <= m.sentence.start - prev.sentence.end <= 3:
        return False
    one = m.mover.text.lower().split()[-1:]
    fleet = prev.mover.text.lower().split()[-1:]
    if not one or one[0] not in CRAFT_NOUNS or fleet != [f"{one[0]}s"]:
        return False
    return _ONE_OF.search(text[max(m.mover.start - 40, 0) : m.mover.start]) is not None


def craft_cargo(found: Sequence[Group], text: str) -> list[Group]:
    """Movements of "this cargo" moved to the group of the craft told just before them."""
    crafts = [g for g in found if _craft(g, text)]
    emptied: list[Group] = []
    for group in found:
        if group in crafts:
            continue
        for m in list(group.movements):
            before = [
                (x, g) for g in crafts for x in g.movements if x.trigger.end <= m.trigger.start
            ]
            if not before:
                continue
            prev, home = max(before, key=lambda xg: xg[0].trigger.start)
            if cargo_told_on(prev, m, text):
                group.movements.remove(m)
                home.movements.append(m)
                home.movements.sort(key=lambda x: x.trigger.start)
                emptied += [] if group.movements else [group]
    return [g for g in found if g.movements or g not in emptied]


def _craft(group: Group, text: str) -> bool:
    """Are the group's movers a craft: vessels, or one named after its kind or flag?"""
    return group.key == "vessels" or any(_craft_mover(m, text) for m in group.movements)


def _craft_mover(m: Movement, text: str) -> bool:
    """Is the mover a craft: "the ship", or a name told after its kind or flag ("the bulk
    carrier X", "the Panama-flagged X")?"""
    if m.mover is None:
        return False
    words = text[m.mover.start : m.mover.end].lower().split()
    if set(words) & (CRAFT_NOUNS | {"carrier", "bulker"}):
        return True  # "the ship", "ship Saskia"
    return (
        _named_craft_at(text, m.mover.start, m.mover.end)
        or any(
            _named_craft_at(text, at.start(), at.end())  # "the carrier X" then "the X left Y"
            for at in re.finditer(re.escape(text[m.mover.start : m.mover.end]), text, re.IGNORECASE)
            if at.start() < m.mover.start
        )
    )


def _named_craft_at(text: str, start: int, end: int) -> bool:
    """Is the name at ``start`` told after its kind or flag ("the bulk carrier X")?"""
    return _CRAFT_BEFORE.search(text[max(start - 40, 0) : start]) is not None


def shared_subject(prev: Movement, m: Movement, text: str) -> bool:
    """Is ``m`` a verb with no mover of its own conjoined to ``prev`` in one clause ("crossed
    from A into B on Sunday and headed west towards C")? It shares the subject, so it is
    the next stretch of the same movers."""
    if m.mover is not None or m.origin is not None or prev.sentence != m.sentence:
        return False
    between = text[prev.trigger.end : m.trigger.start]
    words = between.split()
    return len(words) <= 20 and not re.search(r"[,;:()\"]", between) and words[-1:] == ["and"]
