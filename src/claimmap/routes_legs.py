"""Stated legs: the hops an article tells, origin → transit… → destination, of one group of
movers. A movement that does not say where its movers set off often goes on from the one
told before it ("left their homes in X and fled to Y", "They were then flown to Z"), so the
movements are first threaded into journeys (:func:`_journeys`) and each journey's stops
paired in turn; a hop told twice is one leg listing both tellings. A hop that only joins two
border crossings told in other sentences is *inferred* (:mod:`claimmap.routes_crossings`),
and a movement told as having come before the one told ahead of it is a backstory, not its
next step (:mod:`claimmap.routes_backstory`).

Split from :mod:`claimmap.routes`, which groups the movements and merges the legs into routes.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from claimmap.model import Leg, Movement, Place
from claimmap.movement_halves import resolved
from claimmap.movement_hops import (
    hop_mood,
    hop_tellers,
    on_the_way,
    stop_alone,
    unreached,
)
from claimmap.movement_join_legs import merge_leg, told_on
from claimmap.movement_join_respective import respective, streamed
from claimmap.movement_part_ends import part_ends
from claimmap.movement_retold import retold_stage
from claimmap.movement_stops import (
    chain,
    entries,
    finest,
    framed_start,
    in_turn,
    slot_ids,
    within,
)
from claimmap.movement_words import THERE_WORDS
from claimmap.routes_counted import goes_on
from claimmap.routes_crossings import crossings_joined
from claimmap.routes_refined import refined_starts
from claimmap.routes_retold_start import told_from_start
from claimmap.routes_telling import (
    leads_to,
    open_end,
    part_of_movers,
    resumes,
    then_step,
)
from claimmap.routes_voyages import passage_reached, passed_waters
from claimmap.routes_way_summary import summed_ways


def stated_legs(
    movements: Sequence[Movement], canon: dict[str, str], by_id: dict[str, Place], text: str
) -> list[Leg]:
    """The legs ``movements`` tell, one per pair of places a journey goes between in turn,
    each with the mood and the tellers of the movements that tell that hop."""
    merged: dict[tuple[str, str], Leg] = {}
    journeys = _journeys(movements, canon, by_id, text)
    reached: set[str] = set()  # where the journeys told so far ended
    for ms, stops in journeys:
        if len(ms) == 1 and ms[0].origin is None and ms[0].destination is None:
            stops = chain(ms[0], canon, by_id, text, unordered=True)
        stops = [finest(stop, by_id) for stop in stops]
        stops = refined_starts(ms, stops, canon, by_id, movements)  # "to X, where ... at Y"
        stops = summed_ways(ms, stops, canon, text)  # "through X, by bus to A, across to X"
        ended, reached = reached, reached | set(stops[-1] if len(stops) > 1 else ())
        if framed_start(ms, stops, by_id) and not (set(stops[0]) <= ended and _later(ms, text)):
            # "fled to X." ... "crossed into X and were later taken to Y": on from X
            stops = stops[1:]  # "back across the X Ocean to Y": the sea is no start
        if not _rest_of(ms, journeys):
            stops = entries(
                stops, by_id, part_ends(ms, by_id, text)
            )  # "into X through Y": no hop from Y to X
        for here, there in itertools.pairwise(stops):
            own = respective(here, there, by_id)  # "from A and B" ... "to X and Y"
            for a in here:
                for b in there:
                    if a != b and (own is None or own[a] == b):
                        mood = hop_mood(ms, a, b, canon)
                        tellers = told_on(ms, hop_tellers(ms, a, b, canon))
                        leg = merged.get((a, b))
                        if leg is not None and {mood, leg.mood} == {"made", "intended"}:
                            # a trip only meant (cut short: "were heading for Y" when
                            # seized) backs no journey made: the made telling stands alone
                            if mood == "intended":
                                continue
                            leg = None
                        status = _status(ms, a, b, canon, text, leg)
                        merged[(a, b)] = merge_leg(leg, a, b, status, ms, by_id, mood, tellers)
    return list(merged.values())


def _status(
    ms: Sequence[Movement], a: str, b: str, canon: dict[str, str], text: str, leg: Leg | None
) -> str:
    """ "stated", unless every telling of the hop so far only joins two crossings told in
    other sentences (:mod:`claimmap.routes_crossings`): then "inferred"."""
    if leg is not None and leg.status == "stated":
        return "stated"
    return "inferred" if crossings_joined(ms, a, b, canon, text) else "stated"


def _rest_of(
    ms: Sequence[Movement], journeys: Sequence[tuple[list[Movement], list[list[str]]]]
) -> bool:
    """Did a part of these movers go on in another journey ("crossed into X through Y.
    Most arrived in Z")? Then the rest ended in X, and that end stays."""
    return any(len(other) > len(ms) and other[: len(ms)] == list(ms) for other, _ in journeys)


def _journeys(
    movements: Sequence[Movement], canon: dict[str, str], by_id: dict[str, Place], text: str
) -> list[tuple[list[Movement], list[list[str]]]]:
    """Each movement's stops; a movement that does not say where the movers set off goes
    on from the one before it when both are one telling: the same sentence ("left their
    homes in X and fled to Y", "routed through X and on into Y") or the next sentence of
    the same claim ("They were moved to X," he said. "Then they were flown to Y."), or of
    another claim told as the next step ("... were then moved to Y"). Stops inside the last
    place say where in it the movers went ("to Darfur" then "to El Fasher and to Nyala")."""
    out: list[tuple[list[Movement], list[list[str]]]] = []
    for m in movements:
        stops = chain(m, canon, by_id, text)
        if out and len(out[-1][1]) > 1 and _way_after(out[-1][0][-1], m, text):
            # "should dock at Y after sailing through the Z strait": Z lies on the way to Y
            way = [ids for t in m.transit if (ids := slot_ids(t, canon))]
            out[-1] = ([*out[-1][0], m], on_the_way(out[-1][1], way))
            continue
        if out and (again := told_from_start(out[-1], m, stops, by_id, text)):
            out.append(again)  # "Most of them flew to X": how they got there, from the start
            continue
        # a hop through unresolved places only ("pass the Strait") still carries the telling on
        if out and _open_start(m, text) and out[-1][1] and goes_on(out[-1][0][-1], m, text):
            prev_ms, prev_stops = out[-1][0], passed_waters(*out[-1], canon, by_id, m)
            if unreached(prev_ms, prev_stops, m) or _headed_only(prev_ms[-1], m, text):
                # "was heading towards X when it was stopped and taken to Y": on from before X
                out.append(([*prev_ms[:-1], m], [*prev_stops[:-1], *stops]))
                continue
            k = retold_stage(prev_ms, prev_stops, m, stops, by_id, text)
            if k is not None:
                # "sent to X, many later moved to Z." "They ... were taken to Y" (Y in X):
                # the stage into X told again, from where it set off, not on from Z
                out.append(([*prev_ms[:1], m], [*prev_stops[:k], *stops]))
                continue
            # "left X." then "crossed through Y in X": where they set off stays
            start_only = len(prev_stops) == 1 and prev_ms[-1].origin is not None
            if start_only and stop_alone(m) and stops and within(stops[0], prev_stops[-1], by_id):
                out[-1] = ([*prev_ms, m], stops)  # "leaving X is believed to pass through Y in X"
                continue
            cut = False  # the end before was dropped: the last stops left are no end
            if (
                stops
                and not start_only
                and within(stops[0], prev_stops[-1], by_id)
                and not _later_stretch(prev_ms[-1], m, text)
            ):
                # "crossed into X, arriving at a town in X"; when only a part of the movers
                # went on ("fled into X." "Most of them arrived at Y"), the rest ended at X
                prev_stops, cut = prev_stops[:-1], True
                if prev_ms[-1].sentence != m.sentence and part_of_movers(m, text):
                    out.append(([*prev_ms, m], [*prev_stops, *stops]))
                    continue
            told_apart = prev_ms[-1].sentence != m.sentence  # not "to B and drifting across Z"
            on_from_end = bool(stops and prev_stops) and set(stops[0]) == set(prev_stops[-1])
            if (
                told_apart
                and stop_alone(m)
                and len(prev_stops) > 1
                and not open_end(prev_ms[-1])
                and not on_from_end  # "to B." "then across the B-C crossing": on from B
            ):
                # "sent from A to B." "They were flown through Z": Z lies on the way
                out[-1] = ([*prev_ms, m], on_the_way(prev_stops, stops))
                continue
            # "fled from A and B into X" then "reached Y in X": A and B are two starts, not
            # a list of ends visited in turn
            streams = streamed(prev_stops, movements, canon, by_id)  # "from A and B" "to X and Y"
            went = prev_stops if cut or streams else in_turn(prev_stops, prev_ms[-1], text, by_id)
            out[-1] = ([*prev_ms, m], [*went, *_past(went, stops)])
            continue
        if out and stops and out[-1][1] and leads_to(m, out[-1][0][0], text):
            prev_ms, prev_stops = out[-1]
            out[-1] = ([m, *prev_ms], [*stops, *prev_stops])
            continue
        if out and stops and out[-1][1] and _described_start(out[-1][0][-1], m):
            # "migrants who flew to X from A were bussed to Y": on from X, not again from A
            prev_ms, prev_stops = out[-1]
            out[-1] = ([*prev_ms, m], [*prev_stops, *stops[1:]])
            continue
        if out and stops and out[-1][1] and resumes(out[-1][0][-1], m):
            prev_ms, prev_stops = out[-1]
            if _same_start(prev_ms, m):
                stops = stops[1:]  # "gold mined in X is smuggled ... before being flown to Y"
            out[-1] = ([*prev_ms, m], [*prev_stops, *stops])
            continue
        out.append(([m], stops))
    return [(ms, passage_reached(ms, stops, canon, by_id)) for ms, stops in out]


def _later(ms: Sequence[Movement], text: str) -> bool:
    """Does a later stretch of the journey go on from where its first movement ended?"""
    return any(_later_stretch(a, b, text) for a, b in itertools.pairwise(ms))


def _later_stretch(prev: Movement, m: Movement, text: str) -> bool:
    """ "crossed into X and were later taken by truck to Y" (Y in X): a stretch told as
    the next step of the same sentence goes on from X, which stays an end, unlike
    "crossed into X, arriving at Y" (one stretch, ending at Y)."""
    return prev.sentence == m.sentence and prev.destination is not None and then_step(m, text)


#: words telling an end as only the way the movers were sent, not a place they got to
_TOWARD = frozenset({"toward", "towards"})


def _headed_only(prev: Movement, m: Movement, text: str) -> bool:
    """Was ``prev``'s end told only as a direction ("sent them north towards X") and the
    next sentence tells the way they took, ending elsewhere ("The convoy travelled through
    Y to Z")? Then the way goes on from where they set off, not from X."""
    end = prev.destination
    if end is None or prev.origin is None or prev.sentence is None or m.sentence is None:
        return False
    if m.sentence.start < prev.sentence.end or m.mood != "made" or m.origin is not None:
        return False
    if m.destination is None or m.destination.place_id in (None, end.place_id):
        return False
    before = text[max(0, end.span.start - 12) : end.span.start].lower().split()
    before = [w for w in before if w not in ("the", "a")]
    return bool(before) and before[-1] in _TOWARD


def _past(before: Sequence[list[str]], stops: list[list[str]]) -> list[list[str]]:
    """The stops of a movement going on from ``before``, less the ones it tells again:
    "crossing through X and Y into Z" read as "through X and Y" and "through X and Y into
    Z" runs X, Y, Z, not back from Y to X."""
    for k in range(min(len(before), len(stops)), 0, -1):
        if all(set(a) == set(b) for a, b in zip(before[-k:], stops[:k], strict=True)):
            return stops[k:]
    return stops


def _way_after(prev: Movement, m: Movement, text: str) -> bool:
    """Is ``m`` only the way, told in an "after" clause of the movement before it in its
    sentence ("should dock at Y after sailing through Z"): a stop before that one's end?"""
    if m.sentence is None or m.sentence != prev.sentence or not stop_alone(m):
        return False
    if m.mover is not None and m.mover != prev.mover:
        return False
    between = text[prev.trigger.end : m.trigger.start].lower().replace(",", " ").split()
    return prev.trigger.end <= m.trigger.start and "after" in between


def _described_start(prev: Movement, m: Movement) -> bool:
    """Is ``m``'s start the very words of the start of the movement told before it in its
    sentence, of the same movers, which ended somewhere else ("migrants who flew to X from
    A were bussed to Y": the start read off the movers' description is where the first
    step set off; the second step went on from X)? Not when the first end was only their
    course ("trucks that had left A for X were turned back and sent to Y": never at X)."""
    start, before = m.origin, prev.origin
    return (
        prev.mood == "made"
        and start is not None
        and before is not None
        and start.span == before.span
        and prev.trigger.end <= start.span.start < m.trigger.start  # told in prev's clause
        and m.sentence is not None
        and m.sentence == prev.sentence
        and prev.mover is not None
        and prev.mover == m.mover
        and resolved(prev.destination)
        and resolved(m.destination)
        and prev.destination != m.destination
    )


def _same_start(before: Sequence[Movement], m: Movement) -> bool:
    """Is ``m``'s start the very words of a start told before (a start read off the movers'
    description, "gold mined in X", shared by each step), not a stop reached?"""
    start = m.origin
    return start is not None and any(
        p.origin is not None and p.origin.span == start.span for p in before
    )


def _open_start(m: Movement, text: str) -> bool:
    """Names no start, or one that is no place told as the next step ("were then moved
    from the regional capital to Y": where the telling had got to)."""
    if m.origin is None:
        return True
    if text[m.origin.span.start : m.origin.span.end].lower() in THERE_WORDS:
        return True  # "From there it crossed Y": where the telling had got to
    return m.origin.place_id is None and not m.origin.other_place_ids and then_step(m, text)
