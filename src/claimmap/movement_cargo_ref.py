"""A definite word for what holds goods names the goods told before: "the cargo".

"The coal is loaded in X and transferred at sea." ... "The cargo was unloaded at Y": "the
cargo" (or "the shipment", "the consignment") is no new mover but the coal, so the start
told of the coal and the end told of the cargo are halves of one journey. Never when the
movers told before are people or craft: "the cargo" of a ship is not the ship.

Read by :func:`claimmap.movement_halves._same_movers`.
"""

from __future__ import annotations

from claimmap.routes_kinds import HOLDERS, kind_of

#: kinds of mover a cargo word never stands for
_NOT_CARGO = frozenset({"armed", "displaced", "vessels"})


def cargo_of(head: str | None, before: set[str]) -> bool:
    """Is ``head`` (the singular head of a definite mover phrase) a word for a load, and
    ``before`` (the head nouns of the movers told before) things, not people or craft?"""
    if head is None or head not in HOLDERS or not before:
        return False
    return not any(kind_of(word) in _NOT_CARGO for word in before)
