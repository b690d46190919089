"""Missions, operations and agencies an international body runs under names of their own.

"The EU's Aspides mission", "the European Union's naval force Atalanta", "the UN's
UNIFIL": the owner is an international organisation, but the claim is the mission's, and
the mission works from its own headquarters (Larissa, Rota, Naqoura), not from the
owner's seat in Brussels or New York. The actors table holds such missions as rows of
their own; this module finds the one an owned phrase names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Span

    from claimmap.model import Place

#: Nouns that describe a mission rather than name it ("naval force", "mission").
_DESCRIPTIVE = re.compile(
    r"\b(?:naval|military|maritime|peacekeeping|training|border|police|civilian|"
    r"force|forces|mission|operation|agency|office|the)\b",
    re.IGNORECASE,
)
_OWNED = re.compile(r"^(?:the\s+)?(.+?)['’]s\s+(.+)$", re.IGNORECASE)


def owned_mission(phrase: str) -> Actor | None:
    """The table's international mission or body an international owner's phrase names
    ("the EU's Aspides mission" → Operation Aspides), or None. The owner must be a row
    without a country (an international organisation): "Britain's Foreign Office" keeps
    its owner."""
    from claimmap.actors_table import load_actors

    m = _OWNED.match(" ".join(phrase.split()))
    if m is None:
        return None
    table = load_actors()
    owner = table.find_exact(m[1])
    if owner is None or owner.country_code is not None:
        return None
    rest = m[2].strip(" ,.;:")
    for name in _names_in(rest):
        row = table.find_exact(name)
        if row is not None and row is not owner and row.country_code is None:
            kind = "government" if row.actor_kind == "government" else "organisation"
            return Actor(name=row.name, kind=kind)  # type: ignore[arg-type]
    return None


def _names_in(rest: str) -> list[str]:
    """What the rest of an owned phrase may name a row by: the whole of it, then its
    capitalised words without the descriptive nouns ("naval force Atalanta" →
    "Atalanta"), alone and as an operation ("Operation Atalanta")."""
    bare = " ".join(w for w in _DESCRIPTIVE.sub(" ", rest).split() if w[:1].isupper())
    out = [rest]
    if bare and bare != rest:
        out += [bare, f"Operation {bare}"]
    return out


def international(name: str) -> bool:
    """``name`` is a row of the table for an international body (no country of its own)."""
    from claimmap.actors import INTERNATIONAL_KINDS
    from claimmap.actors_table import load_actors

    row = load_actors().find_exact(name)
    return row is not None and row.country_code is None and row.kind in INTERNATIONAL_KINDS


#: Head nouns of a force a state leads in another country's territory.
_FIELD_MISSIONS = frozenset({"mission", "missions", "force", "deployment", "contingent"})


def led_mission(actor: Actor, desc: Span, places: Sequence[Place]) -> Actor:
    """ "The head of the Kenyan-led security mission", filed from Port-au-Prince: a mission
    a foreign state leads (or one with no country of its own) speaks from the country it
    operates in, the story's dateline, not from the leading state's capital. The leading
    state is named by a "-led" word; a "Saudi-led coalition" (no field mission) keeps it."""
    from claimmap.claims_actor_datelines import dateline_city, dateline_line

    mission = [t for t in desc if t.lower_ in _FIELD_MISSIONS and t.pos_ == "NOUN"]
    if not mission or actor.kind not in ("person", "organisation") or actor.located:
        return actor
    led = any(t.lower_ == "led" and t.i > 0 and desc.doc[t.i - 1].text == "-" for t in desc)
    if not led and any(c.dep_ == "poss" and c.pos_ == "PROPN" for t in mission for c in t.children):
        return actor  # "Xyz's maritime police force": Xyz's own force, no mission abroad
    if not led and (actor.country_code or _tabled(actor)):
        return actor  # a mission the table knows sits at its own headquarters
    line = dateline_line(desc.doc, places)
    if line is None or line[1] == actor.country_code:
        return actor
    city = dateline_city(desc.doc, places)
    where = city.name if city is not None and city.country_code == line[1] else None
    return replace(actor, country_code=line[1], located=where)


def _tabled(actor: Actor) -> bool:
    from claimmap.actors_table import load_actors

    name = actor.organisation if actor.kind == "person" else actor.name
    return name is None or load_actors().find(name) is not None
