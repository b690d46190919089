"""Route defects left from the sixteenth probe: "to reach X and then Y" is a stop at X on
the way to Y; "via the X-Y route" passes both X and Y; a warship named with its craft word
("the destroyer Hai Kou") is a vessel like "a destroyer" told before it; a stop passed
inside the end of a journey told just before joins that journey; people displaced in X who
are then moved on start at X; "..., most of them from Y" tells where the movers set off.

Passages written for these tests; places are built by hand (as in test_routes.py), so only
the routes stage is measured, over the real spaCy parse.
"""

from __future__ import annotations

from helpers import Read, read_routes

from claimmap.model import Movement, Span
from claimmap.routes_groups import mover_key

# name: (id, kind, country code, lat, lon), GeoNames coordinates, rounded
GAZ: dict[str, tuple[str, str, str, float, float]] = {
    "Laos": ("country:LA", "country", "LA", 18.0, 105.0),
    "Myanmar": ("country:MM", "country", "MM", 21.0, 96.0),
    "Bangladesh": ("country:BD", "country", "BD", 24.0, 90.0),
    "India": ("country:IN", "country", "IN", 22.0, 79.0),
    "Austria": ("country:AT", "country", "AT", 47.33, 13.33),
    "Serbia": ("country:RS", "country", "RS", 44.0, 21.0),
    "Hungary": ("country:HU", "country", "HU", 47.0, 20.0),
    "Slovenia": ("country:SI", "country", "SI", 46.08, 15.0),
    "Croatia": ("country:HR", "country", "HR", 45.17, 15.5),
    "Karachi": ("gn:1174872", "city", "PK", 24.86, 67.01),
    "Zhanjiang": ("gn:1791121", "city", "CN", 21.28, 110.34),
    "Turkey": ("country:TR", "country", "TR", 39.0, 35.0),
    "Syria": ("country:SY", "country", "SY", 35.0, 38.0),
    "Azaz": ("gn:174448", "city", "SY", 36.59, 37.04),
    "Beira": ("gn:1052373", "city", "MZ", -19.84, 34.84),
    "Chimoio": ("gn:1049261", "city", "MZ", -19.12, 33.48),
    "Tete": ("gn:1026014", "city", "MZ", -16.16, 33.59),
    "Mosul": ("gn:99072", "city", "IQ", 36.34, 43.13),
    "Erbil": ("gn:95446", "city", "IQ", 36.19, 44.01),
    "Mombasa": ("gn:186301", "city", "KE", -4.05, 39.67),
    "Jilib": ("gn:56166", "city", "SO", 0.49, 42.79),
    "Cape of Good Hope": ("region:cape-of-good-hope", "region", "ZA", -34.36, 18.47),
    "Red Sea": ("water:red-sea", "water", "", 20.0, 38.0),
    "Busan": ("gn:1838524", "city", "KR", 35.1, 129.04),
    "Hamburg": ("gn:2911298", "city", "DE", 53.55, 10.0),
    "Murmansk": ("gn:524305", "city", "RU", 68.97, 33.09),
    "Norwegian Sea": ("water:norwegian-sea", "water", "", 69.0, 2.0),
    "North Atlantic": ("water:north-atlantic", "water", "", 40.0, -40.0),
    "Caracas": ("gn:3646738", "city", "VE", 10.49, -66.88),
    "Lagos": ("gn:2332459", "city", "NG", 6.45, 3.39),
    "Baidoa": ("gn:64013", "city", "SO", 3.11, 43.65),
}


def read(text: str) -> Read:
    return read_routes(text, GAZ)


def legs(r: Read) -> set[tuple[str, str]]:
    names = {p.id: p.name for p in r.places}
    return {(names[leg.from_place], names[leg.to_place]) for rt in r.routes for leg in rt.legs}


# --- "X and then Y" ---------------------------------------------------------------------


def test_then_coordinated_object_is_a_later_stop() -> None:
    r = read(
        "The families fled Laos in 2015, crossing into Myanmar, where they hoped to reach "
        "Bangladesh and then India, the agency said."
    )
    found = legs(r)
    assert ("Bangladesh", "India") in found
    assert ("Myanmar", "Bangladesh") in found
    assert ("Myanmar", "India") not in found


def test_plain_coordinated_objects_stay_two_ends() -> None:
    r = read("The families fled Myanmar in 2015 and hoped to reach Bangladesh and India.")
    assert ("Bangladesh", "India") not in legs(r)


# --- "via the X-Y route" ----------------------------------------------------------------


def test_hyphenated_pair_before_a_route_names_both_stops() -> None:
    r = read("About 2,000 migrants arrived in Austria via the Serbia-Hungary route, police said.")
    assert legs(r) == {("Serbia", "Hungary"), ("Hungary", "Austria")}


