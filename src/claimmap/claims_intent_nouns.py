"""Intention nouns: "his determination to act alone", "the government's refusal to pay".

A noun completed by a to-infinitive names what its owner means, wants, dares or fails to
do ("willingness to", "quest to", "failure to"), and a possessive names that owner, so
the pair is the owner's stance on the infinitive's action whatever the noun; no noun list
is needed (``claims_phrases.noun_cue`` already takes the listed stance nouns, and the
overlap check in ``stance_claims`` leaves them to it). Without an owner ("the decision to
leave") nobody is named, and nothing is claimed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_tokens import (
    RawClaim,
    cue_offsets,
    stance_raw,
    subtree,
    tokens_offsets,
    tokens_where,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_TO = frozenset({"to"})


def intent_claims(parsed: Doc) -> list[RawClaim]:
    """A claim for every owned noun with a to-infinitive complement in ``parsed``."""
    out = []
    for i in tokens_where(parsed, _TO):
        clause = parsed[i].head  # ("to" → "act" → "determination")
        raw = _intent(clause.head, clause) if parsed[i].dep_ == "aux" else None
        if raw is not None:
            out.append(raw)
    return out


def _intent(noun: Token, clause: Token) -> RawClaim | None:
    if noun.pos_ != "NOUN" or noun.i > clause.i or not _infinitive(clause):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    claimant = tokens_offsets(noun.doc, owner.left_edge.i, owner.i)  # (not the "'s")
    return stance_raw(noun, owner, subtree(clause), cue_offsets(noun), claimant=claimant)


def _infinitive(clause: Token) -> bool:
    """A to-infinitive hung on the noun ("determination to act")."""
    return clause.dep_ in ("acl", "relcl", "xcomp") and any(
        g.dep_ == "aux" and g.lower_ == "to" and g.i < clause.i for g in clause.children
    )
