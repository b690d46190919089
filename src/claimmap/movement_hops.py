"""Which movements of one journey told each hop, and so how the hop is told.

A journey is merged from several movements ("fighters were flown to X last week" and
"will be moved on to Y"): each hop keeps the mood of the movements that told it, not the
surest of the whole journey. A stop told alone ("they may have been flown through Z")
lies on the way of the journey it continues, between its start and its end.

Split from :mod:`claimmap.routes`, which joins the stops of movements into legs.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimmap.model import Mood, Movement
from claimmap.movement_stops import slot_ids

#: moods from the surest: a leg one claim tells as made and another as planned was made
SURENESS: tuple[Mood, ...] = ("made", "possible", "intended")


def surest(moods: Sequence[Mood]) -> Mood:
    return min(moods, key=SURENESS.index)


def _named(m: Movement, canon: dict[str, str]) -> set[str]:
    """Every place a movement names in any of its slots."""
    refs = [m.origin, *m.transit, m.destination]
    return {p for ref in refs for p in slot_ids(ref, canon)}


def hop_tellers(ms: Sequence[Movement], a: str, b: str, canon: dict[str, str]) -> list[Movement]:
    """The movements of a journey that told its hop a → b: those naming both ends (a hop
    told whole), else those naming either end (a hop joining two tellings), else all. Only
    they stand behind the hop: a narrator's "were flown from A to B" is not made the claim
    of a quote that goes on from B."""
    named = [_named(m, canon) for m in ms]
    whole = [m for m, ids in zip(ms, named, strict=True) if a in ids and b in ids]
    if whole:
        return whole
    joined = [m for m, ids in zip(ms, named, strict=True) if a in ids or b in ids]
    return joined or list(ms)


def hop_mood(ms: Sequence[Movement], a: str, b: str, canon: dict[str, str]) -> Mood:
    """The mood of the hop a → b of a journey told by ``ms``: the surest of the movements
    naming both its ends (a hop one of them told whole); a hop joining two tellings ("flown
    to X", then "will be moved on to Y") is no surer than the least sure of them."""
    named = [_named(m, canon) for m in ms]
    tellers = hop_tellers(ms, a, b, canon)
    moods = [m.mood for m in tellers]
    if any(a in ids and b in ids for ids in named):
        return surest(moods)
    if any(a in ids or b in ids for ids in named):
        return max(moods, key=SURENESS.index)
    return surest(moods)


def stop_alone(m: Movement) -> bool:
    """Does the movement tell only a stop on the way ("were flown through Z"), no start
    and no end?"""
    return m.origin is None and m.destination is None and bool(m.transit)


def on_the_way(before: list[list[str]], stops: list[list[str]]) -> list[list[str]]:
    """The stops of a journey from ``before`` with the stops told alone after it put on
    its way, before its end (A → B, then "through Z": A → Z → B); stops it already has
    are not told again."""
    seen = {p for stop in before for p in stop}
    new = [stop for stop in stops if not seen & set(stop)]
    return [*before[:-1], *new, before[-1]]


def unreached(prev_ms: Sequence[Movement], prev_stops: list[list[str]], m: Movement) -> bool:
    """Was the end the journey had got to only meant ("planned to sail to X", "was heading
    for X when it was stopped") while the next step was made? Then that step goes on from
    where the movers were before it, and the meant end stays a branch of its own."""
    last = prev_ms[-1]
    return (
        len(prev_ms) > 1
        and len(prev_stops) > 1
        and last.mood == "intended"
        and m.mood == "made"
        and last.destination is not None
    )
