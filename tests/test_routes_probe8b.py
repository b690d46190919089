"""Journeys told in halves across sentences (probe 8): one sentence says where the movers
landed, a later one where they had set off ("The refugees said they had left camps in X").
The two halves of the same movers make one inferred leg backed by both claims; halves of
other movers, counted differently, negated, or told in an order that puts the start after
the end do not. Also: a pronoun stands for the noun an appositive describes ("The migrants,
members of a minority, said they had left X": the migrants).

Passages written for these tests; places are built by hand (as in test_routes.py).
"""

from __future__ import annotations

from helpers import Read, read_routes

# name: (id, kind, country code, lat, lon), GeoNames coordinates, rounded
GAZ: dict[str, tuple[str, str, str, float, float]] = {
    "Lampedusa": ("gn:2524245", "city", "IT", 35.5, 12.6),
    "Sfax": ("gn:2467454", "city", "TN", 34.74, 10.76),
    "Tunisia": ("country:TN", "country", "TN", 34.0, 9.0),
    "Libya": ("country:LY", "country", "LY", 27.0, 17.0),
    "Zuwara": ("gn:2209852", "city", "LY", 32.93, 12.08),
    "Malta": ("country:MT", "country", "MT", 35.9, 14.4),
    "Kilis": ("gn:300640", "city", "TR", 36.72, 37.12),
    "Aleppo": ("gn:170063", "city", "SY", 36.2, 37.16),
    "Ranong": ("gn:1150965", "city", "TH", 9.96, 98.64),
    "Dawei": ("gn:1293625", "city", "MM", 14.08, 98.19),
}

LANDED = (
    "A wooden boat carrying more than 60 Sudanese migrants, most of them young men, landed on "
    "a beach in Lampedusa on Friday after four days at sea, officials said. "
)
WEAK = '"They told us they had no water for two days," a doctor at the port said. '


def read(text: str, claims: list[tuple[str, str, str | None]] | None = None) -> Read:
    return read_routes(text, GAZ, claims)


def test_start_told_sentences_after_the_landing_joins_as_inferred_leg() -> None:
    text = (
        LANDED
        + WEAK
        + "Some of the passengers had boarded in Libya's Zuwara, a charity spokesman said."
    )
    claims = [
        ("c1", LANDED.split(", officials")[0], "officials"),
        ("c2", "Some of the passengers had boarded in Libya's Zuwara", "a charity spokesman"),
    ]
    r = read(text, claims)
    assert r.legs() == {("Zuwara", "Lampedusa", "inferred")}
    (route,) = r.routes
    assert set(route.legs[0].claim_ids) == {"c1", "c2"}  # both halves back the leg


def test_the_same_head_noun_named_again_joins() -> None:
    text = LANDED + WEAK + "The migrants had set off from Sfax in early May, a priest said."
    assert r_legs(text) == {("Sfax", "Lampedusa", "inferred")}


def test_a_pronoun_for_the_movers_joins() -> None:
    text = (
        LANDED
        + "A doctor at the port said the migrants were weak. "
        + "They had boarded in Libya's Zuwara, a charity said."
    )
    r = read(text)
    assert r.movement("boarded").origin is not None
    assert r.legs() == {("Zuwara", "Lampedusa", "inferred")}


def test_the_appositive_is_no_mover_of_its_own() -> None:
    r = read(
        LANDED + "The migrants, members of an ethnic minority, said they had left Sfax in May."
    )
    assert r.movement("left").mover is not None
    assert r.movement("left").mover.text.startswith("migrants")
    assert ("Sfax", "Lampedusa", "stated") in r.legs()  # the next sentence: told as one


def r_legs(text: str) -> set[tuple[str | None, str | None, str]]:
    return read(text).legs()


# --- halves that must not join -------------------------------------------------------------


def test_other_movers_do_not_join() -> None:
    text = LANDED + WEAK + "The soldiers had left Zuwara in early May, a charity said."
    assert not any(s == "inferred" for _, _, s in r_legs(text))


