"""A bare name the article also writes as a longer name of water: "across Hormuz" in a
headline over "the Strait of Hormuz" means the strait, not the small island town of that name.

Why a module of its own: one sense per discourse usually works on identical names; here the
short form is a different name of the gazetteer (a town's alias), so resolution chose the town.
The article itself says which it means when it names the strait, gulf or sea elsewhere, and
the town is small: a city of note ("Aden" beside "the Gulf of Aden", "Kerch" beside "the Kerch
Strait") keeps its own sense.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimmap.names import normalize_name
from claimmap.places_scoring import Group

if TYPE_CHECKING:
    from claimmap.model import Candidate

#: A town at least this big keeps its own sense beside a water named after it.
TOWN_OF_NOTE = 50_000
#: Kinds of entry a longer name may resolve to for the short form to take it.
_WIDE_KINDS = frozenset({"water", "region"})
#: Head words of a water or area named after a place: "the Strait of X", "the X Strait".
_HEADS = (
    "strait|straits|gulf|bay|sea|channel|sound|lake|river|delta|bight|gap|pass|peninsula|"
    "islands|archipelago|valley|basin|corridor"
)


def named_as_longer(name: str, longer: str) -> bool:
    """Whether ``longer`` is ``name`` with a water or area head: "Strait of Hormuz" and
    "Kerch Strait" hold "Hormuz" and "Kerch"; "Port Hormuz" does not."""
    own = re.escape(normalize_name(name))
    full = normalize_name(longer)
    return bool(
        re.fullmatch(rf"(?:the )?(?:{_HEADS}) of (?:the )?{own}", full)
        or re.fullmatch(rf"(?:the )?{own} (?:{_HEADS})", full)
    )


def prefer_longer_names(groups: dict[str, Group]) -> None:
    """Give a small town chosen for a bare name the water or area the article names with
    that name and a head word ("Hormuz" → the Strait of Hormuz), unless the text calls the
    bare name a town (a type cue) or places people in it."""
    wide = [
        g
        for g in groups.values()
        if g.choice is not None and g.choice.kind in _WIDE_KINDS and len(g.name.split()) > 1
    ]
    if not wide:
        return
    for group in groups.values():
        choice = group.choice
        if (
            choice is None
            or choice.kind != "city"
            or choice.population >= TOWN_OF_NOTE
            or any(t.cue_kind or t.person_in for t in group.toponyms)
        ):
            continue
        other = next((g for g in wide if named_as_longer(group.name, g.name)), None)
        if other is None or other.choice is None:
            continue
        group.reasons = [
            *group.reasons,
            f"the article names {other.name!r}; {choice.name} is a small town of the name",
        ]
        group.choice = other.choice


def prefer_named_seats(groups: dict[str, Group]) -> None:
    """ "flown to Rostov-on-Don ... learned in Rostov": a bare province name chosen with no cue
    is the province's seat when the article also names that seat by its full name, which
    begins with the bare one (the short form news uses for the city)."""
    cities = [g.choice for g in groups.values() if g.choice is not None and g.choice.kind == "city"]
    for group in groups.values():
        choice = group.choice
        if (
            choice is None
            or choice.kind != "admin1"
            or any(t.cue_kind or t.direction or t.form != "name" for t in group.toponyms)
        ):
            continue
        own = normalize_name(group.name)
        seat = next((c for c in cities if _seat_named_for(c, choice, own)), None)
        if seat is not None:
            group.reasons = [*group.reasons, f"the article names its seat, {seat.name}"]
            group.choice = seat


def _seat_named_for(city: Candidate, province: Candidate, own: str) -> bool:
    """Whether ``city`` is the seat of ``province`` and its name opens with ``own``."""
    full = normalize_name(city.name)
    return (
        city.country_code == province.country_code
        and city.admin1 == province.admin1
        and "admin-1 seat" in city.why
        and full != own
        and (full.startswith(own + " ") or full.startswith(own + "-"))
    )
