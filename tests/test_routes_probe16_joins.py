"""Route joins from the sixteenth probe: a start read off the movers' description is where
the first step set off, not every step; stops told twice by two readings of one sentence
make no hop back; an end the text goes on from is no end to infer from; movers of two
sides meeting at one town are two routes; "the planes" names the aircraft told before; a
way told in an "after" clause lies before the end; and a leg between neighbouring
countries claims no centroid-to-centroid length.

Passages written for these tests; places are built by hand (as in test_routes.py), so only
the routes stage is measured, over the real spaCy parse.
"""

from __future__ import annotations

import pytest
from helpers import Read, read_routes

from claimmap.model import Place
from claimmap.routes_frame import km, leg_km

# name: (id, kind, country code, lat, lon), GeoNames coordinates, rounded
GAZ: dict[str, tuple[str, str, str, float, float]] = {
    "Tunis": ("gn:2464470", "city", "TN", 36.82, 10.17),
    "Rome": ("gn:3169070", "city", "IT", 41.89, 12.51),
    "Madrid": ("gn:3117735", "city", "ES", 40.42, -3.70),
    "Sfax": ("gn:2467454", "city", "TN", 34.74, 10.76),
    "Laos": ("country:LA", "country", "LA", 18.0, 105.0),
    "Myanmar": ("country:MM", "country", "MM", 21.0, 96.0),
    "Bangladesh": ("country:BD", "country", "BD", 24.0, 90.0),
    "India": ("country:IN", "country", "IN", 22.0, 79.0),
    "Nairobi": ("gn:184745", "city", "KE", -1.28, 36.82),
    "Kismayo": ("gn:55671", "city", "SO", -0.36, 42.55),
    "Afmadow": ("gn:64536", "city", "SO", 0.51, 42.07),
    "Jilib": ("gn:56166", "city", "SO", 0.49, 42.79),
    "Baidoa": ("gn:64013", "city", "SO", 3.11, 43.65),
    "Tripoli": ("gn:2210247", "city", "LY", 32.89, 13.19),
    "Ankara": ("gn:323786", "city", "TR", 39.92, 32.85),
    "Jeddah": ("gn:105343", "city", "SA", 21.54, 39.17),
    "Djibouti": ("gn:223817", "city", "DJ", 11.59, 43.15),
    "Bab el-Mandeb": ("water:bab-el-mandeb", "water", "", 12.58, 43.33),
    "Ukraine": ("country:UA", "country", "UA", 49.0, 32.0),
    "Poland": ("country:PL", "country", "PL", 52.0, 20.0),
    "Berbera": ("gn:64435", "city", "SO", 10.44, 45.01),
    "Bosaso": ("gn:64013b", "city", "SO", 11.28, 49.18),
    "Hargeisa": ("gn:57289", "city", "SO", 9.56, 44.06),
    "Mukalla": ("gn:78754", "city", "YE", 14.54, 49.12),
    "Somalia": ("country:SO", "country", "SO", 6.0, 46.0),
    "Paraguay": ("country:PY", "country", "PY", -23.18, -58.42),
    "Parana": ("admin1:BR.18", "admin1", "BR", -24.66, -51.32),
    "Santa Catarina": ("admin1:BR.26", "admin1", "BR", -27.04, -51.16),
    "Itajai": ("gn:3460845", "city", "BR", -26.91, -48.66),
    "Europe": ("region:europe", "region", "", 48.69, 9.14),
    "Mombasa": ("gn:186301", "city", "KE", -4.05, 39.67),
    "Kampala": ("gn:232422", "city", "UG", 0.32, 32.58),
}


def read(text: str) -> Read:
    return read_routes(text, GAZ)


def legs(r: Read) -> set[tuple[str, str]]:
    names = {p.id: p.name for p in r.places}
    return {(names[leg.from_place], names[leg.to_place]) for rt in r.routes for leg in rt.legs}


def routes_of(r: Read) -> list[set[tuple[str, str]]]:
    names = {p.id: p.name for p in r.places}
    return [{(names[g.from_place], names[g.to_place]) for g in rt.legs} for rt in r.routes]


# --- a start told in the movers' description --------------------------------------------


def test_start_of_a_relative_clause_is_not_the_start_of_the_next_step() -> None:
    r = read(
        "Hundreds of refugees who flew to Tunis from Rome and Madrid were driven by police "
        "to the town of Sfax, the ministry said."
    )
    assert legs(r) == {("Rome", "Tunis"), ("Madrid", "Tunis"), ("Tunis", "Sfax")}


def test_fronted_start_shared_by_two_alternative_ends_stays_shared() -> None:
    r = read(
        "The cargo was unloaded at Berbera. From there, the officials said, it would have "
        "been trucked to Hargeisa or shipped onward to Bosaso."
    )
    assert ("Hargeisa", "Bosaso") not in legs(r)


# --- stops told twice -------------------------------------------------------------------


def test_stops_read_twice_make_no_hop_back() -> None:
    r = read(
        "The women left Laos in 2015, crossing through Myanmar and Bangladesh into India, "
        "the group said."
    )
    got = legs(r)
    assert ("Bangladesh", "Myanmar") not in got
    assert {("Laos", "Myanmar"), ("Myanmar", "Bangladesh"), ("Bangladesh", "India")} <= got


# --- inferred legs ----------------------------------------------------------------------


def _inferred(r: Read) -> set[tuple[str, str]]:
    names = {p.id: p.name for p in r.places}
    return {
        (names[g.from_place], names[g.to_place])
        for rt in r.routes
        for g in rt.legs
        if g.status == "inferred"
    }


