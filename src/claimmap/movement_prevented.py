"""Journeys someone was kept from making: "barred Iraqis from boarding flights to X",
"prevented migrants from crossing into Y".

A motion told in the "from ...ing" phrase of a verb of stopping never happened. A ban
("barred, banned, prohibited ... from travelling to X") is a rule for whoever might go: no
one is said to have set off, so it draws no movement at all. Movers stopped in the act
("prevented 300 migrants from crossing into Y") meant to go there: their movement is told
as intended, never as made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap import movement_words as lex

if TYPE_CHECKING:
    from spacy.tokens import Token

#: verbs of a rule against going: no one is said to have set off
_BAN_LEMMAS = frozenset({"bar", "ban", "prohibit", "forbid", "disallow", "debar"})
#: verbs of stopping movers who were setting off
_STOP_LEMMAS = frozenset({"prevent", "stop", "block", "keep", "deter", "restrain"})


def _stopping_verb(trig: Token) -> Token | None:
    """The verb whose "from ...ing" phrase tells the trigger ("barred X from boarding
    flights to Y": the flight is boarded in that phrase), if any."""
    if trig.dep_ == "pobj" and any(
        c.dep_ == "compound" and c.lower_.endswith("ing") for c in trig.children
    ):
        prep = trig.head  # "from boarding flights", "boarding" read as a noun
        return _verb_of(prep.head) if prep.lower_ == "from" and prep.head is not prep else None
    verb = trig
    if trig.dep_ in ("dobj", "pobj") and trig.head.lemma_.lower() in (
        lex.RIDE_VERBS | lex.BOARD_LEMMAS
    ):
        verb = trig.head  # "from boarding flights to Y", "from taking buses to Y"
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG":
        return None
    prep = verb.head
    if prep.lower_ != "from" or prep.dep_ != "prep" or prep.head is prep:
        return None
    return _verb_of(prep.head)


def _verb_of(head: Token) -> Token:
    """The verb a from-phrase is said of, when the parser hung it on the verb's object
    ("barred X, Y and Z nationals from boarding": on "nationals", a conjunct of X)."""
    for _ in range(4):
        if head.pos_ in ("VERB", "AUX") or head.dep_ not in ("dobj", "conj", "appos"):
            break
        head = head.head
    return head


def banned(trig: Token) -> bool:
    """Is the trigger a journey a ban forbids ("barred citizens from flying to X")?"""
    verb = _stopping_verb(trig)
    return verb is not None and verb.lemma_.lower() in _BAN_LEMMAS


def kept_from(trig: Token) -> bool:
    """Is the trigger a journey its movers were stopped from making ("prevented them from
    crossing into X")?"""
    verb = _stopping_verb(trig)
    return verb is not None and verb.lemma_.lower() in _STOP_LEMMAS
