"""Movements whose mood comes from the clause they hang on, not from their own words.

"A convoy is due to leave X next week, carrying oil to Y": the participle adds where the
planned trip goes, so the carrying is planned too. "Lorries taking rice from X to Y were
stopped at Z": the trucks never got to Y, so X → Y is where they were meant to go, not a
trip made. Split from :mod:`claimmap.movement_mood`, which reads the trigger's own words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.movement_mood_words import FAIL_LEMMAS
from claimmap.movement_words import preps_of

if TYPE_CHECKING:
    from spacy.tokens import Token

#: the way a participle that adds to a clause is hung on it by the parser
_ADDED = frozenset(["advcl", "xcomp", "conj"])


def participle_head(verb: Token) -> Token | None:
    """The verb a bare "-ing" participle adds to ("is due to leave X, carrying oil to Y"):
    it has no auxiliary, subject or subordinator of its own, so it is told in that verb's
    mood. None when the participle stands on its own."""
    if verb.tag_ != "VBG" or verb.dep_ not in _ADDED or verb.head is verb:
        return None
    own = ("aux", "auxpass", "nsubj", "nsubjpass", "mark")
    if any(c.dep_ in own for c in verb.children):
        return None
    head = verb.head
    if head.pos_ not in ("VERB", "AUX") or head.i > verb.i:
        return None
    return head


def stopped_on_the_way(verb: Token) -> bool:
    """ "Aid trucks bringing food from X to Y were blocked at Z": a trip told in a
    participle on movers that the sentence says were stopped, held or turned back never
    reached its end, whatever tense the participle has."""
    if verb.dep_ == "relcl":
        if not _meant_goal(verb):
            return False  # "trucks that brought grain to Y were stopped": they got there
    elif verb.tag_ != "VBG" or verb.dep_ != "acl":
        return False
    movers = verb.head
    if movers.dep_ == "dobj" and movers.head.dep_ in ("nsubj", "nsubjpass"):
        movers = movers.head  # "Aid trucks" with "Aid" read as a verb taking "trucks"
    if movers.dep_ not in ("nsubj", "nsubjpass") or movers.head is movers:
        return False
    clause = movers.head
    if any(c.dep_ == "neg" for c in clause.children):
        return False  # "were not stopped": they went on
    goals = {o.lower_ for w, o in preps_of(verb) if w in ("to", "into")}
    if any(o.lower_ in goals for _, o in preps_of(clause)):
        return False  # "smugglers bringing arms to Y were arrested in Y": they got there
    back = any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in clause.children)
    if verb.dep_ == "relcl":  # "migrants who had left X for Y were arrested in Y": got there
        return back or clause.lemma_.lower() in _HALT_LEMMAS
    return back or clause.lemma_.lower() in FAIL_LEMMAS


#: verbs of stopping movers on their way, before any end (arrests may follow an arrival)
_HALT_LEMMAS = frozenset({"stop", "block", "halt", "intercept", "repel", "thwart", "prevent"})


#: prepositions of a goal told as the movers' course, not as reached ("left X for Y")
_COURSE_PREPS = frozenset(["for", "toward", "towards"])


def _meant_goal(verb: Token) -> bool:
    """ "trucks that had left X for Y were turned back": a relative clause naming where
    the movers were headed ("for Y", "towards Y", or "heading to Y") tells a course, which
    the clause they are the subject of cut short; a plain "to Y" tells where they got."""
    if verb.tag_ == "VBG":
        return True
    return any(w in _COURSE_PREPS for w, _ in preps_of(verb))


#: what a place is said to be for a trade: "X is the main hub for ivory exports to Y"
_ROLE_NOUNS = frozenset(
    {"hub", "centre", "center", "gateway", "route", "corridor", "conduit", "source", "point"}
    | {"destination", "market", "channel", "base", "springboard", "crossroads", "magnet"}
)


def generic_flow(trig: Token) -> bool:
    """ "X is the main hub for ivory exports to Y", "a key route for smuggling arms into Z":
    a trade told as what a place habitually is, with no one moving anything on any day,
    is no movement story and draws no leg."""
    if trig.pos_ not in ("NOUN", "VERB") or trig.dep_ not in ("pobj", "pcomp"):
        return False
    prep = trig.head
    if prep.lower_ != "for" or prep.head is prep:
        return False
    role = prep.head
    return (
        role.pos_ == "NOUN"
        and role.lemma_.lower() in _ROLE_NOUNS
        and role.dep_ in ("attr", "appos")
    )
