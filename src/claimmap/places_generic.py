"""Vetoes on names that are words or products rather than places, and on a far namesake
abroad in an article about one country. A wrong dot is worse than a missing one:

* a province named by a position word ("Centre", "Central", "North") in a country the
  article never names: "the Centre" of Indian English is the Union government, not
  Burkina Faso's Centre region;
* a capitalised word between a demonym and a plural noun ("Russian Xyz and Abc drones"):
  a model name, not a town abroad that happens to carry it as an alias;
* a misspelt look-alike of a name the text calls an island chain or a group of islands
  ("the Xyz island chain") that lands on a town;
* a small town abroad, far from every place of an article whose places all lie in one
  other country ("through Xyz to the Alberta border" is not a town in Nevada);
* a small town written "the Xyz" in a sentence about a river ("the river is known as the
  Xyz in Turkey", "the Turkish bank of the Xyz"): the river, which the gazetteer lacks.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimmap.names import normalize_name
from claimmap.places_distance import km
from claimmap.places_groups import countries_named_by_others
from claimmap.places_islands import main_place
from claimmap.places_scoring import drop_groups
from claimmap.places_strays import STRAY_MIN_POPULATION, _prominent

if TYPE_CHECKING:
    from claimmap.model import Candidate, Unresolved
    from claimmap.places_lexicon import GazetteerLike, Toponym
    from claimmap.places_scoring import Group

#: Position words that name provinces in many countries (Centre, Central, North, Coast...):
#: as a bare name they are likelier the common word or a body ("the Centre" = the government).
POSITION_WORDS = frozenset(
    {
        "centre",
        "center",
        "central",
        "middle",
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "coast",
        "littoral",
        "capital",
        "interior",
        "upper",
        "lower",
    }
)
#: Plural nouns of people: "Ukrainian Kherson officials" are officials of a place.
PEOPLE_NOUNS = frozenset(
    {
        "residents",
        "officials",
        "people",
        "authorities",
        "forces",
        "troops",
        "fighters",
        "soldiers",
        "civilians",
        "refugees",
        "villagers",
        "citizens",
        "workers",
        "farmers",
        "leaders",
        "locals",
        "voters",
        "police",
        "families",
        "students",
        "activists",
        "militants",
        "rebels",
        "units",
        "regions",
        "provinces",
        "towns",
        "villages",
        "cities",
        "areas",
    }
)
#: A word of a coordination of names ("Xyz, Abc and Def") read back towards its demonym.
_COORDINATED_WORD = re.compile(r"(?:\band|\bor|,|\b[A-Z][\w-]*)$")
MAX_COORDINATED = 6
#: How far back one coordinated word is looked for (longer than any name or "and").
_WORD_WINDOW = 120
#: Words after a name that call it a group of islands ("the Xyz island chain").
ISLAND_WORDS = re.compile(r"\s+(?:island\s+chain|islands|isles|archipelago|atoll)\b", re.I)
#: A coordinated name and the plural noun a modifier precedes ("Xyz and Abc drones").
_MODIFIED_PLURAL = re.compile(r"(?:\s*,?\s+(?:and|or)\s+[A-Z][\w-]*)*\s+([a-z]{3,}s)\b")
#: Words of a sentence that speak of a river: "the Xyz" there is the river, not a town.
RIVER_WORDS = re.compile(
    r"\b(?:river|rivers|riverbank|bank|banks|upstream|downstream|waded|tributary)\b", re.I
)
#: Towns this big are written "the X" as names ("The Hague") and not read as rivers.
RIVER_TOWN_POPULATION = 100_000
#: A small foreign town this far from every place of a one-country article is not meant.
ONE_COUNTRY_FAR_KM = 1_000
#: ...when the article places at least this many names in that country.
ONE_COUNTRY_MIN_PLACES = 3


def drop_position_words(groups: dict[str, Group], doc_id: str, text: str) -> list[Unresolved]:
    """ "seeks Centre's help": a province named by a position word, with nothing in the text
    calling it a province and no other name of the article in its country."""
    named = countries_named_by_others(groups)

    def why(group: Group) -> str | None:
        choice = group.choice
        if (
            choice is None
            or choice.kind not in {"admin1", "admin2"}
            or normalize_name(group.name) not in POSITION_WORDS
            or choice.country_code in named[group.key]
            or group.qualifiers
            or any(t.cue_kind or t.cue_country or t.owner for t in group.toponyms)
        ):
            return None
        return (
            f"{group.name!r} is a common word; a province of that name lies in "
            f"{choice.country_code}, a country the article does not name"
        )

    return drop_groups(groups, doc_id, text, why)


def drop_model_names(
    groups: dict[str, Group], gaz: GazetteerLike, doc_id: str, text: str
) -> list[Unresolved]:
    """ "Russian Xyz and Abc drones": a name between a demonym and the plural noun it
    modifies names a model or product, unless its entry lies in the demonym's country."""

    def modifier_of(top: Toponym, choice: Candidate) -> bool:
        owner = _demonym_before(top.start, text, gaz)
        if owner is None or owner == choice.country_code:
            return False
        after = _MODIFIED_PLURAL.match(text, top.end)
        return after is not None and after.group(1).lower() not in PEOPLE_NOUNS

    def why(group: Group) -> str | None:
        choice = group.choice
        if (
            choice is None
            or choice.kind not in {"city", "admin1", "admin2"}
            or not all(t.form == "name" and modifier_of(t, choice) for t in group.toponyms)
        ):
            return None
        return f"{group.name!r} modifies a plural noun after a demonym: a model name"

    return drop_groups(groups, doc_id, text, why)


