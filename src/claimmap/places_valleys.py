"""A valley written by name ("the Bekaa Valley", "the Panjshir Valley", "the Helmand
Valley") that the gazetteer lacks, where a first-level province is named after it (Béqaa,
Panjshir, Helmand): the province stands for the valley, as readers locate it. A valley no
province is named after stays what it was (unknown; a town of the name is no valley, nor is
a département named after a river, "the Loire Valley": the river's valley is far longer)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimmap.places_lexicon import GazetteerLike, Toponym

_VALLEY = " Valley"
#: Kinds of entry a valley's name may stand for.
_UNIT_KINDS = frozenset({"admin1"})


def valley_units(found: list[Toponym], gaz: GazetteerLike) -> list[Toponym]:
    """``found`` with each unknown "Xyz Valley" looked up as "Xyz" when the best entry of
    that name is a first-level province."""
    return [_as_unit(top, gaz) for top in found]


def _as_unit(top: Toponym, gaz: GazetteerLike) -> Toponym:
    """``top`` named by its head when it is an unknown valley a province is named after."""
    head = top.name.removesuffix(_VALLEY)
    if top.form != "name" or head == top.name or not head[:1].isupper():
        return top
    if gaz.knows(top.name) or not gaz.knows(head):
        return top
    best = gaz.lookup(head, limit=1, fuzzy=False)
    if not best or best[0].kind not in _UNIT_KINDS:
        return top
    why = f"the {top.name}: the {best[0].kind} named after it"
    return dataclasses.replace(top, name=head, evidence=(*top.evidence, why))
