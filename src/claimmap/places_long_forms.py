"""Short forms of Spanish, Portuguese and French town names: "Bajos de Haina" is "Haina" in
the news, "San Miguel de Tucumán" is "Tucumán". The gazetteer holds the long form only, so
the short one reached a namesake abroad (a hamlet "Haina" in Germany) or nothing.

The short form is a weak name — many towns end in "de X" — so the long-form town is taken
only when the article supports it: its country is a country the article names, or another
place of the article lies within :data:`LOCAL_KM` of it. A choice already inside one of
the article's countries stays.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.names import normalize_name
from claimmap.places_distance import LOCAL_KM, km

if TYPE_CHECKING:
    from claimmap.model import Candidate
    from claimmap.places_lexicon import GazetteerLike
    from claimmap.places_scoring import Group

log = logging.getLogger(__name__)

#: Generic heads of long town names, written before "de X" and dropped in the news.
LONG_FORM_HEADS = (
    "Bajos de", "Villa de", "Ciudad de", "Puerto de", "Vila de", "Porto de",
    "San Miguel de", "San Salvador de", "San Juan de", "Santa Cruz de", "Heroica Ciudad de",
)  # fmt: skip


def _article_points(groups: dict[str, Group], skip: Group) -> tuple[set[str], list[Candidate]]:
    """(countries the article names, the other places chosen) outside ``skip``."""
    named = {
        g.choice.country_code
        for g in groups.values()
        if g is not skip and g.choice and g.choice.kind == "country" and g.choice.country_code
    }
    points = [
        g.choice
        for g in groups.values()
        if g is not skip and g.choice and g.choice.kind in {"city", "admin1", "admin2"}
    ]
    return named, points


def long_form(group: Group, gaz: GazetteerLike, groups: dict[str, Group]) -> Candidate | None:
    """The town whose long name ends in ``group``'s name ("Bajos de Haina" for "Haina"), when
    the article supports it and the present choice lies outside the article's countries."""
    first = group.toponyms[0]
    if first.form != "name" or not group.name[:1].isupper() or len(group.name) < 4:
        return None
    named, points = _article_points(groups, group)
    choice = group.choice
    countries = named | {p.country_code for p in points if p.country_code}
    if choice is not None and (choice.country_code in countries or choice.kind != "city"):
        return None
    found = []
    for head in LONG_FORM_HEADS:
        wanted = normalize_name(f"{head} {group.name}")
        for cand in gaz.lookup(f"{head} {group.name}", kind="city", fuzzy=False, limit=3):
            if normalize_name(cand.name) != wanted and normalize_name(cand.matched_name) != wanted:
                continue
            if cand.country_code in named or any(km(cand, p) <= LOCAL_KM for p in points):
                found.append(cand)
    if not found:
        return None
    best = max(found, key=lambda c: c.population)
    return replace(best, why=(*best.why, f"'{group.name}' short for {best.name}, by the article"))


def prefer_long_forms(groups: dict[str, Group], gaz: GazetteerLike) -> None:
    """Switch short forms ("Haina") to their long-form town the article supports."""
    for group in groups.values():
        town = long_form(group, gaz, groups)
        if town is None:
            continue
        group.candidates = [town, *(c for c in group.candidates if c.source_id != town.source_id)]
        group.choice = town
        group.margin = max(group.margin, 0.0)
        group.reasons.append(f"'{group.name}' is short for {town.name}, in the article's area")
        log.debug("long form %s -> %s", group.name, town.source_id)
