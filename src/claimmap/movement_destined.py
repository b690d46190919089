"""Goods seized on their way: "customs seized 900 kg of heroin at the port of X, destined for
Y", or "Police seized 300 rifles in X." "The weapons were destined for Y." What was seized
is what was meant for Y (not the officers who seized it), and where it was seized is where
its way to Y was cut: a hop X → Y told as meant (mood *intended*, from the trigger).

The seizure's own sentence ("rifles seized in X were destined for Y") is read by
:func:`claimmap.movement_registered.seized_bound`; goods meant for Y with no seizure told
go on from where the last goods got to (:mod:`claimmap.movement_meant_start`).

Read by :mod:`claimmap.movement_movers` (the mover) and :mod:`claimmap.movement_build`
(the start).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap import movement_words as lex
from claimmap.movement_spans import placelike
from claimmap.movement_words import child_of, content_head, preps_of
from claimmap.routes_kinds import kind_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from claimmap.movement_spans import SlotContext

#: the words that tell goods as meant for a place ("destined for Y", "intended for Y")
_MEANT = frozenset({"destined", "intended", "earmarked", "bound"})
#: kinds of movers that are people: "migrants seized ... were bound for Y" are not goods
_PEOPLE_KINDS = frozenset({"armed", "displaced"})
#: the goods named again as the ones told of: "the weapons", "these drugs", "they"
_TOLD_BEFORE = frozenset({"the", "these", "those"})
_PRONOUNS = frozenset({"it", "they", "them"})


def seized_goods(trig: Token) -> Token | None:
    """What a seizing verb seized, when the meant-for trigger hangs on it ("seized 900 kg of
    heroin at X, destined for Y": the heroin)."""
    if trig.lower_ not in _MEANT or trig.dep_ not in ("advcl", "conj", "xcomp"):
        return None
    verb = trig.head
    if verb.lemma_.lower() not in lex.SEIZURE_LEMMAS:
        return None
    goods = child_of(verb, "dobj") or child_of(verb, "nsubjpass")
    return content_head(goods) if goods is not None else None


def seizure_start(ctx: SlotContext, trig: Token, named: Token | None) -> Token | None:
    """Where goods told as meant for an end were seized: on the seizing verb the trigger
    hangs on, else in the sentence just before, when it tells one seizure at one place
    and the goods are named again ("the weapons", "they"), not people."""
    if trig.lower_ not in _MEANT or named is None or _people(named):
        return None
    if seized_goods(trig) is not None:
        return _seized_at(ctx, trig.head)
    if not _named_again(named):
        return None
    before = _sentence_before(trig.sent)
    if before is None:
        return None
    places = [
        place
        for tok in before
        if tok.pos_ == "VERB" and tok.lemma_.lower() in lex.SEIZURE_LEMMAS
        if (place := _seized_at(ctx, tok)) is not None
    ]
    return places[0] if len(places) == 1 else None


def _seized_at(ctx: SlotContext, verb: Token) -> Token | None:
    """The place of a seizing verb's "in X" or "at the port of X", or of what it seized
    ("seized 300 rifles in X", the phrase read as the rifles')."""
    goods = child_of(verb, "dobj")
    for head in (verb, *([goods] if goods is not None else [])):
        for word, obj in preps_of(head):
            if word in ("in", "at") and placelike(ctx, obj, strict=True):
                return obj
    return None


def _named_again(named: Token) -> bool:
    if named.lower_ in _PRONOUNS:
        return True
    return any(c.dep_ == "det" and c.lower_ in _TOLD_BEFORE for c in named.children)


def _people(named: Token) -> bool:
    return named.ent_type_ in ("PERSON", "NORP", "ORG") or kind_of(named.lower_) in _PEOPLE_KINDS


def _sentence_before(sent: Span) -> Span | None:
    doc = sent.doc
    return doc[sent.start - 1].sent if sent.start > 0 else None
