"""Whether "a second boat" is one of several movers told before: "Two boats landed in X ...
A second boat landed near Y" tells one of the two boats, which set off where they all did;
"The boat landed at X. A second, smaller boat reached Y" tells a new craft the article has
not counted, which set off from where nobody says (its start is not the first boat's).

Read by :mod:`claimmap.movement_join_last` for a mover told as "a second (another) X".
"""

from __future__ import annotations

import re

from claimmap.model import Movement


def several_told(m: Movement, text: str) -> bool:
    """Is the head noun of ``m``'s mover ("boat" of "a second, smaller boat") told in the
    plural ("boats", "vessels") before ``m``'s sentence?"""
    if m.mover is None:
        return False
    words = re.findall(r"[\w-]+", text[m.mover.start : m.mover.end].lower())
    if not words:
        return False
    head = words[-1]
    before = text[: m.sentence.start if m.sentence else m.mover.start]
    plural = head + ("es" if head.endswith(("s", "x", "ch", "sh")) else "s")
    return re.search(rf"\b{re.escape(plural)}\b", before, re.IGNORECASE) is not None
