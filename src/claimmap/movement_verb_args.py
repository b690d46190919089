"""The subject and the object of a motion verb, read through the parser's chains: a subject
inherited through xcomp/conj/acl ("was likely to travel", "forced thousands to flee"), the
doer of a gerund after "from"/"for" ("deter others from entering X"), what a verb of seeing
saw going, and an object that is no measure of the way ("driven hundreds of miles").

Split from :mod:`claimmap.movement_movers`, which reads who or what moved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap import movement_words as lex
from claimmap.movement_subjects import clause_of, nearest
from claimmap.movement_words import child_of, content_head

if TYPE_CHECKING:
    from spacy.tokens import Token


def object_of(verb: Token) -> Token | None:
    """The direct object, unless it measures the way ("driven hundreds of miles") or is an
    adverb of the way read as a noun ("taken overland into X")."""
    obj = child_of(verb, "dobj")
    if obj is None or content_head(obj).lemma_.lower() in lex.EXTENT_NOUNS:
        return None
    if obj.lower_ in lex.WAY_ADVERBS and not any(obj.children):
        return None
    return obj


def subject(verb: Token) -> Token | None:
    """The grammatical subject, inherited through xcomp/conj/acl chains (and through the
    adjective of "was likely to travel")."""
    for _ in range(6):
        subj = nearest(verb, "nsubj") or nearest(verb, "nsubjpass")
        if subj is not None:
            return subj
        head = verb.head
        if intended(verb):  # "had no plans to enter X": who had the plans
            if head.head.lemma_.lower() in _THWART_LEMMAS:
                return None  # "police stopped attempts to cross": not the police's
            verb = head.head
            continue
        if verb.dep_ in ("acl", "relcl", "amod") and head.pos_ in ("NOUN", "PROPN", "PRON"):
            return head
        obj = child_of(head, "dobj") if verb.dep_ == "xcomp" else None
        if obj is not None and obj.lemma_.lower() not in lex.PATH_NOUNS:
            return obj  # "forced thousands to flee" (not "used routes to reach X")
        if _seen_going(verb):
            return child_of(head, "dobj")
        if verb.dep_ == "conj" and _asyndetic(verb):
            inner = [t for t in verb.doc[head.i + 1 : verb.i] if t.dep_ in ("nsubj", "nsubjpass")]
            if inner:  # "because cocaine produced in X crosses its borders": a misread clause
                return inner[-1]
        if verb.dep_ not in ("xcomp", "conj", "advcl", "pcomp", "acomp") or head == verb:
            return None
        doer = _object_doer(head) if verb.dep_ == "pcomp" else None
        if doer is not None:
            return doer
        verb = clause_of(head) if verb.dep_ == "pcomp" else head
    return None


# Verbs that judge someone for what they did: "thanked the pope for visiting the city".
_CREDIT_LEMMAS = frozenset(
    {"thank", "praise", "blame", "criticize", "criticise", "arrest", "detain", "punish"}
    | {"fine", "jail", "charge", "condemn", "commend", "fault", "congratulate", "prosecute"}
)


def _object_doer(prep: Token) -> Token | None:
    """ "deter others from entering X", "thanked the pope for visiting X": the object of
    the verb the gerund's preposition hangs on does the gerund, not its subject."""
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    word = prep.lower_
    if word == "from" or (word == "for" and verb.lemma_.lower() in _CREDIT_LEMMAS):
        return child_of(verb, "dobj")
    return None


# Verbs acting on another's plan: "police foiled attempts to cross" (the police stayed).
_THWART_LEMMAS = frozenset(
    {"stop", "foil", "thwart", "prevent", "block", "halt", "repel", "frustrate", "disrupt"}
    | {"intercept", "deter", "record", "register", "report", "count", "log", "reject", "deny"}
)
# Verbs of seeing: "spotted two ships, heading to X" tells of the ships, not the watcher.
_SEEING_LEMMAS = frozenset(
    {"spot", "see", "observe", "detect", "sight", "track", "monitor", "watch", "photograph"}
    | {"film", "notice", "record"}
)


def _seen_going(verb: Token) -> bool:
    """A participle with no subject of its own hung on a verb of seeing that has an object
    ("the ministry spotted two destroyers ..., heading to X"): what was seen moved."""
    head = verb.head
    return (
        verb.dep_ in ("advcl", "conj", "xcomp")
        and verb.tag_ == "VBG"
        and head.lemma_.lower() in _SEEING_LEMMAS
        and child_of(head, "dobj") is not None
    )


def intended(verb: Token) -> bool:
    """ "(had) plans to enter X": an infinitive hung on the object of a verb tells what the
    verb's subject means to do."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and head.dep_ == "dobj"
        and head.head.pos_ in ("VERB", "AUX")
    )


def _asyndetic(verb: Token) -> bool:
    """A verb conjoined to an earlier one with no "and"/"or" nor comma between them: the
    parser's guess at a clause it could not attach, not a true coordination."""
    head = verb.head
    between = verb.doc[head.i + 1 : verb.i]
    return not any(
        (t.dep_ == "cc" and t.head in (head, verb)) or (t.text == "," and t.head in (head, verb))
        for t in between
    )
