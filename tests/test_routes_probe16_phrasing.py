"""Itineraries told in ways the sixteenth probe found unread: ports a ship "called at", a
walk "with her children from X", a long name the parser broke before "to Y", "smuggled
overland to X", a relative clause whose verb was tagged a noun ("which normally sails"),
"those who made it into X travelled on", a route that "runs from X along the shores of Y",
and the finer place "near" which a border or country end lies.

Passages written for these tests; places are built by hand (as in test_routes.py), so only
the routes stage is measured, over the real spaCy parse.
"""

from __future__ import annotations

from helpers import Read, read_routes

# name: (id, kind, country code, lat, lon), GeoNames coordinates, rounded
GAZ: dict[str, tuple[str, str, str, float, float]] = {
    "Mombasa": ("gn:186301", "city", "KE", -4.05, 39.67),
    "Djibouti": ("gn:223817", "city", "DJ", 11.59, 43.15),
    "Durban": ("gn:1007311", "city", "ZA", -29.86, 31.03),
    "Dakar": ("gn:2253354", "city", "SN", 14.69, -17.44),
    "Busan": ("gn:1838524", "city", "KR", 35.10, 129.04),
    "Colombo": ("gn:1248991", "city", "LK", 6.93, 79.85),
    "Hamburg": ("gn:2911298", "city", "DE", 53.55, 10.0),
    "Poland": ("country:PL", "country", "PL", 52.0, 20.0),
    "Belarus": ("country:BY", "country", "BY", 53.0, 28.0),
    "Terespol": ("gn:756938", "city", "PL", 52.08, 23.62),
    "Brest": ("gn:629634", "city", "BY", 52.10, 23.70),
    "Kismayo": ("gn:55671", "city", "SO", -0.36, 42.55),
    "Dadaab": ("gn:199209", "city", "KE", 0.06, 40.31),
    "Rio Grande do Sul": ("admin1:BR.23", "admin1", "BR", -30.0, -53.5),
    "Santa Catarina": ("admin1:BR.26", "admin1", "BR", -27.04, -51.16),
    "Penang": ("gn:1735106", "city", "MY", 5.41, 100.34),
    "Thailand": ("country:TH", "country", "TH", 15.5, 101.0),
    "Slovenia": ("country:SI", "country", "SI", 46.08, 15.0),
    "Austria": ("country:AT", "country", "AT", 47.33, 13.33),
    "Graz": ("gn:2778067", "city", "AT", 47.07, 15.44),
    "Yemen": ("country:YE", "country", "YE", 15.5, 47.5),
    "Eritrea": ("country:ER", "country", "ER", 15.0, 39.0),
    "Sudan": ("country:SD", "country", "SD", 15.0, 30.0),
    "Somalia": ("country:SO", "country", "SO", 6.0, 46.0),
    "Orsha": ("gn:625818", "city", "BY", 54.51, 30.42),
    "Russia": ("country:RU", "country", "RU", 60.0, 100.0),
}


def read(text: str) -> Read:
    return read_routes(text, GAZ, demonyms={"Polish": "Poland", "Russian": "Russia"})


def legs(r: Read) -> set[tuple[str | None, str | None]]:
    return {(a, b) for a, b, _ in r.legs()}


# --- ports of call ----------------------------------------------------------------------


def test_ship_that_called_at_a_port_takes_its_cargo_there() -> None:
    r = read("The crates left Mombasa on coastal ships that called at Djibouti, customs said.")
    assert r.slots() == [("left", "crates", "Mombasa", [], "Djibouti")]
    assert legs(r) == {("Mombasa", "Djibouti")}


def test_calls_at_two_ports_are_put_in_at_one_after_the_other() -> None:
    r = read("The line said its ships would instead call at Durban and at Dakar next month.")
    m = r.movement("call")
    assert [t.span.text for t in m.transit] == ["Durban"]
    assert m.destination is not None and m.destination.span.text == "Dakar"
    assert ("Durban", "Dakar") in legs(r)


def test_a_name_given_with_called_is_no_port_call() -> None:
    r = read("Navies ran a joint mission called Operation Atlas at sea off Djibouti.")
    assert not any(m.trigger.text == "called" for m in r.movements)


# --- a walk told with companions and a later reaching -----------------------------------


