"""Movements told as not having happened: "did not send", "no aircraft flew", "denied
sending troops", "the claim that planes flew to X is false".

Split from :mod:`claimmap.movement_movers`, which reads who moved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap import movement_words as lex
from claimmap.movement_denial_words import (
    DEBUNK_LEMMAS,
    DENIAL_LEMMAS,
    HALT_LEMMAS,
    NEGATIVE_DETS,
    NEGATIVE_PRONOUNS,
    REPORT_NOUNS,
    TRUE_WORDS,
    UNTRUE_WORDS,
)
from claimmap.movement_unshown import none_such, unshown
from claimmap.movement_verb_args import intended

if TYPE_CHECKING:
    from spacy.tokens import Token


def negated(trig: Token) -> bool:
    """'did not send', 'never arrived', 'denied sending troops'."""
    if any(c.dep_ == "neg" for c in trig.children):
        return True
    if intended(trig) and any(c.lower_ == "no" and c.dep_ == "det" for c in trig.head.children):
        return True  # "had no plans to enter X"
    if _halted(trig):
        return True  # "aid convoys from X to Y had been suspended"
    if _no_mover(trig) or _debunked_clause(trig):
        return True  # "no aircraft flew to X", "the claim that planes flew to X is false"
    if unshown(trig) or none_such(trig):
        return True  # "the video does not show troops moving to X", "no flights to Y"
    head = trig.head
    while head.dep_ in ("xcomp", "aux") and head.head != head:
        head = head.head
    if head == trig or head.lemma_.lower() not in DENIAL_LEMMAS:
        return False
    return not any(c.dep_ == "neg" for c in head.children)


# A movement told as the object of these is only meant or feared, not told as made.
PLAN_NOUNS = frozenset(["attempt", "bid", "plot", "scheme", "threat"])
_PLAN_VERBS = frozenset(["threaten", "plot", "plan", "intend", "consider", "contemplate"])
# Verbs of weighing a step, told with a gerund: "were considering moving the group to X".
_WEIGH_VERBS = frozenset(["consider", "contemplate"])


def unrealised(trig: Token) -> bool:
    """ "any attempt to smuggle arms from X to Y", "threatened to send troops to X", "plans
    to ship grain to Y": an infinitive hung on a word of planning or threatening tells a
    movement no one says was made, so it draws no leg."""
    head = trig.head
    if trig.tag_ == "VBG" and trig.dep_ == "xcomp" and head.lemma_.lower() in _WEIGH_VERBS:
        return True  # "considering moving the group to X"
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in trig.children):
        return False
    if trig.dep_ == "acl" and head.pos_ == "NOUN":
        return head.lemma_.lower() in PLAN_NOUNS
    return trig.dep_ == "xcomp" and head.lemma_.lower() in _PLAN_VERBS


def _halted(trig: Token) -> bool:
    """A movement told as a noun that a verb stops: "convoys ... were suspended", "blocked
    shipments to X" (unless that stop is itself denied: "did not halt")."""
    if trig.pos_ != "NOUN" or trig.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    verb = trig.head
    stopped = verb.lemma_.lower() in HALT_LEMMAS
    return stopped and not any(c.dep_ == "neg" for c in verb.children)


def _no_mover(trig: Token) -> bool:
    """ "no aircraft had flown", "none of them were sent", "shipped no arms", "not a single
    rifle had crossed": nothing moved."""
    for c in trig.children:
        if c.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            continue
        if c.lower_ in NEGATIVE_PRONOUNS:
            return True
        if any(d.dep_ == "det" and d.lower_ in NEGATIVE_DETS for d in c.children):
            return True
        if c.pos_ in ("NOUN", "PROPN", "NUM") and any(d.dep_ == "neg" for d in c.children):
            return True  # "not a single rifle had crossed", "not one soldier was sent"
    return False


def _debunked_clause(trig: Token) -> bool:
    """ "The claim that planes flew to X is false / was debunked": a movement told only to be
    judged untrue (any verb of the clause, "flew to X and then on to Y", counts)."""
    verb = trig
    while verb.dep_ in ("conj", "xcomp") and verb.head != verb:
        verb = verb.head
    noun = verb.head
    if not _noun_clause(verb) or noun.lemma_.lower() not in REPORT_NOUNS:
        return False
    judge = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and judge.lemma_.lower() in DEBUNK_LEMMAS:
        return True  # "officials denied the claim that ...", "the report was debunked"
    if noun.dep_ != "nsubj":
        return False
    said = {c.lemma_.lower() for c in judge.children if c.dep_ in ("acomp", "attr")}
    neg = any(c.dep_ == "neg" for c in judge.children)
    return bool(said & UNTRUE_WORDS) or (neg and bool(said & TRUE_WORDS))


def _noun_clause(verb: Token) -> bool:
    """The clause holds what the noun says ("the story that trucks drove ..."), which the
    parser may call a relative clause when "that" fills no slot of the verb."""
    if verb.dep_ in ("acl", "ccomp"):
        return True
    slots = ("nsubj", "nsubjpass", "dobj")
    return verb.dep_ == "relcl" and not any(
        c.dep_ in slots and c.lower_ in lex.RELATIVE for c in verb.children
    )


#: words that, right before a preposition, deny the place it names: "never to X", "not to X"
_NOT_THERE = frozenset(["never", "not"])


def denied_stop(obj: Token) -> bool:
    """ "go to X, never to Y", "flown to X rather than to Y": a place the movers are told
    not to have gone to fills no slot."""
    prep = obj.head
    if prep.pos_ != "ADP" or prep.i == 0:
        return False
    doc = prep.doc
    before = doc[prep.i - 1].lower_
    if before in _NOT_THERE:
        return True
    return before == "than" and prep.i > 1 and doc[prep.i - 2].lower_ == "rather"
