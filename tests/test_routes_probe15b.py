"""Route legs from the fifteenth probe: lists and alternatives are branches from one start,
never a chain ("crossed into X or drifted into Y", "two tankers bound for X and three
heading to Y", "spread across A, B and C"); several starts or ends each make a leg ("at X
and at the port of Y", "bases including X and Y"); options and meant ways are not drawn
as made; a stop told as a noun ("a refuelling stop at X") and "from there to Y" stay on
the way; a gerund is no mover; a country holds its own province, no hop leads into it.

Passages written for these tests; places are built by hand (as in test_routes.py), so only
the routes stage is measured, over the real spaCy parse.
"""

from __future__ import annotations

from helpers import Read, read_routes

# name: (id, kind, country code, lat, lon), GeoNames coordinates, rounded
GAZ: dict[str, tuple[str, str, str, float, float]] = {
    "Chad": ("country:TD", "country", "TD", 15.0, 19.0),
    "Ouaddai": ("admin1:TD.ouaddai", "admin1", "TD", 13.5, 21.0),
    "Sila": ("admin1:TD.sila", "admin1", "TD", 11.5, 21.5),
    "Wadi Fira": ("admin1:TD.wadifira", "admin1", "TD", 15.0, 21.5),
    "Darfur": ("region:darfur", "region", "SD", 13.0, 24.0),
    "Abeche": ("gn:245338", "city", "TD", 13.83, 20.83),
    "Trieste": ("gn:3165185", "city", "IT", 45.65, 13.78),
    "Piraeus": ("gn:255274", "city", "GR", 37.94, 23.65),
    "Gdansk": ("gn:3099434", "city", "PL", 54.35, 18.65),
    "Kiel": ("gn:2891122", "city", "DE", 54.32, 10.13),
    "Minsk": ("gn:625144", "city", "BY", 53.90, 27.57),
    "Brest": ("gn:629634", "city", "BY", 52.10, 23.70),
    "Grodno": ("gn:627904", "city", "BY", 53.68, 23.83),
    "Rotterdam": ("gn:2747891", "city", "NL", 51.92, 4.48),
    "Antwerp": ("gn:2803138", "city", "BE", 51.22, 4.40),
    "Lagos": ("gn:2332459", "city", "NG", 6.45, 3.39),
    "Tapachula": ("gn:3516266", "city", "MX", 14.90, -92.26),
    "Oaxaca": ("gn:3522507", "city", "MX", 17.06, -96.73),
    "Mali": ("country:ML", "country", "ML", 17.0, -4.0),
    "Dakar": ("gn:2253354", "city", "SN", 14.69, -17.44),
    "Niger": ("country:NE", "country", "NE", 17.0, 8.0),
    "Cotonou": ("gn:2394819", "city", "BJ", 6.37, 2.42),
    "Spain": ("country:ES", "country", "ES", 40.0, -4.0),
    "Cuba": ("country:CU", "country", "CU", 22.0, -79.5),
    "Nicaragua": ("country:NI", "country", "NI", 13.0, -85.0),
    "Cairo": ("gn:360630", "city", "EG", 30.06, 31.25),
    "Istanbul": ("gn:745044", "city", "TR", 41.01, 28.95),
    "Madrid": ("gn:3117735", "city", "ES", 40.42, -3.70),
    "Houston": ("gn:4699066", "city", "US", 29.76, -95.36),
    "Shannon": ("gn:2961423", "city", "IE", 52.70, -8.86),
    "Delhi": ("gn:1273294", "city", "IN", 28.65, 77.23),
    "Kenya": ("country:KE", "country", "KE", 1.0, 38.0),
    "Turkana": ("admin1:KE.turkana", "admin1", "KE", 3.3, 35.6),
    "Syria": ("country:SY", "country", "SY", 35.0, 38.0),
    "Jordan": ("country:JO", "country", "JO", 31.0, 36.0),
    "Egypt": ("country:EG", "country", "EG", 27.0, 30.0),
    "Kerman": ("admin1:IR.kerman", "admin1", "IR", 29.5, 57.0),
    "Yazd": ("admin1:IR.yazd", "admin1", "IR", 31.9, 54.4),
    "Iran": ("country:IR", "country", "IR", 32.0, 53.0),
    "Iraq": ("country:IQ", "country", "IQ", 33.0, 44.0),
}


def read(text: str) -> Read:
    return read_routes(text, GAZ)


# --- lists and alternatives are branches, not a chain ------------------------------------------


def test_refugees_spread_across_a_list_of_provinces_make_no_journey() -> None:
    r = read(
        "The agency said the number of Sudanese refugees registered in Chad had risen to "
        "600,000, spread across Ouaddai, Sila and Wadi Fira provinces."
    )
    assert r.legs() == set()


def test_verbs_joined_by_or_set_off_from_the_same_start() -> None:
    r = read(
        "Hundreds of herders driven from Darfur have crossed into Chad or drifted into "
        "Abeche, officials said on Monday."
    )
    assert r.legs() == {("Darfur", "Chad", "stated"), ("Darfur", "Abeche", "stated")}


