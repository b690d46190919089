"""A craft told as heading somewhere after the text says it was seized: "Police seized
four dhows off X." "The boats had sailed from A and were heading for Y": Y is where they
were going when stopped, not where they got to.

Read only for a past progressive ("were heading for Y") of a craft or a pronoun, with a
verb of seizing a craft in its sentence or the one before. Split from
:mod:`claimmap.movement_mood`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.movement_halves import craft
from claimmap.movement_mood_words import SEIZED_STEMS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_PRONOUNS = frozenset({"they", "it", "she"})


def seized_before(verb: Token) -> bool:
    """Was the craft heading somewhere ("were heading for Y") told as seized in this
    sentence or the one before ("seized four dhows")?"""
    if verb.tag_ != "VBG" or not any(c.lower_ in ("was", "were") for c in verb.children):
        return False
    subj = _subject(verb)
    if subj is None or not (subj.lower_ in _PRONOUNS or _a_craft(subj)):
        return False
    sent = verb.sent
    before = sent.doc[sent.start - 1].sent if sent.start else None
    return any(_seizes_craft(t) for s in (before, sent) if s is not None for t in _words(s))


def _subject(verb: Token) -> Token | None:
    """The subject of ``verb``, or of the verb it is coordinated with ("had sailed from A
    and were heading for Y")."""
    for v in (verb, verb.head if verb.dep_ == "conj" else verb):
        found = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if found is not None:
            return found
    return None


def _a_craft(tok: Token) -> bool:
    word = tok.lemma_.lower()
    return craft(word) or craft(word.rstrip("s"))


def _words(sent: Span) -> list[Token]:
    return list(sent)


def _seizes_craft(tok: Token) -> bool:
    """ "seized four dhows", "the boats were intercepted": a craft seized."""
    if tok.pos_ != "VERB" or not tok.lower_.startswith(SEIZED_STEMS):
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [c for o in objs for c in o.conjuncts]
    return any(_a_craft(o) for o in objs)
