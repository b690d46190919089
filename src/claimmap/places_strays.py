"""The vetoes place resolution ends with: a wrong dot on a map is worse than a missing one,
so a name whose best entry is a stray (a country the article never names), a far namesake,
a far guess from the article's countries or a code's alias is reported unresolved, with the
reason. Split from :mod:`claimmap.places`, which wires recognition and resolution.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimmap.model import Candidate, Unresolved
from claimmap.names import normalize_name
from claimmap.places_article import ARTICLE_COUNTRY_EVIDENCE, NOTABLE_POPULATION
from claimmap.places_distance import accompanied, km
from claimmap.places_groups import countries_named_by_others, named_countries
from claimmap.places_lexicon import PLACE_LABELS, TYPED_GUESS
from claimmap.places_scoring import Group, drop_groups
from claimmap.places_slots import named_by_noun

if TYPE_CHECKING:
    from claimmap.places_lexicon import Toponym

#: Gazetteer-only matches in countries the article does not mention are kept from this size,
STRAY_MIN_POPULATION = 1_000_000
#: ...or when this close to another place of the article (a town across a border).
STRAY_NEIGHBOUR_KM = 400
#: The only town of a name, written in a place slot, is kept from this size wherever it lies
#: ("a missile fired from Yemen toward Xyz": no namesake could be meant).
SOLE_TOWN_POPULATION = 20_000
#: A small namesake this far from every other place of the article is left unresolved...
FAR_NAMESAKE_KM = 3_000
#: ...a hamlet (no recorded population to speak of) this far...
HAMLET_POPULATION = 1_000
FAR_HAMLET_KM = 500
#: ...unless the gazetteer marks it as a place known in its own right (a provincial seat
#: only from this size: Sorø, seat of a Danish region, is no Geneva).
PROMINENT = frozenset({"national capital", "world city"})
PROMINENT_SEAT_POPULATION = 100_000
#: How many of the most-mentioned places spread is measured against.
MAX_ANCHORS = 60


def anchors(groups: dict[str, Group]) -> list[Candidate]:
    """First guesses of the most-mentioned names, to measure spread against (capped, so
    that a book-length text stays linear)."""
    ranked = sorted(groups.values(), key=lambda g: -len(g.toponyms))
    return [g.choice for g in ranked if g.choice and g.choice.kind != "region"][:MAX_ANCHORS]


def drop_strays(groups: dict[str, Group], doc_id: str, text: str) -> list[Unresolved]:
    """Names only the gazetteer saw (no NER place label) that land in a country the article
    never mentions are more likely common words or people than places ("the Centre") —
    unless the entry is a city known in its own right (a capital, a world city, a big
    provincial seat), which a short wire item names without its country."""
    countries = named_countries(groups)
    if not countries:
        return []
    strays = {
        key
        for key, group in groups.items()
        if group.choice is not None
        and group.choice.kind in {"city", "admin1", "admin2", "area", "facility"}
        and group.choice.country_code not in countries
        and group.choice.population < STRAY_MIN_POPULATION
        and not (_well_known_city(group.choice) and any(map(_in_place_slot, group.toponyms)))
        and not any(
            t.label in PLACE_LABELS
            or t.cue_kind
            or _listed(t)
            or _placed_by_article(t)
            or named_by_noun(t)
            for t in group.toponyms
        )
    }
    points = anchors({k: g for k, g in groups.items() if k not in strays})
    out = []
    for key in strays:
        group = groups[key]
        choice = group.choice
        assert choice is not None
        if any(km(choice, p) < STRAY_NEIGHBOUR_KM for p in points if p.kind != "country"):
            continue  # "from Myawaddy to Mae Sot": across a border from the article's places
        reach = FAR_NAMESAKE_KM if choice.population >= NOTABLE_POPULATION else STRAY_NEIGHBOUR_KM
        if _sole_town(group) and (
            choice.population >= SOLE_TOWN_POPULATION or any(km(choice, p) < reach for p in points)
        ):
            continue  # "from Xyz into Croatia": the only town of the name, next to it
        del groups[key]
        reason = f"{group.name!r}: only a {choice.kind} in {choice.country_code} matches, "
        out += group.unresolved(doc_id, text, reason + "a country the article does not mention")
    return out


def _sole_town(group: Group) -> bool:
    """The name's only entry, a town spelt as the gazetteer spells it, written as a name in a
    place slot ("walked from Xyz"): a short wire item names such a town without its country,
    and nothing else in the gazetteer could be meant — if it lies next to another place of
    the article (a country's point counts), or within reach of one for a town of note."""
    cands = group.candidates
    return (
        len(cands) == 1
        and cands[0].kind == "city"
        and not cands[0].fuzzy
        and any(map(_in_place_slot, group.toponyms))
    )


def _sole_known_town(group: Group, text: str = "") -> bool:
    """The name's only entry, a town of :data:`SOLE_TOWN_POPULATION` spelt as written, that the
    text calls a town (a type cue) or puts in a place slot ("a ruling in Xyz", tagged a
    place): not a namesake of another."""
    cands = group.candidates
    return (
        len(cands) == 1
        and cands[0].kind == "city"
        and not cands[0].fuzzy
        and cands[0].population >= SOLE_TOWN_POPULATION
        and any(
            t.cue_kind == "city" or _in_place_slot(t) or _after_preposition(t, text)
            for t in group.toponyms
        )
    )


#: A locative preposition right before a name, read off the text.
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|from|to|into|near|outside|inside|via)\s+$")


