"""Movements on wire-style patterns found by a fourth probe of unseen articles: a ship
anchored off a place at the end of its voyage, a vessel followed by a warship as it moved,
a bare direction that goes on with the movement ("and then south to X"), a second ship
that is not the first, goods "shipped on to X", a noun after "to" misread as a verb, and
two movements whose places between are both unresolved, "no plans to enter X" (who had
the plans, negated) and "via the waters off X".

Passages written for these tests; places are built by hand (as in test_routes.py), so only
the routes stage is measured, over the real spaCy parse.
"""

from __future__ import annotations

import pytest
from helpers import Read, read_routes

# name: (id, kind, country code, lat, lon), GeoNames coordinates, rounded
GAZ: dict[str, tuple[str, str, str, float, float]] = {
    "Hobyo": ("gn:57000", "city", "SO", 5.35, 48.53),
    "Galmudug": ("gn:7909807", "admin1", "SO", 5.5, 47.5),
    "Berbera": ("gn:64435", "city", "SO", 10.44, 45.01),
    "Kismayo": ("gn:55671", "city", "SO", -0.36, 42.55),
    "Djibouti": ("gn:223817", "city", "DJ", 11.59, 43.15),
    "Sfax": ("gn:2467454", "city", "TN", 34.74, 10.76),
    "Malta": ("gn:2562770", "country", "MT", 35.92, 14.41),
    "Sicily": ("gn:2523119", "admin1", "IT", 37.75, 14.25),
    "Ruhengeri": ("gn:201521", "city", "RW", -1.5, 29.63),
    "Masisi": ("gn:209228", "city", "CD", -1.4, 28.82),
    "Kisoro": ("gn:230584", "city", "UG", -1.28, 29.69),
    "Kiwanja": ("gn:7626300", "city", "CD", -1.17, 29.45),
    "Chile": ("gn:3895114", "country", "CL", -30.0, -71.0),
    "Argentina": ("gn:3865483", "country", "AR", -34.0, -64.0),
    "Ningbo": ("gn:1799397", "city", "CN", 29.88, 121.55),
}


def read(text: str) -> Read:
    return read_routes(text, GAZ, None, {})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Gunmen have sailed the tanker to the coast of Galmudug and anchored it off Hobyo, "
            "the navy said.",
            [("sailed", "Gunmen", None, ["coast of Galmudug"], "Hobyo")],
            id="anchored-off-ends-the-voyage",
        ),
        pytest.param(
            "A frigate tracked the freighter as it moved from Djibouti towards Berbera and then "
            "south to Kismayo.",
            [("moved", "freighter", "Djibouti", ["Berbera"], "Kismayo")],
            id="followed-ship-and-onward-direction",
        ),
    ],
)
def test_slots(text: str, expected: list[tuple[object, ...]]) -> None:
    assert read(text).slots() == expected


def test_a_halt_with_its_own_subject_is_not_the_end() -> None:
    r = read("The crew sailed the tanker to Berbera and the navy anchored a frigate off Hobyo.")
    sailed = r.movement("sailed")
    assert sailed.destination is not None and r.name(sailed.destination.place_id) == "Berbera"


def test_follower_is_kept_when_the_clause_is_not_about_the_followed() -> None:
    r = read("The convoy moved from Djibouti to Berbera as it had planned.")
    assert r.slots() == [("moved", "convoy", "Djibouti", [], "Berbera")]


def test_a_second_ship_is_another_route_and_on_to_goes_on() -> None:
    r = read(
        "The tanker had sailed from Sfax to a point at sea before transferring its cargo to a "
        "second ship bound for Malta, investigators said. The fuel was then shipped on to "
        "Sicily, prosecutors said."
    )
    assert ("Sfax", "Malta") not in legs(r)
    shipped = r.movement("shipped")
    assert shipped.destination is not None and shipped.destination.span.text == "Sicily"


def test_positions_in_x_misread_as_a_verb_is_the_destination() -> None:
    r = read(
        "The report said rifles were trucked from Ruhengeri through Kisoro to rebel positions "
        "in Masisi."
    )
    assert r.slots() == [("trucked", "rifles", "Ruhengeri", ["Kisoro"], "Masisi")]


def test_legs_with_no_place_in_common_are_not_joined() -> None:
    r = read(
        "He said 2,000 soldiers had crossed from Ruhengeri into Nyiragongo district and were "
        "moving north from Rwanguba towards Kiwanja."
    )
    assert ("Ruhengeri", "Kiwanja") not in legs(r)


def legs(r: Read) -> set[tuple[str | None, str | None]]:
    return {(r.name(leg.from_place), r.name(leg.to_place)) for x in r.routes for leg in x.legs}


def test_no_plans_to_enter_is_the_planners_denied_movement() -> None:
    r = read("The embassy said the flotilla had no plans to enter Argentina's waters.")
    enter = r.movement("enter")
    assert enter.mover is not None and enter.mover.text == "flotilla"
    assert enter.negated


def test_plans_to_enter_are_not_negated() -> None:
    r = read("The embassy said the flotilla had plans to enter Argentina's waters.")
    assert not r.movement("enter").negated


def test_via_the_waters_off_x_is_a_stop() -> None:
    r = read("The boats had arrived in Chile from Ningbo via the waters off Argentina.")
    assert r.slots() == [("arrived", "boats", "Ningbo", ["waters off Argentina"], "Chile")]


def test_operating_around_x_after_a_move_is_where_it_went() -> None:
    r = read(
        "A fleet of trawlers has moved from Ningbo across the ocean and is now operating just "
        "outside the zone around Chile, the navy said."
    )
    moved = r.movement("moved")
    assert moved.destination is not None and r.name(moved.destination.place_id) == "Chile"
    assert ("Ningbo", "Chile") in legs(r)
