"""Cue verbs whose content is a prepositional phrase the general object rules leave out.

"A federal court ruled against the state's voter purge": a ruling for or against
something is a court's stated judgment (the bare object of "ruled the country" is no
content, so ``rule`` otherwise takes only a clause). "The IMF pointed to Britain's
decision to leave as an example of the risks": "point to" cites evidence for a view
(while "pointed to the door" is a gesture, so the phrase must read as evidence). "The
FBI decided against recommending charges": a decision, as "decided not to" is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_cues import CUE_NOUNS, STANCE_NOUNS, words
from claimmap.claims_tokens import Offsets, tokens_offsets

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Nouns that, pointed to, are evidence or a stated position rather than a place.
_EVIDENCE = words(
    """
    report reports study survey poll polls data figure figures number numbers statistic
    statistics record evidence example case law bill rule rules policy decision vote
    remark remarks comment comments statement history failure success
    """
)
_FAVOUR = frozenset({"favor", "favour"})


def prep_content(verb: Token, lemma: str) -> Offsets | None:
    """The ruling of "ruled against X" / "ruled in favor of X", or the evidence of
    "pointed to X as Y" / "pointed to reports that X"; ``None`` for other verbs."""
    if lemma == "rule":
        return _ruling(verb)
    if lemma == "point":
        return _pointed_to(verb)
    if lemma == "decide":
        return _decided_against(verb)
    return None


def _ruling(verb: Token) -> Offsets | None:
    """ "ruled Friday against Ohio's procedure": the phrase from "against" (or "in favor
    of") on; "ruled for eight years" or "ruled on the motion" states no judgment."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        favour = prep.lower_ == "in" and any(c.lower_ in _FAVOUR for c in prep.children)
        if prep.lower_ == "against" or favour:
            return tokens_offsets(verb.doc, prep.i, prep.right_edge.i)
    return None


def _decided_against(verb: Token) -> Offsets | None:
    """ "The FBI decided against recommending charges": a decision not to, whose content
    is the action decided against (as with "decided not to recommend charges")."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "against" and prep.i > verb.i:
            obj = next((c for c in prep.children if c.dep_ in ("pcomp", "pobj")), None)
            if obj is not None and obj.tag_ == "VBG":  # (not a ruling "against the home side")
                return tokens_offsets(verb.doc, obj.left_edge.i, obj.right_edge.i)
    return None


def _pointed_to(verb: Token) -> Offsets | None:
    """ "pointed to the 1994 crime bill, which put more police on the streets": the thing
    pointed to, when it is evidence: named with an "as" phrase ("as an example"), a noun
    of evidence or statement ("reports", "data", "decision"), or a clause on the noun."""
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    if to is None or to.i < verb.i or to.i != verb.i + 1:
        return None
    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    noun = obj.lemma_.lower()
    evidence = noun in _EVIDENCE or noun in CUE_NOUNS or noun in STANCE_NOUNS
    clause = any(c.dep_ in ("relcl", "acl") for c in obj.children)
    if as_ is None and not evidence and not clause:
        return None
    last = max(obj.right_edge.i, as_.right_edge.i if as_ is not None else 0)
    return tokens_offsets(verb.doc, obj.left_edge.i, last)
