"""Local bodies named after their place: "the Houston Police Department", "Cornwall
Council", "the Maricopa County Sheriff's Office", "Police in Kent".

Local and wire news quote a city's, county's or province's own bodies far more than any
national one. Their name is the place, then a head noun from a small closed list of
local-government and agency words; such a body sits in that place (a city; a county or
province at region precision). The place is the one the article resolved under that
name, else the gazetteer's entry of that very name in the article's countries. A US
county is not in the gazetteer: the state the article names stands for it, else it stays
unplaced.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from claimmap.actors_table import normalize
from claimmap.claims_cues import words

if TYPE_CHECKING:
    from claimmap.model import Actor, Candidate, Place


def _phrases(text: str) -> frozenset[str]:
    """Phrases written one after another, each ended by "|"."""
    return frozenset(" ".join(p.split()) for p in text.split("|") if p.strip())


#: Head nouns of local bodies, after their place's name (a closed list, lower case, "'s"
#: dropped): "Houston Police Department", "Devon County Council".
BODY_HEADS = _phrases(
    """
    police|police department|police service|police force|police headquarters|constabulary|
    city police|municipal police|metropolitan police|provincial police|state police|
    sheriff office|sheriff department|county sheriff office|county sheriff department|
    fire department|fire service|fire brigade|fire and rescue service|fire rescue|
    council|city council|county council|town council|district council|borough council|
    municipal council|parish council|metropolitan council|regional council|
    county commission|county commissioners|board of supervisors|county board|
    municipality|city hall|town hall|mayor office|prefecture|provincial government|
    city government|county government|municipal government|school district|
    transit authority|health department|emergency management|police and fire|
    coast guard|marine police|maritime police|public security bureau|
    prosecutor office|public prosecutor office|prosecutors office|public prosecutor|
    district attorney office|state attorney office
    """
)
#: Words that end a place's own name and say which kind of place it is: "Harris County".
_UNITS = {
    "county": ("admin2",),  # "Washington County" is no state
    "province": ("admin2", "admin1"),
    "prefecture": ("admin2", "admin1"),
    "district": ("admin2", "admin1", "city"),
    "parish": ("admin2", "city"),
    "city": ("city",),
    "borough": ("city", "admin2"),
    "municipality": ("city", "admin2"),
    "town": ("city",),
}
#: Heads that say the kind of place as well: a county council is a county's.
_HEAD_KINDS = {
    "county": ("admin2",),
    "provincial": ("admin2", "admin1"),
    "state": ("admin1",),
    "city": ("city",),
    "town": ("city",),
    "mayor": ("city",),
    "municipal": ("city", "admin2"),
}
#: Capitalised words that qualify a body without naming a place ("National Police",
#: "Border Police", "Airport Police"): a closed list of functions, not of places.
_NOT_PLACES = words(
    """
    national federal state central provincial regional local municipal metropolitan
    military border traffic riot secret religious tourist highway railway transport
    airport port harbour harbor transit marine naval coast forest park capital royal
    judicial civil city county town district general public special criminal mounted
    """
)
ANY_SEAT = ("city", "admin2", "admin1")


class LocalBody(NamedTuple):
    """The parts of a local body's name: its place as written, the place's own name
    without a unit word, and the kinds of place that may be."""

    place: str
    stem: str
    kinds: tuple[str, ...]
    county: bool  # a US-style county: not in the gazetteer


def local_body(name: str) -> LocalBody | None:
    """ "Maricopa County Sheriff Office" → place "Maricopa County", stem "Maricopa";
    "Police in Kent" → "Kent"; None for a name that is no local body."""
    toks = name.replace("’", "'").replace("'s ", " ").replace("'s", "").split()
    if toks and toks[0].lower() == "the":
        toks = toks[1:]
    if "in" in toks:  # "Police in Kent"
        at = toks.index("in")
        head, place = " ".join(toks[:at]).lower(), toks[at + 1 :]
        return _parts(place, head) if head in BODY_HEADS else None
    for k in range(len(toks), 0, -1):  # the longest place first: "New York City Police"
        head = " ".join(toks[k:]).lower()
        last = toks[k - 1].lower()
        if last not in _UNITS and f"{last} {head}" in BODY_HEADS:
            continue  # "Leyte Provincial Police": "provincial" is the head's
        if head in BODY_HEADS or (not head and toks[k - 1].lower() in _UNITS and k > 1):
            found = _parts(toks[:k], head)
            if found is not None:
                return found
    return None


def _parts(place: list[str], head: str) -> LocalBody | None:
    if not place or not all(w[:1].isupper() for w in place):
        return None
    unit = place[-1].lower() if len(place) > 1 and place[-1].lower() in _UNITS else None
    stem = place[:-1] if unit else place
    if stem[0].lower() in _NOT_PLACES and len(stem) == 1:
        return None
    first = head.split()[0] if head else ""
    kinds = _UNITS[unit] if unit else _HEAD_KINDS.get(first, ANY_SEAT)
    county = unit == "county" or first == "county"
    return LocalBody(" ".join(place), " ".join(stem), kinds, county)


def find_place(
    names: str | Sequence[str], countries: Iterable[str | None], kinds: Sequence[str]
) -> Candidate | None:
    """The gazetteer's place of one of these very names and of one of these kinds, in one
    of these countries (None: any), the best ranked ("Kent" in GB is the county, in the US
    the town; "Denver" outranks the small "Denver City", "Mexico City" the small "Mexico")."""
    from claimmap.gazetteer import default_gazetteer

    gaz = default_gazetteer()
    found: list[Candidate] = []
    for name in [names] if isinstance(names, str) else names:
        for code in countries:
            for kind in kinds:
                found += [
                    c
                    for c in gaz.lookup(name, country=code, kind=kind, limit=5, fuzzy=False)
                    if normalize(c.name) == normalize(name)
                    and c.kind == kind
                    and code in (None, c.country_code)
                ]
    # "Fulton County" of several states: none of them (a town or state may still be meant)
    counties = {c.admin1 for c in found if c.kind == "admin2"}
    found = [c for c in found if c.kind != "admin2"] if len(counties) > 1 else found
    return max(found, key=lambda c: (c.score, c.population)) if found else None


#: A town the article does not resolve must be this large to be the one a body's name
#: means ("Liberty Council", "University Police" are no town's).
_BIG_TOWN = 50_000


def _plausible(found: Candidate, places: Sequence[Place]) -> bool:
    """A county, province or state; a large town; or one in a state the article names
    ("Uvalde Police" in a story about Texas)."""
    states = {p.id.removeprefix("admin1:") for p in places if p.id.startswith("admin1:")}
    return found.kind != "city" or found.population >= _BIG_TOWN or found.admin1 in states


CountryOf = Callable[[str], str | None]


def as_local_body(actor: Actor, places: Sequence[Place], country_of: CountryOf) -> Actor:
    """The actor placed where the local body its name makes it sits (``located``, with
    that place's country); as it was when its name is no local body's or the place is not
    found."""
    from claimmap.actors_table import load_actors

    if actor.kind not in ("organisation", "unknown", "government") or actor.located:
        return actor
    body = local_body(actor.name)
    if body is None or country_of(body.place) or load_actors().find_exact(actor.name):
        return actor  # "Kenya Police": the nation's
    wanted = {normalize(body.place), normalize(body.stem)}
    for place in places:
        named = any(normalize(m.text) in wanted for m in place.mentions)
        if named and place.kind in body.kinds:
            return replace(actor, located=place.name, country_code=place.country_code)
    codes = sorted({p.country_code for p in places if p.country_code})
    countries: list[str | None] = [*codes] if codes else [actor.country_code]
    found = find_place(_names(body), countries, body.kinds)
    if found is not None and _plausible(found, places):
        return replace(actor, located=found.name, country_code=found.country_code)
    state = _county_state(body, places) if body.county else None
    if state is not None:
        return replace(actor, located=state.name, country_code=state.country_code)
    return actor


def _names(body: LocalBody) -> tuple[str, ...]:
    """The names a body's place may go by: "Mexico City" or "Mexico"."""
    return (body.place, body.stem) if body.place != body.stem else (body.stem,)


def _county_state(body: LocalBody, places: Sequence[Place]) -> Place | None:
    """The state a county not in the gazetteer lies in: the one state the article names
    when all its towns lie there too ("Chicago" with "Texas" leaves a county's state
    open), else of the states it names the one holding the county's namesake town."""
    from claimmap.gazetteer import default_gazetteer

    gaz = default_gazetteer()
    states = [p for p in places if p.kind == "admin1" and p.id.startswith("admin1:")]
    codes = {p.id.removeprefix("admin1:") for p in states}
    towns = [gaz.get(p.source_id) for p in places if p.kind == "city"]
    elsewhere = (
        any(
            t is not None and t.country_code == states[0].country_code and t.admin1 not in codes
            for t in towns
        )
        if states
        else True
    )
    if len(states) == 1 and not elsewhere:
        return states[0]
    for state in states:
        namesakes = gaz.lookup(
            body.stem, country=state.country_code, kind="city", limit=10, fuzzy=False
        )
        named = [t for t in namesakes if normalize(t.name) == normalize(body.stem)]
        if any(t.admin1 == state.id.removeprefix("admin1:") for t in named):
            return state
    return None
