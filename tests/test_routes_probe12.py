"""Route legs a twelfth probe of unseen articles lost or drew wrong: home countries of the
movers chained as legs from a crossing point; "via A and B" drawn as parallel hops; places in
a modifier of the mover or in a relative clause taken as ends; likely, offered or attempted
journeys drawn as made; origins lost with a second destination, a fronted "From X", "left
the area around X" or "sought refuge in"; sale chains; non-movements.

Passages written for these tests; places are built by hand (as in test_routes.py), so only
the routes stage is measured, over the real spaCy parse.
"""

from __future__ import annotations

from helpers import Read, read_routes

# name: (id, kind, country code, lat, lon), GeoNames coordinates, rounded
GAZ: dict[str, tuple[str, str, str, float, float]] = {
    "Iraq": ("country:IQ", "country", "IQ", 33.0, 44.0),
    "Iran": ("country:IR", "country", "IR", 32.0, 53.0),
    "Pakistan": ("country:PK", "country", "PK", 30.0, 70.0),
    "Bulgaria": ("country:BG", "country", "BG", 42.67, 25.25),
    "Haskovo": ("admin1:BG.43", "admin1", "BG", 41.93, 25.55),
    "Kyprinos": ("gn:900001", "city", "GR", 41.6, 26.5),
    "Marasia": ("gn:900002", "city", "GR", 41.55, 26.45),
    "Mali": ("country:ML", "country", "ML", 17.0, -4.0),
    "Niger": ("country:NE", "country", "NE", 17.0, 9.0),
    "Tillaberi": ("admin1:NE.09", "admin1", "NE", 14.2, 1.45),
    "Gao": ("gn:2457163", "city", "ML", 16.27, -0.04),
    "Menaka": ("gn:2453348", "city", "ML", 15.92, 2.4),
    "Ayorou": ("gn:2448085", "city", "NE", 14.73, 0.92),
    "Tashkent": ("gn:1512569", "city", "UZ", 41.26, 69.22),
    "Ankara": ("gn:323786", "city", "TR", 39.92, 32.85),
    "Baku": ("gn:587084", "city", "AZ", 40.38, 49.89),
    "Minsk": ("gn:625144", "city", "BY", 53.9, 27.57),
    "Kazan": ("gn:551487", "city", "RU", 55.79, 49.12),
    "Singapore": ("country:SG", "country", "SG", 1.37, 103.8),
    "Colombo": ("gn:1248991", "city", "LK", 6.93, 79.85),
    "Mombasa": ("gn:186301", "city", "KE", -4.05, 39.67),
    "Accra": ("gn:2306104", "city", "GH", 5.56, -0.2),
    "Lagos": ("gn:2332459", "city", "NG", 6.45, 3.39),
    "Somalia": ("country:SO", "country", "SO", 6.0, 48.0),
    "Mogadishu": ("gn:53654", "city", "SO", 2.04, 45.34),
    "Addis Ababa": ("gn:344979", "city", "ET", 9.02, 38.75),
    "Kampala": ("gn:232422", "city", "UG", 0.32, 32.58),
    "Taiwan": ("country:TW", "country", "TW", 24.0, 121.0),
    "Manila": ("gn:1701668", "city", "PH", 14.6, 120.98),
    "Fujian": ("admin1:CN.07", "admin1", "CN", 26.0, 118.0),
    "China": ("country:CN", "country", "CN", 35.0, 105.0),
    "Vietnam": ("country:VN", "country", "VN", 16.0, 106.0),
    "Seoul": ("gn:1835848", "city", "KR", 37.57, 126.98),
    "Tokyo": ("gn:1850147", "city", "JP", 35.69, 139.69),
    "Guayaquil": ("gn:3657509", "city", "EC", -2.2, -79.89),
    "Peru": ("country:PE", "country", "PE", -10.0, -76.0),
    "Piura": ("gn:3693529", "city", "PE", -5.19, -80.63),
    "Trujillo": ("gn:3691175", "city", "PE", -8.12, -79.03),
    "Arequipa": ("gn:3947322", "city", "PE", -16.4, -71.54),
    "Puno": ("gn:3931276", "city", "PE", -15.84, -70.02),
    "Bolivia": ("country:BO", "country", "BO", -17.0, -65.0),
    "Desaguadero": ("gn:3919998", "city", "BO", -16.57, -69.04),
    "Whitehorse": ("gn:6180550", "city", "CA", 60.72, -135.05),
    "Vancouver": ("gn:6173331", "city", "CA", 49.25, -123.12),
    "Watson Lake": ("gn:6176823", "city", "CA", 60.06, -128.71),
    "Fort Nelson": ("gn:5955902", "city", "CA", 58.81, -122.7),
    "British Columbia": ("admin1:CA.02", "admin1", "CA", 53.99, -125.0),
    "Carmacks": ("gn:5916557", "city", "CA", 62.09, -136.29),
    "Hamburg": ("gn:2911298", "city", "DE", 53.58, 10.02),
    "Rotterdam": ("gn:2747891", "city", "NL", 51.92, 4.48),
    "Macau": ("country:MO", "country", "MO", 22.2, 113.55),
    "Sharjah": ("gn:292672", "city", "AE", 25.34, 55.41),
    "Algeria": ("country:DZ", "country", "DZ", 28.0, 3.0),
    "Tamanrasset": ("admin1:DZ.53", "admin1", "DZ", 22.79, 5.52),
    "Russia": ("country:RU", "country", "RU", 60.0, 100.0),
    "Hong Kong": ("country:HK", "country", "HK", 22.28, 114.17),
    "Dubai": ("gn:292223", "city", "AE", 25.07, 55.3),
    "Istanbul": ("gn:745044", "city", "TR", 41.01, 28.95),
    "Tbilisi": ("gn:611717", "city", "GE", 41.69, 44.83),
}


