"""Claimants whose phrase says where they are, not whose they are: "a Western diplomat in
Nairobi", "two of the migrants reached by phone in Tripoli", "drivers interviewed in
Kasese".

A diplomat or envoy serves another state than the one he is posted in, and a bloc word
("Western", "European") says as much; people reached, interviewed or met somewhere were
only found there. In both the town is the claim's seat, but its country is not the
claimant's: without another word of the phrase giving that country, the claimant has
none.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_cues import words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from claimmap.model import Actor, Place

#: People posted abroad: where they sit is not whose they are.
_POSTED = words(
    """
    diplomat envoy ambassador attache attaché consul emissary expatriate foreigner
    """
)
#: Words that set a claimant apart from the country he is in: "a Western diplomat".
_BLOCS = words(
    """
    western european foreign international arab asian african gulf nordic
    """
)
#: Participles of finding someone somewhere: "reached by phone in X", "interviewed in X".
_FOUND = words(
    """
    reach interview contact meet visit call find locate
    """
)


def only_located(
    actor: Actor | None,
    span: Span | None,
    places: Sequence[Place],
    country_of: Callable[[str], str | None],
) -> Actor | None:
    """``actor`` placed where its phrase finds it, without that place's country."""
    if actor is None or span is None or not actor.country_code:
        return actor
    if actor.kind not in ("person", "unknown"):
        return actor
    town = _found_in(span, places) if _found(span) else None
    posted = town is None and _posted(span)
    town = town or (_town_in(span, places) if posted else None)
    if town is None or town[0].country_code != actor.country_code:
        return actor
    place, (start, end) = town
    own = any(
        country_of(t.text) == actor.country_code
        for t in span
        if not start <= t.idx < end and (t.pos_ in ("ADJ", "PROPN") or t.tag_ == "POS")
    )
    if own:  # "a Kenyan official reached in Nairobi": Kenyan all the same
        return actor if posted else replace(actor, located=actor.located or place.name)
    return replace(actor, country_code=None, located=actor.located or place.name)


def _posted(span: Span) -> bool:
    root = span.root
    if root.lemma_.lower() in _POSTED:
        return True
    return any(c.dep_ == "amod" and c.lower_ in _BLOCS for c in root.children)


def _found(span: Span) -> bool:
    return any(_finding(t) for t in span)


def _finding(tok: Token) -> bool:
    return tok.tag_ == "VBN" and tok.lemma_.lower() in _FOUND


def _found_in(span: Span, places: Sequence[Place]) -> tuple[Place, tuple[int, int]] | None:
    """The town of "in X" on a participle of finding in ``span``."""
    for tok in span:
        if not _finding(tok):
            continue
        for prep in (p for p in tok.subtree if p.lower_ in ("in", "at") and p.dep_ == "prep"):
            if prep.head.i != tok.i and not _finding(prep.head.head):
                continue
            found = _town_in(span.doc[prep.i : prep.right_edge.i + 1], places)
            if found is not None:
                return found
    return None


def _town_in(span: Span, places: Sequence[Place]) -> tuple[Place, tuple[int, int]] | None:
    """The first resolved town or region named inside ``span``."""
    for place in places:
        if place.kind not in ("city", "admin1", "admin2"):
            continue
        for m in place.mentions:
            if span.start_char <= m.start and m.end <= span.end_char:
                return place, (m.start, m.end)
    return None
