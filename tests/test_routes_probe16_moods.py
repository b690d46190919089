"""Probe 16, moods and claims of legs: a movement noun told under a future verb ("would
run a flight") is meant; an infinitive on "hoped" is meant even when the tagger misreads
the verb; a hedged or undecided alternative ("at X or possibly at Y", "a X or Y hub") and
an impersonal guess ("it was possible that") make the movement only possible; a sentence
opening on "Others" goes on with the report told just before it. Passages written for
these tests; places built by hand.
"""

from __future__ import annotations

import pytest
from helpers import Read, read_routes

GAZ: dict[str, tuple[str, str, str, float, float]] = {
    "Lagos": ("gn:2332459", "city", "NG", 6.45, 3.39),
    "Kano": ("gn:2335204", "city", "NG", 12.0, 8.52),
    "Tripoli": ("gn:2210247", "city", "LY", 32.89, 13.19),
    "Misrata": ("gn:2214846", "city", "LY", 32.38, 15.09),
    "Malta": ("country:MT", "country", "MT", 35.92, 14.41),
    "Genoa": ("gn:3176219", "city", "IT", 44.41, 8.93),
    "Libya": ("country:LY", "country", "LY", 27.0, 17.0),
    "Niger": ("country:NE", "country", "NE", 17.6, 8.08),
    "Benin": ("country:BJ", "country", "BJ", 9.5, 2.25),
    "Togo": ("country:TG", "country", "TG", 8.0, 1.17),
}


def read(text: str, claims: list[tuple[str, str, str | None]] | None = None) -> Read:
    return read_routes(text, GAZ, claims)


def test_a_flight_a_ministry_would_run_is_meant() -> None:
    r = read("The ministry said it would run a charter flight from Lagos to Kano next month.")
    assert r.moods() == {("Lagos", "Kano"): "intended"}


def test_a_flight_it_ran_is_made() -> None:
    r = read("The ministry said it ran a charter flight from Lagos to Kano last month.")
    assert r.moods() == {("Lagos", "Kano"): "made"}


def test_where_they_hoped_to_go_is_meant() -> None:
    r = read("The migrants crossed from Niger into Libya, where they hoped to reach Malta.")
    moods = r.moods()
    assert moods[("Niger", "Libya")] == "made"
    assert moods[("Libya", "Malta")] == "intended"


def test_a_start_told_with_or_possibly_makes_every_leg_possible() -> None:
    r = read(
        "Officials said the boat had been loaded at Tripoli or possibly at Misrata and "
        "was heading for Malta."
    )
    assert r.moods() == {("Tripoli", "Malta"): "possible", ("Misrata", "Malta"): "possible"}


def test_an_end_told_with_or_perhaps_is_possible() -> None:
    r = read("The rifles were flown from Lagos to Kano or perhaps Togo.")
    assert set(r.moods().values()) == {"possible"}


def test_plain_alternative_ends_stay_made() -> None:
    r = read("The boat sailed from Tripoli to Malta or Genoa.")
    assert set(r.moods().values()) == {"made"}


def test_a_hub_in_one_of_two_places_is_only_possible() -> None:
    r = read("The parrots leave Lagos and go through a Benin or Togo hub, investigators said.")
    moods = r.moods()
    assert moods, r.slots()
    assert "made" not in moods.values(), moods


@pytest.mark.parametrize(
    ("text", "leg"),
    [
        (
            "He said it was possible that the drones had been moved from Tripoli to Malta.",
            ("Tripoli", "Malta"),
        ),
        (
            "It is believed that the fighters were flown from Tripoli to Malta.",
            ("Tripoli", "Malta"),
        ),
        ("It seems likely that the convoy drove from Lagos to Kano.", ("Lagos", "Kano")),
    ],
)
def test_an_impersonal_guess_makes_the_movement_possible(text: str, leg: tuple[str, str]) -> None:
    assert read(text).moods() == {leg: "possible"}


def test_a_stated_movement_after_it_was_clear_stays_made() -> None:
    r = read("He said it was clear that the drones had been moved from Tripoli to Malta.")
    assert r.moods() == {("Tripoli", "Malta"): "made"}


def test_others_go_on_with_the_report_before() -> None:
    text = (
        "Most of the newcomers come from Kano, aid workers said. "
        "Others travel from Lagos through Benin to Togo."
    )
    r = read(text, [("c1", "Most of the newcomers come from Kano", "aid workers")])
    lagos = [leg for route in r.routes for leg in route.legs if r.name(leg.from_place) == "Lagos"]
    assert lagos
    assert all(leg.claim_ids == ("c1",) for leg in lagos)


def test_a_narrator_sentence_not_about_the_others_keeps_no_claim() -> None:
    text = (
        "Most of the newcomers come from Kano, aid workers said. "
        "The drivers travel from Lagos through Benin to Togo."
    )
    r = read(text, [("c1", "Most of the newcomers come from Kano", "aid workers")])
    lagos = [leg for route in r.routes for leg in route.legs if r.name(leg.from_place) == "Lagos"]
    assert lagos
    assert all(leg.claim_ids == () for leg in lagos)


def test_others_after_a_paragraph_break_keep_no_claim() -> None:
    text = (
        "Most of the newcomers come from Kano, aid workers said.\n\n"
        "Others travel from Lagos through Benin to Togo."
    )
    r = read(text, [("c1", "Most of the newcomers come from Kano", "aid workers")])
    lagos = [leg for route in r.routes for leg in route.legs if r.name(leg.from_place) == "Lagos"]
    assert lagos
    assert all(leg.claim_ids == () for leg in lagos)


def test_a_plan_with_a_hedged_end_stays_meant() -> None:
    r = read("The ministry plans to fly the rifles from Lagos to Kano or possibly Togo.")
    assert set(r.moods().values()) == {"intended"}, r.moods()
