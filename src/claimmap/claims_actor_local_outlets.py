"""A medium the text introduces by what it is: "Sahel Matin, a local outlet in Zinder,
reports that ...". An unknown name set beside a press noun is an outlet, not a person,
and the place the description gives ("in Zinder") is where it sits. Cheap: only a phrase
whose head has a press noun in apposition is looked at.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

    from claimmap.model import Actor, Place

#: Press nouns of a description set beside a medium's name ("a local outlet in X").
_PRESS = frozenset({"outlet", "newspaper", "daily", "weekly", "broadcaster", "website", "station"})


def described_medium(
    actor: Actor | None, span: Span | None, places: Sequence[Place]
) -> Actor | None:
    """``actor`` as an outlet, at the town its description names, when its phrase is a
    name with a press noun in apposition ("Radio Kintu, a station in Gulu"); else as is."""
    if actor is None or span is None or actor.kind not in ("person", "unknown"):
        return actor
    name = 0
    while name < len(span) and span[name].pos_ == "PROPN":
        name += 1
    if name == 0 or name + 1 >= len(span) or span[name].text != ",":
        return actor  # not "Name, a … outlet …"
    press = next(
        (t for t in span[name + 1 :] if t.dep_ == "appos" and t.lemma_.lower() in _PRESS), None
    )  # (its head may be the name's first word, or a word before it the parser chose)
    if press is None or press.i >= span.end:
        return actor
    objs = [
        g
        for p in press.children
        if p.dep_ == "prep" and p.lower_ in ("in", "from")
        for g in p.children
        if g.dep_ == "pobj"
    ]
    starts = {g.idx for g in objs}
    town = next(
        (p.name for p in places if p.kind == "city" for m in p.mentions if m.start in starts),
        None,
    )
    return replace(actor, kind="outlet", located=town or actor.located)
