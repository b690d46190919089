"""Claims relayed by "cite ... as saying": "TASS cited X as saying Y", "X was cited by
TASS as saying Y", "X was quoted as saying Y".

The claim is X's and is read at "saying"; the citing verb makes no claim of its own, and
its subject (or its agent) is the channel the claim came through.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_tokens import Offsets, agent_of, subject_of, subtree

if TYPE_CHECKING:
    from spacy.tokens import Token


def cites_as_saying(verb: Token) -> bool:
    """Whether ``verb`` is the citing verb of "TASS cited X as saying": no claim of its own."""
    return verb.lemma_ in ("cite", "quote") and any(
        c.lower_ == "as" and any(g.lemma_ == "say" for g in c.children) for c in verb.children
    )


def cited_passive(verb: Token) -> bool:
    """Whether ``verb`` is the "saying" of "X was quoted as saying", whose subject speaks."""
    return (
        verb.dep_ == "pcomp"
        and verb.head.lower_ == "as"
        and verb.head.head.lemma_ in ("cite", "quote")
    )


def cited_as(cite: Token) -> tuple[Offsets | None, int | None, Offsets | None]:
    """ "TASS cited X as saying": claimant X, outlet TASS (either voice)."""
    obj = next((c for c in cite.children if c.dep_ == "dobj"), None)
    subj = subject_of(cite)
    if subj is None and obj is not None and cite.dep_ == "conj":
        subj = subject_of(cite.head)  # "KCNA did not address it, but quoted X as saying"
    agent = agent_of(cite)
    if obj is not None:
        outlet = _whole_subject(cite, subj) if subj is not None else None
        return subtree(obj), obj.i, outlet
    if subj is not None:  # "X was cited by TASS as saying"
        return subtree(subj), subj.i, subtree(agent) if agent is not None else None
    return None, None, None


def _whole_subject(cite: Token, subj: Token) -> Offsets:
    """ "The state news agency BelTA quoted X": the parser may make the name a second
    subject beside the description; the outlet is both, where they touch."""
    whole = subtree(subj)
    for other in cite.children:
        if (
            other.dep_ == "nsubj"
            and other.i > subj.i
            and other.left_edge.i == subj.right_edge.i + 1
        ):
            whole = (whole[0], subtree(other)[1])
    return whole
