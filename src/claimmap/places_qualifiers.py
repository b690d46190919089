"""Names written with their container ("Witford Lodge Farm at Norfolk, England"): a name
whose every entry lies outside the country or province written after it is an entry the
gazetteer lacks, not a namesake elsewhere. Two names side by side may be a list instead
("Xyz, Abc" in a headline): when the second name has a sense that is no container (a town
as well as the province of its name), it qualifies nothing.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from claimmap.places_facility_vetoes import holds
from claimmap.places_groups import names_a_country
from claimmap.places_scoring import drop_groups, norm
from claimmap.places_vetoes import territory

if TYPE_CHECKING:
    from claimmap.model import Candidate, Unresolved
    from claimmap.places_lexicon import GazetteerLike
    from claimmap.places_scoring import Group

#: The kinds that can stand for a county and that qualify a town ("Truro, Cornwall").
COUNTY_KINDS = frozenset({"admin1", "admin2", "country"})
#: Kinds a written container may be.
_CONTAINERS = frozenset({"country", "admin1"})


def drop_outside_qualifiers(groups: dict[str, Group], doc_id: str, text: str) -> list[Unresolved]:
    """ "Witford Lodge Farm at Norfolk, England": a name written with its container has no
    entry outside it; with none inside, the gazetteer lacks it (not Norfolk Island). Two
    country names side by side are a list ("China, Japan"), and a province beside a province
    may be one ("Alberta, Texas"): those are left alone. So is a name beside one the article
    also uses as a town ("Kharkiv, Odesa" beside "Odesa Oblast"): a list of towns."""
    by_name: dict[str, list[Group]] = defaultdict(list)
    for g in groups.values():
        if g.key.startswith("name:"):
            by_name[norm(g.name)].append(g)

    def why(group: Group) -> str | None:
        choice = group.choice
        if choice is None or choice.kind not in {"city", "admin1", "admin2", "facility", "country"}:
            return None
        if not any(text[t.end : t.end + 2] == ", " for t in group.toponyms):
            return None  # "in Seattle. Russia would": a sentence break, no container
        if choice.kind == "country" and (names_a_country(group) or not territory(choice)):
            return None
        for qualifier in sorted(group.qualifiers):
            senses = [g.choice for g in by_name.get(norm(qualifier), [])]
            if not senses or any(c is None or c.kind not in _CONTAINERS for c in senses):
                continue
            if _other_sense_holds(by_name.get(norm(qualifier), []), group):
                continue  # "Xyz, Congo": a town of the other Congo is no veto
            for there in senses:
                assert there is not None
                if choice.kind == "admin1" and there.kind == "admin1":
                    continue
                if holds(there, choice) or any(holds(there, c) for c in group.candidates):
                    continue
                reason = f"written '{group.name}, {qualifier}', but its only match, {choice.name} "
                return reason + f"({choice.kind}), lies outside it"
        return None

    return drop_groups(groups, doc_id, text, why)


def _other_sense_holds(qualifiers: list[Group], group: Group) -> bool:
    """Whether another entry the container's name may mean (a short name two states share,
    resolved to the wrong one) holds the name's choice: a sure town must not be vetoed by
    an ambiguous container read wrongly."""
    choice = group.choice
    return choice is not None and any(
        alt.kind == "country"
        and alt.source_id != (q.choice and q.choice.source_id)
        and not alt.fuzzy
        and holds(alt, choice)
        for q in qualifiers
        for alt in q.candidates
    )


def containers(qualifier: str, gaz: GazetteerLike) -> list[Candidate]:
    """The units a name written after a comma may stand for: "Xyz County, Florida" is in the
    state, although "Florida" alone ranks a region (with no country) first; "Georgia" is a
    country and a state, so each unit among the best few counts."""
    outers = gaz.lookup(qualifier, limit=3, fuzzy=False)
    return [o for o in outers if o.kind in COUNTY_KINDS and o.country_code]


#: Entries of a name fetched to find the one inside a written province: a county name that
#: 18 US states share ranks the wanted one below the first five.
_SHARED_NAME_LIMIT = 30


def inside_container(
    name: str, outer: Candidate, gaz: GazetteerLike, *, fuzzy: bool
) -> list[Candidate]:
    """Entries of ``name`` in the country of ``outer``, and when ``outer`` is a province,
    those inside it however low the plain ranking puts them ("Clay County, Georgia")."""
    found = gaz.lookup(name, country=outer.country_code, limit=5, fuzzy=fuzzy)
    if outer.kind != "admin1":
        return found
    code = outer.source_id.removeprefix("admin1:")
    many = gaz.lookup(name, country=outer.country_code, limit=_SHARED_NAME_LIMIT, fuzzy=fuzzy)
    return [*found, *(c for c in many if c.admin1 == code)]
