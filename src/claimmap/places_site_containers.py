"""Sites the gazetteer lacks placed at the place the text puts them in.

"Protesters gathered on Rustaveli Avenue in Tbilisi": the avenue is no gazetteer entry, but
the sentence says where it is. A site's name (:mod:`claimmap.places_sites`) left unresolved
becomes a place of its own — its own mention, name and id — at the point of its
*container*, the resolved place it is written against:

* "X in Y", "X near Y", "X on the outskirts of Y", "X in central Y";
* "X, Y" (not a list: "X, Y and Z");
* "X in Y, Z" with Y unknown ("Kingsley Road in Estey's Bridge, N.B."): Z;
* "Y's X" ("Tehran's Evin Prison");
* a name that begins with its container's ("the Kabul Serena Hotel": named after it);
* the same name placed elsewhere in the article, or a site of the same sentence placed
  in the sentence's only town ("from Freedom Square to Rustaveli Avenue in Tbilisi").

The point is the container's, so the confidence is lower and the evidence says so. With no
container written, the site stays unresolved with its reason: a dot in the wrong town is
worse than none. The container stays a place of its own.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimmap.model import Place, Span, Unresolved
from claimmap.names import normalize_name
from claimmap.places_sites import site_name

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Kinds of place a site can be placed at: a country's centre says nothing of a street.
CONTAINER_KINDS = frozenset({"city", "admin2", "admin1", "area"})
#: Confidence of a site placed at a town, and (lower) at a province.
TOWN_CONFIDENCE = 0.5
PROVINCE_CONFIDENCE = 0.3
#: Heads of sites inside the town they are named after ("the Kabul Serena Hotel"); bridges,
#: bases, camps and ports often lie far from their namesake.
_IN_TOWN_SORTS = frozenset({"street"})
_IN_TOWN_HEADS = frozenset(
    {"hospital", "clinic", "stadium", "arena", "market", "bazaar", "mosque", "church",
     "cathedral", "synagogue", "hotel", "university", "college", "school", "mall", "station"}
)  # fmt: skip
#: Lower-case words between a preposition and the container: "on the outskirts of Y",
#: "in the centre of Y", "in downtown Y", "in the Georgian capital".
_LOCATORS = (
    r"outskirts|centre|center|heart|middle|suburbs?|edge|north|south|east|west|northeast|"
    r"fringes?|northwest|southeast|southwest|northern|southern|eastern|western|central|downtown|"
    r"old|city|town|village|port|capital|district|province|state|county|region|border"
)
#: "X in Y", "X near Y"; not "Royal Street at Washington Square", a crossing, not a container.
_PREP = (
    r"(?:in|near|outside|inside|off|just\s+outside|(?:north|south|east|west)\s+of|"
    r"on(?=\s+the\s+(?:outskirts|edge|fringes?)\b))"
)
_BETWEEN = re.compile(
    rf"\s+{_PREP}\s+(?:the\s+)?(?:(?:{_LOCATORS})\s+){{0,3}}(?:of\s+(?:the\s+)?)?"
)
_COMMA = re.compile(r"\s*,\s+")
#: "in Estey's Bridge, N.B.": an unknown name between the preposition and the container.
_UNKNOWN_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*,\s+")
_POSSESSIVE = re.compile(r"['’]s\s+(?:the\s+)?$")
_NUMBER_NEXT = re.compile(r"\s+\d")
_LIST_AFTER = re.compile(r"\s*(?:,\s*)?(?:and|or)\s")


@dataclass(frozen=True)
class _Mention:
    """A place's mention, for looking containers up by offset."""

    place: Place
    span: Span


def place_sites(
    found: list[Place], unresolved: list[Unresolved], parsed: Doc, doc_id: str, text: str
) -> tuple[list[Place], list[Unresolved]]:
    """Turn unresolved site names that the text puts in a resolved place into places."""
    if not any(_is_site(u, text) for u in unresolved):
        return found, unresolved
    unresolved = [_unplaced(u) if _is_site(u, text) else u for u in unresolved]
    sites = [u for u in unresolved if _is_site(u, text)]
    starts, ends = _mention_index(found)
    unknown = {u.mention.start: u.mention.end for u in unresolved}
    placed: dict[int, tuple[Place, str]] = {}
    wide: dict[int, Place] = {}
    for site in sites:
        hit = _written_container(site.mention, text, starts, ends, unknown)
        if hit is None:
            hit = _named_after(site.mention, found)
        if hit is not None and _fits(site.mention.text, hit[0]):
            placed[site.mention.start] = hit
        elif hit is not None:
            wide[site.mention.start] = hit[0]
    _by_name(sites, placed)
    _by_sentence(sites, placed, found, parsed)
    if not placed:
        return found, [_too_wide(u, wide) for u in unresolved]
    groups: dict[str, list[tuple[Unresolved, Place, str]]] = defaultdict(list)
    for site in sites:
        if site.mention.start in placed:
            container, why = placed[site.mention.start]
            groups[_site_id(container, site.mention.text)].append((site, container, why))
    new = [_site_place(pid, items, doc_id) for pid, items in groups.items()]
    done = {s.mention.start for items in groups.values() for s, _, _ in items}
    left = [_too_wide(u, wide) for u in unresolved if u.mention.start not in done]
    places = sorted([*found, *new], key=lambda p: p.mentions[0].start)
    return places, left


