"""Projectiles are movers too: "a missile fired from X toward Y", "the drone had been
launched from Z". Firing and launching move something only when what is fired is a
projectile (not "fired from his job", "launched a campaign from X"), so the verb is a
motion word only with one as its object, passive subject or the noun it describes.

Split from :mod:`claimmap.movement_words`, which lists the other motion words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: verbs that send a projectile on its way
LAUNCH_LEMMAS = frozenset(["fire", "launch"])
#: what is fired or launched: a closed class of weapons and craft that fly
PROJECTILES = frozenset(
    {"missile", "rocket", "drone", "projectile", "uav", "shell", "torpedo", "mortar", "warhead"}
    | {"balloon", "satellite", "spacecraft", "airship", "glider"}
)


def _projectile(tok: Token) -> bool:
    return tok.lemma_.lower() in PROJECTILES or tok.lower_.rstrip("s") in PROJECTILES


def projectile_of(token: Token) -> Token | None:
    """What a firing or launching word sent on its way: "a missile fired from X", "drones
    were launched from Y", "launched a rocket toward Z" (else None)."""
    if token.lemma_.lower() not in LAUNCH_LEMMAS or token.pos_ not in ("VERB", "AUX"):
        return None
    if token.dep_ in ("acl", "relcl") and _projectile(token.head):
        return token.head
    # "a missile fired from X was intercepted": the reduced clause misread as the verb's own,
    # a projectile its subject (it fires nothing, so with no object it is what flew)
    kids = list(token.children)
    slots = ("dobj", "nsubjpass") if any(c.dep_ == "dobj" for c in kids) else ("nsubjpass", "nsubj")
    return next((c for c in kids if c.dep_ in slots and _projectile(c)), None)


def launched(token: Token) -> bool:
    """Does ``token`` fire or launch a projectile (and so move it)?"""
    return projectile_of(token) is not None


#: verbs of a projectile reaching its target: "launched from X and hit a ship off Y"
STRIKE_LEMMAS = frozenset(["hit", "strike", "target", "attack", "explode", "crash", "slam"])
#: prepositions that place the strike: "hit a ship off Y", "exploded near Z"
_STRUCK_PREPS = frozenset(["off", "in", "at", "near", "on", "outside"])


def struck_at(trig: Token) -> list[Token]:
    """ "drones launched from X had hit a ship off Y": a conjoined verb of striking, with no
    subject of its own, tells where the projectile ended (its place, or its target's)."""
    shot = projectile_of(trig)
    if shot is None:
        return []
    verbs = [v for v in trig.conjuncts if v.i > trig.i and _shared(v)]
    verbs = [v for v in verbs if not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)]
    return [o for v in [*verbs, *_told_before(shot)] for o in _struck(v)]


def _told_before(shot: Token) -> list[Token]:
    """ "destroyed two drones that had attacked the port of Y, ... the drones had been
    launched from X": the same projectiles, told earlier in the sentence with their strike."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in shot.children):
        return []
    sent = shot.sent
    before = [t for t in shot.doc[sent.start : shot.i] if t.lemma_ == shot.lemma_]
    return [v for t in before for v in t.children if v.dep_ in ("relcl", "acl")]


def _struck(verb: Token) -> list[Token]:
    """The places a verb of striking names: "hit a ship off Y", "attacked the port of Y"."""
    if verb.lemma_.lower() not in STRIKE_LEMMAS:
        return []
    out: list[Token] = []
    for head in (verb, *(c for c in verb.children if c.dep_ == "dobj")):
        for prep in (c for c in head.children if c.dep_ == "prep"):
            if prep.lower_ in _STRUCK_PREPS or (prep.lower_ == "of" and head != verb):
                out += [o for o in prep.children if o.dep_ == "pobj"]
    return out


def _shared(verb: Token) -> bool:
    """Is the conjoined verb told right after "and" (its auxiliaries aside), so its subject
    is the projectile's, not a noun the parser hung elsewhere ("and the army hit")?"""
    i = verb.i - 1
    while i >= 0 and verb.doc[i].dep_ in ("aux", "auxpass", "neg", "advmod"):
        i -= 1
    return i >= 0 and verb.doc[i].dep_ == "cc"
