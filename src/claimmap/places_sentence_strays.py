"""A small town among far places of another country is not the namesake the article's
other paragraphs back.

"Loads are trucked through Muse and over the border at Ruili, where buyers from across
Yunnan wait": the sentence names only places of China and Myanmar, so the one gazetteer
town of the name, a village in Pennsylvania, is not meant — even though the article names
the United States elsewhere ("the U.S. Treasury in Washington"), which is all the
article-wide vetoes (:mod:`claimmap.places_strays`) weigh. When every sentence the name is
written in names other places, and nothing in its paragraph lies in the chosen town's country
or within reach of it, an entry of the name beside the paragraph's places is taken instead,
else the name is reported unresolved: a wrong dot on a map is worse than a missing one. A
town of a state the article names elsewhere ("Iowa") is left alone.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections import defaultdict
from typing import TYPE_CHECKING

from claimmap.places_distance import km
from claimmap.places_scoring import drop_groups
from claimmap.places_sentence_mates import sentence_starts

if TYPE_CHECKING:
    from claimmap.model import Candidate, Unresolved
    from claimmap.places_scoring import Group

log = logging.getLogger(__name__)

#: Towns below this size are the ones a namesake is mistaken for (no city of note).
SMALL_TOWN = 50_000
#: A place of the paragraph this close to the chosen town backs it (its country always does).
BACKING_KM = 3_000
#: An entry of the name this close to a place of the paragraph is the one meant.
NEAR_KM = 400
_POINT_KINDS = frozenset({"city", "admin1", "admin2", "facility"})
_PROMINENT = frozenset({"national capital", "world city", "admin-1 seat"})
_PARAGRAPH = re.compile(r"\n")


def drop_foreign_sentence_towns(
    groups: dict[str, Group], doc_id: str, text: str
) -> list[Unresolved]:
    """Rechoose or drop a plain small town whose own sentences and paragraphs name only far
    places of other countries (see the module's docstring)."""
    # "… in Kalona ship tables to Tokyo" in a story that names Iowa: Iowa's town
    states = {g.choice.admin1 for g in groups.values() if g.choice and g.choice.kind == "admin1"}
    states.discard(None)
    suspects = [key for key, g in groups.items() if _suspect(g, states)]
    if not suspects:
        return []
    starts = sentence_starts(text)
    breaks = [m.end() for m in _PARAGRAPH.finditer(text)]
    sentences: dict[int, list[tuple[str, Candidate]]] = defaultdict(list)
    paragraphs: dict[int, list[tuple[str, Candidate]]] = defaultdict(list)
    for key, group in groups.items():
        if group.choice is None or key.startswith("coref:"):
            continue
        for top in group.toponyms:
            sentences[bisect_right(starts, top.start)].append((key, group.choice))
            paragraphs[bisect_right(breaks, top.start)].append((key, group.choice))
    alone = set()
    for key in suspects:
        group = groups[key]
        choice = group.choice
        assert choice is not None
        context: list[Candidate] = []
        for top in group.toponyms:
            mates = [c for k, c in sentences[bisect_right(starts, top.start)] if k != key]
            near = [c for k, c in paragraphs[bisect_right(breaks, top.start)] if k != key]
            if not mates or any(_backs(c, choice, BACKING_KM) for c in near):
                break
            context += [c for c in near if c.kind in _POINT_KINDS]
        else:
            rival = _backed_rival(group, context)
            if rival is None:
                alone.add(key)
                continue
            group.reasons = [
                *group.reasons,
                f"the entry beside its sentence's places ({rival.country_code}), not"
                f" {choice.name} ({choice.country_code}), far from them",
            ]
            group.choice = rival
            log.debug("%s: %s -> %s (paragraph)", group.name, choice.source_id, rival.source_id)

    def why(group: Group) -> str | None:
        if group.key not in alone or group.choice is None:
            return None
        choice = group.choice
        return (
            f"{group.name!r}: its best match, a small town in {choice.country_code}, lies far"
            " from the places its sentence and paragraph name, none of them in that country"
        )

    return drop_groups(groups, doc_id, text, why) if alone else []


def _suspect(group: Group, states: set[str | None]) -> bool:
    """A small town chosen for a bare name: no cue, container or country says which entry,
    it is no town known in its own right, and the article names no state it lies in."""
    choice = group.choice
    return (
        choice is not None
        and choice.kind == "city"
        and choice.admin1 not in states
        and choice.population < SMALL_TOWN
        and not any(w in _PROMINENT for w in choice.why)
        and not group.qualifiers
        and all(
            t.form == "name" and not t.cue_country and not t.province and not t.owner
            for t in group.toponyms
        )
    )


def _backs(other: Candidate, cand: Candidate, reach: float) -> bool:
    """A place of the same country, or one of any kind (a country's centre: "the Zaïre,
    Bundibugyo … strains"; a sea: "crossed the Channel … ashore at Dover") within ``reach``."""
    if other.country_code and other.country_code == cand.country_code:
        return True
    return km(other, cand) < reach


def _backed_rival(group: Group, context: list[Candidate]) -> Candidate | None:
    """The most populous other entry of the name (no misspelling) beside the context."""
    choice = group.choice
    rivals = [
        c
        for c in group.candidates
        if choice is not None
        and c.source_id != choice.source_id
        and c.kind in _POINT_KINDS
        and not c.fuzzy
        and any(_backs(p, c, NEAR_KM) for p in context)
    ]
    return max(rivals, key=lambda c: c.population, default=None)
