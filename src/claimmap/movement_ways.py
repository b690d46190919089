"""Slots told on words next to the trigger rather than on it: the vehicle the movers rode
("carried on landing ships from X to Y"), the distance flown ("flew 900 km over X and Y"),
a stop told as a noun ("made a refuelling stop at X before reaching Y"), and a "from"-
phrase the parser hung on the next clause's verb ("from X, and from near Y, to Z, the
agency said").

Split from :mod:`claimmap.movement_slots`, which reads the trigger's own prepositions.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from claimmap import movement_words as lex
from claimmap.movement_words import pobjs, preps_of

if TYPE_CHECKING:
    from spacy.tokens import Token


def more_ways(trig: Token) -> Iterator[tuple[str, Token]]:
    """(preposition, object) pairs of the trigger told on the words next to it."""
    for on in (c for c in trig.children if c.dep_ == "prep" and c.lower_ in ("on", "aboard")):
        for craft in pobjs(on):  # "carried on four landing ships from X to Y": the ships' way
            if craft.lemma_.lower() in lex.VEHICLES | lex.RIDDEN:
                yield from preps_of(craft, any_prep=False)
            else:
                yield from _misread_craft(craft)
    yield from _extent_ways(trig)
    yield from _cut_away(trig)
    yield from _stop_before(trig)


def craft_name(token: Token) -> bool:
    """ "navy landing ships", "fishing boats": a gerund the parser read as a verb taking the
    craft right after it as its object names the kind of craft; it moves nothing."""
    if token.tag_ != "VBG" or token.dep_ != "acl" or token.i + 1 >= len(token.doc):
        return False
    craft = token.doc[token.i + 1]
    return craft.head == token and craft.dep_ == "dobj" and craft.lemma_.lower() in lex.VEHICLES


def _misread_craft(top: Token) -> Iterator[tuple[str, Token]]:
    """ "on four navy landing ships from X": the parser read "landing" as a verb with the
    ships as its object, so the way is told on the words between the ships and the "on"."""
    for craft in (t for t in top.subtree if t.dep_ == "dobj" and t.i > top.i):
        if craft.lemma_.lower() not in lex.VEHICLES or craft.head.dep_ != "acl":
            continue
        if craft.head.head == top and craft_name(craft.head):
            yield from preps_of(craft, any_prep=False)
            yield from preps_of(craft.head, any_prep=False)


def _extent_ways(trig: Token) -> Iterator[tuple[str, Token]]:
    """ "flew 900 kilometres over X and Y to Z": the parser hangs the way on the distance."""
    flies = trig.lemma_.lower() in lex.SELF_MOTION
    for extent in (c for c in trig.children if c.dep_ in ("dobj", "npadvmod")):
        if extent.lemma_.lower() not in lex.EXTENT_NOUNS:
            continue
        for prep in (c for c in extent.children if c.dep_ == "prep"):
            over = prep.lower_ in lex.TRANSIT_PREPS or (prep.lower_ == "over" and flies)
            yield from (("through" if over else prep.lower_, o) for o in pobjs(prep))


#: nouns of a halt on the way: "made a refuelling stop at X before reaching Y"
_STOP_NOUNS = frozenset({"stop", "stopover", "layover", "halt"})


def _stop_before(trig: Token) -> Iterator[tuple[str, Token]]:
    """ "made a refuelling stop at X before reaching Y": the stop told before the gerund
    is on its way."""
    prep = trig.head
    if trig.dep_ != "pcomp" or prep.lower_ != "before":
        return
    for stop in (c for c in prep.head.children if c.dep_ == "dobj"):
        if stop.lemma_.lower() in _STOP_NOUNS:
            yield from (("through", o) for w, o in preps_of(stop) if w in ("at", "in"))


def _cut_away(trig: Token) -> Iterator[tuple[str, Token]]:
    """ "were carried from X, and from near Y, to Z, the agency said": a "from"-phrase
    after "and" the parser hung on the next clause's verb is one more of the trigger's."""
    for verb in (c for c in trig.children if c.dep_ == "conj" and not lex.is_trigger(c)):
        for prep in (c for c in verb.lefts if c.dep_ == "prep" and c.lower_ in lex.ORIGIN_PREPS):
            before = trig.doc[prep.i - 1]
            if before.lower_ in ("and", "or") and before.head in (trig, verb):
                yield from preps_of(prep.head, any_prep=False)
