"""Route legs a thirteenth probe of unseen articles lost or drew wrong: steps of one mover told
in a row ("flown to A and then taken overland into B", "left A ..., most of them bound for
B", "left A and headed south through X, Y and Z", "stopped off B"); transits told with
neither start nor end; lists of ends ("to reach A and the districts of B and C"); a sibling
read as no place; a stop named only as lying in a known place; "launched from", "over X";
failed attempts; and mover labels that were a participle, a share, a way or a journey.

Passages written for these tests; places are built by hand (as in test_routes.py), so only
the routes stage is measured, over the real spaCy parse.
"""

from __future__ import annotations

from helpers import Read, read_routes

# name: (id, kind, country code, lat, lon), GeoNames coordinates, rounded
GAZ: dict[str, tuple[str, str, str, float, float]] = {
    "Algeria": ("country:DZ", "country", "DZ", 28.0, 3.0),
    "Niger": ("country:NE", "country", "NE", 17.0, 8.0),
    "Mali": ("country:ML", "country", "ML", 17.0, -4.0),
    "Beira": ("gn:1052373", "city", "MZ", -19.84, 34.84),
    "Quelimane": ("gn:1028434", "city", "MZ", -17.88, 36.89),
    "Ningbo": ("gn:1799397", "city", "CN", 29.88, 121.55),
    "Tete": ("admin1:MZ.08", "admin1", "MZ", -15.5, 33.0),
    "Vietnam": ("country:VN", "country", "VN", 16.0, 106.0),
    "Baltic Sea": ("water:baltic-sea", "water", None, 58.0, 20.0),  # type: ignore[dict-item]
    "North Sea": ("water:north-sea", "water", None, 56.0, 3.0),  # type: ignore[dict-item]
    "Bay of Biscay": ("water:bay-of-biscay", "water", None, 45.0, -4.0),  # type: ignore[dict-item]
    "Strait of Gibraltar": ("water:gibraltar", "water", None, 35.97, -5.5),  # type: ignore[dict-item]
    "Dakar": ("gn:2253354", "city", "SN", 14.69, -17.44),
    "Nouakchott": ("gn:2377450", "city", "MR", 18.09, -15.98),
    "Lanzarote": ("gn:2515819", "island", "ES", 29.04, -13.63),
    "Quetta": ("gn:1167528", "city", "PK", 30.19, 67.01),
    "Chaman": ("gn:1181022", "city", "PK", 30.92, 66.45),
    "Pishin": ("gn:1168197", "city", "PK", 30.58, 67.0),
    "Kandahar": ("gn:1138336", "city", "AF", 31.61, 65.71),
    "Axum": ("gn:344979", "city", "ET", 14.12, 38.72),
    "Senafe": ("gn:330000", "city", "ER", 14.7, 39.42),
    "Gansu": ("admin1:CN.15", "admin1", "CN", 37.0, 103.0),
    "Oregon": ("admin1:US.OR", "admin1", "US", 44.0, -120.5),
    "Nevada": ("admin1:US.NV", "admin1", "US", 39.0, -117.0),
    "Utah": ("admin1:US.UT", "admin1", "US", 39.3, -111.7),
    "Kunar": ("admin1:AF.34", "admin1", "AF", 34.9, 71.1),
    "Chitral": ("gn:1180729", "city", "PK", 35.85, 71.79),
    "Yemen": ("country:YE", "country", "YE", 15.5, 47.5),
    "Red Sea": ("water:red-sea", "water", None, 20.0, 38.0),  # type: ignore[dict-item]
    "Eritrea": ("country:ER", "country", "ER", 15.0, 39.0),
}


def read(text: str) -> Read:
    return read_routes(text, GAZ)


# --- steps of one mover told in a row ----------------------------------------------------------


def test_flown_to_a_and_then_taken_overland_into_b() -> None:
    r = read(
        "Officials said the recruits were flown to Algeria and then taken overland into Niger."
    )
    assert r.legs() == {("Algeria", "Niger", "stated")}
    assert r.movement("taken").mover is not None
    assert r.movement("taken").mover.text == "recruits"


def test_containers_of_logs_that_left_a_bound_for_b() -> None:
    r = read(
        "The group said it tracked 900 containers of timber that left Beira and Quelimane "
        "last year, most of them bound for Ningbo."
    )
    assert r.legs() == {("Beira", "Ningbo", "stated"), ("Quelimane", "Ningbo", "stated")}


def test_trucked_to_the_ports_of_a_and_b_and_shipped_to_c() -> None:
    r = read(
        "Hardwood felled in Tete is being trucked to the ports of Beira and Quelimane and "
        "shipped to Vietnam, the report said."
    )
    assert r.legs() == {
        ("Tete", "Beira", "stated"),
        ("Tete", "Quelimane", "stated"),
        ("Beira", "Vietnam", "stated"),
        ("Quelimane", "Vietnam", "stated"),
    }
    assert r.movement("shipped").mover is not None
    assert r.movement("shipped").mover.text == "Hardwood"


def test_a_participle_is_no_mover() -> None:
    r = read("Hardwood cut in Tete is trucked to the port of Beira and shipped to Vietnam.")
    assert ("Tete", "Beira", "stated") in r.legs()
    assert r.movement("trucked").mover is not None
    assert r.movement("trucked").mover.text == "Hardwood"


