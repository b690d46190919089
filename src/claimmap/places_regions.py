"""Wide regions over the small provinces named after them: "the Sahel" is a belt across
Africa, not Burkina Faso's Sahel province, even when the article names Burkina Faso.

The article's countries pull a name toward a province inside them; but when the same name
is also a wide region that holds that province, and the text writes it "the X" with nothing
saying province (no cue, container or owner), the region is the likelier sense: news
writes "the Sahel", "the Maghreb", not "the Sahel province". A name modifying a common
noun ("a Sahel force", "Moscow's Sahel air bridge") is read so too: provinces seldom
qualify things that are not theirs, and "Xyz province" says province by its cue. Likewise a
country's own name ("Panama") is the country, not the province of that name inside it. And a
region's qualified adjective ("an East African hub") names the region.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimmap.names import normalize_name

if TYPE_CHECKING:
    from spacy.tokens import Span

    from claimmap.model import Candidate
    from claimmap.places_lexicon import GazetteerLike, Toponym
    from claimmap.places_scoring import Group

#: A region is wide when its outline's hull covers this many square degrees (~120,000 km²
#: at the equator): the Sahel (~200), not the Jura mountains (~1) or an island.
WIDE_REGION_SQ_DEG = 10.0
#: A province this populous is known by name in its own right (Punjab, not the Sahel's).
KNOWN_PROVINCE_POPULATION = 2_000_000
#: How far (in degrees) the province's point may lie outside the region's hull.
HULL_SLACK_DEG = 0.5

REASON = "'the' and a wide region holding the province of that name: the region"
#: The lowercase word after a name it modifies ("Sahel force", "Sahel air bridge").
_NEXT_WORD = re.compile(r"[ \t]+([a-z][a-z-]*)\b")
#: Words after a name that make it a unit or a town, not a qualifier of a thing.
_UNIT_WORDS = frozenset(
    {"province", "provinces", "region", "district", "state", "county", "department",
     "governorate", "oblast", "prefecture", "city", "town", "village", "capital", "residents",
     "people", "governor", "border", "road", "highway", "river", "and", "or", "to", "in", "of",
     "on", "at", "for", "from", "is", "was", "has", "had", "said", "says"}
)  # fmt: skip


def prefer_wide_regions(groups: dict[str, Group], gaz: GazetteerLike, text: str = "") -> None:
    """Switch each group whose choice is a small province to the wide region of the same
    name that holds it (:func:`wide_region`)."""
    for group in groups.values():
        region = wide_region(group, gaz, text)
        if region is not None:
            group.choice = region
            group.margin = max(group.margin, 0.0)
            group.reasons = [REASON]  # the province's reasons were not the region's


def modifies_noun(top: Toponym, text: str) -> bool:
    """ "a Sahel force": the name qualifies the common noun written right after it."""
    m = _NEXT_WORD.match(text, top.end)
    return m is not None and m[1] not in _UNIT_WORDS


def wide_region(group: Group, gaz: GazetteerLike, text: str = "") -> Candidate | None:
    """The region candidate that should replace ``group``'s province choice, or None."""
    choice = group.choice
    if (
        choice is None
        or choice.kind != "admin1"
        or choice.population >= KNOWN_PROVINCE_POPULATION
        or not any(t.determiner or (text and modifies_noun(t, text)) for t in group.toponyms)
        or any(t.cue_kind not in (None, "region") for t in group.toponyms)
        or any(t.cue_country or t.owner for t in group.toponyms)
        or group.qualifiers
    ):
        return None
    written = {normalize_name(t.name) for t in group.toponyms}
    return next(
        (
            c
            for c in group.candidates
            if c.kind == "region"
            and not c.fuzzy
            and normalize_name(c.name) in written
            and _holds_widely(c, choice, gaz)
        ),
        None,
    )


def _holds_widely(region: Candidate, inner: Candidate, gaz: GazetteerLike) -> bool:
    """Whether ``region``'s outline is wide and its hull (near enough) holds ``inner``."""
    from shapely.geometry import Point

    shape = gaz.geometry(region.source_id)
    if shape is None:
        return False
    hull = shape.convex_hull
    if hull.area < WIDE_REGION_SQ_DEG:
        return False
    return bool(hull.distance(Point(inner.lon, inner.lat)) <= HULL_SLACK_DEG)


