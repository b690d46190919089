"""A plan stopped before it began is no step anyone went on from. "A second boat, which was
to sail from N with 40 people, was stopped before it could leave." then "The boat then
continued west towards Y": the boat that continued is not the one that never left N, so no
N → Y leg is drawn; nor does anything go on from a trip "called off", "cancelled" or one the
planners "dropped the idea" of. The plan itself stays a leg of its own, meant only.
"""

from __future__ import annotations

import re

from claimmap.model import Movement

#: the telling of a plan says it never started: stopped before it could leave, cancelled,
#: called off, scrapped, dropped, abandoned, never left
_HALTED = re.compile(
    r"\b(?:was|were|had\s+been|has\s+been|is|are)\s+(?:\w+ly\s+)?"
    r"(?:stopped|halted|blocked|prevented|intercepted)\s+before\b"
    r"|\b(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?"
    r"(?:cancell?ed|called\s+off|scrapped|abandoned|dropped|shelved)\b"
    r"|\bnever\s+(?:left|sailed|departed|took\s+off|set\s+off|went)\b"
    r"|\b(?:dropped|abandoned|shelved)\s+the\s+(?:idea|plan)\b",
    re.IGNORECASE,
)


def halted_plan(m: Movement, text: str) -> bool:
    """Is ``m`` a plan ("was to sail from N") its own sentence tells never started ("was
    stopped before it could leave", "was called off")? Nothing goes on from it."""
    if m.mood != "intended" or m.sentence is None:
        return False
    return bool(_HALTED.search(text[m.trigger.start : m.sentence.end]))
