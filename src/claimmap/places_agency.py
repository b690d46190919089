"""Metonymy: when a place name stands for those who govern it ("Nairobi said", "talks
with Moscow", "aggression by Washington") rather than for the place ("Paris is rainy",
"left for Paris").

Why a module of its own: :mod:`claimmap.places_context` reads every cue around a name;
whether the name acts is one question with its own word lists (setting verbs, prepositions
of dealing, nouns of a deed); its answer (``Toponym.agent``) lets :mod:`claimmap.resolve`
map a capital as an actor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.places_lexicon import SETTING_VERBS, motion_verb

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def is_agent(span: Span) -> bool:
    """ "Nairobi said", "Moscow was sending": the name is the subject of an action
    verb. "Paris is rainy", "Paris hosted the games" are about the place itself."""
    root = span.root
    if root.dep_ == "pobj":
        return _dealt_with(root)
    if root.dep_ != "nsubj":
        return False
    head = root.head
    return head.pos_ == "VERB" and head.lemma_.lower() not in SETTING_VERBS


#: Prepositions that make their object a party one deals with, not a spot ("wait for X").
PARTY_PREPS = frozenset({"for", "with", "against", "by"})
#: Nouns of a deed whose "by X" names the doer: "aggression by Washington" (a government,
#: not the state of that name). Closed and small: "a house by the lake" is a spot.
ACT_NOUNS = frozenset(
    {
        "aggression",
        "attack",
        "attempt",
        "accusation",
        "annexation",
        "blockade",
        "decision",
        "demand",
        "interference",
        "intervention",
        "invasion",
        "move",
        "pressure",
        "provocation",
        "request",
        "sanction",
        "statement",
        "threat",
    }
)


def _dealt_with(obj: Token) -> bool:
    """ "We will not wait for Washington", "talks with Moscow", "criticised by Beijing": the
    object of a preposition of dealing after a verb that is no motion ("left for Paris")."""
    prep = obj.head
    verb = prep.head
    if prep.lower_ == "by" and verb.pos_ == "NOUN" and verb.lemma_.lower() in ACT_NOUNS:
        return True  # "aggression by Washington": the doer of a deed named by a noun
    return (
        prep.lower_ in PARTY_PREPS
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() not in SETTING_VERBS
        and not motion_verb(verb.lower_)
        and not motion_verb(verb.lemma_.lower())
    )