def _after_preposition(top: Toponym, text: str) -> bool:
    """A capitalised name NER tagged a place, written right after a locative preposition."""
    return (
        top.label in PLACE_LABELS
        and top.text[:1].isupper()
        and _PREPOSITION_BEFORE.search(text[max(0, top.start - 12) : top.start]) is not None
    )


def _well_known_city(cand: Candidate) -> bool:
    """A city a short wire item names without its country ("an officer in Xyz said"): a
    capital or provincial seat of at least :data:`PROMINENT_SEAT_POPULATION` people, spelt
    as the gazetteer spells it (a small island capital is no such city)."""
    return (
        cand.kind == "city"
        and not cand.fuzzy
        and cand.population >= PROMINENT_SEAT_POPULATION
        and any(w in PROMINENT or w == "admin-1 seat" for w in cand.why)
    )


def _in_place_slot(top: Toponym) -> bool:
    """Capitalised as a name and written after a locative preposition ("to Xyz"): a word
    matched only in a text without capitals ("male", "oral") is no such mention."""
    return (
        top.text[:1].isupper()
        and not top.text.isupper()
        and any(e.startswith("after '") for e in top.evidence)
    )


def _prominent_twin(group: Group) -> bool:
    """Whether an entry of the same name and country as the choice is known in its own
    right: a province named after its famous seat is no stray namesake."""
    choice = group.choice
    return choice is not None and any(
        c.country_code == choice.country_code
        and c.name == choice.name
        and not c.fuzzy  # a misspelling is no namesake known in its own right
        and (c.population >= STRAY_MIN_POPULATION or _prominent(c))
        for c in group.candidates
    )


def _prominent(cand: Candidate) -> bool:
    """A capital, a world city or a big provincial seat: known in its own right."""
    return any(w in PROMINENT for w in cand.why) or (
        "admin-1 seat" in cand.why and cand.population >= PROMINENT_SEAT_POPULATION
    )


def drop_far_namesakes(groups: dict[str, Group], doc_id: str, text: str) -> list[Unresolved]:
    """Minimal spread, as a veto: a small namesake thousands of km from every other place of
    the article, in a country it never names ("Suffolk" → a US town in a story about
    England), is likelier a place the gazetteer lacks than the one meant."""
    named_by_others = countries_named_by_others(groups)
    named = {k: g for k, g in groups.items() if not k.startswith("demonym:")}
    points = anchors(named)  # "French troops" put no place in France
    if not points:
        return []

    def why(group: Group) -> str | None:
        choice = group.choice
        countries = named_by_others[group.key]  # its own province names no country by itself
        others = [p for p in points if p.source_id != (choice and choice.source_id)]
        hamlet = choice is not None and choice.population < HAMLET_POPULATION
        if (  # a hamlet far from the one other place ("from El Fasher to Tawila") will do
            choice is None
            or not others
            or (not hamlet and (not countries or len(points) < 2))
            or choice.kind not in {"city", "admin1", "admin2"}
            or choice.country_code in countries
            or (choice.population >= STRAY_MIN_POPULATION and not choice.fuzzy)
            or (_prominent(choice) and not choice.fuzzy)  # Geneva: no namesake; "Rabia": no Rabat
            or _prominent_twin(group)  # the canton of Geneva chosen over its city
            or any(t.cue_country for t in group.toponyms)  # "the village of X" says no more
            or _sole_known_town(group, text)  # "Xyz Mayor Abc said": no namesake to mistake it for
        ):
            return None
        near = accompanied(others, FAR_NAMESAKE_KM) if hamlet else others  # not a lone outlier
        nearest = min(km(choice, p) for p in near)
        if nearest < (FAR_HAMLET_KM if hamlet else FAR_NAMESAKE_KM):
            return None
        reason = f"{group.name!r}: its best match, {choice.name} ({choice.country_code}), "
        return reason + f"lies {nearest:,.0f} km from the other places"

    return drop_groups(groups, doc_id, text, why)


