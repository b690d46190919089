"""Where a movement told with only its end set off: where the story last put its movers.

"The convoy reached A." ... "It then moved to B": the nearest earlier movement of the same
movers left them at A, so A → B. "Two boats landed in X province." ... "A second boat
landed near Y" (Y in X): one more of the boats, reached from where they all set off (the
start of their leg to X), not from where the first one landed. "Some were moved on to A.
The remaining workers were sent to B": the rest set off where that journey started.
"Fishermen in T said the boat was pushed towards Z", the boat last told of at no known
place ("towed out to sea"): the town its tellers speak from is where they saw it. Each
such leg is *inferred*, backed by the end's own claim.

Runs only for movements that name an end and nothing else and made no leg of their own;
a mover told as another group ("another group of workers") starts a journey of its own.
Split from :mod:`claimmap.routes`, which calls it once every group has its legs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimmap.model import Leg, Movement, Place
from claimmap.movement_halves import (
    NEAR_CHARS,
    craft,
    end_half,
    other_movers,
    resolved,
    told_before,
)
from claimmap.movement_join_context import LegContext, tellers_place
from claimmap.movement_join_legs import merge_leg
from claimmap.movement_join_sited import sited_before
from claimmap.movement_join_tellers import tellers_home
from claimmap.movement_join_unplaced import unplaced_since
from claimmap.movement_siblings_told import several_told
from claimmap.movement_stops import inside, slot_ids
from claimmap.routes_groups import mover_key
from claimmap.routes_story_movers import gathered, gone_on_only, rest_opening

#: a mover told as another group than those told before: a journey of its own
_ANOTHER = re.compile(
    r"\b(?:another|(?:a|the)\s+(?:second|third|fourth|new|further|fresh))\s+(?:[\w-]+\s+)?"
    r"(?:group|batch|wave|contingent|consignment|shipment|convoy)s?\b(?:\s+of\s+[\w\s-]*)?$",
    re.IGNORECASE,
)
#: one more of the movers told before, not the one last told of: "a second boat"
_SIBLING = re.compile(
    r"\b(?:another|(?:a|an)\s+(?:second|third|fourth|fifth|sixth)),?\s+(?:[\w-]+,?\s+){0,2}[\w-]+$",
    re.IGNORECASE,
)
#: movers told as the rest of those told before: "the remaining workers", "the rest of
#: the men", "others"
_REST = re.compile(
    r"(?:^|\s)(?:(?:the\s+)?(?:remaining|rest\s+of|remainder\s+of)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}[\w-]+|(?:the\s+)?others?(?:\s+[\w-]+)?)$",
    re.IGNORECASE,
)
#: movers told as a part of those told before: "some of the children", "many of them"
_PART = re.compile(
    r"\b(?:some|many|most|several|half|part)\s+of\s+(?:the\s+|these\s+|those\s+)?"
    r"(?:[\w-]+\s+){0,2}[\w-]+$",
    re.IGNORECASE,
)
#: the words right before a place in a claimant phrase that put the speakers there
_IN = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)


def separate(m: Movement, text: str) -> bool:
    """Is ``m``'s mover told as another group than the movers told before ("another group
    of workers", "a second batch")?"""
    return _named(m, text, _ANOTHER)


def _named(m: Movement, text: str, words: re.Pattern[str]) -> bool:
    """Do ``words`` name ``m``'s mover, read from its sentence's start to the mover's end?"""
    if m.mover is None:
        return False
    start = m.sentence.start if m.sentence else m.mover.start
    return bool(words.search(text[max(start, m.mover.start - 60) : m.mover.end]))


