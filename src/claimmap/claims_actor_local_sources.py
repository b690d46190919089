"""Sources on the spot with no named place: "…reached Sabang island the same day, local
police said"; "Aid workers from Médecins Sans Frontières said patients in camps near
Dadaab …". "Local" ties the police (or officials) to the town the sentence is about, and
an agency's field staff speak from where they work, not from its headquarters (or the
nation's capital); a town named in the claim's own sentence is that place. Cheap: only a
claimant phrase opening with "local" or headed by a field-staff noun is looked at.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_tokens import text

if TYPE_CHECKING:
    from spacy.tokens import Span

    from claimmap.claims_tokens import Offsets
    from claimmap.model import Actor, Place


def local_of_sentence(
    actor: Actor | None, span: Span | None, sentence: Offsets, places: Sequence[Place]
) -> Actor | None:
    """``actor`` located at the one town (a city) its sentence names, when its phrase opens
    with "local" ("local police", "the local authorities") and nothing else places it."""
    if actor is None or span is None or actor.located or actor.kind == "outlet":
        return actor
    words = [t.lower_ for t in span if t.lower_ not in ("the", "a")]
    if len(words) < 2 or (words[0] != "local" and not _field_staff(span)):
        return actor
    body = text(span.doc)
    towns = {
        p.name
        for p in places
        if p.kind == "city"
        for m in p.mentions
        if sentence[0] <= m.start < sentence[1] and _at(body, m.start)
    }
    if len(towns) != 1:
        return actor  # none, or several: which town's police is not said
    (town,) = towns
    return replace(actor, located=town)


#: Words before a town where the sentence's events are ("reached X", "camps near X"); not
#: "from X" (whence) nor "north of X" (a landmark to measure by).
_AT = frozenset({"in", "at", "near", "reached", "into", "outside"})


def _at(body: str, start: int) -> bool:
    before = body[max(0, start - 20) : start].split()
    return bool(before) and before[-1].lower() in _AT


#: Heads of a phrase naming an agency's people on the ground ("aid workers from X").
_FIELD_STAFF = frozenset({"worker", "team", "staff", "doctor", "nurse", "medic", "volunteer"})


def _field_staff(span: Span) -> bool:
    """ "Aid workers from MSF", "field teams of the Red Cross": staff of a named body."""
    doc = span.doc
    return any(
        t.lemma_.lower() in _FIELD_STAFF and doc[t.i + 1].lower_ in ("from", "of", "with")
        for t in span[:-1]
    )  # (by the words: the parser may make "Aid" a verb and "workers" its object)