def test_hyphenated_pair_before_a_border_route_names_both_stops() -> None:
    r = read("Hundreds of migrants reached Austria via the Serbia-Hungary border route last year.")
    assert legs(r) == {("Serbia", "Hungary"), ("Hungary", "Austria")}


def test_hyphenated_border_alone_is_no_way_between_them() -> None:
    r = read("Hundreds of migrants crossed into Austria via the Slovenia-Croatia border.")
    assert ("Slovenia", "Croatia") not in legs(r)


# --- warships named with their craft word ---------------------------------------------------


def _key(words: str) -> tuple[str | None, str | None]:
    m = Movement(
        id="m", doc_id="t", trigger=Span("t", 0, 1, "x"), mover=Span("t", 0, len(words), words)
    )
    return mover_key(m)


def test_warship_words_are_vessels() -> None:
    for word in ("submarine", "destroyer", "corvette", "frigate", "tanker"):
        assert _key(f"a {word}")[0] == "vessels", word


def test_named_warship_is_a_vessel_by_its_craft_word() -> None:
    assert _key("destroyer Hai Kou and the submarine Long Wei") == ("vessels", "destroyer")


def test_escorted_warships_join_the_arrival_told_before() -> None:
    r = read(
        "A Chinese destroyer and a submarine sailed into Karachi harbour on Monday.\n\n"
        "The destroyer Hai Kou and the submarine Long Wei, escorted by a supply tanker, left "
        "their base at Zhanjiang in early May, the navy said."
    )
    assert ("Zhanjiang", "Karachi") in legs(r)


# --- a stop passed on a journey told before ----------------------------------------------


def test_stop_passed_inside_the_end_joins_the_journey_told_before() -> None:
    r = read(
        "Turkey has moved artillery to Syria, officials said. Activists said that 15 trucks "
        "under escort had passed through Azaz, near the Turkish border, last week."
    )
    assert ("Turkey", "Azaz") in legs(r)


def test_stop_passed_outside_the_journey_told_before_makes_no_leg() -> None:
    r = read(
        "Turkey has moved artillery to Syria, officials said. Activists said that 15 trucks "
        "had passed through Erbil last week."
    )
    assert not any("Erbil" in leg for leg in legs(r))


# --- a start told before the movement ----------------------------------------------------


def test_people_displaced_in_a_city_then_moved_start_there() -> None:
    r = read(
        "At least 10,000 people have been displaced in Beira. Officials said that survivors "
        "had been moved by truck to Chimoio and to Tete."
    )
    assert {("Beira", "Chimoio"), ("Beira", "Tete")} <= legs(r)


def test_aid_sent_after_people_were_displaced_has_no_such_start() -> None:
    r = read("About 5,000 people were displaced in Mosul. Aid was sent to Erbil on Monday.")
    assert ("Mosul", "Erbil") not in legs(r)


def test_displaced_alone_is_no_journey() -> None:
    r = read("About 5,000 people were displaced in Mosul, officials said.")
    assert legs(r) == set()


def test_part_of_the_movers_told_from_a_place_sets_off_there() -> None:
    r = read(
        "More than 4,000 Somalis have arrived at the camps in Mombasa since June, most of "
        "them from the Jilib and Baidoa districts, the agency said."
    )
    assert {("Jilib", "Mombasa"), ("Baidoa", "Mombasa")} <= legs(r)


# --- a way around, and a way told apart from the hop --------------------------------------


def test_ships_diverted_around_a_cape_pass_it_between_their_ends() -> None:
    r = read(
        "The carrier said it would divert its ships from Busan to Hamburg away from the Red "
        "Sea and around the Cape of Good Hope."
    )
    assert legs(r) == {("Busan", "Cape of Good Hope"), ("Cape of Good Hope", "Hamburg")}


def test_diverted_away_from_a_sea_does_not_start_there() -> None:
    r = read("The carrier will divert its ships away from the Red Sea to Hamburg.")
    assert not any("Red Sea" in leg for leg in legs(r))


def test_way_told_after_the_journey_threads_its_hop() -> None:
    r = read(
        "Two Russian warships arrived in Caracas on Monday.\n\n"
        "The frigate Admiral Kasatonov and the corvette Soobrazitelny left their base at "
        "Murmansk in early June, the ministry said.\n\n"
        "The ministry said the ships had sailed through the Norwegian Sea and the North "
        "Atlantic on the way."
    )
    assert legs(r) == {
        ("Murmansk", "Norwegian Sea"),
        ("Norwegian Sea", "North Atlantic"),
        ("North Atlantic", "Caracas"),
    }


def test_way_far_off_the_hop_does_not_thread_it() -> None:
    r = read(
        "Two Russian warships arrived in Caracas on Monday.\n\n"
        "The frigate Admiral Kasatonov left its base at Murmansk in early June, the ministry "
        "said.\n\nThe ministry said the ships had sailed through the waters off Lagos."
    )
    assert ("Murmansk", "Lagos") not in legs(r)
