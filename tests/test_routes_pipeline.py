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


def test_two_towns_fled_are_two_starts_when_the_end_is_a_town_inside_the_country() -> None:
    """'fled into X as fighting raged around A and B', then the town in X they reached:
    the country entered gives way to the town, and A and B stay two starts of the flight,
    not one stop after the other (A -> B was drawn before)."""
    a = run(
        "N'DJAMENA (AFP) - More than 6,000 Sudanese have fled into Chad in the past week as "
        "fighting between the army and militias intensified around Geneina and Nyala in "
        "Sudan's Darfur region, the UN refugee agency said on Friday.\n\n"
        "UNHCR said the new arrivals had crossed into Chad's Ouaddai state, most of them "
        "reaching the border town of Adre and villages around Goz Beida, while several "
        'hundred had travelled on to Abeche, the state capital. "People are arriving '
        'exhausted, many of them children who walked for days through the bush," UNHCR '
        "spokesperson Ana Ruiz told reporters in Geneva."
    )
    legs = leg_names(a)
    assert ("Al-Junaynah", "Nyala", "stated") not in legs
    assert {("Al-Junaynah", "Adré", "stated"), ("Nyala", "Adré", "stated")} <= legs


def test_a_facility_named_after_its_town_ends_at_the_town_not_the_county_around_it() -> None:
    a = run(
        "More than 4,000 refugees have arrived at the Kakuma camps in Turkana County in Kenya "
        "from South Sudan, the UN refugee agency said."
    )
    ends = {to for _, to, _ in leg_names(a)}
    assert "Kakuma" in ends
    assert not any("Turkana" in to for to in ends)