def test_start_hung_on_the_companions_is_the_walkers_start() -> None:
    r = read(
        "Fadumo Ali walked for 20 days with her four children from a village near Kismayo "
        "before she reached the Dadaab refugee camp last month."
    )
    walked = r.movement("walked")
    assert walked.origin is not None and r.name(walked.origin.place_id) == "Kismayo"
    assert ("Kismayo", "Dadaab") in legs(r)


# --- broken names and misread words -----------------------------------------------------


def test_to_phrase_after_a_broken_long_name_is_the_end() -> None:
    r = read(
        "Police believe the cocaine was brought overland through Rio Grande do Sul to "
        "Santa Catarina state, a court filing said."
    )
    m = r.movement("brought")
    assert [r.name(t.place_id) for t in m.transit] == ["Rio Grande do Sul"]
    assert m.destination is not None and r.name(m.destination.place_id) == "Santa Catarina"


def test_smuggled_overland_read_as_a_noun_keeps_its_end() -> None:
    r = read("Officials said birds landed at Penang are later smuggled overland to Thailand.")
    ends = {r.name(m.destination.place_id) for m in r.movements if m.destination is not None}
    assert "Thailand" in ends


def test_relative_clause_verb_tagged_a_noun_is_a_voyage() -> None:
    r = read(
        "The carrier said vessels on its Asia loop, which normally sails from Busan via "
        "Colombo to Hamburg, would be delayed."
    )
    assert ("Busan", "Colombo") in legs(r) and ("Colombo", "Hamburg") in legs(r)


# --- where the movers had got to --------------------------------------------------------


def test_those_who_made_it_into_a_country_go_on_from_there() -> None:
    r = read(
        "Most of those who made it into Slovenia travelled on towards Austria via Graz, "
        "the police said."
    )
    travelled = r.movement("travelled")
    assert travelled.origin is not None and r.name(travelled.origin.place_id) == "Slovenia"
    assert ("Slovenia", "Graz") in legs(r)


def test_route_running_along_shores_passes_them() -> None:
    r = read(
        "Arms routes into Yemen have long run from Eritrea's coast along the shores of "
        "Sudan and Somalia, experts say."
    )
    m = r.movement("routes")
    assert m.origin is not None and r.name(m.origin.place_id) == "Eritrea"
    assert [r.name(t.place_id) for t in m.transit] == ["Sudan", "Somalia"]
    assert m.destination is not None and r.name(m.destination.place_id) == "Yemen"


def test_along_a_bare_road_names_no_stop() -> None:
    r = read("The convoy drove along the main road to Dadaab.")
    assert all(not m.transit for m in r.movements)


# --- the finer end of "X in Y" ----------------------------------------------------------


def test_border_end_near_a_town_ends_at_the_town() -> None:
    r = read(
        "The migrants were bussed to Brest and then pushed towards the Polish border near "
        "the village of Terespol, guards said."
    )
    pushed = r.movement("pushed")
    assert pushed.destination is not None and r.name(pushed.destination.place_id) == "Terespol"
    assert ("Brest", "Terespol") in legs(r)


def test_country_end_near_a_town_of_another_country_stays_the_country() -> None:
    r = read("The soldiers were sent into Poland near Brest, officials said.")
    sent = r.movement("sent")
    assert sent.destination is not None and r.name(sent.destination.place_id) == "Poland"


# --- a stop told alone ------------------------------------------------------------------


def test_stop_told_alone_is_kept_for_joining() -> None:
    r = read(
        "The opposition said 20 rail wagons under guard had passed through Orsha, near the "
        "Russian border, in the past two weeks."
    )
    m = r.movement("passed")
    assert [r.name(t.place_id) for t in m.transit] == ["Orsha"]
    assert m.origin is None and m.destination is None


def test_port_call_after_leaving_a_port_goes_on_from_it() -> None:
    r = read("The frigates could also call at a port in Somalia after leaving Djibouti.")
    assert ("Djibouti", "Somalia") in legs(r)


def test_carrier_calling_at_a_port_hung_on_the_place_left() -> None:
    r = read(
        "The containers left Mombasa, the region's busiest port, on feeder services that "
        "called at Djibouti, where part of each load was taken off."
    )
    assert legs(r) == {("Mombasa", "Djibouti")}
    assert not any(m.trigger.text == "called" for m in r.movements)
