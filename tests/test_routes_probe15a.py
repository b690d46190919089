"""Route legs left over from the fourteenth probe: a list of starts with a name left
unresolved ("fleeing fighting around X and Y"), origins hung on a trailing phrase ("moving
in behind the storm from X and Y to Z"), the next hop of a "before heading" gerund, a stay
after leaving ("left X and would work in the area around Y"), a forecast's mood, and the
headline "Thousands flee X for Y" the parser reads as one name.

Passages written for these tests; places are built by hand (as in test_routes.py), so only
the routes stage is measured, over the real spaCy parse.
"""

from __future__ import annotations

from helpers import Read, read_routes

# name: (id, kind, country code, lat, lon), GeoNames coordinates, rounded
GAZ: dict[str, tuple[str, str, str, float, float]] = {
    "Gao": ("gn:2457163", "city", "ML", 16.27, -0.04),
    "Menaka": ("gn:2454533", "city", "ML", 15.92, 2.40),
    "Niger": ("country:NE", "country", "NE", 17.0, 8.0),
    "Tampa": ("gn:4174757", "city", "US", 27.95, -82.46),
    "Orlando": ("gn:4167147", "city", "US", 28.54, -81.38),
    "Perry": ("gn:4167694", "city", "US", 30.12, -83.58),
    "Miami": ("gn:4164138", "city", "US", 25.77, -80.19),
    "Atlanta": ("gn:4180439", "city", "US", 33.75, -84.39),
    "Alabama": ("admin1:US.AL", "admin1", "US", 32.75, -86.75),
    "Tennessee": ("admin1:US.TN", "admin1", "US", 35.75, -86.25),
    "Darfur": ("region:darfur", "region", "SD", 13.0, 24.0),
    "Chad": ("country:TD", "country", "TD", 15.0, 19.0),
}


def read(text: str) -> Read:
    return read_routes(text, GAZ)


def moods(r: Read) -> set[tuple[str, str, str]]:
    names = {p.id: p.name for p in r.places}
    return {
        (names[leg.from_place], names[leg.to_place], leg.mood) for rt in r.routes for leg in rt.legs
    }


# --- a list of starts with an unresolved name --------------------------------------------------


def test_fleeing_fighting_around_an_unknown_and_a_known_town_keeps_the_known_start() -> None:
    r = read(
        "More than 5,000 people have crossed into Niger since May, fleeing fighting around "
        "Tindal and Menaka, the agency said."
    )
    assert r.legs() == {("Menaka", "Niger", "stated")}


def test_fleeing_fighting_near_two_known_towns_starts_at_both() -> None:
    r = read("Hundreds of families crossed into Niger, fleeing clashes near Gao and Menaka.")
    assert r.legs() == {("Gao", "Niger", "stated"), ("Menaka", "Niger", "stated")}


def test_fled_from_an_unknown_and_a_known_town_keeps_the_known_start() -> None:
    r = read("Hundreds of families fled from Tindal and Gao to Niger last week.")
    assert r.legs() == {("Gao", "Niger", "stated")}


# --- origins hung on a trailing phrase; the next hop of "before heading" -----------------------


def test_moving_in_behind_the_storm_from_two_towns_to_a_third() -> None:
    r = read(
        "The governor said rescue crews were moving in behind the storm from Tampa and "
        "Orlando to Perry."
    )
    assert r.legs() == {("Tampa", "Perry", "stated"), ("Orlando", "Perry", "stated")}


def test_flown_to_a_city_before_heading_on_by_road_draws_the_second_hop() -> None:
    r = read(
        "The agency said it had flown 40 medics from Atlanta to Miami before heading south by "
        "road to Perry."
    )
    assert ("Atlanta", "Miami", "stated") in r.legs()
    assert ("Miami", "Perry", "stated") in r.legs()


# --- a stay after leaving ----------------------------------------------------------------------


def test_left_a_city_and_would_work_around_a_town_is_an_intended_leg() -> None:
    r = read(
        "The ministry said a team of 40 engineers had left Atlanta on Sunday night and would "
        "work in the area around Perry."
    )
    assert moods(r) == {("Atlanta", "Perry", "intended")}


def test_left_a_city_and_worked_in_a_town_is_a_made_leg() -> None:
    r = read("The crew left Atlanta on Monday and worked in Perry for a week.")
    assert moods(r) == {("Atlanta", "Perry", "made")}


def test_left_a_city_and_said_something_has_no_end() -> None:
    r = read("The crew left Atlanta on Monday and said the roads were clear.")
    assert r.legs() == set()


# --- a forecast is no journey made -------------------------------------------------------------


def test_a_forecast_track_is_drawn_as_intended_not_made() -> None:
    r = read(
        "Forecasters said the storm was expected to move across northern Alabama on Friday "
        "and reach Tennessee by Saturday."
    )
    assert moods(r) == {("Alabama", "Tennessee", "intended")}


# --- headline flights the parser reads as a name -----------------------------------------------


def test_thousands_flee_a_region_for_a_country_in_a_headline() -> None:
    r = read("Thousands flee Darfur for Chad as fighting spreads")
    assert r.slots() == [("flee", "Thousands", "Darfur", [], "Chad")]
    assert r.legs() == {("Darfur", "Chad", "stated")}


def test_families_flee_a_region_in_a_headline_start_there() -> None:
    r = read("Families flee Darfur as fighting spreads")
    assert r.slots() == [("flee", "Families", "Darfur", [], None)]


def test_a_parsed_flight_is_read_as_before() -> None:
    r = read("Thousands of families fled Darfur for Chad last month.")
    assert r.legs() == {("Darfur", "Chad", "stated")}