def read(text: str, claims: list[tuple[str, str, str | None]] | None = None) -> Read:
    return read_routes(text, GAZ, claims)


# --- home countries are no stops ------------------------------------------------------------------


def test_a_list_of_home_countries_is_not_chained_after_a_crossing_point() -> None:
    r = read(
        "Most of the migrants, mainly from Iraq, Iran and Pakistan, crossed from Bulgaria's "
        "Haskovo province at night or waded across shallow points near Kyprinos, police said."
    )
    legs = r.legs()
    assert not any(b in ("Iraq", "Iran", "Pakistan") for _, b, _ in legs)
    assert r.movement("crossed").origin is not None
    assert r.name(r.movement("crossed").origin.place_id) == "Haskovo"


def test_villages_near_the_crossing_across_the_border_are_where_they_went() -> None:
    r = read(
        "Most of the migrants, mainly from Iraq and Iran, crossed from Bulgaria's Haskovo "
        "province at night or waded across at shallow points near the villages of Kyprinos "
        "and Marasia, police said."
    )
    assert r.legs() == {("Haskovo", "Kyprinos", "stated"), ("Haskovo", "Marasia", "stated")}


def test_a_crossing_near_a_place_on_the_same_side_has_no_end() -> None:
    r = read("Police said migrants crossed from Haskovo near the town of Haskovo.")
    assert r.movement("crossed").destination is None


def test_home_country_of_movers_still_starts_a_lone_journey() -> None:
    r = read("Migrants from Iraq crossed into Bulgaria, police said.")
    assert r.legs() == {("Iraq", "Bulgaria", "stated")}


# --- lost starts ----------------------------------------------------------------------------------


def test_a_second_destination_keeps_the_start_and_its_own_place() -> None:
    r = read(
        "Fighters have moved in growing numbers from northern Mali into western Niger and "
        "Algeria's Tamanrasset region over the past month, sources told reporters."
    )
    assert r.legs() == {("Mali", "Niger", "stated"), ("Mali", "Tamanrasset", "stated")}


def test_left_the_area_around_x_and_crossed_into_y() -> None:
    r = read("Several columns left the area around Gao and crossed into Niger, a source said.")
    assert r.legs() == {("Gao", "Niger", "stated")}


def test_routing_shipments_by_rail_from_x_through_y_to_z() -> None:
    r = read(
        "Two hauliers told reporters that agents had begun routing some shipments by rail "
        "from Tashkent through Baku to Kazan."
    )
    assert r.legs() == {("Tashkent", "Baku", "stated"), ("Baku", "Kazan", "stated")}
    m = r.movement("routing")
    assert m.mover is not None and m.mover.text == "shipments"


def test_sent_shipments_from_x_to_y_is_the_verbs_movement() -> None:
    r = read("The brokers sent shipments from Hamburg to Minsk, customs officials said.")
    assert r.legs() == {("Hamburg", "Minsk", "stated")}


def test_people_from_x_sought_refuge_in_the_north_of_y() -> None:
    r = read("The agency said some 6,000 people from Mali had sought refuge in the north of Niger.")
    assert r.legs() == {("Mali", "Niger", "stated")}


def test_a_fronted_from_x_starts_the_movement_after_it() -> None:
    r = read("From Hamburg, the crates were re-exported to Minsk, the auditors wrote.")
    assert r.legs() == {("Hamburg", "Minsk", "stated")}


def test_entering_at_and_leaving_at_are_stops_in_turn() -> None:
    r = read(
        "Most of those interviewed had travelled overland from Guayaquil through Peru, "
        "entering at Piura in the north of the country and leaving it at Puno, on the "
        "Bolivian border, before heading down the highway through Trujillo and Arequipa to "
        "Desaguadero."
    )
    assert r.legs() >= {
        ("Guayaquil", "Piura", "stated"),
        ("Piura", "Puno", "stated"),
        ("Trujillo", "Arequipa", "stated"),
        ("Arequipa", "Desaguadero", "stated"),
    }
    assert ("Peru", "Piura", "stated") not in r.legs()


