"""Sourceless passive hedges: "The tanker is said to have loaded at X", "is believed to be
heading to Y".

"Is said to", "is reported to", "is understood to" pass on what someone said without
saying who, so the claim is hedged, not asserted. When the sentence right before it in the
same paragraph is a claim with a source ("A second vessel is involved, officials say. The
X is said to have ..."), the passive carries on that source's account and takes its
actor; a belief passive ("is believed to") carries on a body's, a state's or one person's
account, not a nameless group's ("the drivers told X"); otherwise the claim stays
unattributed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimmap.claims_syntax import RawClaim
    from claimmap.model import Actor

__all__ = ["continued_source", "passive_hedge"]

#: Passive cues that pass on hearsay: "is said to", "is reported to", "is thought to".
_HEARSAY = frozenset({"say", "report", "believe", "think", "understand", "rumour", "rumor"})


#: Passives of a belief, not of speech: whose belief is the unnamed authorities' or the
#: writer's, not that of a crowd quoted just before ("is believed to", "is thought to").
_BELIEF = frozenset({"believe", "think", "understand"})
#: Sources whose assessment a belief passive right after them carries on: a body, a state,
#: one witness testifying; not a nameless group telling of itself ("the drivers told X").
_ASSESSING = frozenset({"organisation", "government", "outlet", "person"})


def passive_hedge(cue: Token) -> bool:
    """Whether ``cue`` is a passive of hearsay with an infinitive and no "by" agent."""
    if cue.tag_ != "VBN" or cue.lemma_.lower() not in _HEARSAY:
        return False
    kids = {c.dep_ for c in cue.children}
    return "auxpass" in kids and "xcomp" in kids and "agent" not in kids


def continued_source(
    raw: RawClaim,
    cue: Token,
    before: RawClaim | None,
    actor: Actor | None,
    body: str,
) -> Actor | None:
    """The actor of the claim ``before`` when ``raw`` is a sourceless passive hedge in the
    sentence right after it, in the same paragraph; None otherwise."""
    if raw.claimant is not None or before is None or actor is None or not passive_hedge(cue):
        return None
    if cue.lemma_.lower() in _BELIEF and actor.kind not in _ASSESSING:
        return None  # "The drivers told X … . A second load is believed to": not theirs
    if before.claimant is None or before.sentence[1] > raw.sentence[0]:
        return None
    said_end = len(body[: before.sentence[1]].rstrip())  # (a sentence keeps its blanks)
    gap = body[said_end : raw.sentence[0]]
    return actor if "\n" not in gap and not gap.strip() else None