def test_no_inferred_hop_from_a_stop_the_text_goes_on_from() -> None:
    r = read(
        "The boat was heading for Berbera, officials said. From there, the cargo would "
        "likely have been shipped onward to Hargeisa, they said. Traders said the ships "
        "often sail from Mukalla to Bosaso before crossing to Djibouti. Officials called "
        "for checks on ships heading to Hargeisa."
    )
    assert ("Bosaso", "Hargeisa") not in _inferred(r)
    assert ("Mukalla", "Bosaso") in legs(r)


def test_no_inferred_hop_from_a_country_into_a_town_inside_it() -> None:
    r = read(
        "Smugglers' boats sail from Mukalla to Somalia, traders said. Officials called for "
        "checks on boats heading to Hargeisa. The boats were bound for Hargeisa, a report said."
    )
    assert ("Somalia", "Hargeisa") not in _inferred(r)


def test_no_inferred_hop_from_a_province_whose_port_the_text_ships_from() -> None:
    r = read(
        "Investigators believe the cocaine was produced in Paraguay and brought overland "
        "through Parana to Santa Catarina state. A gang shipped the cocaine from the port "
        "of Itajai to Europe. Much of the cocaine seized there was bound for Europe."
    )
    assert ("Santa Catarina", "Europe") not in _inferred(r)
    assert ("Itajai", "Europe") in legs(r)


# --- movers of two sides ----------------------------------------------------------------


def test_movers_of_two_sides_meeting_at_one_town_are_two_routes() -> None:
    r = read(
        "The army said its soldiers had been flown from Nairobi to Kismayo and then driven "
        "to Afmadow. According to monitors, small groups of militants left Afmadow in June "
        "and moved through Jilib towards Baidoa."
    )
    parts = routes_of(r)
    assert len(parts) == 2
    soldiers = next(p for p in parts if ("Nairobi", "Kismayo") in p)
    assert ("Afmadow", "Jilib") not in soldiers


def test_the_same_movers_named_again_still_join() -> None:
    r = read(
        "Rebels left Kismayo for Afmadow, residents said. The rebels then moved from "
        "Afmadow to Baidoa, a local official said."
    )
    assert len(r.routes) == 1
    assert legs(r) >= {("Kismayo", "Afmadow"), ("Afmadow", "Baidoa")}


# --- halves in neighbouring sentences ---------------------------------------------------


def test_planes_named_again_join_the_aircraft_told_before() -> None:
    r = read(
        "Three Turkish military aircraft carrying medics landed in Tripoli on Monday, "
        "Libyan officials said. The planes flew in from Ankara overnight, an airport "
        "official said."
    )
    assert legs(r) == {("Ankara", "Tripoli")}
    assert r.routes[0].legs[0].status == "inferred"


def test_way_told_in_an_after_clause_lies_before_the_end() -> None:
    r = read(
        "A navy vessel left the port of Jeddah last week and should dock at Djibouti within "
        "days after sailing through the Bab el-Mandeb strait, the authority said."
    )
    assert legs(r) == {("Jeddah", "Bab el-Mandeb"), ("Bab el-Mandeb", "Djibouti")}


def test_a_journey_told_back_after_a_seizure_ends_where_it_was_seized() -> None:
    r = read(
        "Police in Mombasa seized 300 kilograms of ivory on Friday. The tusks had been "
        "trucked from Kampala via Nairobi, the police said."
    )
    assert legs(r) == {("Kampala", "Nairobi"), ("Nairobi", "Mombasa")}
    assert _inferred(r) == {("Nairobi", "Mombasa")}
    assert len(r.routes) == 1


def test_a_journey_of_other_goods_after_a_seizure_ends_nowhere() -> None:
    r = read(
        "Police in Mombasa seized 300 kilograms of ivory on Friday. Rhino horns were "
        "trucked from Kampala via Nairobi last year, the police said."
    )
    assert ("Nairobi", "Mombasa") not in legs(r)


# --- lengths of legs between neighbours -------------------------------------------------


def _place(pid: str, kind: str, cc: str, lat: float, lon: float, area: bool = False) -> Place:
    return Place(pid, "t", pid, kind, cc, pid, lat, lon, (), has_geometry=area)  # type: ignore[arg-type]


def test_neighbouring_countries_claim_no_length() -> None:
    r = read("Thousands of refugees were moved from Ukraine to Poland, officials said.")
    (leg,) = [g for rt in r.routes for g in rt.legs]
    assert leg.distance_km is None


def test_country_to_a_town_of_a_neighbour_runs_from_the_border() -> None:
    russia = _place("country:RU", "country", "RU", 59.53, 97.84, area=True)
    minsk = _place("gn:625144", "city", "BY", 53.90, 27.57)
    length = leg_km(russia, minsk)
    assert length is not None and 150 < length < 400  # not the 4,000+ km from Siberia
    assert km(russia, minsk) > 4000


def test_legs_between_points_or_far_countries_keep_their_length() -> None:
    egypt = _place("country:EG", "country", "EG", 27.0, 30.0, area=True)
    somalia = _place("country:SO", "country", "SO", 6.0, 46.0, area=True)
    cairo = _place("gn:360630", "city", "EG", 30.06, 31.25)
    tunis = _place("gn:2464470", "city", "TN", 36.82, 10.17)
    assert leg_km(egypt, somalia) == pytest.approx(km(egypt, somalia))
    assert leg_km(cairo, tunis) == pytest.approx(km(cairo, tunis))
