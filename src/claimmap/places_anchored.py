"""Names the sentence itself places ("the village of Xyz, near Abc, in northern Cdf"; "Xyz, a
small port in Abc province"): the
places written after a name with "near" or "in" anchor it, so an entry of that name far
from the one or outside the other is a namesake, not the place meant. With no entry that
fits, the gazetteer lacks the place: unresolved is right, a dot in another country is not.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimmap.places_distance import LOCAL_KM, km
from claimmap.places_groups import countries_named_by_others
from claimmap.places_islands import holds_country
from claimmap.places_scoring import drop_groups

if TYPE_CHECKING:
    from claimmap.model import Candidate, Unresolved
    from claimmap.places_lexicon import Toponym
    from claimmap.places_scoring import Group

#: ", near Abc", ", in Cdf", ", outside Abc": an anchor written after a name.
_ANCHOR = re.compile(
    r"^(?:\s+(?:island|islet|isle|atoll|reef|peninsula|port|town|village))?"
    r"(?:,\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?"  # ", a smaller harbour in Abc province"
    r"(?:harbou?r|port|town|village|city|island|islet|settlement|hamlet|crossing|camp))?"
    r",?\s+(near|outside|close to|in|inside|within|off)\s+(?:the\s+)?(?:(?:north|south|east|west)"
    r"(?:ern|-?(?:east|west)(?:ern)?)?\s+)?",
    re.IGNORECASE,
)
#: A town "near" another this far from it is another town of the name.
NEAR_KM = 150.0
#: A place written "off" a province outside it lies no farther than this from its point.
OFF_KM = 300.0
#: The kinds an "in" anchor contains others by country.
_HOLDERS = frozenset({"country", "admin1", "admin2", "area", "disputed"})
#: How many anchors a chain may hold ("Xyz, near Abc, in northern Cdf").
_MAX_CHAIN = 3


def drop_unanchored(groups: dict[str, Group], doc_id: str, text: str) -> list[Unresolved]:
    """A name whose chosen entry lies outside the place written after it with "in", or far
    from the one written with "near", is dropped: the sentence says where it is."""
    at = {t.start: (t.end, g) for g in groups.values() for t in g.toponyms}

    def why(group: Group) -> str | None:
        choice = group.choice
        if choice is None or choice.kind not in {"city", "admin2", "facility"}:
            return None
        for top in group.toponyms:
            for word, anchor in _anchors(top.end, text, at, group):
                reason = _misfit(choice, word, anchor)
                if not reason:
                    continue
                fits = [c for c in group.candidates if not _misfit(c, word, anchor)]
                if fits:  # "Xyz island, off Abc": the namesake the anchor holds
                    group.choice = max(fits, key=lambda c: c.score)
                    group.reasons.append(f"written '{word} {anchor.name}': {reason} otherwise")
                    return None
                where = f"{choice.name} ({choice.country_code})"
                return f"{group.name!r}: its only match, {where}, {reason}"
        return None

    return drop_groups(groups, doc_id, text, why)


def _anchors(
    end: int, text: str, at: dict[int, tuple[int, Group]], own: Group
) -> list[tuple[str, Candidate]]:
    """The places written right after ``end`` with "near"/"in", in a chain, with the word
    (a direction may open the anchor's mention: "in northern Cdf")."""
    found: list[tuple[str, Candidate]] = []
    for _ in range(_MAX_CHAIN):
        m = _ANCHOR.match(text[end : end + 60])
        if m is None:
            break
        hit = next((at[s] for s in range(end + m.end(1) + 1, end + m.end() + 1) if s in at), None)
        if hit is None or hit[1] is own or hit[1].choice is None:
            break
        found.append((m.group(1).lower(), hit[1].choice))
        end = hit[0]
    return found


def _misfit(choice: Candidate, word: str, anchor: Candidate) -> str | None:
    """Why ``choice`` cannot be the place written ``word`` ``anchor``, if it cannot."""
    if word == "off" and anchor.kind == "admin1" and choice.admin1 != anchor.admin1:
        far = km(choice, anchor)  # "Xyz island, off Abc": in the province, or off its shore
        return f"lies {far:,.0f} km from {anchor.name}, written off it" if far > OFF_KM else None
    if word in {"near", "outside", "close to", "off"} and anchor.kind == "city":
        far = km(choice, anchor)
        return f"lies {far:,.0f} km from {anchor.name}, written near it" if far > NEAR_KM else None
    if (  # "Xyz, a port in Abc province": a town of another province is a namesake
        word in {"in", "inside", "within"}
        and anchor.kind == "admin1"
        and choice.kind == "city"
        and choice.country_code == anchor.country_code
        and choice.admin1
        and anchor.admin1
        and choice.admin1 != anchor.admin1
    ):
        return f"lies outside {anchor.name}, written as holding it"
    if (
        word in {"in", "inside", "within"}
        and anchor.kind in _HOLDERS
        and anchor.country_code
        and not holds_country(anchor.country_code, choice.country_code)
    ):
        return f"lies outside {anchor.name}, written as holding it"
    return None


#: A listed town this far from every other place of the article is a namesake.
FAR_MATE_KM = 1_000.0
#: Towns this big, or known in their own right, are meant wherever they lie.
_KNOWN = frozenset({"national capital", "world city"})
_BIG = 1_000_000
_POINT_KINDS = frozenset({"city", "admin1", "admin2", "facility"})


def drop_far_list_mates(
    groups: dict[str, Group],
    mates: list[tuple[Toponym, Toponym]],
    doc_id: str,
    text: str,
) -> list[Unresolved]:
    """ "fighting around Xyz and Abc" in a story about one country: a town listed with a
    place of a country the article names, itself in a country it never names and far from
    every other place, is a namesake of a town the gazetteer lacks. So is one far from the
    towns of the one country it is listed with, when the places near it are not near
    enough to place it (a claimant's seat, "a spokesman in Paris", is no event place)."""
    named_by_others = countries_named_by_others(groups)
    owner = {id(t): g for g in groups.values() for t in g.toponyms}
    listed: dict[str, list[Group]] = {}
    for a, b in mates:
        ga, gb = owner.get(id(a)), owner.get(id(b))
        if ga is not None and gb is not None and ga is not gb:
            listed.setdefault(ga.key, []).append(gb)
            listed.setdefault(gb.key, []).append(ga)
    points = [  # towns and provinces: a wide region's centre ("the Sahel") is near nothing
        g.choice for g in groups.values() if g.choice and g.choice.kind in _POINT_KINDS
    ]

    def why(group: Group) -> str | None:
        choice = group.choice
        countries = named_by_others[group.key]
        if (
            choice is None
            or choice.kind != "city"
            or choice.population >= _BIG
            or any(w in _KNOWN for w in choice.why)
            or choice.country_code in countries
            or any(t.cue_country for t in group.toponyms)
        ):
            return None
        home = [
            m.choice
            for m in listed.get(group.key, [])
            if m.choice and m.choice.kind != "country" and m.choice.country_code in countries
        ]  # a town or province of a named country: "the Xyz, Abc and Cdf strains" lists none
        if not home:
            return None
        others = [p for p in points if p.source_id != choice.source_id]
        nearest = min((km(choice, p) for p in others), default=0.0)
        mate = f"{home[0].name} ({home[0].country_code})"
        reason = f"{group.name!r}: its best match, {choice.name} ({choice.country_code}), is "
        if nearest >= FAR_MATE_KM:
            return reason + f"listed with {mate} yet lies {nearest:,.0f} km from every other place"
        from_mates = min(km(choice, m) for m in home)
        if (
            len({m.country_code for m in home}) > 1
            or nearest < LOCAL_KM
            or from_mates < FAR_MATE_KM
        ):
            return None
        return reason + (  # the places near it are elsewhere: a seat ("a spokesman in Paris")
            f"listed with {mate}, towns of one country, yet lies {from_mates:,.0f} km from them"
        )

    return drop_groups(groups, doc_id, text, why)


def drop_misplaced(
    groups: dict[str, Group],
    mates: list[tuple[Toponym, Toponym]],
    doc_id: str,
    text: str,
) -> list[Unresolved]:
    """Both vetoes of this module: entries the sentence's anchors or list mates contradict."""
    return [
        *drop_unanchored(groups, doc_id, text),
        *drop_far_list_mates(groups, mates, doc_id, text),
    ]
