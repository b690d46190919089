"""Which word is the subject or the mover when the parse offers more than one: a subject
set off as an aside, a clause after "before" hung on a preposition, a place noun taken
for a subject, a bare count standing for people.

Split from :mod:`claimmap.movement_movers`, which reads who moved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap import movement_words as lex
from claimmap.movement_words import LOCATION_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token


def place_noun(tok: Token) -> bool:
    """A common noun for a place ("hub", "frontier"), which never moves itself (vehicles
    and cells of fighters do)."""
    lemma = tok.lemma_.lower()
    return (
        tok.pos_ == "NOUN"
        and lemma in LOCATION_NOUNS
        and lemma not in lex.VEHICLES
        and lemma not in lex.MOVING_PLACE_NOUNS
    )


def clause_of(prep: Token) -> Token:
    """The verb a preposition's clause hangs on: "flown to X, and from there to Y, before
    landing in Z" (the parser may hang "before" on another preposition): who landed is who
    was flown."""
    head = prep.head
    if prep.lower_ not in lex.TIME_PREPS:
        return head
    for _ in range(4):
        if head.pos_ in ("VERB", "AUX") or head.head == head:
            break
        head = head.head
    return head


def nearest(verb: Token, dep: str) -> Token | None:
    """The child of ``verb`` with ``dep`` nearest before it: "According to its spokesman,
    X, the men were flown": the parser may give two subjects, the aside's name and the men.
    Not a place noun the parser took for one ("most of the opium crossing the frontier")."""
    found = [c for c in verb.children if c.dep_ == dep]
    before = [c for c in found if c.i < verb.i]
    if not before:
        return found[0] if found else None
    movers = [c for c in before if not place_noun(c)]
    return (movers or before)[-1]


def bare_count(tok: Token) -> bool:
    """ "another 430 were deported": a number standing alone for people, a count of a
    group (what moved is named before, the number is how many)."""
    return (
        tok.pos_ == "NUM"
        and tok.dep_ in ("nsubj", "nsubjpass")
        and not any(c.dep_ == "prep" for c in tok.children)
    )


def apposed_to(tok: Token) -> Token:
    """ "The refugees, members of a minority ..., said they had left X": a pronoun stands
    for the noun an appositive describes, not for the description (which the parser may
    also read as a second subject, or a conjunct with no "and", set off by a comma)."""
    if tok.dep_ == "appos" and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head
    if tok.dep_ == "conj" and not any(c.dep_ == "cc" for c in tok.head.children):
        return tok.head if tok.doc[tok.i - 1].text == "," else tok  # no "and": an aside
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.i < 2:
        return tok
    comma, before = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    first = next(
        (c for c in tok.head.children if c.dep_ == tok.dep_ and c.i < tok.i and c.i >= before.i),
        None,
    )
    return first if comma.text == "," and first is not None else tok


def teller(tok: Token, speech: frozenset[str]) -> Token | None:
    """The subject of the verb of telling whose clause ``tok`` is the subject of ("Officials
    said many had left": the officials), or None."""
    clause = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
        return None
    if clause.head.lemma_.lower() not in speech:
        return None
    return next((c for c in clause.head.children if c.dep_ == "nsubj"), None)


def gerund_noun(mover: Token) -> Token:
    """ "tracked miners walking and sailing north": the tagger read the gerund as a noun
    with the movers as its compound; the movers are who moved, not "walking"."""
    if mover.pos_ != "NOUN" or mover.tag_ != "NN" or not mover.lower_.endswith("ing"):
        return mover
    nouns = [c for c in mover.children if c.dep_ == "compound" and c.tag_ in ("NNS", "NNPS")]
    return nouns[-1] if nouns else mover
