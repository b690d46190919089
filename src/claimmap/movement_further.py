"""Where "a further convoy" sets off: "About 3,000 were moved from X to the Y camp, and a
further convoy was expected to leave for Z" tells one more batch of the same movers, sent
on the same way from the same start (X), not from Y.

Split from :mod:`claimmap.movement_others`, which reads "others" and "the rest".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimmap.model import Movement, PlaceRef
from claimmap.movement_others import start_told_before

if TYPE_CHECKING:
    from spacy.tokens import Token

#: words naming one more batch of movers of the same kind
_FURTHER = frozenset({"further", "another", "additional", "second", "third", "fresh"})


def further_start(trig: Token, named: Token | None, earlier: Sequence[Movement]) -> PlaceRef | None:
    """The start of the movement told before in the trigger's sentence, when the trigger's
    movers are "a further convoy", "another flight" in a clause coordinated with it and
    that movement went from a known place: the next batch sets off from there too."""
    if named is None or named.pos_ != "NOUN" or not _one_more(named):
        return None
    if not _coordinated(trig):
        return None
    return start_told_before(trig, earlier, placed_end=False)


def _one_more(noun: Token) -> bool:
    return any(c.dep_ in ("amod", "det") and c.lower_ in _FURTHER for c in noun.children)


def _coordinated(trig: Token) -> bool:
    """Is the trigger's clause joined by "and" to the one before ("..., and a further
    convoy was expected to leave"), through the verbs it hangs on?"""
    verb = trig
    while verb.dep_ in ("xcomp", "ccomp") and verb.head is not verb:
        verb = verb.head  # "was expected to leave": the clause is "expected"'s
    return verb.dep_ == "conj" and verb.head.i < verb.i