def test_verbs_joined_by_or_with_no_start_are_not_chained() -> None:
    r = read("Hundreds of herders crossed into Chad or drifted into Abeche, officials said.")
    assert ("Chad", "Abeche", "stated") not in r.legs()


def test_two_counted_parts_with_their_own_ends_are_not_chained() -> None:
    r = read(
        "He said the convoy included two tankers bound for Italy's Trieste port and three "
        "heading to Piraeus."
    )
    assert ("Trieste", "Piraeus", "stated") not in r.legs()
    assert r.slots()[0][1] == "tankers"  # the conjoined clause is no part of the name


# --- several starts or ends --------------------------------------------------------------------


def test_ships_named_as_the_way_carry_their_start_and_a_dated_end() -> None:
    r = read(
        "The troops were carried on three landing ships from the port of Gdansk to Kiel "
        "last week, officials said."
    )
    assert r.legs() == {("Gdansk", "Kiel", "stated")}


def test_bases_including_named_towns_end_at_each_town() -> None:
    r = read(
        '"The first group has been moved from Minsk to military bases in the west, '
        'including Brest and Grodno," the ministry said.'
    )
    assert r.legs() == {("Minsk", "Brest", "stated"), ("Minsk", "Grodno", "stated")}


def test_loaded_at_two_ports_starts_at_both() -> None:
    r = read(
        "The ships were loaded at Rotterdam and at the port of Antwerp and unloaded at "
        "Lagos, port officials said."
    )
    assert r.legs() == {("Rotterdam", "Lagos", "stated"), ("Antwerp", "Lagos", "stated")}


def test_put_on_buses_to_a_town_is_a_journey() -> None:
    r = read("The migrants were later put on buses from Tapachula to Oaxaca, officials said.")
    assert r.legs() == {("Tapachula", "Oaxaca", "stated")}


# --- options and meant ways --------------------------------------------------------------------


def test_options_weighed_are_meant_and_each_keeps_its_own_way() -> None:
    r = read(
        "Officials were studying two options: sending the convoy west through Mali to the "
        "port of Dakar, or east across Niger to reach Cotonou."
    )
    assert set(r.moods().values()) <= {"intended"}
    assert all("Niger" not in (a, b) or b != "Dakar" for a, b, _ in r.legs())
    assert all(m.mood == "intended" for m in r.movements)


def test_a_way_taken_instead_of_a_meant_one_does_not_start_there() -> None:
    r = read(
        '"He was supposed to go through Spain, but the smuggler sent him via Cuba and '
        'Nicaragua instead," his father said.'
    )
    assert ("Spain", "Cuba", "stated") not in r.legs()
    assert ("Cuba", "Nicaragua", "stated") in r.legs()


# --- stops on the way --------------------------------------------------------------------------


def test_and_from_there_to_is_the_next_hop() -> None:
    r = read(
        "He said he flew from Lagos to Cairo in May, then went on to Istanbul and from "
        "there to Madrid."
    )
    assert {("Cairo", "Istanbul", "stated"), ("Istanbul", "Madrid", "stated")} <= r.legs()


def test_a_refuelling_stop_before_reaching_the_end_is_on_the_way() -> None:
    r = read(
        "Police said the plane, which took off from Houston, made a refuelling stop at "
        "Shannon before reaching Delhi."
    )
    assert r.legs() == {("Houston", "Shannon", "stated"), ("Shannon", "Delhi", "stated")}


def test_distance_flown_over_countries_keeps_them_as_stops() -> None:
    r = read("The drones flew about 900 kilometres over Syria and Jordan before reaching Egypt.")
    assert r.legs() == {("Syria", "Jordan", "stated"), ("Jordan", "Egypt", "stated")}


def test_provinces_named_in_a_region_start_at_the_provinces() -> None:
    r = read("The missiles were launched from Kerman and Yazd provinces in central Iran to Iraq.")
    assert r.legs() == {("Kerman", "Iraq", "stated"), ("Yazd", "Iraq", "stated")}


# --- gerunds and a country's own province ------------------------------------------------------


def test_a_country_leads_into_no_province_of_its_own_and_a_gerund_moves_nothing() -> None:
    r = read(
        "Rangers tracked poachers walking north towards the Kenyan border, crossing into "
        "Kenya's Turkana county."
    )
    assert ("Kenya", "Turkana", "stated") not in r.legs()
    assert all(s[1] != "walking" and (s[1] or "").find("walking") < 0 for s in r.slots())


def test_a_counted_part_that_travelled_on_goes_on_from_the_first_end() -> None:
    r = read(
        "Officials said 2,000 herders had crossed into Darfur, most of them reaching Abeche, "
        "while several hundred had travelled on to Cairo."
    )
    assert ("Abeche", "Cairo", "stated") in r.legs()