def _fits(name: str, container: Place) -> bool:
    """A building is placed at a town or a county; a street or a road also at a province
    ("Kingsley Road in Estey's Bridge, N.B.": a rural road told by its province). A
    building written with only its state ("Xyz Medical Center in North Carolina") is an
    institution whose town the text leaves out: the state's centre would misplace it."""
    return container.kind != "admin1" or site_name(name) != "facility"


def _too_wide(miss: Unresolved, wide: dict[int, Place]) -> Unresolved:
    """A building written with only its province says so, not that nothing placed it."""
    state = wide.get(miss.mention.start)
    if state is None:
        return miss
    why = f"{miss.reason.split('; ')[0]}; written only with {state.name} ({state.kind}), whose"
    return Unresolved(miss.mention, f"{why} centre would misplace a building")


#: "the M5", "M5 motorway": a letter-and-number road code is written with "the" or a road
#: word; bare, "M23 rebels", "alongside M23", it names something else (a group, a model).
_LETTER_CODE = re.compile(r"[ABMN]\d{1,4}")
_THE_BEFORE = re.compile(r"\bthe\s+(?:[ABMN]\d{1,4},?\s+(?:(?:and|or)\s+)?)*$", re.IGNORECASE)
_ROAD_AFTER = re.compile(r"\s+(?:motorway|road|highway|carriageway|link|junction)\b", re.I)


def _is_site(miss: Unresolved, text: str) -> bool:
    """A site's name, whole: "Xyz Magnet School 59" goes on past its head noun; a bare
    letter-and-number code is no road (:data:`_LETTER_CODE`)."""
    m = miss.mention
    if _LETTER_CODE.fullmatch(m.text) and not (
        _THE_BEFORE.search(text, max(0, m.start - 40), m.start) or _ROAD_AFTER.match(text, m.end)
    ):
        return False
    return bool(site_name(m.text)) and not _NUMBER_NEXT.match(text, m.end)


def _unplaced(site: Unresolved) -> Unresolved:
    """The reason a site stays unresolved, should no container be found for it."""
    why = f"{site.reason}; no town or province written with it to place it at"
    return Unresolved(site.mention, why)


def _mention_index(found: list[Place]) -> tuple[dict[int, _Mention], dict[int, _Mention]]:
    starts: dict[int, _Mention] = {}
    ends: dict[int, _Mention] = {}
    for place in found:
        forms = place.mention_forms or ("name",) * len(place.mentions)
        for span, form in zip(place.mentions, forms, strict=True):
            if form != "demonym" and place.kind in CONTAINER_KINDS and not site_name(span.text):
                starts[span.start] = ends[span.end] = _Mention(place, span)
    return starts, ends


def _written_container(
    site: Span,
    text: str,
    starts: dict[int, _Mention],
    ends: dict[int, _Mention],
    unknown: dict[int, int],
) -> tuple[Place, str] | None:
    """The container written after the site ("in Y", ", Y", "in X, Y") or before it
    ("Y's"), with the words that say so."""
    m = _BETWEEN.match(text, site.end)
    if m is not None:
        at = m.end()
        hit = starts.get(at) or (starts.get(at - 4) if text[at - 4 : at] == "the " else None)
        if hit is not None:
            return hit.place, f"written '{text[site.start : hit.span.end]}'"
        outer = _after_unknown(text, at, starts, unknown)
        if outer is not None:
            return outer.place, f"written '{text[site.start : outer.span.end]}'"
    m = _COMMA.match(text, site.end)
    if m is not None:
        hit = starts.get(m.end())
        if hit is not None and not _LIST_AFTER.match(text, hit.span.end):
            return hit.place, f"written '{text[site.start : hit.span.end]}'"
    before = text[max(0, site.start - 8) : site.start]
    m = _POSSESSIVE.search(before)
    if m is not None:
        hit = ends.get(site.start - len(before) + m.start())
        if hit is not None:
            return hit.place, f"written '{text[hit.span.start : site.end]}'"
    return None


