"""Ends read off where the movers belong rather than off a direction word: the home a
visit came back to ("its patients had been to X") and the country of the one who moved
them or reported them ("Fooian police pushed them back into X").

Split from :mod:`claimmap.movements`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimmap.model import Movement, PlaceRef
from claimmap.movement_dark import back_on
from claimmap.movement_movers import passive
from claimmap.movement_place_ref import place_ref
from claimmap.movement_spans import SlotContext, np_span, places_in
from claimmap.movement_verb_args import subject
from claimmap.movement_words import child_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimmap.movement_slots import Slots

#: verbs of coming or travelling, whose movers end up where they are reported
_COMING = frozenset({"travel", "come", "return", "arrive"})
#: verbs of saying, whose subject is the one reporting
_SAYING = frozenset({"say", "tell", "report", "state", "confirm"})


def visited(trig: Token) -> bool:
    """ "had been to X": a visit, a way there and back, not a move to X that lasts."""
    return trig.lemma_.lower() == "be" and trig.tag_ == "VBN"


def came_back(trig: Token, slots: Slots) -> None:
    """ "its patients had been to X", "travellers from Y had been to X": the home read off
    the movers is where the visit ended, so the leg told runs from X back to it (the way
    out is not what the report is about). With several places visited, no leg is sure."""
    if not visited(trig) or not slots.origins:
        return
    home = slots.origins[0]
    slots.origins.clear()
    if len(slots.dests) == 1 and not slots.transits:
        slots.origins.append(slots.dests[0])
        slots.dests[:] = [home]


def went_back(
    ctx: SlotContext, trig: Token, slots: Slots, earlier: Sequence[Movement]
) -> PlaceRef | None:
    """ "They sailed to X with 16 people, and now they will sail back to Y": going back
    with no start told leaves from where the same movers' last journey, told earlier in
    the same sentence, ended."""
    if slots.origins or len(slots.dests) != 1:
        return None
    if not any(c.dep_ == "advmod" and c.lower_ == "back" for c in trig.children):
        return None
    if back_on(trig):
        return None  # "switched its AIS back on": a signal turned on again, no return
    subj = subject(trig)
    goal = place_ref(ctx, slots.dests[0]).place_id
    for m in reversed(earlier):
        if m.sentence is None or m.sentence.start < trig.sent.start_char:
            break
        end = m.destination
        if end is None or end.place_id is None or end.place_id == goal:
            continue
        told = ctx.doc.text[m.mover.start : m.mover.end].split() if m.mover else []
        same = subj is not None and (subj.tag_ == "PRP" or subj.text in told[-1:])
        return end if same else None
    return None


def _state_of(ctx: SlotContext, head: Token | None) -> str | None:
    """The one country named in a phrase ("Fooian police", "health authorities in X")."""
    if head is None:
        return None
    ids = places_in(ctx, np_span(ctx, head))
    codes = {ctx.countries.get(p) for p in ids}
    if len(ids) < 1 or len(codes) != 1 or None in codes:
        return None
    countries = [p for p in ids if ctx.kinds.get(p) == "country"]
    return countries[0] if countries else None


def _abroad(ctx: SlotContext, pid: str, ends: list[Token]) -> bool:
    """Are all the ends told in another country than ``pid``?"""
    code = ctx.countries.get(pid)
    there = [p for e in ends for p in places_in(ctx, np_span(ctx, e))]
    return bool(there) and all(p != pid and ctx.countries.get(p) != code for p in there)


def mover_state(ctx: SlotContext, trig: Token, slots: Slots, caused: bool) -> Token | None:
    """ "Fooian police pushed them back into X": one who moved others, told by the name of
    its state, moved them out of that state into another (a caused movement with only an
    end). Only a state the subject itself names; a bare "police" gives nothing."""
    if not caused or passive(trig) or slots.origins or not slots.dests:
        return None
    if trig.tag_ not in ("VBD", "VBN", "VBZ", "VBP") or any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in trig.children
    ):
        return None  # "would push them back", "the capability to send": no move yet
    sender = child_of(trig, "nsubj")
    pid = _state_of(ctx, sender)
    if sender is None or pid is None or not _abroad(ctx, pid, slots.dests):
        return None
    if slots.transits and not _abroad(ctx, pid, slots.transits[:1]):
        return None  # "deported them through a town of X": the town says where they left X
    return sender


def reporter_state(ctx: SlotContext, trig: Token, slots: Slots) -> Token | None:
    """ "Health authorities in X said both patients had travelled from Y": people the
    authorities of a state report on as having come from abroad are now in that state.
    Only for a verb of travelling or coming, told as done, in what the state's own
    authorities say (the subject of the saying verb names the state)."""
    if slots.dests or not slots.origins or trig.lemma_.lower() not in _COMING:
        return None
    if trig.dep_ not in ("ccomp", "conj") or trig.tag_ not in ("VBD", "VBN"):
        return None
    say = trig.head
    while say.dep_ == "conj" and say.head.pos_ in ("VERB", "AUX"):
        say = say.head  # "reported two cases ..., and said they had travelled from Y"
    if trig.dep_ == "conj" and trig.head.lemma_.lower() not in _SAYING:
        return None
    source = subject(say)
    pid = _state_of(ctx, source)
    if source is None or pid is None or not _abroad(ctx, pid, slots.origins):
        return None
    return source
