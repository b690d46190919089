"""Distances between gazetteer candidates, and the radius within which a place of the article
supports a town.

Why a module of its own: scoring, the namesake and town-or-area rules and the vetoes all
measure how far one candidate lies from the others; this leaf keeps the one great-circle
formula they share without tying them to the scoring module.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimmap.model import Candidate


LOCAL_KM = 300.0  # a town this close to another place of the article is supported by it


def km(a: Candidate, b: Candidate) -> float:
    """Great-circle distance in km between two candidates' points (haversine)."""
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dl = math.radians(b.lon - a.lon)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def accompanied(points: list[Candidate], reach: float) -> list[Candidate]:
    """The places with another of ``points`` within ``reach`` km: a lone place far from the
    rest (a London-based watchdog in a story about Darfur) vouches for no hamlet beside it.
    All of ``points`` when none has company (an article of scattered places)."""
    kept = [p for p in points if any(q is not p and km(p, q) < reach for q in points)]
    return kept or points
