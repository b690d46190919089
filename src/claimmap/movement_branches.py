"""Branches told with a bearing each: "travelled south to X and west to Y".

Two to-phrases each led by its own compass word, joined by "and" with no word of
sequence ("and then east to Y", "and further east to Y"), name two ends the movers split
between from one start, not a stop at X on the way to Y: the second end shares the slot of
the first, as "to X and to Y" does (:func:`claimmap.movement_ends_shared.coordinate`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap import movement_words as lex
from claimmap.movement_onward import next_step

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimmap.movement_slots import Slots

#: words on a bearing that make it the next stretch of the same way
_ONWARD = frozenset({"further", "farther", "again"})


def _bearing(dest: Token) -> Token | None:
    """The compass word the destination's to-phrase is told with ("south to X"), if any."""
    prep = dest.head
    if dest.dep_ != "pobj" or prep.lower_ not in lex.DEST_PREPS:
        return None
    if prep.head.lower_ in lex.COMPASS:  # "west to Y" as a conjunct of its own
        return prep.head
    before = dest.doc[prep.i - 1] if prep.i > 0 else None
    if before is not None and before.lower_ in lex.COMPASS and before.head == prep.head:
        return before  # "travelled south to X": the bearing and the phrase on the verb
    return None


def _and_branch(bearing: Token) -> bool:
    """Is the bearing a conjunct joined by "and", with no word of going on?"""
    if bearing.dep_ != "conj" or next_step(bearing):
        return False
    if any(c.lower_ in _ONWARD for c in bearing.children):
        return False
    ccs = [c for c in bearing.head.children if c.dep_ == "cc" and c.i < bearing.i]
    return bool(ccs) and ccs[-1].lower_ == "and"


def branched_ends(slots: Slots) -> None:
    """Move each end told as a branch of its own into the slot of the earlier end."""
    for dest in sorted(slots.dests, key=lambda t: t.i):
        bearing = _bearing(dest)
        if bearing is None or not _and_branch(bearing):
            continue
        first = next(
            (
                d
                for d in sorted(slots.dests, key=lambda t: t.i)
                if d.i < dest.i
                and (b := _bearing(d)) is not None
                and b.i < bearing.i
                and b.lower_ != bearing.lower_
                and bearing.head in (b, b.head)
            ),
            None,
        )
        if first is not None:
            slots.dests.remove(dest)
            slots.joined.setdefault(first.i, []).append(dest.i)
