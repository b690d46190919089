"""Movement extraction from the eighteenth probe: a ship that "docked in X" or "is
expected in X" arrived or will arrive there; a ship "called at X" that the parser read as
a naming clause still put in at X; people "registered in X before being moved" set off
from X; people named by nationality crossing into another country came from their own;
"destined for X" is meant, and a route the movers were only told of is possible; a
craft's failed engine is not what drifted on; "it" after a named craft is that craft; a
row of sources before "said" is not part of the destination.

Passages written for these tests; places are built by hand (as in test_routes.py), so only
the movement and routes stages are measured, over the real spaCy parse.
"""

from __future__ import annotations

from helpers import Read, read_routes

# name: (id, kind, country code, lat, lon), GeoNames coordinates, rounded
GAZ: dict[str, tuple[str, str, str, float, float]] = {
    "Callao": ("gn:3946083", "city", "PE", -12.06, -77.15),
    "Cristobal": ("gn:3712076", "city", "PA", 9.35, -79.90),
    "Rotterdam": ("gn:2747891", "city", "NL", 51.92, 4.48),
    "Gdansk": ("gn:3099434", "city", "PL", 54.35, 18.65),
    "Niger": ("country:NE", "country", "NE", 17.0, 9.0),
    "Mali": ("country:ML", "country", "ML", 17.0, -4.0),
    "Ayorou": ("gn:2448085", "city", "NE", 14.73, 0.92),
    "Tillaberi": ("gn:2439376", "city", "NE", 14.21, 1.45),
    "Burkina Faso": ("country:BF", "country", "BF", 12.5, -1.67),
    "Germany": ("country:DE", "country", "DE", 51.5, 10.5),
    "Tangier": ("gn:2530335", "city", "MA", 35.77, -5.80),
    "Algeciras": ("gn:2522013", "city", "ES", 36.13, -5.45),
    "Australia": ("country:AU", "country", "AU", -25.0, 135.0),
    "Java Sea": ("water:java-sea", "water", "", -5.0, 110.0),
    "Russia": ("country:RU", "country", "RU", 60.0, 100.0),
    "Syria": ("country:SY", "country", "SY", 35.0, 38.0),
}


def read(text: str, demonyms: dict[str, str] | None = None) -> Read:
    return read_routes(text, GAZ, demonyms=demonyms)


def ends(r: Read) -> list[tuple[str, str | None, str | None]]:
    names = {p.id: p.name for p in r.places}

    def name(ref: object) -> str | None:
        pid = getattr(ref, "place_id", None)
        return names.get(pid) if pid else None

    return [(m.trigger.text, name(m.origin), name(m.destination)) for m in r.movements]


# --- arrivals told as docking or as awaited ------------------------------------------------


def test_docked_in_is_an_arrival_of_the_craft_named_before() -> None:
    r = read("The freighter left Callao in May. It docked in Rotterdam on June 2.")
    docked = r.movement("docked")
    assert r.name(docked.destination.place_id if docked.destination else None) == "Rotterdam"
    assert docked.mover is not None and docked.mover.text == "freighter"
    assert docked.mood == "made"


def test_expected_in_is_an_intended_arrival() -> None:
    r = read("The tanker is expected in Gdansk early next week, the port authority said.")
    expected = r.movement("expected")
    assert r.name(expected.destination.place_id if expected.destination else None) == "Gdansk"
    assert expected.mover is not None and expected.mover.text == "tanker"
    assert expected.mood == "intended"


def test_expected_to_arrive_is_not_read_twice() -> None:
    r = read("The tanker is expected to arrive in Gdansk on Monday.")
    assert [m.trigger.text for m in r.movements] == ["arrive"]


def test_ship_called_at_a_port_misread_as_naming_still_stops_there() -> None:
    r = read(
        "The ship called at Cristobal, on the Caribbean side of the canal, before "
        "crossing the Atlantic, according to the statement."
    )
    assert ("called", None, "Cristobal") in ends(r)


def test_a_ship_called_by_a_name_is_no_port_call() -> None:
    r = read("A ship called Cristobal Star left Callao on Monday.")
    assert [m.trigger.text for m in r.movements] == ["left"]


# --- where a move set off -------------------------------------------------------------------


def test_registered_in_a_town_before_being_moved_sets_off_there() -> None:
    r = read(
        "The new arrivals were registered in Ayorou before being moved by bus to a camp "
        "near Tillaberi, the agency said."
    )
    assert ("moved", "Ayorou", "Tillaberi") in ends(r)


def test_demonym_movers_crossing_into_another_country_come_from_their_own() -> None:
    r = read(
        "About 4,000 Malians crossed into Niger through Ayorou last month.",
        demonyms={"Malians": "Mali"},
    )
    crossed = r.movement("crossed")
    assert r.name(crossed.origin.place_id if crossed.origin else None) == "Mali"
    assert crossed.origin is not None and crossed.origin.span.text == "Malians"


def test_demonym_movers_with_a_told_start_keep_it() -> None:
    r = read(
        "Hundreds of Malians crossed into Niger from Burkina Faso.",
        demonyms={"Malians": "Mali"},
    )
    assert ends(r) == [("crossed", "Burkina Faso", "Niger")]


def test_demonym_movers_crossing_into_a_town_get_no_start() -> None:
    r = read("Hundreds of Malians crossed into Ayorou on Monday.", {"Malians": "Mali"})
    assert ends(r) == [("crossed", None, "Ayorou")]


def test_demonym_movers_going_home_get_no_start() -> None:
    r = read("Dozens of Syrian refugees crossed into Syria on Monday.", {"Syrian": "Syria"})
    assert ends(r) == [("crossed", None, "Syria")]


# --- moods ----------------------------------------------------------------------------------


def test_destined_for_is_intended() -> None:
    r = read("Police said the heroin was reportedly destined for a network in Germany.")
    assert r.movement("destined").mood == "intended"


def test_route_the_movers_were_told_of_is_possible() -> None:
    r = read(
        "The migrants said they were told by smugglers that a new boat route from Tangier "
        "to Algeciras was safer."
    )
    route = r.movement("route")
    assert (r.name(route.origin.place_id if route.origin else None), route.mood) == (
        "Tangier",
        "possible",
    )


def test_route_the_police_described_stays_made() -> None:
    r = read("Police said smugglers used a boat route from Tangier to Algeciras last year.")
    assert r.movement("route").mood == "made"


# --- movers and spans -----------------------------------------------------------------------


def test_a_failed_engine_is_not_the_mover_of_its_craft() -> None:
    r = read(
        "The trawler's engine failed in the Java Sea and it drifted for days before "
        "reaching Australia."
    )
    reaching = r.movement("reaching")
    assert reaching.mover is not None and reaching.mover.text == "trawler"


def test_sources_after_the_destination_are_not_part_of_it() -> None:
    r = read("The fighters were flown to Russia, Western diplomats and Malian sources said.")
    flown = r.movement("flown")
    assert flown.destination is not None and flown.destination.span.text == "Russia"


def test_a_row_of_places_before_said_stays_whole() -> None:
    r = read("The sailors were taken to Tangier and Algeciras, port officials said.")
    taken = r.movement("taken")
    assert taken.destination is not None
    assert taken.destination.span.text == "Tangier and Algeciras"


def test_site_kind_read_as_an_infinitive_still_names_the_end() -> None:
    r = read(
        "The rockets had been brought from Syria and then driven to Tangier, before being "
        "moved north to storage sites near Algeciras."
    )
    moved = r.movement("moved")
    assert r.name(moved.destination.place_id if moved.destination else None) == "Algeciras"