def _demonym_before(start: int, text: str, gaz: GazetteerLike) -> str | None:
    """The country of the demonym opening the coordinated names that end at ``start``
    ("Russian Xyz and Abc": "Russian" for both), or None."""
    pos = start
    for _ in range(MAX_COORDINATED):
        # A window, not the whole prefix: a search anchored at the end would otherwise scan
        # the text once per mention (quadratic on long inputs).
        low = max(0, pos - _WORD_WINDOW)
        before = text[low:pos].rstrip()
        word = _COORDINATED_WORD.search(before)
        if low + len(before) == pos or word is None:
            return None  # no space before the word, or no name or "and" to read back over
        if word.group()[:1].isupper():
            country = gaz.country_of_demonym(word.group())
            if country:
                return country
        pos = low + word.start()
    return None


def drop_fuzzy_island_towns(groups: dict[str, Group], doc_id: str, text: str) -> list[Unresolved]:
    """ "the Xyz island chain": a town matched only as a misspelling is not the islands."""

    def why(group: Group) -> str | None:
        choice = group.choice
        if (
            choice is None
            or not choice.fuzzy
            or choice.kind not in {"city", "admin1", "admin2"}
            or not any(ISLAND_WORDS.match(text, t.end) for t in group.toponyms)
        ):
            return None
        return f"{group.name!r} names islands; only a town of a like spelling matches"

    return drop_groups(groups, doc_id, text, why)


def drop_one_country_strays(
    groups: dict[str, Group], doc_id: str, text: str, gaz: GazetteerLike | None = None
) -> list[Unresolved]:
    """A small town abroad, far from every town of an article whose other places all lie in
    one country that is not the town's: likelier a place the gazetteer lacks (unless it is
    its own country's main place, an island territory's, say)."""

    def why(group: Group) -> str | None:
        choice = group.choice
        if (
            choice is None
            or choice.kind != "city"
            or choice.population >= STRAY_MIN_POPULATION
            or _prominent(choice)
            or group.qualifiers
            or any(t.cue_country or t.owner for t in group.toponyms)
        ):
            return None
        others = [g for g in groups.values() if g is not group and g.choice is not None]
        countries = {g.choice.country_code for g in others if g.choice is not None}
        towns = [
            g.choice
            for g in others
            if g.choice is not None and g.choice.kind in {"city", "admin1", "admin2"}
        ]
        if (
            len(countries) != 1
            or choice.country_code in countries
            or len(towns) < ONE_COUNTRY_MIN_PLACES
        ):
            return None
        nearest = min(km(choice, p) for p in towns)
        if nearest < ONE_COUNTRY_FAR_KM or main_place(choice, gaz):
            return None
        (home,) = countries
        return (
            f"{group.name!r}: its best match, {choice.name} ({choice.country_code}), lies "
            f"{nearest:,.0f} km from the article's places, all in {home}"
        )

    return drop_groups(groups, doc_id, text, why)


def drop_river_towns(groups: dict[str, Group], doc_id: str, text: str) -> list[Unresolved]:
    """ "the Xyz" in a sentence about a river names the river: towns are seldom written with
    "the", and a small town of that name is not meant (the river may be missing)."""

    def why(group: Group) -> str | None:
        choice = group.choice
        if (
            choice is None
            or choice.kind != "city"
            or choice.population >= RIVER_TOWN_POPULATION
            or any(c.kind == "water" for c in group.candidates)
            or not all(t.determiner and _river_sentence(t, text) for t in group.toponyms)
        ):
            return None
        return f"{group.name!r}: written 'the {group.name}' of a river; only a town matches"

    return drop_groups(groups, doc_id, text, why)


def _river_sentence(top: Toponym, text: str) -> bool:
    """Whether the sentence around ``top`` speaks of a river."""
    start = max(text.rfind(". ", 0, top.start), text.rfind("\n", 0, top.start)) + 1
    stops = [i for i in (text.find(". ", top.end), text.find("\n", top.end)) if i >= 0]
    return bool(RIVER_WORDS.search(text, start, min(stops, default=len(text))))


def drop_non_places(
    groups: dict[str, Group], gaz: GazetteerLike, doc_id: str, text: str
) -> list[Unresolved]:
    """The vetoes of this module on what a name is (not where): model names, position
    words, misspelt island chains, rivers read as towns."""
    return [
        *drop_model_names(groups, gaz, doc_id, text),
        *drop_position_words(groups, doc_id, text),
        *drop_fuzzy_island_towns(groups, doc_id, text),
        *drop_river_towns(groups, doc_id, text),
    ]
