"""A clause of circumstance after an attribution is no aside: "…, the coast guard said on
Thursday, as departures from Libya continued despite the weather".

An "as"-aside ("X, as the minister noted") lends its speaker to the clause it hangs on.
When that clause already has its own speaker ("…, the coast guard said"), an "as"-clause
after it tells what was going on at the time, not who else said it; and "continue" is
no speech in an aside at all ("as the talks continued", "as fighting continues").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_cues import cue_lemma, verb_frame
from claimmap.claims_tokens import subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["circumstance_clause"]

#: Verbs that, in an "as"-clause, tell what goes on rather than who speaks.
_GOING_ON = frozenset({"continue", "proceed", "resume"})


def circumstance_clause(verb: Token) -> bool:
    """Whether the "as"-clause headed by ``verb`` tells a circumstance: its verb is one
    of going on, or the clause it hangs on is already attributed by a speech verb with
    its own subject and content ("X, the guard said, as ..."; not "It does not answer
    whether X, as police have said", which the aside attributes)."""
    if cue_lemma(verb.lemma_, verb.lower_) in _GOING_ON:
        return True
    head = verb.head
    if head.i == verb.i or verb_frame(cue_lemma(head.lemma_, head.lower_)) != "speech":
        return False
    said = any(c.dep_ == "ccomp" for c in head.children)  # ("does not answer X": no claim)
    unsaid = any(c.dep_ == "neg" for c in head.children)
    return head.i < verb.i and subject_of(head) is not None and said and not unsaid
