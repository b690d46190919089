"""Where a movement starts when it is told as what happened next: "Flights were tracked to
X. Crates were then loaded onto trucks and driven into Y" (the crates set off from X).

A "then" (or "subsequently", "later") on a movement with an end but no start of its own
carries on the telling from the last movement told just before it (in this sentence or the
one before; or the one before that, when the sentence between only tells of the movers
kept somewhere: "The shipment was stored in a warehouse for two weeks"): the goods or
people went on from where that one was told to have got to. Only a movement told as made
and not denied, with a known end other than this one's, lends its end; a conjoined motion
verb's own start is read by
:func:`claimmap.movement_chain.chained_origin`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimmap.model import Movement, PlaceRef

if TYPE_CHECKING:
    from spacy.tokens import Token

#: words telling a clause as the next step of the story
_NEXT = frozenset({"then", "subsequently", "later", "afterwards", "thereafter"})


def _told_next(trig: Token) -> bool:
    """Is "then" said of the trigger, or of the verb it is conjoined to ("were then loaded
    onto trucks and driven into Y")?"""
    heads = [trig, trig.head] if trig.dep_ == "conj" and trig.head.i < trig.i else [trig]
    return any(c.dep_ == "advmod" and c.lower_ in _NEXT for h in heads for c in h.children)


def then_start(
    trig: Token,
    named: Token | None,
    ends: Sequence[Token],
    earlier: Sequence[Movement],
    since: int,
) -> PlaceRef | None:
    """The end of the movement told just before (from character ``since`` on), when the
    trigger is told as the next step, has ``ends`` of its own and other movers, ``named``
    (the flights' crates); else None. The same movers going on ("the drones were then
    moved to Y") are threaded into one journey by :mod:`claimmap.routes_legs`, which
    knows where in the last end they went."""
    if not ends or not earlier or named is None or not _told_next(trig):
        return None
    before = earlier[-1]
    since = _kept_between(named, trig, since)
    if before.sentence is None or before.sentence.start < since or before.mover is None:
        return None
    if _noun(before.mover.text) == _noun(named.text) or named.pos_ == "PRON":
        return None
    if before.trigger.start >= trig.idx or before.mood != "made" or before.negated:
        return None
    end = before.destination
    if end is None or end.place_id is None:
        return None
    own = {e.idx for e in ends}
    if end.span.start in own or any(e.text.casefold() == end.span.text.casefold() for e in ends):
        return None
    return end


def _kept_between(named: Token, trig: Token, since: int) -> int:
    """Where the movement before may be told: from ``since`` (the sentence before), or
    one sentence further back when the sentence before tells of the movers themselves and
    no movement ("ferried into X. The shipment was stored there for two weeks. Then it
    was brought to Y": the shipment set off from X)."""
    if not since <= named.idx < trig.sent.start_char:
        return since
    first = named.sent.start
    return int(named.doc[first - 1].sent.start_char) if first > 0 else since


def _noun(words: str) -> str:
    """The head noun of a mover's words, singular: "the crates" → "crate"."""
    last = words.lower().split()[-1] if words.split() else ""
    return last[:-1] if last.endswith("s") else last


#: "his final goal was to cross into X": words telling the end of the journey told before
_LAST_WORDS = frozenset({"final", "ultimate", "eventual", "next"})
_AIM_NOUNS = frozenset({"goal", "aim", "destination", "objective", "plan", "intention", "hope"})
#: how far back (characters) the journey a final goal ends may have been told
_GOAL_CHARS = 800


def final_goal_start(
    trig: Token, ends: Sequence[Token], earlier: Sequence[Movement]
) -> PlaceRef | None:
    """ "They intended to continue north to X. ... His final goal was to cross into Y":
    the final (next, ultimate) goal is the last stretch of the journey told just before,
    from where that one was told to end (not far back; not a denied one); else None."""
    if not ends or not earlier or trig.dep_ != "xcomp" or trig.head.lemma_ != "be":
        return None
    aim = next((c for c in trig.head.children if c.dep_ == "nsubj"), None)
    if aim is None or aim.lemma_.lower() not in _AIM_NOUNS:
        return None
    if not any(c.dep_ == "amod" and c.lower_ in _LAST_WORDS for c in aim.children):
        return None
    before = earlier[-1]
    if trig.idx - before.trigger.end > _GOAL_CHARS or before.negated:
        return None
    end = before.destination
    if end is None or end.place_id is None or before.trigger.start >= trig.idx:
        return None
    if any(e.text.casefold() == end.span.text.casefold() for e in ends):
        return None
    return end
