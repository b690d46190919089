"""How a movement is told: as made, as only possible, or as meant for later.

A plan ("plans to send"), a threat, a schedule ("are due to sail") or a future tense
draws a leg marked "intended"; a guess ("may have crossed", "are believed to have
flown") a leg marked "possible"; a mere hypothesis ("any attempt to smuggle", "if the
troops are sent") no leg at all. Passages written for these tests; places built by hand.
"""

from __future__ import annotations

import pytest
from helpers import Read, read_routes

GAZ: dict[str, tuple[str, str, str, float, float]] = {
    "Mali": ("country:ML", "country", "ML", 17.0, -4.0),
    "Benin": ("country:BJ", "country", "BJ", 9.5, 2.25),
    "Togo": ("country:TG", "country", "TG", 8.0, 1.17),
    "Santos": ("gn:3449433", "city", "BR", -23.96, -46.33),
    "Genoa": ("gn:3176219", "city", "IT", 44.41, 8.93),
    "Lagos": ("gn:2332459", "city", "NG", 6.45, 3.39),
    "Kano": ("gn:2335204", "city", "NG", 12.0, 8.52),
    "Tripoli": ("gn:2210247", "city", "LY", 32.89, 13.19),
    "Malta": ("country:MT", "country", "MT", 35.92, 14.41),
    "Odesa": ("gn:698740", "city", "UA", 46.48, 30.73),
    "Istanbul": ("gn:745044", "city", "TR", 41.01, 28.95),
}


def read(text: str) -> Read:
    return read_routes(text, GAZ)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels sent fighters from Mali to Benin.",
        "Officials said the rebels had sent fighters from Mali to Benin last week.",
        "The fighters reportedly travelled from Mali to Benin.",
    ],
)
def test_a_movement_told_as_made_is_made(text: str) -> None:
    assert read(text).moods() == {("Mali", "Benin"): "made"}


@pytest.mark.parametrize(
    "text",
    [
        "The rebels threatened to send fighters from Mali to Benin.",
        "Migrants said they planned to travel by bus from Santos to Genoa.",
        "Police said they were considering moving the group from Lagos to Kano.",
        "The ministry said 200 soldiers will be flown from Lagos to Kano next week.",
        "The grain ships are due to sail from Odesa to Istanbul on Friday.",
        "The detainees are expected to be transferred from Tripoli to Malta.",
        "A spokesman said the migrants are to be flown from Tripoli to Malta.",
        "The government is going to send troops from Lagos to Kano.",
        "The agency said the migrants had plans to travel from Santos to Genoa.",
    ],
)
def test_a_plan_a_threat_or_a_future_draws_an_intended_leg(text: str) -> None:
    moods = read(text).moods()
    assert list(moods.values()) == ["intended"], moods


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said the drones may have been shipped from Tripoli to Malta.",
        "The fighters are believed to have crossed from Mali to Benin.",
        "The weapons were possibly smuggled from Togo to Benin.",
        "The boats could have sailed from Tripoli to Malta overnight.",
    ],
)
def test_a_guess_draws_a_possible_leg(text: str) -> None:
    moods = read(text).moods()
    assert list(moods.values()) == ["possible"], moods


@pytest.mark.parametrize(
    "text",
    [
        "Ghana would stop any attempt to smuggle rifles from Togo to Benin.",
        "If troops are sent from Lagos to Kano, the talks will collapse, he said.",
    ],
)
def test_a_hypothesis_draws_no_leg(text: str) -> None:
    assert read(text).legs() == set()


def test_a_leg_told_as_made_by_one_claim_and_planned_by_another_is_made() -> None:
    r = read(
        "The army sent troops from Lagos to Kano on Monday, officials said. "
        "The governor said he would send more troops from Lagos to Kano."
    )
    assert r.moods() == {("Lagos", "Kano"): "made"}


def test_a_later_verb_of_a_plan_shares_its_mood() -> None:
    r = read("The rebels plan to send fighters from Mali to Togo and move them on to Benin.")
    assert set(r.moods().values()) == {"intended"}


def test_a_plan_or_a_guess_is_never_drawn_like_a_journey() -> None:
    from claimmap.maps_draw import leg_dashes
    from claimmap.model import Leg

    made, inferred = Leg("a", "b"), Leg("a", "b", status="inferred")
    planned, guessed = Leg("a", "b", mood="intended"), Leg("a", "b", mood="possible")
    patterns = [leg_dashes(leg) for leg in (made, inferred, planned, guessed)]
    assert patterns[0] is None and len(set(patterns)) == 4
