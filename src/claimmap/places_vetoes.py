"""Vetoes on what the text says a place is: an answer that contradicts the words around the
name is reported unresolved, with the reason, rather than put on the map.

* a river or lake named bare, with nothing calling it one ("Residents of Adigrat and Shire":
  a town the gazetteer lacks, not the Shire river of Malawi);
* a name called a river or lake ("the Tumen river") that only towns carry;
* a name inside a country by its possessive ("Russia's Far East") whose entry lies elsewhere;
* a facility placed in a town ("the Mariposa port of entry in Nogales") whose namesake lies
  far from that town (:mod:`claimmap.places_facility_vetoes`), or named after a town
  abroad the article never mentions ("the Xyz bridge");
* a unit written with its title ("Santa Cruz County") matched, title cut off, to a province
  in a country no other name of the article names;
* a name the gazetteer lacks, kept because the text calls it a district or names a border
  post after it, matched by spelling to a place in such a country ("Zarkand" → Zarand, Iran);
* a name qualified by a country or province ("Norfolk, England") whose entry lies outside it;
* a tiny territory reached by another name, far from every other place of the article
  ("Norfolk" → Norfolk Island in a story about England);
* a name the text calls a province ("in Nyanza province") with only a town of that name, in
  a country the article does not name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimmap.model import Unresolved
from claimmap.places_article import NOTABLE, NOTABLE_POPULATION
from claimmap.places_coast_seas import owned_coasts
from claimmap.places_context import adjectival_feature
from claimmap.places_distance import LOCAL_KM, km
from claimmap.places_facility_vetoes import facility_slot
from claimmap.places_groups import countries_named_by_others, names_a_country
from claimmap.places_lexicon import (
    ADMIN_TITLES,
    SEA_NOUNS,
    TYPED_GUESS,
    GazetteerLike,
)
from claimmap.places_name_fit import exact_names
from claimmap.places_scoring import drop_groups, norm
from claimmap.places_shared_names import SHARED_COUNTRY_NAMES
from claimmap.places_strays import FAR_NAMESAKE_KM, HAMLET_POPULATION, anchors
from claimmap.places_unit_names import names_before_units
from claimmap.places_water import feature_namesake

if TYPE_CHECKING:
    from claimmap.model import Candidate
    from claimmap.places_lexicon import Toponym
    from claimmap.places_scoring import Group

#: Words in a name that make it a body of water by themselves ("Lake Chad", "Suez Canal").
WATER_WORDS = frozenset(
    {"river", "lake", "canal", "reservoir", "sea", "gulf", "bay", "strait", "lagoon", "rio"}
)
#: Unit words written as part of a name ("Santa Cruz County", "Anbar Province").
UNIT_TITLES = ADMIN_TITLES | {"County", "District", "Municipality", "Parish"}


def written_as_water(top: Toponym) -> bool:
    """ "the Danube", "the Danube port", "the river Jordan", "the Tigris river", "Lake Chad":
    the text calls it a body of water, or writes it as rivers are written."""
    words = {w.lower() for w in top.name.split()}
    return top.article or top.cue_kind in {"water", "place"} or bool(words & WATER_WORDS)


def drop_bare_waters(groups: dict[str, Group], doc_id: str, text: str) -> list[Unresolved]:
    """A river or lake chosen for a name no mention writes as one: a town the gazetteer lacks
    is likelier ("Adigrat and Shire") than a river named bare."""

    def why(group: Group) -> str | None:
        choice = group.choice
        if choice is None or choice.kind != "water":
            return None
        if any(written_as_water(t) for t in group.toponyms if t.form == "name"):
            return None
        if choice.name.split()[-1] in SEA_NOUNS and any(t.owner for t in group.toponyms):
            return None  # "Xyz's Pacific coast": a sea by its short name, owned as coasts are
        reason = f"only the river or lake {choice.name} ({choice.country_code or '-'}) has "
        return reason + "this name, and the text calls it none"

    return drop_groups(groups, doc_id, text, why)


def drop_dry_rivers(groups: dict[str, Group], doc_id: str, text: str) -> list[Unresolved]:
    """ "the Tumen river": a name the text calls a river or lake, with no water of that name in
    the gazetteer, is not the town of that name (nor one reached by an alternate name); other
    bare mentions of it ("the Tumen basin") do not make it a town unless one says so."""

    def why(group: Group) -> str | None:
        choice = group.choice
        names = [t for t in group.toponyms if t.form == "name"]
        if choice is None or choice.kind == "water" or not names:
            return None
        cues = {t.cue_kind for t in names}
        if "water" not in cues or cues - {"water", None}:  # "the Xyz river ... Xyz basin"
            return None
        reason = f"the text calls {group.name!r} a river or lake; the gazetteer has no water of "
        return reason + f"that name, only the {choice.kind} {choice.name}"

    return drop_groups(groups, doc_id, text, why)


def drop_unowned(
    groups: dict[str, Group], gaz: GazetteerLike, doc_id: str, text: str
) -> list[Unresolved]:
    """ "Russia's Far East": a name inside a country by its possessive whose entry lies
    elsewhere (the UN region "Eastern Asia", centred in China) is a place the gazetteer lacks.
    Countries, disputed areas and rivers may straddle borders and are left alone, and so is
    the sea a country's coast faces ("Xyz's Caribbean coast", :func:`owned_coasts`). An owner
    named like two countries ("Congo's") is the one the article reads that name as."""
    coasts = owned_coasts(groups, text)
    read_as = document_countries(groups)

    def why(group: Group) -> str | None:
        choice = group.choice
        owners = {t.owner for t in group.toponyms if t.owner}
        if group.key in coasts:
            return None
        if choice is None or len(owners) != 1 or choice.kind in {"country", "disputed", "water"}:
            return None
        owner = owners.pop()
        if any(_inside(choice, code, gaz) for code in {owner, *read_as.get(owner, ())}):
            return None
        reason = f"written as part of {owner}, but its only match, {choice.name} "
        return reason + f"({choice.kind}), lies outside it"

    return drop_groups(groups, doc_id, text, why)


def document_countries(groups: dict[str, Group]) -> dict[str, set[str]]:
    """Country code → its namesakes the article places something in: "Congo" is either
    state (:data:`SHARED_COUNTRY_NAMES`), so a possessive read out of context as the Republic
    of the Congo's ("eastern Congo's Xyz province") may mean the DRC the article is about."""
    placed = {g.choice.country_code for g in groups.values() if g.choice}
    out: dict[str, set[str]] = {}
    for codes in SHARED_COUNTRY_NAMES.values():
        for code in codes:
            out.setdefault(code, set()).update(c for c in codes if c != code and c in placed)
    return out


