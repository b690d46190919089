"""Candidate entries for one group of mentions: the gazetteer's ranking, widened by what the
text says (a type cue, a country cue, a container written after the name, a respelling).

Why a module of its own: :mod:`claimmap.resolve` wires the passes; gathering the pool a
name is chosen from is one responsibility, with its own thresholds for misspellings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.places_islands import island_unit_candidates
from claimmap.places_lexicon import PLACE_LABELS
from claimmap.places_qualifiers import containers, inside_container
from claimmap.places_shared_names import shared_country_candidates
from claimmap.places_sites import is_site_guess
from claimmap.places_spelling import (
    UNLISTED_ARTICLE_NAME,
    article_respelling,
    swapped_letters,
    variant_candidates,
)
from claimmap.places_water import seat_province

if TYPE_CHECKING:
    from claimmap.model import Candidate
    from claimmap.places_lexicon import GazetteerLike
    from claimmap.places_scoring import Group

#: Fuzzy matches (names not known exactly) below this gazetteer score are left unresolved.
MIN_FUZZY_SCORE = 0.35
MIN_GUESS_SCORE = 0.4  # the same, for names that NER did not call places
MIN_FUZZY_CHARS = 5


def candidates(group: Group, gaz: GazetteerLike) -> list[Candidate]:
    """The entries ``group`` may mean, with fuzzy ones kept only above a score floor."""
    first = group.toponyms[0]
    if first.form in {"demonym", "coref"}:  # "Kenyan", "the kingdom": the country
        country = gaz.country(first.country_code or "")
        return [country] if country else []
    if first.form == "descriptor":  # "the Kenyan capital", "the Dagestani capital"
        seat = gaz.admin1_seat(first.province) if first.province else None
        capital = seat or gaz.capital(first.country_code or "")
        return [capital] if capital else []
    if all(any(e.startswith(UNLISTED_ARTICLE_NAME) for e in t.evidence) for t in group.toponyms):
        return []  # "from al-Hol": not the Norwegian "Hol" its bare name reaches
    exact = gaz.knows(group.name)
    if not exact and all(is_site_guess(t.evidence) for t in group.toponyms):
        return []  # "St. Mary Hospital": placed at its container, not a town spelt alike
    respelt = article_respelling(group.name, gaz)  # "al-Sukhnah": listed as "As Sukhnah"
    exact = exact or bool(respelt)
    pool: dict[str, Candidate] = {}
    for cand in gaz.lookup(respelt or group.name, limit=10, fuzzy=not exact):
        pool.setdefault(cand.source_id, cand)
    for cand in shared_country_candidates(group.name, gaz):  # "Congo": either state
        pool.setdefault(cand.source_id, cand)
    for cand in variant_candidates(group.name, gaz):  # "al-Mahra": "Al Mahrah"
        if cand.source_id not in pool or pool[cand.source_id].fuzzy:
            pool[cand.source_id] = cand
    if units := island_unit_candidates(group.name, gaz):  # "the Xyz Islands": province Xyz
        exact, pool = True, {c.source_id: c for c in units}
    for top in group.toponyms:  # a cue may point to an entry the plain ranking cut off
        if top.cue_kind or top.cue_country:
            kind = top.cue_kind if top.cue_kind in {"city", "admin1", "country"} else None
            for cand in gaz.lookup(
                respelt or group.name, country=top.cue_country, kind=kind, limit=5, fuzzy=not exact
            ):
                pool.setdefault(cand.source_id, cand)
                province = seat_province(cand, gaz) if kind == "admin1" else None
                if province is not None:  # "the Zaporizhzhia region": named after its seat
                    pool.setdefault(province.source_id, province)
    for qualifier in sorted(group.qualifiers):  # "Paris, Texas": the Paris inside Texas
        for outer in containers(qualifier, gaz):  # "Truro, Cornwall"
            for cand in inside_container(group.name, outer, gaz, fuzzy=not exact):
                pool.setdefault(cand.source_id, cand)
    cands = list(pool.values())
    if not exact:
        placed = any(t.label in PLACE_LABELS for t in group.toponyms)
        floor = MIN_FUZZY_SCORE if placed else MIN_GUESS_SCORE
        kept = [  # "Siaha" for "Saiha": a swap is one typo, kept if its country is named
            c if c.score >= floor or _derived_airport(c) else swapped_letters(c, group.name)
            for c in cands
        ]
        cands = [c for c in kept if c is not None] if len(group.name) >= MIN_FUZZY_CHARS else []
    return cands


def _derived_airport(cand: Candidate) -> bool:
    """An airport spelt exactly by a form derived from the name ("the Xyz base": "Xyz
    Airport"): airports carry no population of their own to score with."""
    return cand.kind == "facility" and not cand.fuzzy
