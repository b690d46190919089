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