def test_a_crossing_after_a_journey_that_began_in_x_starts_there() -> None:
    r = read(
        "Hundreds of migrants are crossing into Bolivia through Desaguadero after a journey "
        "that begins in Guayaquil, the agency said."
    )
    m = r.movement("crossing")
    assert m.origin is not None and r.name(m.origin.place_id) == "Guayaquil"


def test_waited_at_x_before_boarding_a_flight_to_y() -> None:
    r = read(
        "She said she had waited at the Whitehorse airport for six hours before boarding a "
        "flight to Vancouver."
    )
    assert r.legs() == {("Whitehorse", "Vancouver", "stated")}


def test_its_residents_set_off_from_the_place_its_stands_for() -> None:
    r = read(
        "Carmacks had already been evacuated on Sunday, and many of its 500 residents drove "
        "south through Whitehorse to the British Columbia border."
    )
    assert ("Carmacks", "Whitehorse", "stated") in r.legs()


# --- transits -------------------------------------------------------------------------------------


def test_reach_x_via_a_and_b_goes_through_both_in_turn() -> None:
    r = read("Drone parts reached Russia via Hong Kong and Dubai, the auditors said.")
    assert r.legs() == {("Hong Kong", "Dubai", "stated"), ("Dubai", "Russia", "stated")}


def test_sometimes_via_is_a_possible_branch_beside_the_direct_leg() -> None:
    r = read("From Hamburg, the crates were re-exported to Minsk, sometimes via Tbilisi.")
    moods = r.moods()
    assert moods[("Hamburg", "Minsk")] == "made"
    assert moods[("Hamburg", "Tbilisi")] == "possible"
    assert moods[("Tbilisi", "Minsk")] == "possible"


def test_a_sale_chain_goes_from_buyer_to_buyer() -> None:
    r = read(
        "The maker sent motors to a trading house in Colombo, which sold them to a company "
        "in Sharjah that consigned them to an importer in Kazan."
    )
    assert r.legs() == {("Colombo", "Sharjah", "stated"), ("Sharjah", "Kazan", "stated")}


# --- places that are no ends ----------------------------------------------------------------------


def test_a_mission_in_a_country_is_no_start_of_a_landing_in_its_capital() -> None:
    r = read(
        "The first 300 Kenyan police officers pledged to a security mission in Somalia "
        "landed in Mogadishu on Friday, the ministry said."
    )
    m = r.movement("landed")
    assert m.origin is None
    assert m.mover is not None and m.mover.text == "Kenyan police officers"
    assert r.name(m.destination.place_id if m.destination else None) == "Mogadishu"


def test_a_country_in_a_relative_clause_is_no_destination() -> None:
    r = read(
        "An official said three vessels had sailed from Fujian into waters around the "
        "Spratly Islands, which Vietnam calls Truong Sa."
    )
    m = r.movement("sailed")
    assert m.destination is None or m.destination.place_id is None
    assert not any(b == "Vietnam" for _, b, _ in r.legs())


# --- moods ----------------------------------------------------------------------------------------


def test_may_try_to_move_towards_x_is_possible() -> None:
    r = read('"They may try to move from Gao further east, towards Menaka," the source said.')
    assert r.moods() == {("Gao", "Menaka"): "possible"}


def test_try_to_reach_x_is_an_attempt_not_a_journey_made() -> None:
    r = read("From Arequipa they try to reach Bolivia on foot, the agency said.")
    assert r.moods() == {("Arequipa", "Bolivia"): "possible"}


def test_likely_to_travel_via_x_next_month_is_possible() -> None:
    r = read(
        "An officer said a second group of 150 officers was likely to travel from Kampala "
        "to Mogadishu via Addis Ababa next month."
    )
    assert set(r.moods().values()) == {"possible"}
    m = r.movement("travel")
    assert m.mover is not None and "officers" in m.mover.text


def test_a_route_offered_to_migrants_is_not_travelled() -> None:
    r = read("Smugglers were offering migrants a route through Ankara and Tbilisi to Baku.")
    assert set(r.moods().values()) == {"intended"}


# --- no movement ----------------------------------------------------------------------------------


def test_sending_a_message_to_capitals_is_no_movement() -> None:
    r = read('"They are sending a message to both Seoul and Tokyo," an official said.')
    assert r.movements == []


def test_a_fire_that_could_reach_a_town_is_no_movement() -> None:
    r = read("Officials warned the fire could reach the city of Whitehorse by Friday.")
    assert r.movements == []


# --- export ---------------------------------------------------------------------------------------


def test_an_unresolved_stop_carries_no_null_id_in_the_json() -> None:
    from claimmap.export import analysis_json
    from claimmap.model import Analysis

    r = read("A farmer said hundreds crossed the river from Iran into Iraq.")
    out = analysis_json(Analysis(r.doc, tuple(r.places), (), tuple(r.movements), tuple(r.routes)))
    m = out["movements"][0]
    assert len(m["transit"]) == 1  # the span stays
    assert m["transit_places"] == []
    assert m["destination_places"] == ["country:IQ"]
