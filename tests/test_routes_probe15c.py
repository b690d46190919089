"""Route legs with one end told in the movement's own phrases and the other told next to
it (the fifteenth probe): a turn "before turning south towards Y" goes on to Y; "was held
for two days in X before being driven to Y" and "anchored near X, though it later
continued its voyage to Y" start where the movers stayed.

Passages written for these tests; places are built by hand (as in test_routes.py), so only
the routes stage is measured, over the real spaCy parse.
"""

from __future__ import annotations

from helpers import Read, read_routes

# name: (id, kind, country code, lat, lon), GeoNames coordinates, rounded
GAZ: dict[str, tuple[str, str, str, float, float]] = {
    "Greece": ("country:GR", "country", "GR", 39.0, 22.0),
    "Izmir": ("gn:311046", "city", "TR", 38.41, 27.14),
    "Piraeus": ("gn:255274", "city", "GR", 37.94, 23.65),
    "Tijuana": ("gn:3981609", "city", "MX", 32.53, -117.02),
    "Mexicali": ("gn:3996069", "city", "MX", 32.62, -115.45),
    "Paris": ("gn:2988507", "city", "FR", 48.85, 2.35),
    "Berlin": ("gn:2950159", "city", "DE", 52.52, 13.41),
    "Ceyhan": ("gn:320392", "city", "TR", 37.03, 35.82),
    "Trieste": ("gn:3165185", "city", "IT", 45.65, 13.78),
    "Boa Vista": ("gn:3664980", "city", "BR", 2.82, -60.67),
    "Chad": ("country:TD", "country", "TD", 15.0, 19.0),
    "Geneina": ("gn:365618", "city", "SD", 13.45, 22.45),
    "Nyala": ("gn:364103", "city", "SD", 12.05, 24.88),
    "Londrina": ("gn:3458449", "city", "BR", -23.31, -51.16),
    "Paraná": ("admin1:BR.18", "admin1", "BR", -24.5, -51.5),
}


def read(text: str) -> Read:
    return read_routes(text, GAZ, demonyms={"Greek": "Greece"})


# --- a turn told after the passage ----------------------------------------------------------


def test_sailing_through_waters_before_turning_towards_a_port_goes_on_to_the_port() -> None:
    r = read("The freighters sailed through Greek waters before turning east towards Izmir.")
    assert r.legs() == {("Greece", "Izmir", "stated")}


def test_a_turn_with_no_place_after_it_adds_no_end() -> None:
    r = read("The freighters left Piraeus and sailed on before turning east at dawn.")
    assert all(leg[1] not in ("Izmir",) for leg in r.legs())
    assert not any(m.destination is not None for m in r.movements)


# --- a stay told before the journey ---------------------------------------------------------


def test_held_for_days_in_a_town_before_being_driven_on_starts_there() -> None:
    r = read("She said she was held for three days in Tijuana before being driven to Mexicali.")
    assert r.legs() == {("Tijuana", "Mexicali", "stated")}


def test_holding_talks_in_a_city_is_no_stay_of_the_traveller() -> None:
    r = read("The minister held talks in Paris before she drove to Berlin on Friday.")
    assert ("Paris", "Berlin", "stated") not in r.legs()


def test_anchored_near_a_port_then_continued_its_voyage_starts_at_the_port() -> None:
    r = read(
        "A tanker was hit by a drone while anchored near Ceyhan last month, though it later "
        "continued its voyage to Trieste."
    )
    assert r.legs() == {("Ceyhan", "Trieste", "stated")}
    assert [m for _, m, *_ in r.slots()] == ["tanker"]
    assert all(rt.mover != "drone" for rt in r.routes)


def test_continued_its_voyage_alone_keeps_its_end() -> None:
    r = read("The damaged tanker later continued its voyage to Trieste, the navy said.")
    assert [s[4] for s in r.slots()] == ["Trieste"]
    assert r.legs() == set()


def test_another_ship_continuing_takes_no_start_from_the_one_anchored() -> None:
    r = read(
        "A tanker was anchored near Ceyhan last month, though another ship later continued "
        "its voyage to Trieste."
    )
    assert ("Ceyhan", "Trieste", "stated") not in r.legs()


# --- a town told inside its province ----------------------------------------------------------


def test_the_fields_of_a_town_in_a_state_end_at_the_town() -> None:
    r = read("The miners travelled from Boa Vista to the farms of Londrina in Paraná state.")
    assert r.legs() == {("Boa Vista", "Londrina", "stated")}


def test_a_town_told_in_another_country_is_no_town_of_the_frame() -> None:
    r = read("The miners travelled from Boa Vista to the docks of Trieste in Paraná state.")
    assert ("Boa Vista", "Trieste", "stated") not in r.legs()


# --- flight told with the fighting it escaped -------------------------------------------------


def test_fled_into_a_country_as_fighting_raged_around_towns_starts_at_the_towns() -> None:
    r = read(
        "More than 5,000 Sudanese have fled into Chad this month as fighting between the "
        "army and militias intensified around Geneina and Nyala, the agency said."
    )
    assert r.legs() == {("Geneina", "Chad", "stated"), ("Nyala", "Chad", "stated")}


def test_fighting_told_after_a_comma_gives_no_start() -> None:
    r = read("More than 5,000 Sudanese have fled into Chad, the agency said as fighting hit Nyala.")
    assert ("Nyala", "Chad", "stated") not in r.legs()


def test_fled_as_a_season_began_in_a_town_gives_no_start() -> None:
    r = read("More than 5,000 Sudanese have fled into Chad as the rains began in Geneina.")
    assert r.legs() == set()
