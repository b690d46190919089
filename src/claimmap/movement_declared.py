"""Destinations a craft declares rather than reaches: "was signalling X as its destination",
"listed X as its destination" (AIS-style ship data). The place is where the craft means to
go, so the movement's mood is "intended"; the verb alone is no motion. Also the mood a
movement is told in (:func:`told_mood`), with steps of a plan ("instructed to hug the coast
before landing in X") intended."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.movement_mood import mood
from claimmap.movement_words import child_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimmap.model import Mood

#: verbs a craft or its data give a destination with: "signalled X as its destination"
_DECLARE_LEMMAS = frozenset(
    {"signal", "list", "give", "declare", "show", "broadcast", "name", "report"}
    | {"display", "transmit", "set", "state", "register"}
)
_GOAL_NOUNS = frozenset({"destination"})


def declared_goal(token: Token) -> Token | None:
    """The place object of "<verb> X as its destination", else None."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _DECLARE_LEMMAS:
        return None
    obj = child_of(token, "dobj")
    if obj is None or obj.pos_ not in ("PROPN", "NOUN"):
        return None
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "as"]
    goals = [o for p in preps for o in p.children if o.lemma_.lower() in _GOAL_NOUNS]
    return obj if goals else None


def told_mood(trig: Token, stayed: Token, declared: bool) -> Mood:
    """How the movement is told; a destination a craft declares is one it means to reach."""
    told = mood(trig) if mood(trig) != "made" else mood(stayed)
    if told == "made" and trig.dep_ == "pcomp" and trig.head.lower_ in ("before", "after"):
        # "were instructed to hug the coast before landing the cargo in X": the gerund
        # is a step of the plan the clause it hangs on tells
        head = trig.head.head
        steps = [c for c in head.children if c.dep_ == "xcomp" and c.i < trig.i]
        told = next((m for v in (head, *steps) if (m := mood(v)) != "made"), told)
        if told == "made" and head.lemma_.lower() in _PLAN_LEMMAS and _to_child(head):
            told = "intended"  # the parser may read "instructed to hug X" as a to-phrase
    return "intended" if declared and told == "made" else told


#: verbs of an instruction or plan whose "to" clause tells what is meant to be done
_PLAN_LEMMAS = frozenset({"instruct", "order", "direct", "plan", "intend", "schedule", "tell"})


def _to_child(verb: Token) -> bool:
    """Has the verb a "to" clause (or a "to" the parser read as a preposition)?"""
    return any(
        c.lower_ == "to" or any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in verb.children
        if c.i > verb.i
    )
