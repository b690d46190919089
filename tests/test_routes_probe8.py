"""Route legs an eighth probe of unseen articles lost or drew wrong: origins told by "originated
in", "picked up from"; stops told by "transshipped at", "transferred ... off X"; steps told
after "before" or by "and further east to"; "across the river from X" (a location, no start);
"through X and Y" with no end (no order); and movers that were a bare count, a quantity, a
sum, a vehicle ridden or the name in an "according to" aside.

Passages written for these tests; places are built by hand (as in test_routes.py), so only
the routes stage is measured, over the real spaCy parse.
"""

from __future__ import annotations

from helpers import Read, read_routes

# name: (id, kind, country code, lat, lon), GeoNames coordinates, rounded
GAZ: dict[str, tuple[str, str, str, float, float]] = {
    "Peru": ("country:PE", "country", "PE", -10.0, -76.0),
    "Cusco": ("admin1:PE.08", "admin1", "PE", -13.5, -71.97),
    "Bolivia": ("country:BO", "country", "BO", -17.0, -65.0),
    "Beni": ("admin1:BO.01", "admin1", "BO", -14.0, -65.5),
    "Lagos": ("gn:2332459", "city", "NG", 6.45, 3.39),
    "Kano": ("gn:2335204", "city", "NG", 12.0, 8.52),
    "Niger": ("country:NE", "country", "NE", 17.0, 8.0),
    "Santos": ("gn:3449433", "city", "BR", -23.96, -46.33),
    "Algeciras": ("gn:2522013", "city", "ES", 36.13, -5.45),
    "Genoa": ("gn:3176219", "city", "IT", 44.41, 8.93),
    "Jose": ("gn:3640000", "city", "VE", 10.1, -64.85),
    "Togo": ("country:TG", "country", "TG", 8.0, 1.17),
    "Tema": ("gn:2294700", "city", "GH", 5.67, -0.02),
    "Dhaka": ("gn:1185241", "city", "BD", 23.71, 90.41),
    "Colombo": ("gn:1248991", "city", "LK", 6.93, 79.85),
    "Doha": ("gn:290030", "city", "QA", 25.29, 51.53),
    "Minsk": ("gn:625144", "city", "BY", 53.9, 27.57),
    "Krakow": ("gn:3094802", "city", "PL", 50.06, 19.94),
    "Lublin": ("gn:765876", "city", "PL", 51.25, 22.57),
    "Nuevo Laredo": ("gn:3522551", "city", "MX", 27.48, -99.52),
    "Rio Bravo": ("water:rio-bravo", "water", "US", 27.5, -99.5),
    "Laredo": ("gn:4705349", "city", "US", 27.51, -99.51),
    "Hamburg": ("gn:2911298", "city", "DE", 53.55, 10.0),
    "Bremen": ("gn:2944388", "city", "DE", 53.08, 8.8),
    "Gaziantep": ("gn:314830", "city", "TR", 37.06, 37.38),
    "Aleppo": ("gn:170063", "city", "SY", 36.2, 37.16),
    "Azaz": ("gn:174018", "city", "SY", 36.59, 37.05),
    "Kilis": ("gn:300640", "city", "TR", 36.72, 37.12),
    "Belarus": ("country:BY", "country", "BY", 53.0, 28.0),
    "Brest": ("gn:629634", "city", "BY", 52.1, 23.7),
    "Ukraine": ("country:UA", "country", "UA", 49.0, 32.0),
    "Japan": ("country:JP", "country", "JP", 36.0, 138.0),
    "Monterrey": ("gn:3995465", "city", "MX", 25.68, -100.32),
    "Patna": ("gn:1260086", "city", "IN", 25.59, 85.14),
    "Dubai": ("gn:292223", "city", "AE", 25.25, 55.3),
}


def read(text: str) -> Read:
    return read_routes(text, GAZ)


# --- origins and stops told by other verbs ------------------------------------------------------


def test_originated_in_is_where_the_goods_set_off() -> None:
    r = read(
        "Investigators said the heroin originated in Peru's Cusco region and was smuggled "
        "across the border into Beni."
    )
    assert r.legs() == {("Cusco", "Beni", "stated")}


def test_picked_up_from_is_where_the_people_set_off() -> None:
    r = read(
        "Officials said 300 migrants, most of whom had been picked up from Lagos and driven by "
        "bus to a transit camp in Kano, were sent on to Niger."
    )
    assert ("Lagos", "Kano", "stated") in r.legs()


def test_transshipped_at_is_a_stop_on_the_way() -> None:
    r = read(
        "The containers left Santos in May, were transshipped at the port of Algeciras and "
        "passed through several hubs before arriving in Genoa, prosecutors said."
    )
    assert r.legs() == {("Santos", "Algeciras", "stated"), ("Algeciras", "Genoa", "stated")}


def test_a_handover_off_a_coast_is_a_stop_then_the_goods_go_on() -> None:
    r = read(
        "The agency said a tanker loaded Venezuelan crude at Jose in May and transferred it to "
        "another vessel off Togo before the oil was delivered to Tema."
    )
    assert [t.span.text for t in r.movement("transferred").transit] == ["Togo"]
    assert r.legs() == {("Jose", "Togo", "stated"), ("Togo", "Tema", "stated")}


# --- the telling goes on in the same sentence ----------------------------------------------------


def test_before_landing_goes_on_from_the_last_stop() -> None:
    r = read(
        "Police said the recruits were flown from Dhaka to Colombo, and from there to Doha, "
        "before landing in Minsk."
    )
    assert ("Doha", "Minsk", "stated") in r.legs()
    assert r.movement("landing").mover is not None
    assert r.movement("landing").mover.text == "recruits"  # type: ignore[union-attr]


