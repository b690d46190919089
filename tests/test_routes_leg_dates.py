"""A leg is dated by the movements that tell its own ends, not by every movement of its
route (routes_dates): "sailed from A across B and passed C on Saturday; reappeared off D on
Monday" dates A → B → C to Saturday and C → D from Saturday to Monday.

Passages written for these tests; the whole pipeline runs on them.
"""

from __future__ import annotations

from datetime import date

import pytest

import claimmap

VOYAGE = (
    "According to the coast guard, the tanker Olympia sailed from Piraeus across the Aegean "
    "Sea and passed through the Dardanelles on Saturday. The ship later reappeared off "
    "Constanta on Monday, officials said."
)


@pytest.fixture(scope="module")
def legs() -> list[tuple[str, str, date | None, date | None]]:
    a = claimmap.analyze(claimmap.from_text(VOYAGE, "voyage", published="2025-03-20"))
    name = {p.id: p.name for p in a.places}
    return [
        (name[leg.from_place], name[leg.to_place], leg.date_start, leg.date_end)
        for route in a.routes
        for leg in route.legs
    ]


def test_legs_before_the_dated_crossing_take_its_day(legs: list) -> None:
    saturday = date(2025, 3, 15)
    assert ("Piraeus", "Aegean Sea", saturday, saturday) in legs
    assert ("Aegean Sea", "Dardanelles", saturday, saturday) in legs


def test_last_leg_runs_from_the_crossing_to_the_arrival(legs: list) -> None:
    assert ("Dardanelles", "Constanţa", date(2025, 3, 15), date(2025, 3, 17)) in legs