def last_seen_legs(ctx: LegContext, legs: Sequence[Leg], every: Sequence[Leg]) -> list[Leg]:
    """A → Y for each end-only movement of the group to Y that made no leg (``legs``: the
    group's; ``every``: every group's): A where the nearest earlier movement of the group
    left the movers (the start of its leg when its end holds Y), else, with none told
    before, the start of a group leg whose end holds Y, else (a craft told of by speakers
    placed in a town) that town."""
    joined = {i for leg in legs for i in leg.movement_ids}
    known = {(leg.from_place, leg.to_place) for leg in legs}
    by_id, canon = ctx.by_id, ctx.canon
    out: list[Leg] = []
    for m in ctx.movements:
        if m.id in joined and not gone_on_only(m, legs, canon, ctx.movements, ctx.text):
            continue
        if m.negated or not end_half(m) or separate(m, ctx.text):
            continue
        ends = slot_ids(m.destination, canon)
        for start, before in _starts(m, ends, ctx, legs, every):
            for b in ends:
                if start == b or (start, b) in known or _nested(start, b, by_id):
                    continue
                if (b, start) in known:
                    continue  # "flown to Minsk … to Kuźnica". "They arrive in Minsk": told again
                ms = [m] if before is None else [before, m]
                out.append(merge_leg(None, start, b, "inferred", ms, by_id, m.mood, [m]))
                known.add((start, b))
    return out


def _starts(
    m: Movement, ends: list[str], ctx: LegContext, legs: Sequence[Leg], every: Sequence[Leg]
) -> list[tuple[str, Movement | None]]:
    """Where ``m``'s movers set off, with the movement that put them there (if any)."""
    by_id = ctx.by_id
    if _named(m, ctx.text, _SIBLING):
        # "Two boats landed in X province ... A second boat landed near Y": one of them,
        # from where they all set off (the start of their leg to X), not the first boat's end
        # ("a second ship bound for Y" with no such arrival told: a new craft, no start;
        # "The boat landed at X. A second, smaller boat reached Y": no boats told, no start)
        if not several_told(m, ctx.text):
            return []
        return [(a, None) for a in _held(ends, every, by_id)]
    if _named(m, ctx.text, _REST) or rest_opening(m, ctx.text):
        # "The remaining workers were sent to Y": from where all of them set off
        split = _split_from(m, ctx)
        return [(a, split) for a in slot_ids(split.origin, ctx.canon)] if split else []
    home = tellers_home(m, ctx)
    if home is not None:  # "Residents of T said families had left for Y": from T
        return [(home, None)]
    before = told_before(m, ctx.movements)
    if before is not None and not _last_told(before, m, ctx):
        return []  # the movers last told of only as meant, or other movers: no start known
    if before is not None and unplaced_since(before, m, ctx):
        return []  # the text puts the movers at a place it names but no gazetteer holds
    if before is not None:
        there = _left_at(before, ctx)
        if there and not any(_nested(t, e, by_id) for t in there for e in ends):
            return [(t, before) for t in there]
        if there:  # "boats landed in X province" ... "one landed near Y": the same start
            return [
                (a, before)
                for a in _held(ends, [k for k in every if before.id in k.movement_ids], by_id)
            ]
        if separate(before, ctx.text):
            return []  # another group told just before: nothing known of these movers
    else:
        held = _held(ends, _told_before(m, _not_borrowed(m, legs, ctx), ctx), by_id)
        site = None if held else sited_before(m, ctx)  # "the convoy was later moved to Y"
        return [(a, None) for a in held] or ([(site, None)] if site is not None else [])
    town = _speakers_town(m, ctx)
    return [(town, None)] if town is not None else []


def _held(ends: list[str], legs: Sequence[Leg], by_id: dict[str, Place]) -> list[str]:
    """The starts of the ``legs`` whose end holds one of ``ends``."""
    return list(
        dict.fromkeys(
            leg.from_place
            for leg in legs
            if any(e != leg.to_place and inside(by_id[e], by_id[leg.to_place]) for e in ends)
        )
    )


def _not_borrowed(m: Movement, legs: Sequence[Leg], ctx: LegContext) -> list[Leg]:
    """The ``legs`` whose end was not read from ``m``'s own end words ("Two of the flights
    departed from A" going on to the country holding "X and Y", where all the flights
    landed): such a leg already tells all that is known of ``m``'s movers."""
    assert m.destination is not None
    mine = m.destination.span
    by_mid = {x.id: x for x in ctx.movements}
    return [
        leg
        for leg in legs
        if not any(
            (x := by_mid.get(i)) is not None
            and x.id != m.id
            and x.destination is not None
            and x.destination.span == mine
            for i in leg.movement_ids
        )
    ]