def test_further_east_to_is_the_next_stop() -> None:
    r = read("The cargo was then moved to Krakow and further east to Lublin, officials said.")
    assert r.legs() == {("Krakow", "Lublin", "stated")}


# --- places that are no step of the way --------------------------------------------------------


def test_across_the_river_from_a_place_is_where_not_whence() -> None:
    r = read("The families said they rode north to Nuevo Laredo, across the Rio Bravo from Laredo.")
    assert r.legs() == set()
    m = r.movement("rode")
    assert m.origin is None and m.transit == ()
    assert r.name(m.destination.place_id) == "Nuevo Laredo"  # type: ignore[union-attr]


def test_through_two_ports_with_no_end_draws_no_hop() -> None:
    r = read("Customs officers said the crates passed through Hamburg and Bremen.")
    assert [t.span.text for t in r.movement("passed").transit] == ["Hamburg", "Bremen"]
    assert r.legs() == set()


# --- movers ------------------------------------------------------------------------------------


def test_a_bare_count_stands_for_the_people_told_of() -> None:
    r = read(
        "Officials said 500 refugees were moved to Gaziantep. Another 200 were driven from "
        "Aleppo via Azaz to Kilis."
    )
    m = r.movement("driven")
    assert m.mover is not None and m.mover.text == "refugees"
    assert m.quantity is not None and m.quantity.value == 200


def test_a_quantity_of_goods_is_the_goods() -> None:
    r = read(
        "Officials claimed Belarus moved large quantities of ammunition from Minsk through "
        "Brest into Ukraine."
    )
    assert r.movement("moved").mover.text == "ammunition"  # type: ignore[union-attr]


def test_a_sum_in_aid_is_the_aid() -> None:
    r = read("Japan has sent more than $5 billion in humanitarian aid to Ukraine.")
    assert r.movement("sent").mover.text == "aid"  # type: ignore[union-attr]


def test_a_vehicle_taken_is_how_the_subject_went() -> None:
    r = read("The migrants said they would take freight trains north to Monterrey.")
    assert r.movement("take").mover.text == "migrants"  # type: ignore[union-attr]


def test_the_name_in_an_according_to_aside_is_no_mover() -> None:
    r = read(
        "According to the agency's spokesperson, Inspector Ram Lal, the workers were flown "
        "from Patna to Dubai."
    )
    assert r.movement("flown").mover.text == "workers"  # type: ignore[union-attr]
    assert r.legs() == {("Patna", "Dubai", "stated")}


# --- more journeys in one sentence --------------------------------------------------------------


def test_a_second_from_to_pair_is_a_journey_of_its_own() -> None:
    r = read(
        "Many refugees were travelling onward from Aleppo to Azaz and from Kilis to Gaziantep, "
        "the agency said."
    )
    assert r.legs() == {("Aleppo", "Azaz", "stated"), ("Kilis", "Gaziantep", "stated")}
    assert len(r.movements) == 2
    assert all(m.mover is not None and m.mover.text == "refugees" for m in r.movements)


def test_boarded_in_is_where_they_set_off() -> None:
    r = read("Some of the passengers had boarded in Lagos before the boat sailed on, he said.")
    m = r.movement("boarded")
    assert r.name(m.origin.place_id) == "Lagos"  # type: ignore[union-attr]
    r = read("About 4,000 people boarded boats from Santos this week, the mayor said.")
    assert r.name(r.movement("boarded").origin.place_id) == "Santos"  # type: ignore[union-attr]


def test_a_count_with_nothing_before_it_labels_no_route() -> None:
    r = read("A border official said another 430 were deported from Aleppo via Azaz to Kilis.")
    assert r.legs() == {("Aleppo", "Azaz", "stated"), ("Azaz", "Kilis", "stated")}
    assert [route.mover for route in r.routes] == [None]
    q = r.movement("deported").quantity
    assert q is not None and q.value == 430


# --- movements only planned or weighed -----------------------------------------------------------


def test_a_planned_or_weighed_movement_draws_an_intended_leg() -> None:
    r = read("Migrants said they planned to travel by bus from Santos to Genoa.")
    assert r.moods() == {("Santos", "Genoa"): "intended"}
    r = read("Police said they were considering moving the group from Lagos to Kano.")
    assert r.moods() == {("Lagos", "Kano"): "intended"}


def test_plans_told_as_a_noun_still_draw_their_leg() -> None:
    # the fourth probe's rule stays: "had plans to X" is read as a movement (not negated)
    r = read("The agency said the migrants had plans to travel from Santos to Genoa.")
    assert not r.movement("travel").negated


def test_a_terminal_is_a_place_not_what_it_stands_for() -> None:
    r = read(
        "The agency said a tanker loaded Venezuelan crude at the Jose oil terminal in May and "
        "transferred it to another vessel off Togo."
    )
    m = r.movement("transferred")
    assert m.mover is not None and m.mover.text.endswith("crude")
    assert r.legs() == {("Jose", "Togo", "stated")}


def test_another_count_is_another_group_not_the_next_step() -> None:
    r = read(
        "Officials said 500 refugees were moved to Gaziantep. Another 200 were driven to Kilis."
    )
    assert r.movement("driven").mover.text == "refugees"  # type: ignore[union-attr]
    assert ("Gaziantep", "Kilis", "stated") not in r.legs()
    r = read("Officials said 500 refugees were moved to Gaziantep. They were then driven to Kilis.")
    assert ("Gaziantep", "Kilis", "stated") in r.legs()


def test_a_bare_count_stands_for_the_subject_not_the_vehicle() -> None:
    r = read(
        "Officials said 500 refugees were moved to Gaziantep by buses. Another 200 were driven "
        "from Aleppo to Kilis."
    )
    assert r.movement("driven").mover.text == "refugees"  # type: ignore[union-attr]
