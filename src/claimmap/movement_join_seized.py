"""Where a journey told after a seizure ended: "Customs officers in X seized 400 tortoises.
The reptiles had been flown from A via B." The journey is told in the past before the
past ("had been flown") of the very things seized in the sentence before ("the
reptiles"), so it ended where they were seized: an *inferred* leg from its last stop to
that place, backed by the journey's claim and the seizure sentence.

Split from :mod:`claimmap.routes`, which builds the legs.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from claimmap.model import Leg, Movement, Place, Span
from claimmap.movement_halves import craft
from claimmap.movement_join_context import LegContext
from claimmap.movement_join_legs import merge_leg
from claimmap.movement_stops import chain, inside
from claimmap.movement_words import singular
from claimmap.routes_groups import MOVER_KINDS

#: the past before the past: the journey came before what the text told just before it
_PLUPERFECT = re.compile(r"\b(?:had|'d)\s+(?:been\s+)?(?:\w+ly\s+)?$", re.IGNORECASE)
#: verbs of seizing (stems), told of the things the journey later tells of
_SEIZED = re.compile(
    r"\b(?:seiz|intercept|confiscat|impound|recover|discover|found|caught|rescued)\w*",
    re.IGNORECASE,
)
#: the movers named as things told of before
_TOLD_BEFORE = re.compile(r"\b(?:the|these|those|they|all)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
#: how far back (in characters) the seizure sentence may start
_BACK_CHARS = 400


def seized_legs(ctx: LegContext, known: Sequence[Leg]) -> list[Leg]:
    """Legs from the last stop of a journey with no end, told in the pluperfect of the
    movers seized in the sentence before, to the one place that sentence names."""
    movements, places, canon, by_id = ctx.movements, ctx.places, ctx.canon, ctx.by_id
    text = ctx.text
    told = {(leg.from_place, leg.to_place) for leg in known}
    out: list[Leg] = []
    for m in movements:
        if m.destination is not None or m.sentence is None or not _told_back(m, text):
            continue
        before = _sentence_before(m.sentence.start, text)
        if before is None or not _SEIZED.search(text[before[0] : before[1]]):
            continue
        if not _the_things_seized(m, text[before[0] : before[1]]):
            continue
        stops = chain(m, canon, by_id, text)
        there = _the_place(before, places, canon, by_id)
        if not stops or there is None or any(there in stop for stop in stops):
            continue
        for last in stops[-1]:
            near = inside(by_id[last], by_id[there]) or inside(by_id[there], by_id[last])
            if near or (last, there) in told:
                continue
            leg = merge_leg(None, last, there, "inferred", [m], by_id)
            seizure = Span(m.doc_id, before[0], before[1], text[before[0] : before[1]])
            out.append(dataclasses.replace(leg, evidence=(*leg.evidence, seizure)))
    return out


def _told_back(m: Movement, text: str) -> bool:
    """Told in the pluperfect ("had been flown") of movers named as ones told of before."""
    if m.mover is None or m.sentence is None or m.trigger.start < m.mover.end:
        return False
    past = _PLUPERFECT.search(text[m.mover.end : m.trigger.start]) is not None
    named = text[max(m.sentence.start, m.mover.start - 30) : m.mover.start]
    return past and (_TOLD_BEFORE.search(named) is not None or m.mover.start < m.sentence.start)


def _the_things_seized(m: Movement, seizure: str) -> bool:
    """Could the movers be what was seized: named by a word of the seizure sentence, or
    things (not people, not a pronoun) when no craft was seized ("a boat was intercepted"
    ... "the passengers had set sail from Y": people the boat was never told to carry)?"""
    head = m.mover.text.lower().split()[-1] if m.mover and m.mover.text.split() else ""
    words = {singular(w) for w in re.findall(r"[a-z-]+", seizure.lower())}
    if singular(head) in words:
        return True
    if singular(head) in _PEOPLE or head in _PRONOUNS:
        return False
    return not any(craft(w) for w in words)


_PEOPLE = MOVER_KINDS["displaced"] | MOVER_KINDS["armed"] | {"passenger", "occupant", "crew"}
_PRONOUNS = frozenset(["they", "them", "he", "she", "we", "it", "who"])


def _sentence_before(start: int, text: str) -> tuple[int, int] | None:
    """[start, end) of the sentence right before the one starting at ``start``."""
    head = text[max(0, start - _BACK_CHARS) : start].rstrip()
    if not head or head[-1] not in ".!?\"'”":
        return None
    ends = [m.end() for m in re.finditer(r"[.!?][\"'”]?\s+", head[:-1])]
    first = (ends[-1] if ends else 0) + max(0, start - _BACK_CHARS)
    if not ends and start > _BACK_CHARS:
        return None  # a sentence too long to tell where it starts
    return first, max(0, start - _BACK_CHARS) + len(head)


def _the_place(
    span: tuple[int, int],
    places: Sequence[Place],
    canon: dict[str, str],
    by_id: dict[str, Place],
) -> str | None:
    """The one finest place named in the span (none when it names two apart)."""
    named = {
        canon.get(p.id, p.id)
        for p in places
        if any(span[0] <= s.start and s.end <= span[1] for s in p.mentions)
    }
    finest = [p for p in named if not any(q != p and inside(by_id[q], by_id[p]) for q in named)]
    return finest[0] if len(finest) == 1 else None
