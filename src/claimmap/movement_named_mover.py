"""The mover as named: the noun a pronoun, a bare count or a share stands for. "transfer
them" (the antecedent), "Others returned via Y" and "Another 430 were deported" (the mover
told just before), "40% of the exports" (the exports), "Rosewood cut in X is trucked" (the
noun the participle modifies).

Split from :mod:`claimmap.movement_movers`, which finds the mover's token in the parse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.movement_antecedents import (
    antecedent,
    aside_mover,
    counted,
    number_agrees,
    quantifier,
    speaker,
)
from claimmap.movement_crafts import craft_it, whole_of
from claimmap.movement_phrase_words import THIRD_PERSON
from claimmap.movement_spans import SlotContext
from claimmap.movement_subjects import bare_count
from claimmap.movement_verb_args import object_of
from claimmap.movement_words import content_head, preps_of

if TYPE_CHECKING:
    from spacy.tokens import Token


def _conjoined_object(pron: Token) -> Token | None:
    """ "rounded up migrants in X and bused them to Y": an object pronoun of a verb
    conjoined to one with a plural object of its own stands for that object."""
    verb = pron.head
    if pron.dep_ != "dobj" or verb.dep_ != "conj":
        return None
    obj = object_of(verb.head)
    return obj if obj is not None and obj.i < pron.i and number_agrees(obj, "plural") else None


def _many(count: Token) -> bool:
    """Is the bare count more than one ("Four were sent back")?"""
    return count.lower_ not in ("one", "1", "a", "an")


#: words of a share of a whole: "40% of the exports pass through X" (the exports moved)
_SHARE_WORDS = frozenset({"%", "percent", "per", "cent", "percentage", "proportion", "share"})


def _participle_noun(subj: Token) -> Token | None:
    """ "Rosewood cut in X is trucked to Y": a participle parsed as the subject stands for
    the noun it modifies (its own subject); with none, no mover rather than a verb."""
    if subj.pos_ != "VERB" or subj.tag_ not in ("VBN", "VBD"):
        return subj
    nouns = [
        c for c in subj.lefts if c.dep_ in ("nsubj", "compound") and c.pos_ in ("NOUN", "PROPN")
    ]
    return nouns[-1] if nouns else None


def named_mover(
    ctx: SlotContext, mover: Token | None, caused: bool, last_mover: Token | None
) -> Token | None:
    """The mover as named: a pronoun's antecedent ("transfer them"). A moved pronoun in the
    sentence of the movement before stands for what that one moved ("to fly them to X, from
    where they were driven to Y"), as does a moved subject pronoun in the next sentence
    ("... taken to X. From there they were moved to Y", "dealers shipped them to Y": what
    was moved, not who spoke of it), and a lone "others" or "some" just
    after it (``last_mover``, the mover of a movement told in this sentence or the one
    before)."""
    if mover is None:
        return None
    if mover.pos_ == "VERB":
        return _participle_noun(mover)
    if mover.lower_ in _SHARE_WORDS:  # "40% of the exports pass through X": the exports
        whole = [o for w, o in preps_of(mover) if w == "of"]
        return content_head(whole[0]) if whole else None
    kind = THIRD_PERSON.get(mover.lower_)
    if kind is not None and speaker(mover, kind) is not None:
        return antecedent(ctx, mover)  # "31 said they had been sold": the 31
    if quantifier(mover) and last_mover is not None and last_mover.pos_ != "PRON":
        return last_mover  # "Most crossed at X. Others returned via Y"
    if bare_count(mover):  # "612 people were sent to X. Another 430 were deported"
        told = last_mover if last_mover is not None and last_mover.pos_ != "PRON" else None
        if told is not None and _many(mover) and not number_agrees(told, "plural"):
            told = None  # "The ship sailed to X with 16 migrants. Four were sent back": not it
        return told or counted(ctx, mover) or mover
    if (
        (caused or mover.dep_ == "nsubjpass")  # "they were taken to X, then driven to Y"
        and kind in ("plural", "thing")
        and mover.pos_ == "PRON"
        and last_mover is not None
        and (last_mover.sent == mover.sent or mover.dep_ in ("nsubjpass", "dobj"))
        and last_mover.i < mover.i
        and last_mover.pos_ != "PRON"
        and number_agrees(last_mover, kind)
        and not aside_mover(last_mover, mover)
    ):
        near = _conjoined_object(mover) if last_mover.sent != mover.sent else None
        return near or last_mover  # "rounded up migrants and bused them": not boats before
    if craft_it(mover, last_mover):
        return last_mover  # "The ship called at X. It docked in Y": the ship, not X's side
    near = _conjoined_object(mover) if caused and kind == "plural" else None
    if near is not None:
        return near  # "put migrants on buses and sent them north": the migrants, not buses
    found = antecedent(ctx, mover)
    return whole_of(found) if found is not None else None