def _after_unknown(
    text: str, at: int, starts: dict[int, _Mention], unknown: dict[int, int]
) -> _Mention | None:
    """ "in Estey's Bridge, N.B.": past an unknown name to the container written after it."""
    end = unknown.get(at)
    if end is not None:
        m = _COMMA.match(text, end)
        return starts.get(m.end()) if m is not None else None
    m = _UNKNOWN_NAME.match(text, at)
    return starts.get(m.end()) if m is not None else None


def _named_after(site: Span, found: list[Place]) -> tuple[Place, str] | None:
    """ "the Kabul Serena Hotel": a site inside a town whose name begins with that town's
    name, when the article names the town as a place."""
    words = site.text.split()
    if site_name(site.text) not in _IN_TOWN_SORTS and words[-1].lower() not in _IN_TOWN_HEADS:
        return None
    for n in range(len(words) - 1, 0, -1):
        lead = normalize_name(" ".join(words[:n]))
        for place in found:
            if place.kind == "city" and lead in {normalize_name(m.text) for m in place.mentions}:
                return place, f"'{site.text}' is named after {place.name}"
    return None


def _by_name(sites: list[Unresolved], placed: dict[int, tuple[Place, str]]) -> None:
    """Every mention of a site's name goes where one of them is placed (one place, if the
    article puts all that name's placed mentions in one container)."""
    where: dict[str, set[str]] = defaultdict(set)
    first: dict[str, tuple[Place, str]] = {}
    for site in sites:
        if site.mention.start in placed:
            key = normalize_name(site.mention.text)
            container = placed[site.mention.start][0]
            where[key].add(container.id)
            first.setdefault(key, (container, site.mention.text))
    for site in sites:
        key = normalize_name(site.mention.text)
        if site.mention.start not in placed and len(where.get(key, ())) == 1:
            container, written = first[key]
            placed[site.mention.start] = (container, f"'{written}' placed in {container.name}")


def _by_sentence(
    sites: list[Unresolved],
    placed: dict[int, tuple[Place, str]],
    found: list[Place],
    parsed: Doc,
) -> None:
    """ "marched from Freedom Square to Rustaveli Avenue in Tbilisi": a site written in one
    sentence with others all placed in one town, the only town that sentence names."""
    for site in sites:
        if site.mention.start in placed:
            continue
        tok = parsed.char_span(site.mention.start, site.mention.end, alignment_mode="expand")
        if tok is None:
            continue
        sent = tok.sent
        lo, hi = sent.start_char, sent.end_char
        mates = {
            placed[s.mention.start][0].id
            for s in sites
            if s.mention.start in placed and lo <= s.mention.start < hi
        }
        towns = {
            p.id
            for p in found
            if p.kind in {"city", "admin2", "area", "facility"}
            and any(lo <= m.start < hi for m in p.mentions)
        }
        if len(mates) == 1 and towns == mates:
            container = next(p for p in found if p.id in mates)
            why = f"written in one sentence with other sites in {container.name}"
            placed[site.mention.start] = (container, f"{why}, the only place it names")
        elif not mates and len(towns) == 1 and site_name(site.mention.text) == "road":
            container = next(p for p in found if p.id in towns)
            if container.kind != "facility":  # "via the A38 into Tewkesbury": the road's town
                why = f"a road written in a sentence whose only town is {container.name}"
                placed[site.mention.start] = (container, why)


def _site_id(container: Place, name: str) -> str:
    """Stable and unique: the container's id and the site's normalised name."""
    slug = re.sub(r"[^a-z0-9]+", "-", normalize_name(name)).strip("-")
    return f"site:{container.id}:{slug}"


def _site_place(pid: str, items: list[tuple[Unresolved, Place, str]], doc_id: str) -> Place:
    items.sort(key=lambda item: item[0].mention.start)
    site, container, _ = items[0]
    sort = site_name(site.mention.text)
    name = re.sub(r"^[Tt]he\s+", "", site.mention.text)
    evidence = [
        f"a {sort} the gazetteer lacks, placed at its container {container.name}"
        f" ({container.kind}): the point is {container.name}'s, not the {sort}'s"
    ]
    evidence += list(dict.fromkeys(why for _, _, why in items))
    confidence = TOWN_CONFIDENCE if container.kind in {"city", "area"} else PROVINCE_CONFIDENCE
    mentions = tuple(s.mention for s, _, _ in items)
    return Place(
        id=pid,
        doc_id=doc_id,
        name=name,
        kind="facility",
        country_code=container.country_code,
        source_id=pid,
        lat=container.lat,
        lon=container.lon,
        mentions=mentions,
        role="location",
        confidence=round(min(confidence, container.confidence), 3),
        evidence=tuple(evidence),
        mention_forms=("name",) * len(mentions),
    )


__all__ = ["CONTAINER_KINDS", "place_sites"]