def _inside(cand: Candidate, code: str, gaz: GazetteerLike) -> bool:
    """Whether ``cand`` lies in country ``code``: by its country, or for an entry with none
    (a region), by its point inside the country's outline."""
    if cand.country_code:
        return cand.country_code == code
    country = gaz.country(code)
    shape = gaz.geometry(country.source_id) if country is not None else None
    if shape is None:
        return True  # nothing to check against
    from shapely.geometry import Point

    return bool(shape.contains(Point(cand.lon, cand.lat)))


def drop_foreign_units(groups: dict[str, Group], doc_id: str, text: str) -> list[Unresolved]:
    """ "Santa Cruz County" in a story about Arizona: a name written with its unit ("County",
    "Province") that the gazetteer only matches once the unit is cut off, to a province or
    its seat in a country no other name of the article names, is a unit the gazetteer
    lacks — however big the namesake abroad (Santa Cruz, Bolivia)."""
    named = countries_named_by_others(groups)

    def why(group: Group) -> str | None:
        choice = group.choice
        words = group.name.split()
        if (
            choice is None
            or len(words) < 2
            or words[-1] not in UNIT_TITLES
            or choice.kind not in {"city", "admin1", "admin2"}
            or norm(words[-1]) in norm(choice.name).split()
            or _own_title(group, words[-1])
            or not named[group.key]
            or choice.country_code in named[group.key]
        ):
            return None
        reason = f"no {words[-1].lower()} of that name; only {choice.name} "
        return reason + f"({choice.country_code}), a country the article does not name"

    return drop_groups(groups, doc_id, text, why)


