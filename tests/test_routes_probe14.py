"""Route legs a fourteenth probe of unseen articles lost or drew wrong: a crossed ocean or an
entered country taken as the start of a leg ("head back across the X Ocean to Y", "crossed
into X to Y"), "arrives off X" after a move through Y, "the ... island of X" read as the sea
that describes it, "others took trains onward to Y", "set sail from X", critical "cases"
read as a count, and a bare "the country" entered by movers named after another country.

Passages written for these tests; places are built by hand (as in test_routes.py), so only
the routes stage is measured, over the real spaCy parse.
"""

from __future__ import annotations

from helpers import Read, read_routes

# name: (id, kind, country code, lat, lon), GeoNames coordinates, rounded
GAZ: dict[str, tuple[str, str, str, float, float]] = {
    "Ningbo": ("gn:1799397", "city", "CN", 29.88, 121.55),
    "Pacific": ("water:pacific-ocean", "water", None, 0.0, -160.0),  # type: ignore[dict-item]
    "Atlantic": ("water:atlantic-ocean", "water", None, 0.0, -30.0),  # type: ignore[dict-item]
    "Indian Ocean": ("water:indian-ocean", "water", None, -20.0, 80.0),  # type: ignore[dict-item]
    "Callao": ("gn:3946083", "city", "PE", -12.05, -77.15),
    "Panama": ("country:PA", "country", "PA", 9.0, -80.0),
    "Kazakhstan": ("country:KZ", "country", "KZ", 48.0, 68.0),
    "Aktobe": ("gn:610611", "city", "KZ", 50.28, 57.21),
    "Astana": ("gn:1526273", "city", "KZ", 51.18, 71.45),
    "Saratov": ("admin1:RU.67", "admin1", "RU", 51.5, 46.0),
    "Russia": ("country:RU", "country", "RU", 60.0, 100.0),
    "Jaffna": ("gn:1242110", "city", "LK", 9.66, 80.01),
    "Mayotte": ("country:YT", "country", "YT", -12.8, 45.15),
    "France": ("country:FR", "country", "FR", 46.0, 2.0),
    "Tanta": ("gn:347497", "city", "EG", 30.79, 31.0),
    "Suez": ("gn:359796", "city", "EG", 29.97, 32.53),
    "Egypt": ("country:EG", "country", "EG", 27.0, 30.0),
}


def read(text: str) -> Read:
    return read_routes(text, GAZ, demonyms={"French": "France", "Russian": "Russia"})


# --- a crossed sea or an entered country is no start -------------------------------------------


def test_heading_back_across_an_ocean_draws_no_leg_from_the_ocean() -> None:
    r = read("The group said many trawlers will head back across the Pacific to Ningbo in June.")
    assert r.slots() == [("head", "trawlers", None, ["Pacific"], "Ningbo")]
    assert r.legs() == set()


def test_a_country_entered_on_the_way_to_its_town_is_no_start() -> None:
    r = read("Thousands of Russians crossed into Kazakhstan to Aktobe, in the west of the country.")
    assert r.legs() == set()


def test_a_transit_country_before_a_foreign_end_still_draws_its_leg() -> None:
    r = read("The boats sailed through Panama to Callao, officials said.")
    assert r.legs() == {("Panama", "Callao", "stated")}


def test_left_a_port_and_crossed_an_ocean_keeps_the_ocean_as_a_stop() -> None:
    r = read("The trawlers left Ningbo and crossed the Pacific to Callao, the group said.")
    assert r.legs() == {("Ningbo", "Pacific", "stated"), ("Pacific", "Callao", "stated")}


# --- arrivals ----------------------------------------------------------------------------------


def test_moves_through_a_country_and_arrives_off_a_port() -> None:
    r = read("The fleet moves from the Atlantic through Panama and arrives off Callao, he said.")
    assert r.legs() == {("Atlantic", "Panama", "stated"), ("Panama", "Callao", "stated")}


def test_arrived_off_a_port_is_where_they_ended() -> None:
    r = read("The fleet arrived off Callao in May.")
    assert r.slots() == [("arrived", "fleet", None, [], "Callao")]


def test_the_island_of_x_is_x_not_the_sea_that_describes_it() -> None:
    r = read(
        "Dozens of Tamils have arrived on the French Indian Ocean island of Mayotte after a "
        "journey from Jaffna, officials say."
    )
    assert ("Jaffna", "Mayotte", "stated") in r.legs()
    assert all(leg[1] != "Indian Ocean" for leg in r.legs())


# --- steps told apart --------------------------------------------------------------------------


def test_others_going_onward_go_on_from_where_the_first_got_to() -> None:
    r = read(
        "The agency said many Russians crossed from the Saratov region to Aktobe, while others "
        "took trains onward to Astana."
    )
    assert r.legs() == {("Saratov", "Aktobe", "stated"), ("Aktobe", "Astana", "stated")}


def test_others_going_elsewhere_still_go_their_own_way() -> None:
    r = read(
        "The agency said many Russians crossed from the Saratov region to Aktobe, while others "
        "took trains to Astana."
    )
    assert ("Aktobe", "Astana", "stated") not in r.legs()


