"""The division a claimant is said to be in when no town of that name is: "Kupwara" the
district, "Puntland" the region.

A body's place ("the Kupwara police", "Puntland's maritime police force") is often a
district, a state or a named region the article resolved; the gazetteer's town of that
alternate name, or none at all, would seat it elsewhere or nowhere, and the country's
capital is the wrong guess for a region with its own government.
"""

from __future__ import annotations

from claimmap.actors_table import normalize
from claimmap.model import Candidate


def division_named(label: str, code: str | None) -> Candidate | None:
    """The district or state under that very name in the actor's country, else the named
    region (geo/sources/regions.csv: "Darfur", "Kurdistan Region") of that country."""
    from claimmap.actors import locate_jurisdiction
    from claimmap.gazetteer import default_gazetteer

    if not code:
        return None
    for kind in ("admin2", "admin1"):
        place = locate_jurisdiction(label, code, kind)
        if place is not None and place.kind == kind and normalize(place.name) == normalize(label):
            return place
    for found in default_gazetteer().lookup(label, country=code, kind="region", fuzzy=False):
        if found.kind == "region" and normalize(found.matched_name) == normalize(label):
            return found
    return None


def town_named(label: str, code: str | None) -> Candidate | None:
    """The town of the actor's country whose own name is ``label`` ("a spokesperson in San
    Luis": San Luis, Arizona), before a bigger one that has it only as another language's
    name (St. Louis, "San Luis" in Spanish): news writes a place under its own name."""
    from claimmap.gazetteer import default_gazetteer

    if not code:
        return None
    for found in default_gazetteer().lookup(label, country=code, kind="city", fuzzy=False):
        if found.kind == "city" and normalize(found.name) == normalize(label):
            return found
    return None
