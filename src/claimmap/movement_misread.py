"""Motion verbs the tagger reads as nouns: "it was trucking chlorine from X to Y" (a
gerund after "be" read as a compound of its object) and "cartels ship fentanyl from X to
Y" (a bare verb after a plural subject read as the object). The parser then hangs the
directional phrases on the real object; that object, with its from/to phrases, is what
the misread verb moved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.movement_words import CAUSED_MOTION, DEST_PREPS, NOUN_TRIGGERS, ORIGIN_PREPS, preps_of

if TYPE_CHECKING:
    from spacy.tokens import Token

#: determiners and modifiers that make the word a real noun: "the shipping", "a ship"
_NOUN_MARKS = frozenset({"det", "poss", "amod", "nummod"})
#: pronoun subjects a bare verb may follow: "they ship arms from X to Y"
_SUBJECT_PRONOUNS = frozenset({"they", "we", "i", "you", "it", "he", "she"})


def misread_verb(tok: Token) -> Token | None:
    """The object a motion verb read as a noun moved, if ``tok`` is one; else None."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() in NOUN_TRIGGERS or tok.i + 1 >= len(tok.doc):
        return None
    low = tok.lower_
    if not _stems(low[:-3] if low.endswith("ing") else low):
        return None  # no verb that moves things (asked of every noun: the word first)
    if any(c.dep_ in _NOUN_MARKS for c in tok.children) or not tok.text.islower():
        return None
    obj = _object(tok)
    before = tok.doc[tok.i - 1] if tok.i else None
    if obj is None or before is None:
        return None
    if tok.lower_.endswith("ing"):
        verbal = before.lemma_ == "be" and _stems(tok.lower_[:-3])
    else:
        verbal = _subject_like(before) and _stems(tok.lower_)
    heads = (obj, before) if before.lemma_ == "be" else (obj,)
    return obj if verbal and any(_headed(h) for h in heads) else None


def misread_heads(tok: Token) -> list[Token]:
    """Where the parser hung the misread verb's from/to phrases: on its object, or, after
    "was", on the "was" ("was trucking flour from X to Y" with "to Y" on "was")."""
    obj = misread_verb(tok)
    if obj is None:
        return []
    before = tok.doc[tok.i - 1]
    return [obj, before] if before.lemma_ == "be" else [obj]


def _object(tok: Token) -> Token | None:
    """The noun the misread verb governs: the head of the compound it was read into
    ("trucking maize flour" → flour), else the word right after it."""
    head = tok
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    obj = head if head != tok else tok.doc[tok.i + 1]
    return obj if obj.pos_ in ("NOUN", "PROPN", "ADJ") else None


def _stems(stem: str) -> bool:
    """Is this the stem of a verb that moves something ("truck", "ferry", "smuggl(e)",
    "shipp" → "ship")?"""
    forms = {stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem}
    return bool(forms & CAUSED_MOTION)


def _subject_like(before: Token) -> bool:
    """A plural noun or a pronoun right before a bare verb is its subject, whatever tag
    the tagger gave it ("cartels" read as a verb)."""
    if before.lower_ in _SUBJECT_PRONOUNS:
        return True
    ends_s = before.lower_.endswith("s")
    misread = before.tag_ == "VBZ" and ends_s  # "cartels" read as a verb
    capital = before.tag_ == "NNP" and ends_s and bool(before.is_sent_start)  # "Smugglers"
    return (before.tag_ in ("NNS", "NNPS") or misread or capital) and before.is_alpha


def _headed(obj: Token) -> bool:
    """Does the object carry the from/to phrase of a journey?"""
    words = {w for w, _ in preps_of(obj, any_prep=False)}
    return bool(words & (ORIGIN_PREPS | DEST_PREPS))