def country_over_own_province(
    best: Candidate, group: Group, container: Candidate | None, reasons: list[str]
) -> Candidate | None:
    """ "Panama" beside "Panama's Darien province": a name that is a country's own is that
    country, not the province of the same name inside it, which only the country's other
    mentions and provinces seemed to support — unless a cue or a container says province.
    A country's name is that country over a foreign province of the name too ("Niger" over
    Nigeria's Niger State, backed only by Nigeria's mentions) unless the text reads it as
    the province (:func:`_province_read`)."""
    if best.kind != "admin1" or container is not None:
        return None
    if any(t.cue_kind or t.direction for t in group.toponyms):
        return None
    written = {normalize_name(t.name) for t in group.toponyms}
    countries = [
        c
        for c in group.candidates
        if c.kind == "country" and not c.fuzzy and normalize_name(c.name) in written
    ]
    own = next((c for c in countries if c.country_code == best.country_code), None)
    if own is not None or not countries or _province_read(group, reasons):
        return own
    return countries[0]  # "eradicated in Egypt and Niger": the country, not Niger State


#: Reasons of a province's score that come from the text reading it as a province: other
#: provinces of its country named, places it holds, a container after it.
_PROVINCE_SUPPORT = ("other provinces of", "may hold", "container", "contains")


def _province_read(group: Group, reasons: list[str]) -> bool:
    """Whether the text reads a name shared by a country and a foreign province as the
    province: listed among provinces, or backed by more than its country's mentions."""
    if group.mate_kinds["admin1"] > group.mate_kinds["city"] + group.mate_kinds["country"]:
        return True  # "Kano, Kaduna and Niger": listed among provinces
    return any(s in r for r in reasons for s in _PROVINCE_SUPPORT)


#: Endings of a region's adjective and what its name ends with instead: "African" → "Africa",
#: "Asian" → "Asia", "American" → "America", "Eastern" → "East".
_ADJECTIVE_ENDINGS = (("an", "a"), ("ern", ""))


#: Nouns of people a region's adjective can describe ("Central American migrants"): who
#: they are, as a demonym says, not where the story is.
PEOPLE_NOUNS = frozenset(
    {"migrant", "refugee", "immigrant", "emigrant", "people", "leader", "national", "citizen",
     "worker", "woman", "man", "child", "family", "asylum", "seeker", "diaspora", "community",
     "student", "player", "official", "minister", "diplomat", "voter", "resident", "traveller",
     "traveler", "tourist", "descent", "origin"}
)  # fmt: skip
#: ...and nouns of a country the adjective describes ("the South American country of
#: Xyz", "West African nations"): the countries meant, not the region, are the places.
COUNTRY_NOUNS = frozenset({"country", "nation", "state", "government", "republic"})
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})


def region_adjective(span: Span, gaz: GazetteerLike) -> str:
    """ "an East African hub", "Southeast Asian ports": the region a qualified adjective of a
    continent names ("East Africa"), when the gazetteer holds it as a region, or "". A bare
    "African" or "European" is a people's or a union's, not a place to map, and so is the
    adjective of people ("Central American migrants") or of countries ("West African
    nations": the countries are the places)."""
    words = span.text.split()
    if (
        len(words) < 2
        or not all(w[:1].isupper() for w in words)
        or _described_noun(span) in PEOPLE_NOUNS | COUNTRY_NOUNS
        or _quoted(span)  # '"North American" strains': a name given to a thing
    ):
        return ""
    last = words[-1]
    for ending, stem_end in _ADJECTIVE_ENDINGS:
        if not last.endswith(ending):
            continue
        name = " ".join([*words[:-1], last[: -len(ending)] + stem_end])
        if not gaz.knows(name):
            continue
        cands = gaz.lookup(name, limit=1, fuzzy=False)
        if cands and cands[0].kind == "region":
            return name
    return ""


def _described_noun(span: Span) -> str:
    """The lemma of the noun the adjective modifies (through other modifiers), or ""."""
    tok = span.root
    while tok.dep_ in {"amod", "compound", "nmod"} and tok.head.i > tok.i:
        tok = tok.head
    return tok.lemma_.lower() if tok.i >= span.end else ""


def _quoted(span: Span) -> bool:
    doc = span.doc
    before = doc[span.start - 1].text if span.start > 0 else ""
    after = doc[span.end].text if span.end < len(doc) else ""
    return before in _QUOTES and after in _QUOTES
