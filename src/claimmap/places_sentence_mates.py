"""A town name's sense by the places of its own sentence, before the article's.

"The parts were flown from Miami to Helsinki. … They were driven across the Narva-Ivangorod
crossing and delivered to a firm in St. Petersburg": the article's Florida mentions make the
Florida town the document-wide favourite, yet the sentence itself names only places beside
the Russian city. When no place written near the mention backs the chosen entry and some
back a far bigger namesake (a world city), the namesake is meant: the nearest context (the sentence,
the leg of the journey) outweighs states and provinces named elsewhere in the article.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from claimmap.places_distance import km

if TYPE_CHECKING:
    from claimmap.model import Candidate
    from claimmap.places_scoring import Group

log = logging.getLogger(__name__)

#: A sentence ends at a full stop, a question or exclamation mark (and a closing quote)
#: before white space, or at a line break...
_END = re.compile(r"[.!?][\"”’)]?\s+|\n")
#: ...but not after an abbreviation: "St. Petersburg", "Mr. Doe", "U.S. officials".
_ABBREVIATION = re.compile(r"(?:\b[A-Z][a-z]{0,2}|\b(?:[A-Za-z]\.)+[A-Za-z])\.[\"”’)]?\s+$")
#: A town this close to a candidate backs it (across a border: Narva, Ivangorod).
NEAR_KM = 400
#: The namesake must be a city of note, this many times bigger than the chosen town: a
#: world city against its namesake, not one small town against another.
RIVAL_SHARE = 5
RIVAL_POPULATION = 100_000
_POINT_KINDS = frozenset({"city", "admin1", "admin2", "facility"})


def prefer_sentence_neighbours(groups: dict[str, Group], text: str) -> None:
    """Move a plain town name to the namesake its own sentence's places back, when they back
    none of the chosen entry (see the module's docstring)."""
    starts = sentence_starts(text)
    placed = [
        (bisect_right(starts, t.start), g.choice, key)
        for key, g in groups.items()
        if g.choice is not None
        for t in g.toponyms
    ]
    for key, group in groups.items():
        best = group.choice
        if best is None or best.kind != "city" or not _plain(group):
            continue
        rivals = [
            c
            for c in group.candidates
            if c.kind == "city"
            and c.source_id != best.source_id
            and c.population >= max(RIVAL_SHARE * best.population, RIVAL_POPULATION)
        ]
        if not rivals:
            continue
        own = {bisect_right(starts, t.start) for t in group.toponyms}
        near = [choice for sentence, choice, other in placed if other != key and sentence in own]
        if not near or _backing(best, near):
            continue
        scored = sorted(((_backing(c, near), c.population, c) for c in rivals), key=lambda s: s[:2])
        backing, _, rival = scored[-1]
        if backing == 0:
            continue
        group.choice = rival
        group.reasons = [
            *group.reasons,
            f"the namesake its sentence's places back ({backing}), not {best.name}"
            f" ({best.country_code})",
        ]
        log.debug("%s: %s -> %s (sentence)", group.name, best.source_id, rival.source_id)


def _plain(group: Group) -> bool:
    """Every mention the bare name: no cue, container or country says which entry."""
    return not group.qualifiers and all(
        t.form == "name" and not t.cue_country and not t.province and not t.owner
        for t in group.toponyms
    )


def sentence_starts(text: str) -> list[int]:
    """Where each sentence of ``text`` starts (after the first), in order."""
    starts = []
    for match in _END.finditer(text):
        if match.group(0) != "\n" and _ABBREVIATION.search(
            text, max(0, match.start() - 8), match.end()
        ):
            continue
        starts.append(match.end())
    return starts


def _backing(cand: Candidate, near: list[Candidate]) -> int:
    """How many neighbouring places lie in ``cand``'s country (countries) or near it."""
    count = 0
    for other in near:
        if other.kind == "country" or other.kind not in _POINT_KINDS:
            count += other.kind == "country" and other.country_code == cand.country_code
        elif km(cand, other) < NEAR_KM:
            count += 1
    return count