def drop_far_article_guesses(groups: dict[str, Group], doc_id: str, text: str) -> list[Unresolved]:
    """ "the nearby Roj camp" in a story about Syria that names the U.S. in passing: a name
    kept only because an entry of it lies in a country the article names (no place label,
    cue, list or preposition), or as a name the gazetteer lacks ("from al-Roj", whose "Roj"
    is only a US town's alias), is not that entry when it lies far from every town and
    province the article names as a place — not as a government acting ("Washington
    provided support") — and the country's centre says nothing of where its towns are."""

    def why(group: Group) -> str | None:
        choice = group.choice
        if (
            choice is None
            or choice.kind not in {"city", "admin1", "admin2"}
            or not all(_weakly_placed(t) for t in group.toponyms)
        ):
            return None
        points = [
            g.choice
            for k, g in groups.items()
            if k != group.key
            and g.choice is not None
            and g.choice.kind in {"city", "admin1", "admin2"}
            and not all(t.agent for t in g.toponyms)
        ]
        nearest = min((km(choice, p) for p in points), default=0.0)
        if nearest < FAR_NAMESAKE_KM:
            return None
        reason = f"{group.name!r}: placed only by its country, but {choice.name} "
        return reason + (
            f"({choice.country_code}) lies {nearest:,.0f} km from the "
            "article's other towns and provinces"
        )

    return drop_groups(groups, doc_id, text, why)


def _weakly_placed(top: Toponym) -> bool:
    """Kept, with no place label, only for an entry in a country the article names, or as a
    name the gazetteer lacks that the text calls a place ("from al-Roj")."""
    guess = any(e.startswith(TYPED_GUESS) for e in top.evidence)
    return top.label not in PLACE_LABELS and (guess or _placed_by_article(top))


def _listed(top: Toponym) -> bool:
    return any(e.startswith("listed with") for e in top.evidence)


def _placed_by_article(top: Toponym) -> bool:
    """Recognised because an entry lies in a country the article names (a neighbour of a
    disputed area the context counts do not see: "Khan Younis" beside "Gaza")."""
    return any(e.endswith(ARTICLE_COUNTRY_EVIDENCE) for e in top.evidence)


def drop_codes(groups: dict[str, Group], doc_id: str, text: str) -> list[Unresolved]:
    """ "E.U.", "BAI": a short code that only matches a town by one of its alternate names, or
    by its own name written in other capitals ("UN", the town "Un") with nothing calling it a
    place, is an airport or organisation code, not the town."""

    def why(group: Group) -> str | None:
        choice = group.choice
        if (
            choice is None
            or choice.kind != "city"
            or not all(is_code(t.text) and t.form == "name" for t in group.toponyms)
        ):
            return None
        if normalize_name(choice.name) == normalize_name(group.name) and any(
            t.text == choice.name or t.label in PLACE_LABELS or t.cue_kind for t in group.toponyms
        ):
            return None  # "UN" (an organisation) is not the town "Un"; "GAO, Mali" is Gao
        return f"{group.name!r} is a code; only a town's alias matches"

    return drop_groups(groups, doc_id, text, why)


def is_code(word: str) -> bool:
    """ "BAI", "E.U.", and abbreviations such as "Va.", "Calif.", "N.B." (state names in AP
    style, which the gazetteer may not hold)."""
    letters = word.replace(".", "")
    if not letters.isalpha() or len(letters) < 2:
        return False
    return (len(letters) <= 4 and letters.isupper()) or (
        word.endswith(".") and len(letters) <= 5 and word[:1].isupper()
    )
