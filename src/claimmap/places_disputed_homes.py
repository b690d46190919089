"""A town inside the disputed area the article is about: "a nurse from Martuni" in a story
of Nagorno-Karabakh's exodus is the Karabakh town (Khojavend, which Armenians call Martuni),
not the bigger Armenian namesake by Lake Sevan.

Why a pass of its own: the country counts cannot say it. A disputed area's story names both
sides again and again (Armenia and Azerbaijan), so the country of a name decides nothing, and
the towns of the story lie in both; the area the text names, with its outline, does. A
namesake inside it is preferred to one outside when the gazetteer ranks the two alike.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimmap.model import Candidate
    from claimmap.places_lexicon import GazetteerLike
    from claimmap.places_scoring import Group

log = logging.getLogger(__name__)

#: A town this big is known in its own right and stays the choice.
INSIDE_TOWN_POPULATION = 100_000
#: The namesake inside needs at least this share of the chosen entry's gazetteer score.
INSIDE_SCORE_SHARE = 0.9


def prefer_inside_disputed(groups: dict[str, Group], gaz: GazetteerLike) -> None:
    """Re-choose a small town chosen outside every disputed area the article names when a
    namesake of about the same gazetteer rank lies inside one."""
    areas = [
        g.choice
        for g in groups.values()
        if g.choice is not None and g.choice.kind == "disputed" and g.choice.has_geometry
    ]
    if not areas:
        return
    shapes = [s for s in (gaz.geometry(a.source_id) for a in areas) if s is not None]
    for group in groups.values():
        choice = group.choice
        if (
            choice is None
            or choice.kind != "city"
            or choice.population >= INSIDE_TOWN_POPULATION
            or _inside(choice, shapes)
        ):
            continue
        inside = [
            c
            for c in group.candidates
            if c.kind == "city"
            and not c.fuzzy
            and c.score >= INSIDE_SCORE_SHARE * choice.score
            and _inside(c, shapes)
        ]
        if inside:
            best = max(inside, key=lambda c: c.score)
            group.choice = best
            group.reasons.append(f"inside the disputed area the article names, not {choice.name}")
            log.debug("%s: %s over %s (inside a named disputed area)", group.name, best, choice)


def _inside(cand: Candidate, shapes: list[object]) -> bool:
    from shapely.geometry import Point

    point = Point(cand.lon, cand.lat)
    return any(shape.covers(point) for shape in shapes)  # type: ignore[attr-defined]
