"""Waters, natural features and regions: what a name means when it is not a town.

Where on a river an article puts it: a river is a line hundreds of kilometres long; its
gazetteer point is the middle of its course. "Migrants crossed the Rio Grande near Eagle
Pass" or "a bend of the Mississippi" in a story about New Orleans mean the stretch near those
places, so a river's point moves to the point of its course nearest the places named with it:
in the same sentence if any, else in the article; of those, the one closest to the river.

Seas, deserts and regions the gazetteer lacks are left unresolved rather than put on the
town or province named after them: "attacks in the Red Sea" (a province of Sudan), "into the
western Pacific" (a town in Washington), "the Gulf region" (a province of Papua New Guinea).
"The Kherson region" is the province where one of that name is at hand.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from claimmap.model import Place, Unresolved
from claimmap.names import normalize_name
from claimmap.nlp import token_texts
from claimmap.places_groups import named_countries
from claimmap.places_lexicon import (
    ADMIN_TITLES,
    SEA_NOUNS,
    WATER_NOUNS,
    GazetteerLike,
    toponym_at,
)
from claimmap.places_scoring import drop_groups
from claimmap.places_syntax import region_noun

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as TokenSpan

    from claimmap.model import Candidate
    from claimmap.places_lexicon import Toponym
    from claimmap.places_scoring import Group

#: Kinds that locate a stretch of river; countries and regions are too coarse to.
_LOCAL_KINDS = frozenset({"city", "admin1", "admin2", "facility"})
#: Farther than this (degrees) from the course, the article's places say nothing about
#: which stretch it means.
_MAX_GAP_DEG = 5.0
#: Evidence on a name written "X region" when no province of that name is at hand.
NO_PROVINCE_EVIDENCE = "'X region', and no province of that name at hand"
#: "the Kherson region" (tagged a person) names a province, and so its country.
PROVINCE_WORDS = frozenset({"region", "province", "oblast", "governorate", "prefecture"})
#: A town this big (or a capital) may be written "the X"; a smaller one so written, and
#: tagged a location, is rather a sea, a range or a region the gazetteer lacks.
FEATURE_TOWN_POPULATION = 100_000


def pin_rivers(places: Sequence[Place], gaz: GazetteerLike, text: str) -> list[Place]:
    """``places`` with each river placed on its course near the article's other places."""
    local = [p for p in places if p.kind in _LOCAL_KINDS and p.role == "location"]
    if not local:
        return list(places)
    out = []
    for place in places:
        line = gaz.geometry(place.source_id) if place.kind == "water" else None
        if line is None or line.geom_type not in ("LineString", "MultiLineString"):
            out.append(place)
            continue
        out.append(_pinned(place, line, _near(place, local, text) or local))
    return out


def _near(river: Place, local: list[Place], text: str) -> list[Place]:
    """Places mentioned in a sentence that mentions the river."""
    spans = []
    for m in river.mentions:
        start = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start)) + 1
        stops = [i for i in (text.find(". ", m.end), text.find("\n", m.end)) if i != -1]
        spans.append((start, min(stops) if stops else len(text)))
    return [p for p in local if any(s <= m.start < e for m in p.mentions for s, e in spans)]


def _pinned(place: Place, line: Any, near: list[Place]) -> Place:
    """The river's point moved to its course where it passes nearest one of ``near``."""
    from shapely.geometry import Point

    gap, target = min((line.distance(Point(p.lon, p.lat)), Point(p.lon, p.lat)) for p in near)
    if gap > _MAX_GAP_DEG:
        return place
    at = line.interpolate(line.project(target))
    evidence = (*place.evidence, "placed on its course nearest the places named with it")
    return dataclasses.replace(
        place, lat=round(float(at.y), 5), lon=round(float(at.x), 5), evidence=evidence
    )