def _own_title(group: Group, title: str) -> bool:
    """ "Xyz Province", "Xyz State": a province's title on the only province of the name,
    spelt as the gazetteer spells it, is that province's own — no unit the gazetteer lacks."""
    choice = group.choice
    provinces = [c for c in group.candidates if c.kind == "admin1"]
    return (
        title in ADMIN_TITLES
        and choice is not None
        and choice.kind == "admin1"
        and not choice.fuzzy
        and len(provinces) == 1
    )


def drop_foreign_guesses(groups: dict[str, Group], doc_id: str, text: str) -> list[Unresolved]:
    """ "the Zarkand district" in a story about Afghanistan: a name the gazetteer lacks, kept
    only because the text calls it a district or names a border post after it, is not a
    look-alike spelling (Zarand) in a country no other name of the article names; nor is any
    name whose only match is such a spelling abroad while the article names its countries
    ("Xyzdao" in a story about China → a small Japanese town). A misspelt city of note
    ("Gazientep") is still read as that city, but not a city of note reached by a look-alike
    of one of its alternate names ("Rabia" → "Raba", Rabat)."""
    named = countries_named_by_others(groups)

    def why(group: Group) -> str | None:
        choice = group.choice
        key = group.key
        if choice is not None and not choice.fuzzy and _facility_namesake(group, named[key]):
            reason = f"{group.name!r} names a facility; {choice.name} ({choice.country_code}) "
            return reason + "is a town in a country the article never names"
        if (
            choice is None
            or not choice.fuzzy
            or choice.country_code in named[key]
            or not (
                all(_typed_guess(t) for t in group.toponyms)
                or (named[key] and not (_notable(choice) and _own_spelling(choice)))
            )
        ):
            return None
        reason = f"no gazetteer entry for {group.name!r}; the closest spelling, {choice.name} "
        return reason + f"({choice.country_code}), is in a country the article does not name"

    return drop_groups(groups, doc_id, text, why)


def _facility_namesake(group: Group, named: set[str]) -> bool:
    """ "crossed the Xyz bridge" in a story naming other countries: a name kept only as a
    facility's ("the Xyz bridge", "near the Xyz air base") whose entry is a town in a country no
    other name of the article names is named after something the gazetteer lacks — the
    town abroad is no bridge."""
    choice = group.choice
    return (
        choice is not None
        and choice.kind in {"city", "facility"}
        and bool(named)
        and choice.country_code not in named
        and all(_typed_guess(t) or facility_slot(t) for t in group.toponyms)
    )


def _own_spelling(cand: Candidate) -> bool:
    """Whether a fuzzy match is close to the entry's own name ("Diyarbakr" for Diyarbakır), not
    to one of its alternate names ("Rabia" for "Raba", an old name of Rabat)."""
    return norm(cand.matched_name) == norm(cand.name)


def _notable(cand: Candidate) -> bool:
    """A city big or prominent enough to be meant even when misspelt."""
    return cand.population >= NOTABLE_POPULATION or any(w in NOTABLE for w in cand.why)


def _typed_guess(top: Toponym) -> bool:
    return any(e.startswith(TYPED_GUESS) for e in top.evidence)


#: A "country" entry this small is a territory (Norfolk Island), not what a bare name means.
TERRITORY_POPULATION = 100_000


def drop_far_territories(groups: dict[str, Group], doc_id: str, text: str) -> list[Unresolved]:
    """ "a mass culling of birds in Norfolk" in a story about England: a tiny territory
    reached by another name than its own (Norfolk Island), thousands of km from every
    other place of the article and outside the countries it names, is a namesake the
    gazetteer does not hold, as a far small town would be."""
    named = countries_named_by_others(groups)
    points = anchors({k: g for k, g in groups.items() if not k.startswith("demonym:")})

    def why(group: Group) -> str | None:
        choice = group.choice
        if (
            choice is None
            or choice.kind != "country"
            or not territory(choice)
            or names_a_country(group)
            or not exact_names(group)  # "Maltese": no namesake, another name of Malta
            or choice.country_code in named[group.key]
        ):
            return None
        others = [p for p in points if p.source_id != choice.source_id]
        if not others or min(km(choice, p) for p in others) < FAR_NAMESAKE_KM:
            return None
        nearest = min(km(choice, p) for p in others)
        reason = f"{group.name!r}: only the territory {choice.name} ({choice.country_code}) "
        return reason + f"has it as another name, {nearest:,.0f} km from the others"

    return drop_groups(groups, doc_id, text, why)


