"""A speaker's own journey: where it set off, and who "they" are when told with others.

"A man from X, who gave only his first name, said he had travelled via Y": the journey's
teller is its mover, and "from X" in the words naming him is where he came from, so the
journey starts at X. Only a last resort, for a movement no other rule gave a start, and
only for "from" (a speaker "in X" may be telling from where the journey ended).

"He said he had flown via X with his wife and two children. They hoped to reach Y": the
nearest plural noun before "They" is "children", but the ones who hoped to reach Y are he
and the people he travelled with (:func:`party_mover`), so Y is where that party meant to
go on to from where it was last told to be.

Read by :mod:`claimmap.movement_build`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.movement_phrase_words import THIRD_PERSON
from claimmap.movement_spans import SlotContext, placelike
from claimmap.movement_words import child_of, content_head, np_top, pobjs

if TYPE_CHECKING:
    from spacy.tokens import Token


def speaker_home(ctx: SlotContext, mover: Token | None, named: Token | None) -> Token | None:
    """The place in "from X" on the speaker a pronoun mover stands for ("One Kurd from X
    said he had flown via Y"), else None."""
    if mover is None or named is None or named == mover or mover.pos_ != "PRON":
        return None
    top = np_top(mover)
    clause = top.head
    if THIRD_PERSON.get(mover.lower_) is None or top.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if clause.dep_ != "ccomp" or child_of(clause.head, "nsubj") != named:
        return None  # the pronoun is the subject of what ``named`` said
    for prep in named.children:
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        for obj in pobjs(prep)[:1]:
            home = content_head(obj)
            if placelike(ctx, home, strict=True):
                return home
    return None


def party_mover(mover: Token | None, named: Token | None, last_mover: Token | None) -> Token | None:
    """``last_mover`` when the plural pronoun ``mover`` was read as (one of) the companions
    in a "with" phrase of the journey told just before, else ``named``."""
    if mover is None or named is None or last_mover is None or mover.pos_ != "PRON":
        return named
    if mover.lower_ not in ("they", "them") or last_mover.i >= named.i:
        return named
    first = named
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # "with his wife and two children": the first companion
    with_ = first.head
    if first.dep_ != "pobj" or with_.lower_ != "with" or with_.head.pos_ != "VERB":
        return named
    return last_mover if with_.head.sent == last_mover.sent else named