def drop_water_namesakes(groups: dict[str, Group], doc_id: str, text: str) -> list[Unresolved]:
    """ "attacks in the Red Sea": a name that is a sea, gulf or strait by its last word is not
    the province or town named after it, unless the text says so ("Red Sea State")."""

    def why(group: Group) -> str | None:
        choice = group.choice
        if (
            choice is None
            or choice.kind not in {"city", "admin1", "admin2"}
            or group.name.split()[-1] not in WATER_NOUNS
            or len(group.name.split()) < 2
            or any(t.cue_kind or t.form != "name" for t in group.toponyms)
        ):
            return None
        water = _water_of_name(group)
        if water is not None:  # "the Red Sea" beside an article's Egypt: the sea, held
            group.choice = water
            group.reasons = [WATER_REASON]  # the province's reasons were not the sea's
            return None
        reason = f"{group.name!r} names a body of water; the gazetteer only has the "
        return reason + f"{choice.kind} {choice.name} ({choice.country_code})"

    return drop_groups(groups, doc_id, text, why)


WATER_REASON = "a name that is water by its last word: the water of that name"


def _water_of_name(group: Group) -> Candidate | None:
    """The water entry of exactly the group's name among its candidates, if the gazetteer
    holds one (it lost to a province of the article's country)."""
    name = normalize_name(group.name)
    return next(
        (
            c
            for c in group.candidates
            if c.kind == "water" and not c.fuzzy and normalize_name(c.name) == name
        ),
        None,
    )


def names_a_feature(toponyms: Sequence[Toponym]) -> bool:
    """ "into the western Pacific", "across the Sahara": a name written "the X" and tagged a
    location (spaCy's label for seas, deserts and ranges, not for cities or countries)."""
    return all(t.label == "LOC" and t.determiner and not t.cue_kind for t in toponyms)


#: Parts of a river a name can qualify: "the Xyz delta" is the river's, not a town's.
RIVER_PARTS = frozenset(
    {"delta", "estuary", "basin", "valley", "mouth", "banks", "tributary", "floodplain"}
)


#: Nouns of an island group: "the Xyz archipelago" is no village of that name.
ISLAND_GROUPS = frozenset({"archipelago", "islands", "isles", "atoll"})
#: A town below this population (a village with hardly any recorded) is no island group.
ISLAND_VILLAGE_POPULATION = 1_000


def river_part_candidates(group: Group, text: str) -> list[Candidate]:
    """ "in the Volga delta", "the Xyz basin": a name every mention of which qualifies a part
    of a river means the river where the gazetteer holds one of that name, not its town;
    and a name the text once calls an island group ("the Xyz archipelago") is not a village
    of that name (one sense per discourse: nor is its bare "to Xyz")."""
    cands = group.candidates
    if island_group(group.toponyms, text):
        cands = [c for c in cands if c.kind != "city" or c.population >= ISLAND_VILLAGE_POPULATION]
    water = [c for c in cands if c.kind == "water"]
    if not water or not all(_next_word(text, t.end) in RIVER_PARTS for t in group.toponyms):
        return cands
    return water


def island_group(toponyms: Sequence[Toponym], text: str) -> str:
    """The island-group noun after a mention of the name ("archipelago"), or ""."""
    return next((w for t in toponyms if (w := _next_word(text, t.end)) in ISLAND_GROUPS), "")


def _next_word(text: str, end: int) -> str:
    words = text[end : end + 20].split(maxsplit=1)
    return words[0].strip(".,;:").lower() if words else ""


def feature_namesake(cand: Candidate) -> bool:
    """A small town, the likelier namesake of a feature than the feature's meaning: towns are
    seldom written "the X" (a big city or a capital may be)."""
    return (
        cand.kind == "city"
        and cand.population < FEATURE_TOWN_POPULATION
        and not any(w in {"national capital", "world city"} for w in cand.why)
    )


def drop_unheld_regions(groups: dict[str, Group], doc_id: str, text: str) -> list[Unresolved]:
    """ "the Gulf region", "the tropical Pacific region": a region with no province of that
    name at hand is not a province or town of that name in a country the article never
    names (Gulf, PG); the gazetteer lacks it."""

    def why(group: Group) -> str | None:
        choice = group.choice
        if (
            choice is None
            or choice.kind not in {"admin1", "admin2", "city"}
            or not all(NO_PROVINCE_EVIDENCE in t.evidence for t in group.toponyms)
            or choice.country_code in named_countries(groups, besides=group)
        ):
            return None
        reason = f"'the {group.name} region': no province of that name in the article's "
        return reason + f"countries, only {choice.name} ({choice.country_code})"

    return drop_groups(groups, doc_id, text, why)


