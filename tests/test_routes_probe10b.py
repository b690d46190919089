"""Route legs the tenth probe still drew wrong: a stop told alone after a journey (put on
its way, not after its end); a journey merged from movements told in different moods (each
hop keeps the mood of the movements that told it); coordinated locative ends; a sequence of
verbs of one journey; a relative "where" going on from the place it refers to.

Passages written for these tests; places are built by hand (as in test_routes_probe8.py), so
only the routes stage is measured, over the real spaCy parse.
"""

from __future__ import annotations

from helpers import Read, read_routes

# name: (id, kind, country code, lat, lon), GeoNames coordinates, rounded
GAZ: dict[str, tuple[str, str, str, float, float]] = {
    "Kano": ("gn:2335204", "city", "NG", 12.0, 8.52),
    "Lagos": ("gn:2332459", "city", "NG", 6.45, 3.39),
    "Niamey": ("gn:2440485", "city", "NE", 13.51, 2.11),
    "Minsk": ("gn:625144", "city", "BY", 53.9, 27.57),
    "Doha": ("gn:290030", "city", "QA", 25.29, 51.53),
    "Dubai": ("gn:292223", "city", "AE", 25.25, 55.3),
    "Colombo": ("gn:1248991", "city", "LK", 6.93, 79.85),
    "Genoa": ("gn:3176219", "city", "IT", 44.41, 8.93),
    "Corsica": ("admin1:FR.94", "admin1", "FR", 42.15, 9.1),
    "Algeciras": ("gn:2522013", "city", "ES", 36.13, -5.45),
    "Hamburg": ("gn:2911298", "city", "DE", 53.55, 10.0),
    "Bremen": ("gn:2944388", "city", "DE", 53.08, 8.8),
    "Azaz": ("gn:174018", "city", "SY", 36.59, 37.05),
    "Kilis": ("gn:300640", "city", "TR", 36.72, 37.12),
    "Gaziantep": ("gn:314830", "city", "TR", 37.06, 37.38),
}


def read(text: str, **kw: object) -> Read:
    return read_routes(text, GAZ, **kw)  # type: ignore[arg-type]


# --- a stop told alone ---------------------------------------------------------------------------


def test_a_stop_told_alone_lies_on_the_way() -> None:
    r = read(
        "An official said the army plans to send 500 soldiers from Lagos to Niamey in May. "
        "The soldiers may be flown through Kano, the official added."
    )
    assert r.legs() == {("Lagos", "Kano", "stated"), ("Kano", "Niamey", "stated")}


def test_a_stop_told_alone_after_a_made_trip_is_possible_on_both_hops() -> None:
    r = read(
        "The charity flew 80 refugees from Minsk to Colombo last week. The refugees may "
        "have been flown through Dubai, a spokesman said."
    )
    assert r.moods() == {("Minsk", "Dubai"): "possible", ("Dubai", "Colombo"): "possible"}


# --- moods per hop -------------------------------------------------------------------------------


def test_a_made_trip_then_a_planned_one_keeps_each_mood() -> None:
    r = read(
        "The migrants were flown from Minsk to Doha on Monday and will be moved on to "
        "Colombo next week, officials said."
    )
    assert r.moods() == {("Minsk", "Doha"): "made", ("Doha", "Colombo"): "intended"}


def test_a_planned_trip_told_in_one_verb_stays_planned() -> None:
    r = read("The rebels plan to send fighters from Azaz to Kilis and move them on to Gaziantep.")
    assert set(r.moods().values()) == {"intended"}


# --- ends and stops of one journey ---------------------------------------------------------------


def test_coordinated_locative_ends_are_both_ends() -> None:
    gaz = {**GAZ, "Lake Volta": ("water:lake-volta", "water", "GH", 7.5, -0.2)}
    r = read_routes(
        "Rifles smuggled from Niamey are reaching gangs in Kano and on the Lake Volta "
        "islands, the police said.",
        gaz,
    )
    assert r.legs() == {("Niamey", "Kano", "stated"), ("Niamey", "Lake Volta", "stated")}


def test_a_sequence_of_verbs_is_one_journey() -> None:
    r = read(
        "The coast guard said the boats left Hamburg, entered the waters around Bremen and "
        "then headed west to within 20 nautical miles of Genoa."
    )
    assert r.legs() == {("Hamburg", "Bremen", "stated"), ("Bremen", "Genoa", "stated")}


def test_where_goes_on_from_the_place_it_refers_to() -> None:
    gaz = {**GAZ, "Kilis Province": ("admin1:TR.90", "admin1", "TR", 36.8, 37.0)}
    r = read_routes(
        "Police said the cotton is trucked through Gaziantep to the market at Kilis in "
        "Kilis Province, where it crosses into Azaz.",
        gaz,
    )
    assert r.legs() == {("Gaziantep", "Kilis", "stated"), ("Kilis", "Azaz", "stated")}


def test_crossing_between_two_places_draws_no_leg_between_them() -> None:
    r = read("Rebel units crossed the border at two posts between Kilis and Azaz, the UN said.")
    assert r.legs() == set()
    (stop,) = r.movement("crossed").transit
    assert {r.name(stop.place_id), *map(r.name, stop.other_place_ids)} == {"Kilis", "Azaz"}


def test_where_after_an_unknown_place_goes_on_from_where_the_telling_got() -> None:
    gaz = {**GAZ, "Kilis Province": ("admin1:TR.90", "admin1", "TR", 36.8, 37.0)}
    r = read_routes(
        "Police said the cotton is trucked through Gaziantep to the depot at Oxbury in "
        "Kilis Province, where it crosses into Azaz.",
        gaz,
    )
    assert r.legs() == {("Gaziantep", "Azaz", "stated")}
