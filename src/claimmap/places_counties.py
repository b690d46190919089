"""Counties whose name units of several states share ("Clay County", "Monroe County").

The gazetteer answers such a name only to a query naming the country
(:func:`claimmap.gazetteer_query.shared_ok`): asked bare, it would put the county at the
largest namesake, a wrong dot. A news article seldom writes the state next to the county,
but it names it elsewhere — "Texas", or a town of it ("Dallas", "Santa Ana") — and a wire
item about one county names places around it. So once the article's other names are
resolved, the namesake lying in a state the article names, or beside a town it names, is
the county meant — when exactly one does; otherwise the county stays unresolved.
"""

from __future__ import annotations

import logging
from collections import Counter
from typing import TYPE_CHECKING

from claimmap.names import normalize_name
from claimmap.places_distance import km

if TYPE_CHECKING:
    from claimmap.model import Candidate, Unresolved
    from claimmap.places_lexicon import GazetteerLike
    from claimmap.places_scoring import Group

log = logging.getLogger(__name__)

#: A county's point (its centre) lies this close to a town inside or beside it.
COUNTY_TOWN_KM = 60
#: How many namesakes to ask for: "Washington County" is the name of some thirty.
MAX_NAMESAKES = 60
#: Kinds of the article's places whose state tells where a county of the name lies.
_STATED_KINDS = frozenset({"admin1", "admin2", "city"})


def shared_counties(
    pending: list[Group], groups: dict[str, Group], gaz: GazetteerLike, unresolved: list[Unresolved]
) -> list[Unresolved]:
    """Give each of ``pending`` (county names no unit answered alone) the one namesake in a
    state the article names or beside a town it names, add it to ``groups``, and return
    ``unresolved`` without the mentions so placed."""
    chosen = [g.choice for g in groups.values() if g.choice is not None]
    countries = sorted({c.country_code for c in chosen if c.country_code})
    states: Counter[str] = Counter()  # how often each state is named, by its own name
    for g in groups.values():
        if g.choice is not None and g.choice.kind in _STATED_KINDS and g.choice.admin1:
            states[g.choice.admin1] += len(g.toponyms) if g.choice.kind == "admin1" else 0
    towns = [c for c in chosen if c.kind == "city"]
    placed: set[tuple[int, int]] = set()
    for group in pending:
        if group.key in groups:
            continue
        namesakes = _namesakes(group.name, countries, gaz)
        pick = _only_fit(namesakes, states, towns)
        if pick is None:
            continue
        group.candidates, group.choice = [pick], pick
        group.reasons.append(
            f"one of {len(namesakes)} counties named {group.name!r}: the one in "
            f"{pick.admin1}, where the article's other places lie"
        )
        groups[group.key] = group
        placed.update((t.start, t.end) for t in group.toponyms)
        log.debug("%s: shared county placed in %s", group.name, pick.admin1)
    return [u for u in unresolved if (u.mention.start, u.mention.end) not in placed]


def _namesakes(name: str, countries: list[str], gaz: GazetteerLike) -> list[Candidate]:
    """Every second-level unit of exactly ``name`` in one of ``countries``."""
    norm = normalize_name(name)
    return [
        c
        for code in countries
        for c in gaz.lookup(name, country=code, limit=MAX_NAMESAKES, fuzzy=False)
        if c.kind == "admin2" and c.country_code == code and normalize_name(c.name) == norm
    ]


def _only_fit(
    namesakes: list[Candidate], states: Counter[str], towns: list[Candidate]
) -> Candidate | None:
    """The one namesake in a named state — narrowed, when several are, to the one beside a
    named town, else to the one in the state the article names most — or, with no state
    named, the one beside a named town; else None."""
    inside = [c for c in namesakes if c.admin1 in states]
    pool = inside or namesakes
    beside = [c for c in pool if any(km(c, t) < COUNTY_TOWN_KM for t in towns)]
    if len(beside) == 1:
        return beside[0]
    if len(inside) == 1:
        return inside[0]
    counts = sorted((states[c.admin1 or ""] for c in inside), reverse=True)
    if len(counts) > 1 and counts[0] > counts[1]:  # "in Michigan" thrice, "Iowa" once
        return next(c for c in inside if states[c.admin1 or ""] == counts[0])
    return None