# --- "the X region" ---------------------------------------------------------------------------


def region_province(
    span: TokenSpan, gaz: GazetteerLike, countries: Callable[[], frozenset[str]]
) -> Candidate | None:
    """ "the Kherson region", "the Zaporizhzhia region": the first-level division of that name
    (or named after the seat of that name) in a country the article names, or whose seat is
    what the name means first. Not "the Somme region", "the tropical Pacific region",
    "the Gulf region": no such province, or one in a country the article never names
    (``countries``, asked only for an "X region" phrase: not counting the name's own)."""
    if region_noun(span) is None or not gaz.knows(span.text):
        return None
    cands = gaz.lookup(span.text, limit=5, fuzzy=False)
    top = cands[0] if cands else None
    for cand in cands:
        province = cand if cand.kind == "admin1" else seat_province(cand, gaz)
        if province is None:
            continue
        seat_first = (
            top is not None
            and top.kind == "city"
            and ("admin-1 seat" in top.why or cand is top)  # its province spells its name
            and top.admin1 == province.admin1
        )
        if seat_first or province.country_code in countries():
            return province
    return None


def seat_province(cand: Candidate, gaz: GazetteerLike) -> Candidate | None:
    """The province a provincial seat gives its name to ("Zaporizhzhya" → "Zaporizhzhya
    Oblast"), scored as a look-up of its own name, or None."""
    if cand.kind != "city" or not cand.admin1:
        return None
    province = gaz.get(f"admin1:{cand.admin1}")
    if province is None or not _named_after(province, cand, gaz):
        return None
    if "admin-1 seat" not in cand.why and not _spelt_as(province, cand, gaz):
        return None  # an unflagged seat: only when the province's name is the city's spelling
    found = gaz.lookup(province.name, kind="admin1", limit=3, fuzzy=False)
    return next((c for c in found if c.source_id == province.source_id), None)


def _spelt_as(province: Candidate, seat: Candidate, gaz: GazetteerLike) -> bool:
    """The province's name is a spelling the gazetteer lists for the city ("Tombouctou" for
    Timbuktu): the two share a name, though the seat flag is missing."""
    found = gaz.lookup(province.name, kind="city", limit=10, fuzzy=False)
    return any(c.source_id == seat.source_id for c in found)


def _named_after(province: Candidate, seat: Candidate, gaz: GazetteerLike) -> bool:
    """The province's name begins with its seat's, or is a spelling of the seat's name the
    gazetteer lists ("Odessa" for the city Odesa): the two share a name."""
    if normalize_name(province.name).startswith(normalize_name(seat.name)):
        return True
    words = province.name.split()
    bare = " ".join(words[:-1]) if len(words) > 1 and words[-1] in ADMIN_TITLES else ""
    for name in filter(None, (province.name, bare)):  # "Xyzkyy Oblast": its seat "Xyzkyi"
        found = gaz.lookup(name, kind="city", limit=10, fuzzy=False)
        if any(c.source_id == seat.source_id for c in found):
            return True
    return False


def country_of_province(name: Token, gaz: GazetteerLike, *, seat: bool) -> set[str]:
    """The country of the province a capitalised word names, itself or (only, with ``seat``:
    "the Gulf region" need be no province) through a seat of that name."""
    if not name.text[:1].isupper() or not name.is_alpha or not gaz.knows(name.text):
        return set()
    top = gaz.lookup(name.text, limit=1, fuzzy=False)
    if not top or not top[0].country_code:
        return set()
    province = seat_province(top[0], gaz)
    if province is None and top[0].kind == "admin1" and not seat:
        province = top[0]
    return {province.country_code} if province and province.country_code else set()


