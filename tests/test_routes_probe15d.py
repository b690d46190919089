"""Route legs from the fifteenth probe's leftovers: several starts told by a second
"from"-phrase after "and" ("from the ports of A and B, and from near C, to D"); a craft
named by a gerund ("navy landing ships"), which moves nothing itself; a group told split
("some were taken onward to Y, while others stayed in X"), which set off from X; and
deportees named by their nationality only ("deported Guatemalans through X"), sent to
that country.

Passages written for these tests; places are built by hand (as in test_routes.py), so only
the routes stage is measured, over the real spaCy parse.
"""

from __future__ import annotations

from helpers import Read, read_routes

# name: (id, kind, country code, lat, lon), GeoNames coordinates, rounded
GAZ: dict[str, tuple[str, str, str, float, float]] = {
    "Greece": ("country:GR", "country", "GR", 39.0, 22.0),
    "Piraeus": ("gn:255274", "city", "GR", 37.94, 23.65),
    "Volos": ("gn:251833", "city", "GR", 39.36, 22.94),
    "Patras": ("gn:255683", "city", "GR", 38.24, 21.73),
    "Izmir": ("gn:311046", "city", "TR", 38.41, 27.14),
    "Tijuana": ("gn:3981609", "city", "MX", 32.53, -117.02),
    "Mexicali": ("gn:3996069", "city", "MX", 32.62, -115.45),
    "Ensenada": ("gn:4005539", "city", "MX", 31.87, -116.6),
    "Rosarito": ("gn:3988327", "city", "MX", 32.36, -117.06),
    "Guatemala": ("country:GT", "country", "GT", 15.5, -90.25),
    "Tapachula": ("gn:3516266", "city", "MX", 14.9, -92.26),
    "Tecun Uman": ("gn:3588698", "city", "GT", 14.68, -92.14),
}


def read(text: str) -> Read:
    return read_routes(text, GAZ, demonyms={"Greek": "Greece", "Guatemalans": "Guatemala"})


# --- a second from-phrase after "and" -------------------------------------------------------


def test_a_second_from_phrase_after_and_is_one_more_start() -> None:
    r = read(
        "ATHENS (Reuters) — The conscripts were carried on three ferries from the Greek ports "
        "of Piraeus and Volos, and from near Patras, to Izmir last week, the ministry said "
        "on Monday."
    )
    assert r.legs() == {
        ("Piraeus", "Izmir", "stated"),
        ("Volos", "Izmir", "stated"),
        ("Patras", "Izmir", "stated"),
    }


def test_starts_told_on_navy_landing_ships_are_read_with_the_second_from_phrase() -> None:
    r = read(
        "The ministry said the conscripts were carried on three Greek navy landing ships from "
        "the ports of Piraeus and Volos, and from near Patras on the west coast, to Izmir "
        "between May 3 and 9."
    )
    assert r.legs() == {
        ("Piraeus", "Izmir", "stated"),
        ("Volos", "Izmir", "stated"),
        ("Patras", "Izmir", "stated"),
    }
    assert len(r.movements) == 1  # "landing" names the ships; it moves nothing


def test_two_from_to_pairs_stay_two_journeys() -> None:
    r = read("The buses ran from Tijuana to Mexicali and from Rosarito to Ensenada on Friday.")
    assert ("Tijuana", "Ensenada", "stated") not in r.legs()
    assert ("Rosarito", "Mexicali", "stated") not in r.legs()


# --- a group told split -----------------------------------------------------------------------


def test_some_taken_onward_while_others_stayed_start_where_the_others_stayed() -> None:
    r = read(
        "The migrants reaching the border on Friday rode in white vans. Some were driven on "
        "to Mexicali and Ensenada, while others remained in Tijuana hoping to cross again."
    )
    assert ("Tijuana", "Mexicali", "stated") in r.legs()
    assert all(leg[0] == "Tijuana" for leg in r.legs())


def test_a_named_other_group_staying_is_no_start() -> None:
    r = read("Some were driven on to Mexicali, while the drivers stayed in Tijuana overnight.")
    assert all(leg[0] != "Tijuana" for leg in r.legs())


def test_others_staying_in_their_homes_gives_no_start() -> None:
    r = read("Some families were taken to Ensenada, while others stayed in their homes.")
    assert r.legs() == set()


# --- deportees named by their nationality -------------------------------------------------


def test_deported_nationals_through_a_foreign_town_go_to_their_country() -> None:
    r = read(
        "Mexican authorities deported more than 900 Guatemalans through the southern border "
        "town of Tapachula on Monday alone, the migration institute said."
    )
    assert r.legs() == {("Tapachula", "Guatemala", "stated")}


def test_deported_nationals_through_a_town_of_their_own_country_get_no_second_end() -> None:
    r = read("Officials deported more than 900 Guatemalans through Tecun Uman on Monday.")
    assert r.legs() == set()


def test_nationals_moved_by_another_verb_are_not_sent_home() -> None:
    r = read("Smugglers moved more than 900 Guatemalans through Tapachula on Monday.")
    assert all(leg[1] != "Guatemala" for leg in r.legs())


def test_nationals_named_by_an_adjective_are_not_sent_to_the_country() -> None:
    r = read_routes(
        "Officials deported more than 900 Guatemalan nationals through Tapachula on Monday.",
        GAZ,
        demonyms={"Guatemalan": "Guatemala"},
    )
    assert all(leg[1] != "Guatemala" for leg in r.legs())