def test_left_a_and_headed_south_through_a_list_of_waters() -> None:
    r = read(
        "According to analysts, the tankers left the Baltic Sea and headed south through the "
        "North Sea, the Bay of Biscay and the Strait of Gibraltar."
    )
    assert r.legs() == {
        ("Baltic Sea", "North Sea", "stated"),
        ("North Sea", "Bay of Biscay", "stated"),
        ("Bay of Biscay", "Strait of Gibraltar", "stated"),
    }


def test_left_a_and_stopped_briefly_off_b() -> None:
    r = read(
        "Survivors said the boat had left Dakar and had stopped briefly off Nouakchott before "
        "reaching Lanzarote."
    )
    assert r.legs() == {("Dakar", "Nouakchott", "stated"), ("Nouakchott", "Lanzarote", "stated")}


def test_stopping_others_is_no_stopover() -> None:
    r = read("Police stopped the migrants in Dakar.")
    assert r.movements == []


def test_taking_the_road_to_b_is_said_of_who_took_it() -> None:
    r = read(
        "Residents said they go back to Axum for a few days and after a week they take the "
        "road to Senafe."
    )
    assert r.legs() == {("Axum", "Senafe", "stated")}


# --- transits with neither start nor end -------------------------------------------------------


def test_transported_through_two_countries_keeps_their_order_and_hedge() -> None:
    r = read('The panel said the men "appear to have been transported through Algeria and Mali".')
    assert r.legs() == {("Algeria", "Mali", "stated")}
    assert {leg.mood for route in r.routes for leg in route.legs} == {"possible"}


def test_through_two_ports_of_one_country_still_draws_no_hop() -> None:
    r = read("Customs officers said the crates passed through Beira and Quelimane.")
    assert r.legs() == set()


# --- lists of ends -----------------------------------------------------------------------------


def test_to_reach_a_and_the_districts_of_b_and_c() -> None:
    r = read(
        "An official said the smugglers used routes through Kandahar to reach Quetta and the "
        "western districts of Chaman and Pishin."
    )
    assert r.legs() == {
        ("Kandahar", "Quetta", "stated"),
        ("Kandahar", "Chaman", "stated"),
        ("Kandahar", "Pishin", "stated"),
    }
    assert r.movement("reach").mover is not None
    assert r.movement("reach").mover.text == "smugglers"


def test_an_unknown_sibling_leaves_the_known_end() -> None:
    r = read(
        "A spokesman said the fighters were moving towards Humera and the disputed border "
        "town of Senafe."
    )
    end = r.movement("moving").destination
    assert end is not None and r.name(end.place_id) == "Senafe"


def test_an_unknown_stop_in_the_south_of_a_known_island() -> None:
    r = read(
        "Another pirogue arrived at Playa Chica in the south of Lanzarote on Monday after "
        "leaving Dakar, the Red Cross said."
    )
    assert r.legs() == {("Dakar", "Lanzarote", "stated")}


# --- launches, ways over places ------------------------------------------------------------------


def test_launched_from_a_and_entered_b() -> None:
    r = read("An official said the balloon was launched from Gansu on May 2 and entered Oregon.")
    assert r.legs() == {("Gansu", "Oregon", "stated")}


def test_over_sites_in_a_place_is_a_stop() -> None:
    r = read(
        "The balloon flew from Gansu through Oregon and over military sites in Nevada, the "
        "Pentagon said."
    )
    assert r.legs() == {("Gansu", "Oregon", "stated"), ("Oregon", "Nevada", "stated")}


def test_entered_over_a_and_drifted_across_b() -> None:
    r = read("The balloon re-entered the country over northern Nevada and drifted across Utah.")
    assert r.legs() == {("Nevada", "Utah", "stated")}


def test_a_journey_that_took_it_is_no_mover() -> None:
    r = read(
        "The navy shot down the drone, ending a journey of a week that took it from Yemen "
        "across the Red Sea and over Eritrea."
    )
    m = r.movement("took")
    assert m.mover is not None and m.mover.text == "drone"
    assert [t.span.text for t in m.transit] == ["Red Sea", "Eritrea"]


# --- failed attempts ---------------------------------------------------------------------------


def test_tried_to_enter_but_was_pushed_back_is_no_made_leg() -> None:
    r = read(
        "The army said a group of 30 militants tried to enter Chitral from Kunar but was "
        "pushed back."
    )
    assert r.movement("enter").mood == "intended"
    assert {leg.mood for route in r.routes for leg in route.legs} == {"intended"}


def test_tried_to_enter_without_a_failure_stays_possible() -> None:
    r = read("The army said a group of 30 militants tried to enter Chitral from Kunar.")
    assert r.movement("enter").mood == "possible"


# --- mover labels ------------------------------------------------------------------------------


def test_a_share_of_exports_is_the_exports() -> None:
    r = read("Around 30% of Vietnam's timber exports pass through Quelimane.")
    m = r.movement("pass")
    assert m.mover is not None and m.mover.text == "timber exports"


def test_a_place_after_the_mover_is_no_part_of_its_name() -> None:
    r = read(
        "Two sources said some cargoes were being transferred ship-to-ship off Beira, "
        "Mozambique, before continuing to Ningbo."
    )
    for m in r.movements:
        assert m.mover is not None and m.mover.text == "cargoes"