def short_sea_names(parsed: Doc, found: list[Toponym], gaz: GazetteerLike) -> list[Toponym]:
    """ "crossed the English Channel ... the prefecture for the Channel": "the" and a
    capitalised sea noun alone, outside every recognised name, is the sea the article named
    in full with that last word (one only), which the gazetteer holds as a body of water."""
    full: dict[str, str] = {}
    for top in found:
        words = top.name.split()
        if top.form == "name" and len(words) > 1 and words[-1] in SEA_NOUNS:
            cands = gaz.lookup(top.name, limit=1, fuzzy=False) if gaz.knows(top.name) else []
            if cands and cands[0].kind == "water":
                full[words[-1]] = top.name if words[-1] not in full else ""
    out: list[Toponym] = []
    if not full:
        return out
    for i, word in enumerate(token_texts(parsed)):
        name = full.get(word)
        if not name:
            continue
        tok = parsed[i]
        if (
            tok.i == 0
            or parsed[tok.i - 1].lower_ != "the"
            or (tok.i + 1 < len(parsed) and parsed[tok.i + 1].pos_ == "PROPN")
            or any(t.start <= tok.idx < t.end for t in found)
        ):
            continue
        why = f"'the {tok.text}' after '{name}' in the article: its short form"
        span = parsed[tok.i : tok.i + 1]
        out.append(toponym_at(span, name=name, determiner=True, article=True, evidence=(why,)))
    return out


#: The words a sea's name is completed with when written alone ("the Baltic ports").
SEA_COMPLETIONS = ("Sea", "Ocean")
#: Nouns of things at sea: "the Xyz route" is the sea's; "the Xyz flyway", "the Xyz side of
#: the continent" and "Peru's Pacific coast" (a strip of land, not the ocean) are left unresolved.
MARITIME_NOUNS = frozenset(
    {"route", "routes", "crossing", "crossings", "passage", "waters", "port", "ports",
     "shipping", "lanes", "seabed", "fleet", "fleets", "fishery", "fisheries"}
)  # fmt: skip
_LOWER_NEXT = re.compile(r" ([a-z]+)\b")
#: "the Pacific side of the Panama Canal", "the Atlantic end of the Xyz Strait": a side of a
#: waterway joining two seas is one of those seas (a side of a continent is a strip of land).
_SIDE_NOUNS = frozenset({"side", "end", "entrance", "approaches", "mouth"})
_OF_PASSAGE = re.compile(r" of the (?:[A-Z][\w'-]* )*(?:Canal|Strait|Straits|Isthmus|Channel)\b")


def sea_as_adjective(group: Group, gaz: GazetteerLike, text: str) -> list[Candidate]:
    """ "the Baltic ports", "Pacific ports": a one-word name written "(the) X <noun>" at
    every mention (a noun of the sea, :data:`MARITIME_NOUNS`), where the gazetteer holds a
    sea of that name (as "X Sea", "X Ocean" or an alternate name), is the sea qualifying the
    noun — not a small town of its name (other mentions may be "the X", as seas are). The
    sea and the big namesakes are the candidates;
    [] when the reading does not apply."""
    uses = [_adjective_use(t, text) for t in group.toponyms]
    written = zip(uses, group.toponyms, strict=True)
    if not any(uses) or not all(u or t.determiner for u, t in written):
        return []  # "the Pacific route ... crossed the Pacific": a sea, the way seas are written
    seas = [c for c in group.candidates if c.kind == "water" and not c.fuzzy]
    for word in SEA_COMPLETIONS if not seas else ():
        full = f"{group.name} {word}"
        if gaz.knows(full):
            seas += [c for c in gaz.lookup(full, kind="water", limit=1, fuzzy=False)]
    if not seas:
        return []
    kept = [c for c in group.candidates if c.kind != "water" and not feature_namesake(c)]
    return [*seas, *kept]


def _adjective_use(top: Toponym, text: str) -> bool:
    """One word before a maritime noun ("the Baltic ports", "through Pacific ports": no
    "the" is needed, the noun is plural or generic) or a side of a waterway ("the Pacific
    side of the Xyz Canal"), and not written "the X" as a name of its own."""
    if top.form != "name" or " " in top.name or top.determiner:
        return False
    after = _LOWER_NEXT.match(text, top.end)
    if after is None:
        return False
    word = after.group(1)
    return word in MARITIME_NOUNS or (
        word in _SIDE_NOUNS and _OF_PASSAGE.match(text, after.end()) is not None
    )
