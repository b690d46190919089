"""Movements a negated frame tells as not having happened: "the video does not show troops
moving from X to Y", "there are no flights from X to Y", "there is no evidence that
trucks crossed into Z".

Read by :func:`claimmap.movement_negation.negated`: such a movement is the content of a
fact-check verdict or of a denial, never support for a made leg.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimmap.movement_counts import words as _words
from claimmap.movement_denial_words import NEGATIVE_DETS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimmap.model import Movement

#: verbs that present evidence of what they show: negated, the movement is not shown
SHOWING_LEMMAS = _words(
    "show depict prove confirm demonstrate document capture film record reveal support indicate"
)
#: nouns of evidence: "no evidence / sign / proof that troops crossed"
EVIDENCE_NOUNS = _words("evidence sign proof indication trace record footage")
#: clause links climbed from the movement up to the frame that tells it
_CLAUSE_DEPS = frozenset(["ccomp", "xcomp", "acl", "relcl", "conj", "dobj", "nsubj"])


def unshown(trig: Token) -> bool:
    """The movement is what a negated verb of showing does not show ("does not show troops
    moving to X", "no footage shows tanks crossing"), or what no evidence supports
    ("there is no evidence that X sent troops")."""
    tok = trig
    for _ in range(3):
        if tok.dep_ not in _CLAUSE_DEPS or tok.head == tok:
            return False
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in SHOWING_LEMMAS:
            return _denied_frame(tok)
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in EVIDENCE_NOUNS:
            return _no_det(tok)
    return False


def none_such(trig: Token) -> bool:
    """A movement noun told as not existing: "there are no flights from X to Y", "there is
    no massive infiltration of our territory"."""
    return trig.pos_ == "NOUN" and _no_det(trig)


def _denied_frame(verb: Token) -> bool:
    """ "does not show", "never showed", "no video shows"."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return any(c.dep_ == "nsubj" and _no_det(c) for c in verb.children)


def _no_det(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in NEGATIVE_DETS for c in noun.children)


_UNSHOWN_TEXT = re.compile(
    r"\b(?:not|n't|never|no\s+\w+)\s+(?:\w+\s+)?(?:"
    + "|".join(sorted(SHOWING_LEMMAS))
    + r")(?:s|es|ed|d|n|ing)?\b",
    re.IGNORECASE,
)


def evidence_verdict(m: Movement, text: str) -> bool:
    """Is the movement negated by what some evidence does not show ("the video does not
    show troops moving to X")? That verdict is on the evidence, not a debunk of every
    retelling: the claim that the video shows it is still drawn as its claimant's."""
    if not m.negated or m.sentence is None:
        return False
    return bool(_UNSHOWN_TEXT.search(text, m.sentence.start, m.trigger.start))