def test_movers_counted_differently_do_not_join() -> None:
    text = (
        "Some 300 migrants landed in Lampedusa on Friday, officials said. "
        + WEAK
        + "The 45 migrants had left Sfax on Tuesday, a priest said."
    )
    assert not any(s == "inferred" for _, _, s in r_legs(text))


def test_a_negated_start_does_not_join() -> None:
    text = LANDED + WEAK + "The migrants had not left Sfax, the Tunisian coast guard said."
    assert r_legs(text) == set()


def test_a_start_told_as_after_the_landing_does_not_join() -> None:
    text = LANDED + WEAK + "The migrants later left Sfax again, a priest said."
    assert r_legs(text) == set()


def test_movers_in_general_do_not_join() -> None:
    text = (
        "Migrants have landed in Lampedusa for years, officials said. "
        + WEAK
        + "Migrants leave Sfax every week, a priest said."
    )
    assert r_legs(text) == set()


def test_an_end_with_a_start_of_its_own_takes_no_other_start() -> None:
    text = (
        "About 40 Karen refugees had left Dawei by March, officials said. "
        + WEAK
        + "The refugees travelled from Mergui to Ranong in April, an aid worker said."
    )
    assert not any(s == "inferred" for _, _, s in r_legs(text))


def test_halves_too_far_apart_do_not_join() -> None:
    filler = "Officials met at the port to discuss the shelter and the funding. " * 20
    text = LANDED + filler + "The migrants had set off from Sfax in early May, a priest said."
    assert r_legs(text) == set()


# --- journeys told by a ticket ----------------------------------------------------------------

TICKET_GAZ = {
    **GAZ,
    "Doha": ("gn:290030", "city", "QA", 25.29, 51.53),
    "Minsk": ("gn:625144", "city", "BY", 53.9, 27.57),
    "Qatar": ("country:QA", "country", "QA", 25.3, 51.2),
}


def test_onward_tickets_to_x_from_y_are_a_leg_of_the_buyers() -> None:
    r = read_routes(
        "Officials said the workers had travelled on tourist visas to Qatar and then bought "
        "onward tickets to Minsk from Doha.",
        TICKET_GAZ,
    )
    assert r.movement("tickets").mover is not None
    assert r.movement("tickets").mover.text == "workers"
    assert ("Doha", "Minsk", "stated") in r.legs()


def test_a_booked_flight_is_the_bookers_journey() -> None:
    r = read_routes("The men booked a flight to Minsk from Doha in March.", TICKET_GAZ)
    assert r.slots() == [("flight", "men", "Doha", [], "Minsk")]


def test_a_boat_carrying_the_movers_is_their_end_half() -> None:
    text = (
        "A rubber dinghy carrying more than 60 Sudanese migrants landed in Lampedusa on "
        "Friday, officials said. "
        + WEAK
        + "The migrants had set off from Sfax in early May, a priest said."
    )
    assert ("Sfax", "Lampedusa", "inferred") in r_legs(text)


def test_a_boat_carrying_other_movers_is_no_end_half() -> None:
    text = (
        "A rubber dinghy carrying 20 fishermen landed in Lampedusa on Friday, officials said. "
        + WEAK
        + "The migrants had set off from Sfax in early May, a priest said."
    )
    assert not any(s == "inferred" for _, _, s in r_legs(text))


def test_many_told_of_by_officials_are_not_the_officials() -> None:
    r = read_routes(
        "Hundreds of young men have joined the army. Officials at the labour ministry said "
        "many had travelled on tourist visas to Qatar and then bought onward tickets to Minsk "
        "from Doha.",
        TICKET_GAZ,
    )
    assert [s[1] for s in r.slots()] == ["men", "men"]
    alone = read_routes("Officials said many had bought tickets to Minsk from Doha.", TICKET_GAZ)
    assert alone.slots() == [("tickets", None, "Doha", [], "Minsk")]  # no claimant as mover
