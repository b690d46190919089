"""One actor, one description per article.

Each claim's actor is resolved from its own phrase, so the same named speaker may come
out with a city in one claim ("Baghdasaryan told reporters in Yerevan") and none in the
next, or with a country once and none later. An article speaks of one person or body
under one name: whatever one claim learnt of it (country, organisation, role, where it
sits) holds for all its claims, unless two claims tell different things. And a name
several states give their bodies ("National Intelligence Service") is that of the one
such state the article names.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimmap.model import Place

_ONE = ("person", "organisation", "government")
_SPOKE_IN = "spoke in "


def one_actor_each(actors: Sequence[Actor | None]) -> list[Actor | None]:
    """The actors with what any claim told of a named actor given to all its claims."""
    groups: dict[tuple[str, str], list[Actor]] = {}
    for actor in actors:
        if actor is not None and actor.kind in _ONE and actor.name[:1].isupper():
            groups.setdefault((actor.name, actor.kind), []).append(actor)
    return [
        _completed(a, groups[(a.name, a.kind)])
        if a is not None and (a.name, a.kind) in groups
        else a
        for a in actors
    ]


def _completed(actor: Actor, found: list[Actor]) -> Actor:
    """The actor with each field it lacks that its other mentions give one value for; a
    place its phrase states beats one where it spoke."""
    if len(found) < 2:
        return actor
    stated = _one(a.located for a in found if a.located and not a.located.startswith(_SPOKE_IN))
    spoke = [a.located for a in found if a.located and a.located.startswith(_SPOKE_IN)]
    own_stated = actor.located and not actor.located.startswith(_SPOKE_IN)
    return replace(
        actor,
        country_code=actor.country_code or _one(a.country_code for a in found),
        organisation=actor.organisation or _one(a.organisation for a in found),
        role=actor.role or _one(a.role for a in found),
        located=actor.located if own_stated else stated or actor.located or next(iter(spoke), None),
    )


def _one(values: Iterable[str | None]) -> str | None:
    """The one value the mentions give (None when they give none, or differ)."""
    given = {v for v in values if v}
    return given.pop() if len(given) == 1 else None


def of_named_state(
    actors: Sequence[Actor | None],
    parsed: Doc,
    country_of: Callable[[str], str | None],
    places: Sequence[Place],
) -> list[Actor | None]:
    """A body under a name several states give theirs ("the NIS"), with no country of its
    own: the one of those states the article names (a Kenyan story's NIS stays unplaced)."""
    from claimmap.actors_table import load_actors
    from claimmap.claims_actor_countries import country_mentions

    table = load_actors()
    named: set[str] | None = None
    out = list(actors)
    for n, actor in enumerate(out):
        if actor is None or actor.country_code or actor.kind != "organisation":
            continue
        shared = table.shared_by(actor.name)
        if not shared:
            continue
        if named is None:
            named = {code for _, code in country_mentions(parsed, country_of)}
            named |= {p.country_code for p in places if p.country_code}
        found = shared & named
        if len(found) == 1:
            out[n] = replace(actor, country_code=found.pop())
    return out


def placed_countries(places: Sequence[Place]) -> dict[str, str | None]:
    """The country each town or region the article names for itself was resolved in."""
    named: dict[str, str | None] = {}
    for place in places:
        if place.kind != "country":
            for name in _names(place):
                named.setdefault(name, place.country_code)
    return named


def resolved_countries(places: Sequence[Place]) -> dict[str, str]:
    """The country each name the article gives a state by was resolved to ("Congo" in a
    Goma story: DR Congo, not the Republic of the Congo)."""
    named: dict[str, str] = {}
    for place in places:
        if place.kind == "country" and place.country_code:
            for name in _names(place):
                named.setdefault(name, place.country_code)
    return named


def _names(place: Place) -> list[str]:
    """The names (bare) the article gives ``place`` by, not its demonyms or descriptions."""
    forms = place.mention_forms or ("name",) * len(place.mentions)
    return [bare(m.text) for m, form in zip(place.mentions, forms, strict=False) if form == "name"]


def agreeing(
    country_of: Callable[[str], str | None],
    named: dict[str, str | None],
    states: dict[str, str] | None = None,
) -> Callable[[str], str | None]:
    """``country_of`` made to agree with the places the article resolved (``named``, by
    :func:`placed_countries`): "Philadelphia officials" in a story whose Philadelphia is
    the US city are no officials of Jordan (whose capital once bore the name); a town or
    region named for itself speaks for no country but the one it was resolved in; a
    state's name (``states``, by :func:`resolved_countries`) is the state the article
    resolved it to, so "Congo's government" of a Goma story is DR Congo's."""
    resolved = states or {}

    def agreed(word: str) -> str | None:
        code = country_of(word) or _named_with_article(word)
        if code and bare(word) in resolved:
            return resolved[bare(word)]
        here = named.get(bare(word), code) if code else code
        return code if here == code else None

    return agreed


@functools.lru_cache(maxsize=4096)
def _named_with_article(word: str) -> str | None:
    """ "Netherlands" of "a Netherlands-based group": a country whose name takes an article
    ("The Netherlands", "The Gambia"), named without it."""
    from claimmap.gazetteer import GazetteerError, default_gazetteer

    name = word.replace("’s", "").replace("'s", "").strip()
    name = name[4:] if name.lower().startswith("the ") else name
    if not name[:1].isupper() or name.isupper():
        return None
    try:
        found = default_gazetteer().lookup(name, limit=3, fuzzy=False)
    except GazetteerError:
        return None
    for cand in found:
        if cand.kind == "country" and cand.matched_name.lower() == f"the {name.lower()}":
            return cand.country_code
    return None


def bare(name: str) -> str:
    """A place name as :func:`placed_countries` keys it."""
    name = name.replace("’s", "").replace("'s", "").strip().lower()
    return name[4:] if name.startswith("the ") else name
