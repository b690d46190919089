"""How well a candidate's names fit what the text wrote: the names written that candidates
bear as their own (:func:`exact_names`), whether a type cue fits a kind, a small town reached
through an alternate name that only holds the written one (:func:`extended_namesake`), and a
region of the written name beside a city that bears it as an alias. Split from
:mod:`claimmap.places_scoring`, which weighs these with the article's context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.places_distance import km
from claimmap.places_seats import norm, own_name

if TYPE_CHECKING:
    from claimmap.model import Candidate
    from claimmap.places_scoring import Group

#: A small town reached by an alternate name while its own name is longer ("Old Xyz", "Xyz-
#: Abc") is a neighbour named after the town that bears the name itself; from this size a
#: town is known by its own name.
EXTENDED_MAX_POPULATION = 100_000
#: A city bearing a region's name as an alias this close to it is the region's town.
ALIAS_CITY_KM = 100.0


def region_over_alias_city(best: Candidate, group: Group) -> Candidate | None:
    """ "Tenerife" is the island (a region, so no country context), not Santa Cruz de
    Tenerife, which bears it as an alternate name and wins on the article's country: a city
    reached only by an alias, next to a region of exactly the written name, yields to it
    unless the text calls it a city."""
    if best.kind != "city" or any(t.cue_kind for t in group.toponyms):
        return None
    exact = exact_names(group)
    if norm(best.name) in exact:
        return None
    return next(
        (
            c
            for c in group.candidates
            if c.kind == "region"
            and not c.fuzzy
            and norm(c.name) in exact
            and km(c, best) < ALIAS_CITY_KM
        ),
        None,
    )


def exact_names(group: Group) -> frozenset[str]:
    """Normalised names written in the text that some candidate carries as its own name."""
    if group.exact is None:
        written = {norm(t.name) for t in group.toponyms}
        group.exact = frozenset(n for n in (own_name(c) for c in group.candidates) if n in written)
    return group.exact


def kind_fits(kind: str, cue_kinds: set[str]) -> bool:
    if kind in cue_kinds or "place" in cue_kinds:  # "the island of X": any kind
        return True
    if kind == "admin2" and "admin1" in cue_kinds:  # "County Cork", "the Gironde department"
        return True
    # "region" cues also fit disputed and admin-1 areas ("the Kashmir region")
    return "region" in cue_kinds and kind in {"disputed", "admin1", "admin2", "area"}


def extended_namesake(cand: Candidate, group: Group) -> bool:
    """Whether ``cand`` is a small town whose own name holds the written name and more words
    ("Sofo-Xyz" for "Xyz"), matched by an alternate name, while another town bears the
    written name as its own: the written name means that one."""
    exact = exact_names(group)
    own = norm(cand.name)
    if (
        cand.kind != "city"
        or not exact
        or own in exact
        or cand.population >= EXTENDED_MAX_POPULATION
        or any(w in {"national capital", "admin-1 seat"} for w in cand.why)
    ):
        return False
    words = own.replace("-", " ").split()
    if not any(_holds_words(words, name.replace("-", " ").split()) for name in exact):
        return False
    return any(c.kind == "city" and norm(c.name) in exact for c in group.candidates)


def _holds_words(words: list[str], part: list[str]) -> bool:
    """Whether ``part`` occurs in ``words`` as a run of whole words, with words to spare."""
    n = len(part)
    return len(words) > n and any(words[i : i + n] == part for i in range(len(words) - n + 1))
