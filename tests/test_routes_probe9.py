"""Route defects of probe 9: no leg from a place to the country or province that holds it
("into X through Y" with Y in X is the way in), no empty slot for words counting places
("through three countries"); a chain's last hop told without a verb ("to B and then on to
C", "and then by ferry to C"); and claims about other movements of movers sharing a head
noun are separate routes unless their legs connect.

Passages written for these tests; places are built by hand (as in test_routes.py).
"""

from __future__ import annotations

from helpers import Read, read_routes

# name: (id, kind, country code, lat, lon), GeoNames coordinates, rounded
GAZ: dict[str, tuple[str, str, str, float, float]] = {
    "Canada": ("country:CA", "country", "CA", 60.0, -96.0),
    "Manitoba": ("admin1:CA.03", "admin1", "CA", 55.0, -97.0),
    "Minot": ("gn:5690532", "city", "US", 48.23, -101.3),
    "Winnipeg": ("gn:6183235", "city", "CA", 49.88, -97.15),
    "Dakar": ("gn:2253354", "city", "SN", 14.69, -17.44),
    "Bamako": ("gn:2460596", "city", "ML", 12.65, -8.0),
    "Niamey": ("gn:2440485", "city", "NE", 13.51, 2.11),
    "Tripoli": ("gn:2210247", "city", "LY", 32.89, 13.19),
    "Sabha": ("gn:2212775", "city", "LY", 27.04, 14.43),
    "Lampedusa": ("gn:2524245", "city", "IT", 35.5, 12.6),
    "Nairobi": ("gn:184745", "city", "KE", -1.28, 36.82),
    "Kampala": ("gn:232422", "city", "UG", 0.32, 32.58),
    "Juba": ("gn:373303", "city", "SS", 4.85, 31.58),
    "Kharkiv": ("gn:706483", "city", "UA", 50.0, 36.25),
    "Belgorod": ("gn:578072", "city", "RU", 50.6, 36.6),
    "Kursk": ("gn:538560", "city", "RU", 51.73, 36.19),
    "Odesa": ("gn:698740", "city", "UA", 46.48, 30.73),
    "Moldova": ("country:MD", "country", "MD", 47.0, 28.5),
    "Romania": ("country:RO", "country", "RO", 46.0, 25.0),
    "Russia": ("country:RU", "country", "RU", 60.0, 100.0),
}


def read(text: str, claims: list[tuple[str, str, str | None]] | None = None) -> Read:
    return read_routes(text, GAZ, claims)


def named_legs(r: Read) -> set[tuple[str | None, str | None]]:
    return {(a, b) for a, b, _ in r.legs()}


# --- D11: no hop from a place to what holds it; no empty slot for a count of places ------------


def test_transit_inside_the_destination_country_is_the_way_in() -> None:
    r = read("Police said the pills cross into Canada through Manitoba every week.")
    m = r.movement("cross")
    assert r.name(m.destination.place_id if m.destination else None) == "Canada"
    assert named_legs(r) == set()  # no Manitoba -> Canada hop


def test_start_then_transit_inside_the_destination_keeps_the_entry_stop() -> None:
    r = read("The pills were driven from Minot into Canada through Manitoba, police said.")
    assert named_legs(r) == {("Minot", "Manitoba")}


def test_destination_holding_the_previous_stop_of_a_later_claim_is_dropped() -> None:
    r = read("The rifles were trucked from Minot to Winnipeg and then on to Canada.")
    assert ("Winnipeg", "Canada") not in named_legs(r)
    assert ("Minot", "Winnipeg") in named_legs(r)


def test_counted_places_leave_no_empty_slot() -> None:
    r = read("Officials said every shipment passes through three countries.")
    assert r.movements == [] or all(
        not m.transit and m.origin is None and m.destination is None for m in r.movements
    )
    assert r.legs() == set()


def test_counted_places_dropped_but_named_stops_kept() -> None:
    r = read("The migrants travelled from Sabha through several countries to Lampedusa.")
    m = r.movement("travelled")
    assert [t.span.text for t in m.transit] == []
    assert named_legs(r) == {("Sabha", "Lampedusa")}


def test_unresolved_place_word_stays_for_the_analyst() -> None:
    r = read("Arms were trucked across the border to Bamako.")
    assert [t.span.text for t in r.movement("trucked").transit] == ["border"]


