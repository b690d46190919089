"""Route legs a thirteenth probe left wrong after two rounds: a pronoun opening a quote read
as the subject of an aside ("where relatives live") instead of the men told of; a quote of
another teller chained onto the narrator's leg; a river crossed on the way read as an end;
alternative starts joined by "or"; and one leg told twice.

Passages written for these tests; places are built by hand (as in test_routes.py), so only
the routes stage is measured, over the real spaCy parse.
"""

from __future__ import annotations

from helpers import Read, read_routes

# name: (id, kind, country code, lat, lon), GeoNames coordinates, rounded
GAZ: dict[str, tuple[str, str, str, float, float]] = {
    "Kirkuk": ("gn:94824", "city", "IQ", 35.47, 44.39),
    "Sirnak": ("admin1:TR.80", "admin1", "TR", 37.42, 42.48),
    "Zakho": ("gn:89570", "city", "IQ", 37.14, 42.68),
    "Turkey": ("country:TR", "country", "TR", 39.0, 35.0),
}


def read(text: str) -> Read:
    return read_routes(text, GAZ)


# --- a pronoun opening a quote ---------------------------------------------------------------


def test_they_in_a_quote_are_the_men_not_the_subject_of_an_aside() -> None:
    told = (
        "dozens of young men who came back this spring had since crossed the border into "
        "Turkey's Sirnak province, where cousins live in villages near the border"
    )
    quote = (
        '"They go back to Kirkuk, they find no jobs, and after a month they take the '
        'mountain road to Sirnak,"'
    )
    r = read_routes(
        f"Two elders in Zakho said that {told}. {quote} said one elder.",
        GAZ,
        claims=[("c1", told, "Two elders in Zakho"), ("c2", quote, "one elder")],
    )
    assert r.legs() == {("Kirkuk", "Sirnak", "stated")}
    m = r.movement("take")
    assert m.mover is not None and m.mover.text.split()[-1] == "men"


# --- a river crossed on the way ---------------------------------------------------------------

RIVERS: dict[str, tuple[str, str, str, float, float]] = {
    "Malawi": ("country:MW", "country", "MW", -13.5, 34.0),
    "Zambezi": ("water:zambezi", "water", "MZ", -16.0, 33.5),
    "Beira": ("gn:1052373", "city", "MZ", -19.84, 34.84),
    "Lusaka": ("gn:909137", "city", "ZM", -15.41, 28.29),
}


def test_a_river_crossed_with_no_end_told_is_no_end() -> None:
    r = read_routes(
        "An official said part of the timber may have left through Malawi, across the "
        "Zambezi river, to dodge checks.",
        RIVERS,
    )
    assert r.legs() == set()


def test_crossing_a_river_between_two_places_is_a_stop_between_them() -> None:
    r = read_routes(
        "Drivers said the trucks drove from Beira, crossing the Zambezi river, to Lusaka.",
        RIVERS,
    )
    assert r.legs() == {("Beira", "Zambezi", "stated"), ("Zambezi", "Lusaka", "stated")}


# --- starts told as alternatives -----------------------------------------------------------------

SEAS: dict[str, tuple[str, str, str, float, float]] = {
    "Aden": ("gn:415189", "city", "YE", 12.78, 45.04),
    "Yemen": ("country:YE", "country", "YE", 15.5, 47.5),
    "Djibouti": ("country:DJ", "country", "DJ", 11.8, 42.5),
    "Pakistan": ("country:PK", "country", "PK", 30.0, 70.0),
}


def test_handovers_off_one_port_or_in_a_gulf_are_two_starts() -> None:
    r = read_routes(
        "Two brokers said some shipments were being transferred ship-to-ship off Aden, "
        "Yemen, or in the Gulf of Tadjoura off northern Djibouti before continuing to "
        "Pakistan.",
        SEAS,
    )
    assert r.legs() == {("Aden", "Pakistan", "stated"), ("Djibouti", "Pakistan", "stated")}
    m = r.movement("transferred")
    assert m.mover is not None and m.mover.text == "shipments"
    assert m.origin is None


# --- one leg told twice ------------------------------------------------------------------------

PROVINCES: dict[str, tuple[str, str, str, float, float]] = {
    "Arbil": ("admin1:IQ.11", "admin1", "IQ", 36.24, 44.18),
    "Erbil": ("gn:95446", "city", "IQ", 36.19, 44.01),
    "Mosul": ("gn:99072", "city", "IQ", 36.34, 43.13),
}


def test_a_hop_told_from_a_province_and_from_a_town_in_it_is_one_leg() -> None:
    told = "The families, most of them from camps near Erbil city, travelled in buses to Mosul"
    r = read_routes(
        "Some 300 families left camps in Arbil province on Monday to return to Mosul. "
        f"{told}, the ministry said.",
        PROVINCES,
        claims=[("c1", told, "the ministry")],
    )
    assert r.legs() == {("Erbil", "Mosul", "stated")}
    (leg,) = [leg for route in r.routes for leg in route.legs]
    assert leg.claim_ids == ("c1",)
    assert len(leg.evidence) == 2  # both sentences tell it


def test_hops_from_two_towns_of_a_province_leave_the_province_hop_alone() -> None:
    r = read_routes(
        "Some 300 families left camps in Arbil province on Monday to return to Mosul. "
        "Families from Erbil city and from Mosul travelled to Arbil, an official said.",
        PROVINCES,
        claims=[("c1", "Families from Erbil city and from Mosul travelled to Arbil", "official")],
    )
    assert ("Arbil", "Mosul", "stated") in r.legs()


# --- a start told only in the lead -------------------------------------------------------------

TOWNS: dict[str, tuple[str, str, str, float, float]] = {
    "Fort Smith": ("gn:5955902", "city", "CA", 60.0, -111.89),
    "Calgary": ("gn:5913490", "city", "CA", 51.05, -114.09),
    "Edmonton": ("gn:5946768", "city", "CA", 53.55, -113.47),
}


def test_people_told_in_the_lead_to_flee_a_town_are_the_evacuees_flown_out() -> None:
    r = read_routes(
        "Residents evacuate Fort Smith as fire nears\n\nThe order came late on Thursday. "
        "Officials said roads were closed. Flights took evacuees to Calgary and Edmonton.",
        TOWNS,
    )
    assert r.legs() == {
        ("Fort Smith", "Calgary", "inferred"),
        ("Fort Smith", "Edmonton", "inferred"),
    }


def test_a_flight_of_people_told_later_in_the_story_is_no_lead() -> None:
    r = read_routes(
        "The order came late on Thursday. Officials said roads were closed. Some residents "
        "evacuated Fort Smith by car. Police blocked the highway. Flights took evacuees to "
        "Calgary and Edmonton.",
        TOWNS,
    )
    assert r.legs() == set()


def test_goods_carried_after_a_lead_flight_are_not_the_people() -> None:
    r = read_routes(
        "Residents evacuate Fort Smith as fire nears\n\nThe order came late on Thursday. "
        "Officials said roads were closed. Trucks took supplies to Calgary and Edmonton.",
        TOWNS,
    )
    assert r.legs() == set()
