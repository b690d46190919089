"""Route legs left over from the fifteenth probe: a visit told as "had been to X" (the leg
runs back home, not out), the other end read off the state the actor names ("Fooian
police pushed them back into X", "health authorities in X said they had travelled from
Y"), a whole country crossed between ends abroad ("east across X to reach Y"), two ends
each qualified by its country ("at X in A and Y in B") and a projectile that "hit a ship
off Y" after its launch.

Passages written for these tests; places are built by hand (as in test_routes.py), so only
the routes stage is measured, over the real spaCy parse.
"""

from __future__ import annotations

from helpers import Read, read_routes

# name: (id, kind, country code, lat, lon), GeoNames coordinates, rounded
GAZ: dict[str, tuple[str, str, str, float, float]] = {
    "Kenya": ("country:KE", "country", "KE", 1.0, 38.0),
    "Somalia": ("country:SO", "country", "SO", 6.0, 46.0),
    "Croatia": ("country:HR", "country", "HR", 45.2, 15.5),
    "Bosnia": ("country:BA", "country", "BA", 44.0, 18.0),
    "Niger": ("country:NE", "country", "NE", 17.0, 8.0),
    "Chad": ("country:TD", "country", "TD", 15.0, 19.0),
    "Algiers": ("gn:2507480", "city", "DZ", 36.74, 3.09),
    "Khartoum": ("gn:379252", "city", "SD", 15.55, 32.53),
    "Sudan": ("country:SD", "country", "SD", 16.0, 30.0),
    "Mombasa": ("gn:186301", "city", "KE", -4.05, 39.67),
    "Mandera": ("gn:187585", "city", "KE", 3.94, 41.86),
    "Busan": ("gn:1838524", "city", "KR", 35.10, 129.04),
    "Piraeus": ("gn:255274", "city", "GR", 37.94, 23.65),
    "Greece": ("country:GR", "country", "GR", 39.0, 22.0),
    "Zeebrugge": ("gn:2783307", "city", "BE", 51.33, 3.21),
    "Belgium": ("country:BE", "country", "BE", 50.75, 4.5),
    "Cyprus": ("country:CY", "country", "CY", 35.0, 33.0),
    "Abkhazia": ("region:abkhazia", "region", "GE", 43.0, 41.0),
    "Sochi": ("gn:491422", "city", "RU", 43.60, 39.73),
}
DEMONYMS = {"Croatian": "Croatia", "Kenyan": "Kenya"}


def read(text: str) -> Read:
    return read_routes(text, GAZ, demonyms=DEMONYMS)


def legs(r: Read) -> set[tuple[str, str]]:
    names = {p.id: p.name for p in r.places}
    return {(names[leg.from_place], names[leg.to_place]) for rt in r.routes for leg in rt.legs}


# --- a visit: "had been to X" ------------------------------------------------------------


def test_visit_runs_back_home_from_the_place_visited() -> None:
    r = read(
        "Kenya's health agency said its three patients had been to Somalia before falling ill."
    )
    assert legs(r) == {("Somalia", "Kenya")}


def test_visit_by_movers_from_a_place_runs_back_to_it() -> None:
    r = read("Officials said travellers from Kenya had been to Somalia before falling ill.")
    assert legs(r) == {("Somalia", "Kenya")}


def test_plain_trip_keeps_its_direction() -> None:
    r = read("Kenya's health agency said its three patients had travelled to Somalia last week.")
    assert ("Somalia", "Kenya") not in legs(r)


# --- the state the actor names ---------------------------------------------------------------


def test_pushback_by_police_named_by_demonym_starts_in_their_state() -> None:
    r = read("Croatian police pushed the migrants back into Bosnia on Monday.")
    assert legs(r) == {("Croatia", "Bosnia")}


def test_pushback_with_no_state_named_draws_no_leg() -> None:
    r = read("The charity said most migrants were pushed back into Bosnia within hours.")
    assert legs(r) == set()
    r = read("Police pushed the migrants back into Bosnia on Monday.")
    assert legs(r) == set()


def test_expulsion_through_a_town_of_the_state_starts_at_the_town() -> None:
    r = read(
        "Kenyan authorities deported 300 people through the border town of Mandera to Somalia."
    )
    assert ("Kenya", "Mandera") not in legs(r)
    assert ("Mandera", "Somalia") in legs(r)


def test_pushback_only_threatened_draws_no_leg() -> None:
    r = read("The minister said Croatian police would push the migrants back into Bosnia.")
    assert ("Croatia", "Bosnia") not in legs(r)


def test_travellers_reported_by_a_states_authorities_came_to_it() -> None:
    r = read("Health authorities in Kenya said both patients had travelled from Somalia.")
    assert legs(r) == {("Somalia", "Kenya")}
    r = read("Kenyan health officials said the two patients had travelled from Somalia.")
    assert legs(r) == {("Somalia", "Kenya")}


def test_travel_reported_by_no_state_keeps_no_end() -> None:
    r = read("The charity said both patients had travelled from Somalia.")
    assert legs(r) == set()


# --- a whole country crossed between ends abroad -----------------------------------------------


def test_country_crossed_on_the_way_to_a_city_abroad_is_a_stop() -> None:
    r = read(
        "Officials were weighing two options: sending the trucks north through Niger to the "
        "port of Algiers, or east across Chad to reach Khartoum in Sudan."
    )
    assert ("Chad", "Khartoum") in legs(r)
    assert ("Niger", "Algiers") in legs(r)


def test_country_crossed_to_a_city_inside_it_is_no_stop() -> None:
    r = read("The goods were taken by rail across Kenya to Mombasa.")
    assert legs(r) == set()


# --- "at X in A and Y in B" ---------------------------------------------------------------


def test_two_ends_each_qualified_by_its_country_are_both_kept() -> None:
    r = read(
        "Korean carmakers shipped cars to Europe, loading them at Busan and landing them at "
        "Piraeus in Greece and Zeebrugge in Belgium, officials said."
    )
    assert {("Busan", "Piraeus"), ("Busan", "Zeebrugge")} <= legs(r)
    assert ("Busan", "Greece") not in legs(r)


def test_country_coordinated_with_the_qualifier_is_no_end() -> None:
    r = read("Ships from Busan landed the troops at Piraeus in Greece and Cyprus.")
    assert ("Busan", "Cyprus") not in legs(r)


# --- a projectile's strike ----------------------------------------------------------------


def test_drone_launched_and_striking_off_a_city_ends_there() -> None:
    r = read(
        "A source said the drones had been launched from the coast of Abkhazia and had hit "
        "a tanker off Sochi."
    )
    assert legs(r) == {("Abkhazia", "Sochi")}


def test_strike_told_of_another_actor_is_no_end() -> None:
    r = read("The rockets were launched from Abkhazia and the army hit a building in Sochi.")
    assert legs(r) == set()


def test_strike_told_earlier_in_the_sentence_ends_the_launch() -> None:
    r = read(
        "The army said it had shot down three drones that had attacked the port of Sochi, "
        "while officials said the drones had been launched from the coast of Abkhazia."
    )
    assert legs(r) == {("Abkhazia", "Sochi")}
