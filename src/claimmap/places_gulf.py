""" "The Gulf" alone: the gulf news calls by that short name, the one by the article's places.

"A tanker was seized in the Gulf" (a story about Iran) means the Persian Gulf; "the storm
crossed the Gulf toward Louisiana" the Gulf of Mexico. The gazetteer holds both under their
full names only, and "Gulf" itself is a small province of Papua New Guinea, which resolution
rightly drops as far from everything: the mention was left unresolved. Written "the Gulf",
tagged a place and standing alone (not "the Gulf states", "the Gulf coast", "the Gulf of X"),
it is here read as the conventional gulf nearest the article's other places, within
:data:`GULF_MAX_KM`, unless the article names a gulf in full ("the gulf of aden ... the
gulf": that one; with capitals :func:`claimmap.places_lists.with_elided_heads` has mostly
joined the two already).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from claimmap.names import normalize_name
from claimmap.places_distance import km
from claimmap.places_lexicon import PLACE_LABELS, GazetteerLike, Toponym

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimmap.model import Candidate

#: The short name and the full names it stands for in the news.
SHORT_GULF = "gulf"
CONVENTIONAL_GULFS = ("Persian Gulf", "Gulf of Mexico")
#: Farther than this from every place of the article, neither gulf is meant.
GULF_MAX_KM = 2_500.0


def with_gulf_named(parsed: Doc, found: list[Toponym], gaz: GazetteerLike) -> list[Toponym]:
    """``found`` with each bare "the Gulf" named as the conventional gulf nearest the
    article's other places (module docstring); unchanged when none is near."""
    bare = [t for t in found if _bare_gulf(parsed, t)]
    if not bare:
        return found
    others = [t for t in found if t not in bare]
    gulf = _named_gulf(others, gaz)
    how = "the gulf the article names in full"
    if gulf is None:
        gulf, how = _nearest_gulf(others, gaz), "the gulf nearest the article's places"
    if gulf is None:
        return found
    why = f"'the {bare[0].text}' alone: the {gulf.name}, {how}"
    named = {
        id(t): dataclasses.replace(t, name=gulf.name, evidence=(*t.evidence, why)) for t in bare
    }
    return [named.get(id(t), t) for t in found]


def _bare_gulf(parsed: Doc, top: Toponym) -> bool:
    """ "the Gulf", tagged a place, with no noun after it that it qualifies."""
    if (
        top.form != "name"
        or normalize_name(top.name) != SHORT_GULF
        or not top.determiner
        or top.cue_kind
        or top.label not in PLACE_LABELS
    ):
        return False
    span = parsed.char_span(top.start, top.end)
    if span is None or span.end >= len(parsed):
        return span is not None
    after = parsed[span.end]
    return after.pos_ not in {"NOUN", "PROPN"} and after.lower_ != "of"


def _named_gulf(others: list[Toponym], gaz: GazetteerLike) -> Candidate | None:
    """A gulf the article names in full ("the Gulf of Aden ... the Gulf"), if one."""
    for top in others:
        if top.form == "name" and SHORT_GULF in normalize_name(top.name).split():
            cand = _top(top.name, gaz)
            if cand is not None and cand.kind == "water":
                return cand
    return None


def _nearest_gulf(others: list[Toponym], gaz: GazetteerLike) -> Candidate | None:
    """The conventional gulf closest to one of the article's places, within the limit."""
    points = [c for t in others if t.form == "name" and (c := _top(t.name, gaz)) is not None]
    best: tuple[float, Candidate] | None = None
    for name in CONVENTIONAL_GULFS:
        gulf = _top(name, gaz)
        if gulf is None or not points:
            continue
        gap = min(km(gulf, p) for p in points)
        if gap <= GULF_MAX_KM and (best is None or gap < best[0]):
            best = (gap, gulf)
    return best[1] if best else None


def _top(name: str, gaz: GazetteerLike) -> Candidate | None:
    if not gaz.knows(name):
        return None
    found = gaz.lookup(name, limit=1, fuzzy=False)
    return found[0] if found else None
