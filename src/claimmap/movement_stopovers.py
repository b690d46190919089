"""Stops on the way: "refuelled in X", "stopped over in X", "had stopped briefly off X".

Split from :mod:`claimmap.movement_words`, which lists the other motion words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.movement_counts import words as _words
from claimmap.movement_phrase_words import CRAFT_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token


# "refuelled in X", "stopped over in X": a stop on the way, so X is a transit.
STOPOVER_LEMMAS = _words("refuel stopover layover transship tranship transshipment")
STOPOVER_PARTICLES = _words("over off")
STOPOVER_PREPS = _words("off at in")


def _pobjs(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ == "pobj"]


def stopover(token: Token) -> bool:
    """ "refuelled in X", "stopped over in X", "a stopover in X": a stop on the way."""
    if token.lemma_.lower() in STOPOVER_LEMMAS:
        return True
    if token.lemma_.lower() != "stop" or token.pos_ != "VERB":
        return False
    if any(c.dep_ == "prt" and c.lower_ in STOPOVER_PARTICLES for c in token.children):
        return True
    # "had stopped briefly off X" (not "stopped migrants in X", "stopped in its tracks")
    misread = misread_stops(token)
    objects = [c for c in token.children if c.dep_ in ("dobj", "xcomp", "nsubjpass")]
    return all(o in misread for o in objects) and (
        bool(misread)
        or any(
            c.dep_ == "prep"
            and c.lower_ in STOPOVER_PREPS
            and any(o.pos_ == "PROPN" for o in _pobjs(c))
            for c in token.children
        )
    )


def misread_stops(token: Token) -> list[Token]:
    """ "stopped off X" with "off" read as a particle and X as the object: X is the stop."""
    return [
        c
        for c in token.children
        if c.dep_ == "dobj"
        and c.pos_ == "PROPN"
        and c.i > 0
        and token.doc[c.left_edge.i - 1].lower_ in STOPOVER_PREPS
        and not _pobjs(token.doc[c.left_edge.i - 1])
    ]


#: verbs of boats and people met at sea: "was intercepted off X", "were rescued off Y"
MET_AT_SEA = _words("intercept rescue")


def met_off(token: Token) -> bool:
    """ "a trawler carrying 46 people was intercepted off X": a craft stopped at sea had
    got as far as X, the end of the journey told (only in the passive: "the navy
    intercepted it off X" tells the navy's patrol, not where the navy went)."""
    if token.lemma_.lower() not in MET_AT_SEA or token.pos_ != "VERB":
        return False
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "off" and _pobjs(c) for c in token.children)


#: what "call" takes when it names or summons: "called him a hero", "called Operation X"
_NAMED = _words("dobj oprd attr xcomp ccomp dative")
#: the preposition of the ports a ship calls at: "called at X", "a port call at Y"
_CALL_PREPS = _words("at")


def port_calls(token: Token) -> list[Token]:
    """ "feeder ships that called at X", "would call at X and at Y", "a port call at X": the
    ports a ship put in at, in the order told (each call a stop of its voyage). Only "at"
    names a port ("called at a news conference" names none a place test will pass, and
    "called in the army" is another sense)."""
    lemma = token.lemma_.lower()
    if lemma != "call":
        return []
    if token.pos_ == "NOUN" and not any(c.lower_ == "port" for c in token.lefts):
        return []
    if token.pos_ not in ("VERB", "NOUN") or (token.dep_ == "acl" and not _craft_put_in(token)):
        return []  # "a mission called Operation X": naming, not putting in at a port
    if any(c.dep_ in _NAMED for c in token.children):
        return []  # "called him", "called it a success": another sense
    out: list[Token] = []
    for prep in (c for c in token.children if c.dep_ == "prep"):
        if prep.lower_ in _CALL_PREPS:
            out += _pobjs(prep)
        # "at X in Y and at Z": the next call hung on the phrase before
        subs = (c for c in prep.children if c.dep_ == "conj" and c.lower_ in _CALL_PREPS)
        out += [o for c in subs for o in _pobjs(c)]
    return sorted(out, key=lambda t: t.i)


def _craft_put_in(token: Token) -> bool:
    """ "The ship called at X, ..., according to Y": the parser hung the verb on the ship
    as a naming clause; a craft "called at" a place put in there (a name takes no "at")."""
    craft = token.head.lemma_.lower() in CRAFT_NOUNS and token.head.i < token.i
    return craft and any(c.dep_ == "prep" and c.lower_ in _CALL_PREPS for c in token.children)
