"""A body owned by a named region with no state rank sits in that region (actors_divisions)."""

from __future__ import annotations

import pytest

import claimmap
from claimmap.actors import seat_of

TEXT = (
    "Dhows seized in the Gulf of Aden\n"
    "Reuters, 2026-10-30\n"
    "DUBAI (Reuters) - Puntland's maritime police force said on Tuesday it had seized two "
    "dhows near Bosaso. Its commander, Abdirizak Mohamed, told reporters the crews were "
    "Yemeni.\n"
    "Darfur's police force said it had arrested four men in Nyala.\n"
)


@pytest.fixture(scope="module")
def claims() -> dict[str, claimmap.Claim]:
    analysis = claimmap.analyze(claimmap.from_text(TEXT))
    return {c.actor.name: c for c in analysis.claims if c.actor is not None}


@pytest.mark.parametrize(
    ("actor", "country", "seat", "lat"),
    [
        ("Puntland maritime police force", "SO", "Puntland", 9.12),
        ("Abdirizak Mohamed", "SO", "Puntland", 9.12),  # "Its commander": the force's
        ("Darfur police force", "SD", "Darfur", 14.45),
    ],
)
def test_a_regions_body_sits_in_the_region_not_at_the_dateline(
    claims: dict[str, claimmap.Claim], actor: str, country: str, seat: str, lat: float
) -> None:
    claim = claims[actor]
    assert claim.actor is not None and claim.actor.country_code == country
    where = seat_of(claim.actor)
    assert (where.place_name, where.precision) == (seat, "admin1")
    assert where.lat == pytest.approx(lat, abs=0.01)
