"""A start told as the wider place a finer stop lies in: "shipped to X, where the cargo is
offloaded at Y" (Y a port of the country X), "fled arrest in province P and travelled from
town T (in P) to Z". The outer place only says where in the world the finer one is; a hop
from a country to its own city, or from a province to its own town, is no stretch anyone
travelled, and drawn from the country's centre it invents a route.

Only a country or province told as where the movers set off is refined this way. One
they were told to reach before is a stop of its own ("crossed into province P." "The
arrivals were moved to camps in T": from where they crossed to T); a world region
("militants in the West Asia region were moved to Z") is no state whose own town Z would
be; and a town passed on the way out ("from X into Z through the border town of Y") leaves
the country X as the hinterland the movers came from.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimmap.model import Movement, Place
from claimmap.movement_stops import slot_ids, within

#: kinds of place whose own towns refine them
_OUTER_KINDS = frozenset({"country", "admin1"})


def refined_starts(
    ms: Sequence[Movement],
    stops: list[list[str]],
    canon: dict[str, str],
    by_id: dict[str, Place],
    group: Sequence[Movement] = (),
) -> list[list[str]]:
    """``stops`` of the journey told by ``ms`` less each start the next stop lies within
    ("Iran" before "Bandar Abbas"); ``group`` holds every movement of the same movers."""
    if len(stops) < 2:
        return stops
    out: list[list[str]] = []
    for k, stop in enumerate(stops):
        after = stops[k + 1] if k + 1 < len(stops) else None
        if (
            after is not None
            and _only_locates(stop, ms, canon, by_id, group)
            and within(after, stop, by_id)
            and not _way_out(after, ms, canon)
        ):
            continue  # the finer stop after it says where in it the movers set off
        out.append(stop)
    return out


def _only_locates(
    stop: list[str],
    ms: Sequence[Movement],
    canon: dict[str, str],
    by_id: dict[str, Place],
    group: Sequence[Movement],
) -> bool:
    """Is ``stop`` one country or province told as a start of ``ms`` and reached by no
    movement of the movers told in an earlier sentence?"""
    if len(stop) != 1 or by_id[stop[0]].kind not in _OUTER_KINDS:
        return False
    told = [m for m in ms if stop[0] in slot_ids(m.origin, canon) and m.sentence is not None]
    if not told or not all(_own_words(m) for m in told):
        return False  # a start read back from an end told before: a stop reached
    first = min(m.sentence.start for m in told if m.sentence is not None)
    return not any(
        stop[0] in slot_ids(m.destination, canon)
        and m.sentence is not None
        and m.sentence.start < first
        for m in (*group, *ms)
    )


def _own_words(m: Movement) -> bool:
    """Is ``m``'s start told in its own sentence (not an end of an earlier one read back)?"""
    start, sentence = m.origin, m.sentence
    return start is not None and sentence is not None and sentence.contains(start.span)


def _way_out(stop: list[str], ms: Sequence[Movement], canon: dict[str, str]) -> bool:
    """Is ``stop`` a way the movers took out of the start ("crossed from X into Z through the
    border town of Y", Y in X)? Then X is the hinterland they came from, a start of its own."""
    return any(set(stop) & {i for t in m.transit for i in slot_ids(t, canon)} for m in ms)
