"""A claimant stated to be in a town sits in the town of that very name, not in a bigger
city that has the name only as another language's form (San Luis, Arizona vs St. Louis,
"San Luis" in Spanish)."""

from __future__ import annotations

import claimmap
from claimmap.actors import seat_of
from claimmap.documents import from_text
from claimmap.model import Actor

TEXT = """Trucks stopped at Arizona crossing
AP, 2026-03-02
YUMA, Arizona (AP) — A Border Patrol agent in San Luis said on Monday that two pickup \
trucks carrying rifles had been stopped at the southbound lanes.
"""


def test_agent_in_town_sits_in_the_town_of_that_name() -> None:
    analysis = claimmap.analyze(from_text(TEXT, doc_id="sanluis"))
    (claim,) = analysis.claims
    assert claim.actor is not None and claim.actor.located == "San Luis"
    seat = seat_of(claim.actor)
    assert seat.place_name == "San Luis"
    assert 32.3 < seat.lat < 32.7 and -115.0 < seat.lon < -114.5  # Arizona, not Missouri


def test_alias_still_seats_when_no_town_has_the_name() -> None:
    seat = seat_of(Actor("port official", "person", country_code="LY", located="Misurata"))
    assert seat.place_name == "Misratah"  # the city GeoNames calls Misratah
