"""Movement ids in text order: a reader that adds movements after the parse's own
("3 May: maize, X to Y", "through X or directly out of Y") numbers the whole list again,
so ids stay "<doc>:m0", "<doc>:m1" … in the order the list holds them."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from claimmap.model import Movement

_NUMBER = re.compile(r":m\d+$")


def renumbered(movements: Sequence[Movement]) -> list[Movement]:
    """``movements`` with each id's trailing ":m<n>" set to its place in the list."""
    out: list[Movement] = []
    for n, m in enumerate(movements):
        new = _NUMBER.sub(f":m{n}", m.id)
        out.append(m if new == m.id else dataclasses.replace(m, id=new))
    return out
