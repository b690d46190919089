"""Routes fed by the real geoparser and claims stage, on short passages written for tests."""

from __future__ import annotations

from claimmap.documents import from_text
from claimmap.model import Analysis
from claimmap.pipeline import analyze


def run(text: str) -> Analysis:
    return analyze(from_text(text, doc_id="p"))


def leg_names(a: Analysis) -> set[tuple[str, str, str]]:
    return {
        (a.place(leg.from_place).name, a.place(leg.to_place).name, leg.status)
        for route in a.routes
        for leg in route.legs
    }


def test_preposed_according_to_attributes_the_leg() -> None:
    a = run(
        "According to the UN refugee agency, more than 5,000 refugees crossed from Turkey "
        "into Greece last week."
    )
    (m,) = a.movements
    assert m.claim_id is not None
    claim = a.claim(m.claim_id)
    assert claim.actor is not None and "UN" in claim.actor.name
    assert leg_names(a) == {("Turkey", "Greece", "stated")}
    (route,) = a.routes
    assert route.mover == "refugees"
    assert route.legs[0].claim_ids == (m.claim_id,)
    assert m.quantity is not None and (m.quantity.value, m.quantity.bound) == (5000, "at_least")


def test_denied_transfer_draws_no_leg() -> None:
    a = run(
        "Ankara denied sending Syrian fighters from Idlib to Libya, the Turkish defence "
        "ministry said on Monday."
    )
    (m,) = a.movements
    assert m.negated
    assert m.origin is not None and m.origin.place_id is not None
    assert m.destination is not None and m.destination.place_id is not None
    assert a.routes == ()
