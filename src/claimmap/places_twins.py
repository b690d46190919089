"""Border twins: "Nogales" in a story set on the U.S. side, with one late "of Nogales, Sonora".

Twin towns of one name face each other across a border a few km apart (Nogales, Arizona and
Nogales, Sonora). One sense per discourse would give every mention the sense the only
qualified mention has. But a writer qualifies the one mention that departs from the sense
the story uses: bare mentions away from its paragraph are the twin on the other side, when
the article names that twin's province or country as a place of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.places_distance import km
from claimmap.places_pairs import container_pairs
from claimmap.places_scoring import Group

if TYPE_CHECKING:
    from claimmap.model import Candidate
    from claimmap.places_lexicon import Toponym

#: Twin towns lie this close to each other, across a border.
TWIN_KM = 50.0


def unmarked_twins(groups: dict[str, Group], toponyms: list[Toponym], text: str) -> None:
    """Split off the bare mentions of a name outside the paragraph of its only qualified one
    ("Nogales" … "of Nogales, Sonora") as the border twin of the qualified sense, when the article
    names the twin's province or country as a place (Arizona)."""
    qualified: dict[int, str] = {id(top): nxt.name for top, nxt in container_pairs(toponyms, text)}
    as_qualifier = {id(nxt) for _, nxt in container_pairs(toponyms, text)}
    for key, group in list(groups.items()):
        marked = [t for t in group.toponyms if id(t) in qualified]
        rest = [t for t in group.toponyms if id(t) not in qualified]
        bare = [t for t in rest if not any(_same_paragraph(t, m, text) for m in marked)]
        choice = group.choice
        if (
            choice is None
            or choice.kind != "city"
            or not marked
            or not bare
            or len({qualified[id(t)] for t in marked}) != 1
        ):
            continue
        twin = _twin(group, choice, groups, as_qualifier)
        if twin is None:
            continue
        group.toponyms = [t for t in group.toponyms if t not in bare]
        split = Group(key=f"{key}@unmarked", name=group.name, toponyms=bare)
        split.candidates, split.choice = list(group.candidates), twin
        split.qualifiers = set()
        why = f"the border twin of {choice.name} ({choice.country_code}), which only the "
        split.reasons.append(
            why + f"qualified mention '{group.name}, {qualified[id(marked[0])]}' means"
        )
        groups[split.key] = split


def _same_paragraph(one: Toponym, other: Toponym, text: str) -> bool:
    lo, hi = sorted((one.start, other.start))
    return "\n" not in text[lo:hi]


def _twin(
    group: Group, choice: Candidate, groups: dict[str, Group], as_qualifier: set[int]
) -> Candidate | None:
    """A town of the name across a border within :data:`TWIN_KM` of ``choice``, whose
    province or country another name of the article (not a qualifier) resolves to."""
    named = {
        (g.choice.kind, g.choice.country_code, g.choice.admin1)
        for g in groups.values()
        if g is not group
        and g.choice is not None
        and any(id(t) not in as_qualifier and t.form == "name" for t in g.toponyms)
    }
    for cand in group.candidates:
        if (
            cand.kind != "city"
            or cand.fuzzy
            or cand.country_code == choice.country_code
            or km(cand, choice) > TWIN_KM
        ):
            continue
        if ("admin1", cand.country_code, cand.admin1) in named or any(
            kind == "country" and code == cand.country_code for kind, code, _ in named
        ):
            return cand
    return None
