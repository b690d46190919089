"""Non-answers: "It did not say where the boat sailed from", "declined to say whether ...",
"has said nothing about ...", "declined to give details".

PolNeAR marks a refusal or a silence as an attribution, so the claim stays, but it states
nothing a route could rest on: its kind is "non_answer" (neither "report" nor "stance").
"A claim that monitors could not verify" is no claim at all: the "that" is a relative
pronoun (the verb lacks its object), and the clause is the reporter's caveat.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_no_statement import unsaid

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["caveat_relative", "non_answer"]

#: Verbs of refusing to speak: "declined to say whether", "refused to comment".
_REFUSALS = frozenset({"decline", "refuse"})
#: What is refused: saying, commenting, confirming.
_SPEAKING = frozenset({"say", "comment", "confirm", "specify", "elaborate", "disclose"})
#: Verbs of handing over what is known: "declined to disclose the amount", "refused to
#: specify" (a thing handed over, "to disclose medical records", is no answer withheld).
_DISCLOSING = frozenset({"disclose", "reveal", "divulge", "name", "identify", "specify"})
#: Verbs of handing over anything: "declined to give details" ("refused to provide fuel"
#: is a refusal of a deed). With either, only a noun of information as object withholds.
_GIVING = frozenset({"give", "provide", "offer", "release", "share", "publish", "supply"})
#: Nouns of information withheld: "details", "further information", "figures".
_INFORMATION = frozenset(
    {"detail", "details", "information", "comment", "figure", "specific", "specifics"}
    | {"explanation", "breakdown", "estimate", "number", "reason", "evidence", "data"}
    | {"identity", "timeline", "update", "account", "name", "amount", "location"}
)
#: Words that open an indirect question.
_QUESTIONS = frozenset(
    {"what", "whether", "if", "how", "when", "where", "why", "who", "which", "whom", "whose"}
)
#: Verbs that, with "nothing" as their object, tell a silence: "has said nothing about X".
_TELLING = frozenset({"say", "tell", "reveal", "disclose", "divulge", "comment"})
#: Objects that say nothing: "has said nothing about X".
_NOTHING = frozenset({"nothing"})
#: Verbs of checking a claim; with no object after "a claim that" the "that" is relative.
_CHECKING = frozenset(
    {"verify", "confirm", "corroborate", "substantiate", "check", "prove", "independently"}
)


def non_answer(verb: Token, lemma: str) -> bool:
    """Whether the cue ``verb`` tells a refusal or a silence rather than a statement."""
    if unsaid(verb, lemma):
        return True
    comps = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    if _negated(verb) and comps and all(_question(c) for c in comps):
        return True  # "It did not say whose drones they were"
    if lemma in _REFUSALS:
        said = [c for c in verb.children if c.dep_ == "xcomp" and c.lemma_ in _SPEAKING]
        asked = [g for c in said for g in c.children if g.dep_ in ("ccomp", "xcomp")]
        if said and asked and all(_question(g) for g in asked):
            return True  # "declined to say whether aircraft were involved"
        if any(_withheld(c) for c in verb.children if c.dep_ == "xcomp"):
            return True  # "The ministry declined to give details"
    if lemma not in _TELLING:
        return False  # ("has proposed nothing that would ...": a statement about X)
    return any(c.dep_ == "dobj" and c.lower_ in _NOTHING for c in verb.children)


def caveat_relative(clause: Token) -> bool:
    """ "a claim that independent monitors could not verify": the clause after a cue noun
    is a relative one about checking the claim (its verb has no object), no content."""
    if clause.lemma_.lower() not in _CHECKING:
        return False
    return not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in clause.children)


def _withheld(clause: Token) -> bool:
    """ "to give details", "to name the buyer": what a refusal holds back is information,
    the infinitive's object, not a deed refused ("refused to release the prisoners")."""
    lemma = clause.lemma_.lower()
    if lemma not in _DISCLOSING | _GIVING or any(c.dep_ == "ccomp" for c in clause.children):
        return False
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    if lemma in _DISCLOSING and not objects:
        return not any(c.dep_ in ("xcomp", "prep") for c in clause.children)  # "to specify"
    return any(o.lemma_.lower() in _INFORMATION or o.lower_ in _INFORMATION for o in objects)


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _question(clause: Token) -> bool:
    first = clause.doc[clause.left_edge.i]
    return first.lower_ in _QUESTIONS and first.tag_ in ("WP", "WDT", "WRB", "IN", "WP$")
