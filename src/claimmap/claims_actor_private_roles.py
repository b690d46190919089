"""A namesake of a leader the text gives another role: "Kovalchuk's lawyer, Daniel Ortega".

The leaders table links a full name to a head of state or government; a claimant phrase
that calls the person a lawyer, a doctor or a relative says who this one is, and that
holds for every claim of the same name in the article ("…," Ortega told the paper).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimmap.actors_leaders import key
from claimmap.claims_actor_phrases import PERSON_ROLES
from claimmap.claims_cues import words

if TYPE_CHECKING:
    from spacy.tokens import Span

    from claimmap.model import Actor

#: Roles a head of state or government can hold, which do not rule the link out.
_OFFICES = words(
    "president vice-president leader premier minister chancellor king queen prince emir "
    "head chief pope ayatollah sheikh chair chairman chairwoman general commander colonel"
)
#: Private roles beyond the lexicon's: "his client", "her brother".
_PRIVATE = words(
    "counsel client brother sister son daughter father mother wife husband friend neighbour "
    "neighbor relative cousin uncle aunt"
)


def otherwise_roled(actors: Sequence[Actor | None], spans: Sequence[Span | None]) -> set[str]:
    """Keys of the names some claimant phrase gives a role no leader holds."""
    out: set[str] = set()
    for actor, span in zip(actors, spans, strict=True):
        if actor is None or span is None or actor.kind != "person":
            continue
        if any(_private_role(t.lemma_.lower()) and t.pos_ == "NOUN" for t in span):
            out.add(key(actor.name))
    return out


def _private_role(lemma: str) -> bool:
    return (lemma in PERSON_ROLES and lemma not in _OFFICES) or lemma in _PRIVATE
