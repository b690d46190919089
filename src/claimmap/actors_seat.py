"""A claim source's seat, and the gazetteer look-ups that find one.

:mod:`claimmap.actors` decides *which* place an actor sits at; this module holds what that
answer is (:class:`Seat`) and the exact, unfuzzy look-ups of a governed place or a
region's seat it is built from, so the readers of stated places share them.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Literal

from claimmap.actors_table import normalize
from claimmap.model import Actor, Candidate

#: "admin1" is region precision: a state, or a county or province (place kind "admin2").
SeatPrecision = Literal["exact", "city", "admin1", "country", "unplaced"]
#: Place kinds a seat may be: a city, a first- or second-level subdivision.
SEAT_KINDS = ("city", "admin1", "admin2")


@dataclass(frozen=True)
class Seat:
    """The point a claim source is drawn at, how sure that is, and why."""

    actor: str
    place_name: str | None
    lat: float | None
    lon: float | None
    precision: SeatPrecision
    source: str
    reason: str

    @classmethod
    def unplaced(cls, actor: str, reason: str) -> Seat:
        """No point on the map for ``actor``, and why."""
        return cls(actor, None, None, None, "unplaced", "", reason)


def gazetteer_seat(actor: Actor, seat: Candidate, precision: str, reason: str) -> Seat:
    """A seat at a gazetteer entry."""
    return Seat(
        actor=actor.name,
        place_name=seat.name,
        lat=seat.lat,
        lon=seat.lon,
        precision=precision,  # type: ignore[arg-type]
        source=f"gazetteer {seat.source_id}",
        reason=reason,
    )


def locate_jurisdiction(
    label: str, country: str | None, kind: str | None = None
) -> Candidate | None:
    """The state, county or city a label names ("Ohio", "Kent", "Springfield, Massachusetts"),
    exactly (no fuzzy match, no name cut short: "Clay County" is not a town of Clay); None for
    a country ("Georgia" is the US state only where a governor prefers a state).

    Args:
        label: the place, optionally followed by ", <its first-level subdivision>".
        country: the ISO code it must lie in, or None for any.
        kind: "city", "admin1" or "admin2" to prefer (a mayor governs a city, a governor a state).
    """
    from claimmap.gazetteer import default_gazetteer

    name, _, within = (part.strip() for part in label.partition(","))
    if not name:
        return None
    gaz = default_gazetteer()
    exact = [
        c
        for c in gaz.lookup(name, country=country, kind=kind, limit=10, fuzzy=False)
        if normalize(c.matched_name) == normalize(name)
        and (country is None or c.country_code == country)
    ]
    if not exact or exact[0].kind not in SEAT_KINDS:
        return None
    found = [c for c in exact if c.kind in SEAT_KINDS]
    if within:
        regions = {
            c.admin1
            for c in gaz.lookup(within, country=country, kind="admin1", limit=3, fuzzy=False)
            if c.kind == "admin1"
        }
        found = [c for c in found if c.admin1 in regions and c.kind == "city"] or found
    elif found[0].kind == "admin2" and len({c.admin1 for c in found if c.kind == "admin2"}) > 1:
        return None  # "Clay County" of several states, none named: no one of them
    return found[0]


@functools.lru_cache(maxsize=256)
def admin_seat(admin1: str) -> Candidate | None:
    """The seat of a first-level subdivision ("US.TX" → Austin), from the gazetteer."""
    from claimmap.gazetteer import default_gazetteer

    return default_gazetteer().admin1_seat(admin1)
