"""An "its" right after a colon: "Mali's transitional government was blunter: its
spokesman, Colonel X, denied …".

The clause after the colon explains the one before it, so "its" is the body that clause
made its subject, though that body said nothing itself (no claim of its own, so no
claimant met before), rather than the body quoted last ("Russia's defence ministry", a
paragraph earlier).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_actor_context import ORG_NOUNS
from claimmap.claims_tokens import sentence_at

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimmap.claims_actor_context import Context
    from claimmap.model import Actor

__all__ = ["colon_subject"]

_COLONS = frozenset({":", ";"})
_BODIES = ("organisation", "government", "country")


def colon_subject(doc: Doc, met: Context, at: int) -> Actor | None:
    """The body the clause before the colon just before token ``at`` is about, if any."""
    if at == 0 or doc[at - 1].text not in _COLONS:
        return None
    sent = sentence_at(doc, at - 1)  # (the colon's: the parser may start one at "its")
    before = [t for t in doc[sent.start : at - 1] if t.dep_ in ("nsubj", "nsubjpass")]
    subj = next((t for t in before if t.i < t.head.i < at - 1 and t.head.dep_ == "ROOT"), None)
    if subj is None or subj.tag_ in ("NNS", "NNPS"):
        return None
    if not (subj.lower_ in ORG_NOUNS or subj.ent_type_ in ("ORG", "GPE")):
        return None
    # up to its verb: the parser may hang what follows the colon on the subject
    found = met.describe(doc[subj.left_edge.i : min(subj.right_edge.i + 1, subj.head.i)])
    return found if found is not None and found.kind in _BODIES else None