def _told_before(m: Movement, legs: Sequence[Leg], ctx: LegContext) -> list[Leg]:
    """The ``legs`` one of whose movements is told before ``m``: a journey told only later
    (a fact-check's "the troops were driven through P into Ukraine", after the video's
    "a deployment of soldiers to western Ukraine") is not where ``m``'s movers set off."""
    at = {x.id: x.trigger.start for x in ctx.movements}
    return [
        leg
        for leg in legs
        if any(at.get(i, m.trigger.start) < m.trigger.start for i in leg.movement_ids)
    ]


def _split_from(m: Movement, ctx: LegContext) -> Movement | None:
    """The movement whose start the rest of the movers stayed at: the nearest journey of
    the group told as made before ``m`` from a known start, taken back hop by hop to its
    first known start ("flown from A to B and then bused to C." "The remaining workers
    were sent to Y": from A); a journey of a part of them told from its own start ("from B,
    some of the men were sent to C") is where the rest split off, at B."""
    earlier = [
        x
        for x in ctx.movements
        if x.trigger.start < m.trigger.start
        and m.trigger.start - x.trigger.start <= NEAR_CHARS
        and not x.negated
        and x.mood == "made"
    ]
    earlier.sort(key=lambda x: -x.trigger.start)
    found = next((n for n, x in enumerate(earlier) if resolved(x.origin)), None)
    if found is None:
        return None
    first = earlier[found]
    if _named(first, ctx.text, _PART) and _own_start(first):
        return first  # "From B, some of the children were sent to C. Others …": split at B
    for x in earlier[found + 1 :]:
        starts = set(slot_ids(first.origin, ctx.canon))
        if not resolved(x.origin) or not starts & set(slot_ids(x.destination, ctx.canon)):
            break
        first = x
    return first


def _own_start(m: Movement) -> bool:
    """Is ``m``'s start told in its own sentence ("From B, some were sent to C"), not carried
    over from the movement before ("some were later moved on to C")?"""
    start, sent = m.origin, m.sentence
    return start is not None and sent is not None and sent.start <= start.span.start < sent.end


def _last_told(before: Movement, m: Movement, ctx: LegContext) -> bool:
    """Does ``before`` tell where ``m``'s movers were: a journey told as made, of the same
    movers (not "fighters entered X" before "troops were deployed to Y")?"""
    if before.mood != "made":
        return False
    if gathered(m, ctx.text):  # "the group", "survivors": grouped with the people before
        return True
    return not other_movers(before, m, ctx.text, lambda x: mover_key(x, ctx.people)[0])


def _left_at(m: Movement, ctx: LegContext) -> list[str]:
    """Where ``m`` left its movers: its end, else its last stop on land on the way."""
    if resolved(m.destination):
        return slot_ids(m.destination, ctx.canon)
    stops = [p for t in m.transit for p in slot_ids(t, ctx.canon)]
    # "crossed the X Sea": at sea, somewhere on it (no leg starts at a sea's middle)
    return [p for p in stops if ctx.by_id[p].kind != "water"][-1:]


def _speakers_town(m: Movement, ctx: LegContext) -> str | None:
    """The town a craft's tellers are placed in ("Fishermen in T said the boat was pushed
    towards Z"): they tell what they saw off their coast. Never the speakers' own journey."""
    if (
        m.mover is None
        or m.mood != "made"
        or not craft(m.mover.text.lower().split()[-1].rstrip("s"))
    ):
        return None
    return tellers_place(m, ctx, ("city",), _IN)


def _nested(a: str, b: str, by_id: dict[str, Place]) -> bool:
    return inside(by_id[a], by_id[b]) or inside(by_id[b], by_id[a])