def test_set_sail_from_x_names_where_they_set_off() -> None:
    r = read("The passengers said they had set sail from Jaffna.")
    assert r.slots() == [("set", "passengers", "Jaffna", [], None)]


# --- movers and ends ---------------------------------------------------------------------------


def test_critical_cases_are_patients_who_are_moved() -> None:
    r = read(
        "The minister said the most critical cases in Tanta would be transferred within 48 "
        "hours to specialised hospitals in Suez."
    )
    assert r.legs() == {("Tanta", "Suez", "stated")}
    assert {leg.mood for route in r.routes for leg in route.legs} == {"intended"}


def test_cases_that_rise_are_a_count() -> None:
    r = read("Officials said cases reached 300 in Tanta.")
    assert r.movements == []


def test_the_country_entered_by_foreign_citizens_is_not_their_own() -> None:
    r = read(
        "Kazakhstan's border service said that 9,000 Russian citizens had entered the country "
        "in the week since the decree."
    )
    assert [r.name(m.destination.place_id) for m in r.movements if m.destination] == ["Kazakhstan"]


def test_the_country_returned_to_is_their_own() -> None:
    r = read("Kazakhstan said that 9,000 Russian citizens had returned to the country.")
    assert [r.name(m.destination.place_id) for m in r.movements if m.destination] == ["Russia"]


def test_intercepted_off_x_then_set_sail_from_y_in_the_next_sentence() -> None:
    r = read(
        "A fishing boat carrying 40 migrants was intercepted off Mayotte on Friday, the "
        "prefecture said. The migrants said they had set sail from Jaffna."
    )
    assert r.legs() == {("Jaffna", "Mayotte", "inferred")}


def test_intercepting_a_boat_is_no_journey_of_the_navy() -> None:
    r = read("The navy intercepted the boat off Mayotte.")
    assert r.movements == []


def test_a_country_end_whose_where_clause_names_its_towns_ends_at_the_towns() -> None:
    r = read(
        "Officials say wounded people have been evacuated from Jaffna into Egypt, where they "
        "are being treated in hospitals in Tanta and Suez."
    )
    assert r.legs() == {("Jaffna", "Tanta", "stated"), ("Jaffna", "Suez", "stated")}


def test_a_where_clause_about_others_leaves_the_country_end() -> None:
    r = read("The patients were flown from Jaffna to Egypt, where officials in Suez met them.")
    assert r.legs() == {("Jaffna", "Egypt", "stated")}


# --- a journey cut short -----------------------------------------------------------------------


def test_heading_for_x_when_stopped_and_taken_to_y_branches_from_the_start() -> None:
    r = read(
        "Police said the trawler left Jaffna on Monday. Officials said the trawler had been "
        "heading west towards Mayotte when it was stopped and taken to Suez."
    )
    assert r.legs() == {("Jaffna", "Mayotte", "stated"), ("Jaffna", "Suez", "stated")}
    assert r.moods() == {("Jaffna", "Mayotte"): "intended", ("Jaffna", "Suez"): "made"}


def test_heading_for_x_told_plainly_is_a_journey_under_way() -> None:
    r = read("Officials said the trawler was heading towards Mayotte from Jaffna.")
    assert r.moods() == {("Jaffna", "Mayotte"): "made"}


def test_the_passengers_are_the_people_the_intercepted_boat_carried() -> None:
    r = read(
        "A fishing boat carrying 40 people was intercepted off Mayotte on Friday, the "
        "prefecture said. The passengers told police they had set sail from Jaffna."
    )
    assert r.legs() == {("Jaffna", "Mayotte", "inferred")}


def test_passengers_of_a_boat_told_to_carry_no_one_are_not_paired() -> None:
    r = read(
        "A fishing boat was intercepted off Mayotte on Friday, the prefecture said. The "
        "passengers told police they had set sail from Jaffna."
    )
    assert r.legs() == set()


def test_a_step_before_continuing_shares_the_plan() -> None:
    r = read("The group had planned to sail from Jaffna to Mayotte before continuing to Suez.")
    assert r.moods() == {("Jaffna", "Mayotte"): "intended", ("Mayotte", "Suez"): "intended"}


def test_a_step_before_continuing_after_a_made_journey_is_made() -> None:
    r = read("The trawler sailed from Jaffna to Mayotte before continuing to Suez.")
    assert r.moods() == {("Jaffna", "Mayotte"): "made", ("Mayotte", "Suez"): "made"}


# --- where a craft in distress got to ----------------------------------------------------------


def test_a_boat_that_sought_help_near_x_got_as_far_as_x() -> None:
    r = read(
        "In May, a boat carrying 60 Tamils, which had left Jaffna, sought help near Mayotte, "
        "an island in the Indian Ocean. The group was held there for months before some were "
        "transferred to France."
    )
    assert ("Jaffna", "Mayotte", "stated") in r.legs()
    assert ("Jaffna", "France", "stated") not in r.legs()


def test_seeking_help_from_someone_is_no_journey() -> None:
    r = read("The fishermen sought help from the navy in Jaffna.")
    assert r.movements == []
