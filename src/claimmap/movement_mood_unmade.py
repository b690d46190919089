"""Journeys told as under way or tried but never made: "tried to enter X but was pushed
back", "was heading towards X when it was stopped", "the hijacked ship was carrying steel
to Y", and ones only ordered ("must be transferred to X", "ordering that they be brought
back"). Their end is where the movers were meant to go, not where they got to.

Split from :mod:`claimmap.movement_mood`, which reads a movement as made, possible or meant.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.movement_headline import ordered_headline
from claimmap.movement_mood_words import FAIL_LEMMAS, ORDER_LEMMAS, SEIZED_STEMS

if TYPE_CHECKING:
    from spacy.tokens import Token


def thwarted(attempt: Token) -> bool:
    """Is the attempt told as failed by a clause coordinated with it ("but was pushed
    back", "but failed", "and were turned back")?"""
    for verb in attempt.conjuncts:
        if verb.i < attempt.i or verb.pos_ not in ("VERB", "AUX"):
            continue
        if verb.lemma_.lower() in FAIL_LEMMAS:
            return True
        if any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children):
            return True  # "pushed back", "turned back", "driven back"
    return False


def cut_short(verb: Token) -> bool:
    """Is a journey under way told as cut short ("had been heading towards X when it was
    stopped", "was sailing to Y when it was intercepted")? Its goal is where the movers
    were going, not where they got to."""
    if verb.tag_ != "VBG":
        return False
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        verbs = [clause, *clause.conjuncts]  # "when" may hang on "stopped and taken"
        words = [c for v in verbs for c in v.children if c.dep_ in ("advmod", "mark")]
        if any(w.lower_ == "when" for w in words) and clause.lemma_.lower() in FAIL_LEMMAS:
            return True
    return False


def ordered(verb: Token, auxes: set[str]) -> bool:
    """Told as ordered: "must be transferred to X" (an obligation: "must have" is a guess),
    "ordering that they be brought back to X", "orders migrants brought back to X"."""
    if "must" in auxes and "have" not in auxes:
        return True
    head = verb.head
    if ordered_headline(verb):
        return True
    if head is verb or verb.dep_ not in ("ccomp", "xcomp", "oprd", "conj") or verb.tag_ == "VBD":
        return False
    if verb.dep_ == "conj":
        return False
    return head.lemma_.lower() in ORDER_LEMMAS or head.lower_.startswith("order")


def seized_carrier(verb: Token) -> bool:
    """ "The hijacked ship was carrying steel from X to Y": a trip under way by a craft told
    as seized or sunk was cut short; its end is where it was going."""
    if verb.tag_ != "VBG" or not any(c.dep_ == "aux" for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    mods = [c for c in subj.children if c.dep_ in ("amod", "compound", "acl")]
    return any(m.lower_.startswith(SEIZED_STEMS) for m in mods)