# --- D2: the last hop of a chain told without a verb -----------------------------------------


def test_and_then_on_to_is_the_next_hop() -> None:
    r = read("Police said the rifles were taken from Dakar to Bamako and then on to Niamey.")
    assert named_legs(r) == {("Dakar", "Bamako"), ("Bamako", "Niamey")}


def test_and_then_to_is_a_later_stop_not_a_second_end() -> None:
    r = read("Smugglers moved the guns from Dakar to Bamako and then to Niamey.")
    assert named_legs(r) == {("Dakar", "Bamako"), ("Bamako", "Niamey")}


def test_and_then_by_ferry_to_is_the_next_hop() -> None:
    r = read("The migrants were taken by bus to Sabha, and then by boat to Lampedusa.")
    m = r.movement("taken")
    assert [t.span.text for t in m.transit] == ["Sabha"]
    assert named_legs(r) == {("Sabha", "Lampedusa")}


def test_onward_to_is_the_next_hop() -> None:
    r = read("The cargo was flown to Nairobi and onward to Kampala, officials said.")
    assert named_legs(r) == {("Nairobi", "Kampala")}


def test_then_on_to_hung_on_a_trailing_reporting_verb() -> None:
    r = read(
        "Militiamen have taken at least 40 children from a shelter in the town of Dakar to "
        "Bamako and then on to Niamey's outskirts, the country's ombudsman Amadou Diallo "
        "said on Tuesday."
    )
    assert named_legs(r) == {("Dakar", "Bamako"), ("Bamako", "Niamey")}


def test_then_by_boat_hung_on_a_trailing_reporting_verb() -> None:
    r = read(
        "The people brought to Tripoli were later transferred by bus to a temporary reception "
        "site in the port of Sabha, the southern hub, and then by boat to Lampedusa, near "
        "Malta, officials said on Monday."
    )
    assert ("Sabha", "Lampedusa") in named_legs(r)


def test_along_the_road_from_gives_the_start() -> None:
    r = read(
        "According to the agency, most of the migrants travelled in cars, vans and trucks "
        "along the single road from Sabha through the desert checkpoint to the town of "
        "Tripoli, and then on to Lampedusa."
    )
    assert named_legs(r) == {("Sabha", "Tripoli"), ("Tripoli", "Lampedusa")}


def test_along_a_coast_road_from_to() -> None:
    assert named_legs(read("The convoy drove along the coast road from Dakar to Bamako.")) == {
        ("Dakar", "Bamako")
    }


def test_to_x_and_to_y_stays_two_ends() -> None:
    r = read("Aid was flown from Nairobi to Juba and to Kampala.")
    assert named_legs(r) == {("Nairobi", "Juba"), ("Nairobi", "Kampala")}


# --- D6: claims about other journeys of movers sharing a noun --------------------------------


def test_two_claims_meeting_only_inside_a_country_are_two_routes() -> None:
    text = (
        "Ivanenko said the children had been moved from Kharkiv to Belgorod last year. "
        "Petrenko said his group had brought home five children from Russia via Moldova "
        "to Odesa this month."
    )
    r = read(
        text,
        [
            ("c1", "the children had been moved from Kharkiv to Belgorod", "Ivanenko"),
            ("c2", "his group had brought home five children from Russia", "Petrenko"),
        ],
    )
    got = [{(a, b) for a, b, _ in legs} for legs in r.route_legs()]
    assert {("Kharkiv", "Belgorod")} in got
    assert {("Russia", "Moldova"), ("Moldova", "Odesa")} in got


def test_claims_whose_legs_connect_share_a_route() -> None:
    text = (
        "Ivanenko said the children were moved from Kharkiv to Belgorod. "
        "Petrenko said the children were later taken from Belgorod to Kursk."
    )
    r = read(
        text,
        [
            ("c1", "the children were moved from Kharkiv to Belgorod", "Ivanenko"),
            ("c2", "the children were later taken from Belgorod to Kursk", "Petrenko"),
        ],
    )
    assert {("Kharkiv", "Belgorod"), ("Belgorod", "Kursk")} in [
        {(a, b) for a, b, _ in legs} for legs in r.route_legs()
    ]