def territory(cand: Candidate) -> bool:
    return cand.kind == "country" and cand.population < TERRITORY_POPULATION


def drop_unfit_provinces(groups: dict[str, Group], doc_id: str, text: str) -> list[Unresolved]:
    """ "the outbreak in Nyanza province" in a story about Kenya: the text asks for a
    province; with no province of that name, a town of it in a country the article does not
    name (Nyanza, Rwanda) is a guess a reader would not make. Left unresolved. The text may
    say so at another mention the gazetteer does not know ("Nyanza Province, with 750
    cases"), and the countries of the article's other towns count as named (a story about
    Medan need not name Indonesia)."""
    named = countries_named_by_others(groups)

    def why(group: Group) -> str | None:
        choice = group.choice
        if choice is None or choice.kind != "city":
            return None
        countries = named[group.key] | countries_of_towns(groups, group)
        if (
            not (
                any(t.cue_kind == "admin1" for t in group.toponyms)
                or _written_with_unit(group.name, text)
            )
            or any(c.kind in {"admin1", "admin2"} for c in group.candidates)
            or not countries
            or choice.country_code in countries
            or supported_nearby(choice, groups)  # "the Etoumbi and Mbomo districts"
        ):
            return None
        reason = f"the text calls {group.name!r} a province; no province has the name, only "
        return reason + f"the town {choice.name} ({choice.country_code}), a country not named"

    return drop_groups(groups, doc_id, text, why)


def _written_with_unit(name: str, text: str) -> bool:
    """ "Nyanza Province", "Karo district": the name with a unit word after it somewhere."""
    return name.lower() in names_before_units(text, UNIT_TITLES)


def countries_of_towns(groups: dict[str, Group], own: Group) -> set[str]:
    """The countries of the article's other towns and provinces (not its demonyms)."""
    return {
        g.choice.country_code
        for g in groups.values()
        if g is not own
        and g.choice is not None
        and g.choice.country_code
        and g.choice.kind in {"city", "admin1", "admin2"}
        and not all(t.form == "demonym" for t in g.toponyms)
    }


def supported_nearby(cand: Candidate, groups: dict[str, Group]) -> bool:
    """Whether another name of the article places ``cand``: a town chosen within
    :data:`LOCAL_KM` of it, or, unless it is a hamlet, its own province."""
    for group in groups.values():
        other = group.choice
        if other is None or other.source_id == cand.source_id:
            continue
        if other.kind == "admin1" and other.admin1 and other.admin1 == cand.admin1:
            if cand.population >= HAMLET_POPULATION:
                return True
        elif other.kind in {"city", "admin2", "facility"} and km(cand, other) < LOCAL_KM:
            return True
    return False


def drop_adjectival_towns(groups: dict[str, Group], doc_id: str, text: str) -> list[Unresolved]:
    """ "on the Pacific side of the Americas", "the Atlantic flyway": a location written as
    the adjective of a common noun (:func:`adjectival_feature`) names a sea or a wide region;
    a small town of that name (by its own name) that no other place of the article supports
    is not meant; "the Fredericton area" in a story naming New Brunswick is the town's."""

    named_of = countries_named_by_others(groups)

    def why(group: Group) -> str | None:
        choice = group.choice
        if (
            choice is None
            or not feature_namesake(choice)
            or not all(adjectival_feature(t, text) for t in group.toponyms)
            or (norm(choice.name) in exact_names(group) and supported_nearby(choice, groups))
            or (
                all(_town_area(t, text) for t in group.toponyms)
                and choice.country_code in named_of[group.key]
            )
        ):
            return None
        reason = f"'{group.name}' qualifies a noun as seas do; only the town {choice.name} "
        return reason + f"({choice.country_code}) has the name, far from the rest"

    return drop_groups(groups, doc_id, text, why)


_AREA_AFTER = re.compile(r"\s+(?:area|areas|outskirts)\b")


def _town_area(top: Toponym, text: str) -> bool:
    """ "an operation in the Xyz area": the land around a town, not a sea's adjective."""
    return _AREA_AFTER.match(text, top.end) is not None
