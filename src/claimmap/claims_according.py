"""Misparsed fronted "According to X, <content>" phrases.

A long titled name after "according to" ("According to government spokesman Ana Vidal,
...") is often read as the subject of the clause that follows, leaving "to" without an
object; and a clause's subject is often hung on the source as its apposition ("According
to X's Migration Office, the trek to Y, now takes ..."). In both the comma after the
source is the boundary the writer gave, so these helpers find the source by it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Parts of speech a bare source's noun phrase is made of.
_NOMINAL = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PART", "NUM"})
#: Dependencies that give a clause its own subject.
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})


def _first_comma(after: Token) -> Token | None:
    """The first comma after ``after`` in its sentence."""
    doc = after.doc
    return next((t for t in doc[after.i + 1 : after.sent.end] if t.text == ","), None)


def stranded_source(to: Token) -> Token | None:
    """The head of the source a fronted "According to" left without an object: the
    words from "to" to the first comma, all of a noun phrase, with one head among them
    that keeps all its words before the comma."""
    if to.i != to.sent.start + 1 or any(c.dep_ in ("pobj", "pcomp") for c in to.children):
        return None
    comma = _first_comma(to)
    if comma is None or comma.i - to.i < 2:
        return None
    phrase = to.doc[to.i + 1 : comma.i]
    if not all(t.pos_ in _NOMINAL or t.lower_ == "of" for t in phrase):
        return None
    heads = [t for t in phrase if not to.i < t.head.i < comma.i]
    if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN"):
        return None
    head = heads[0]
    return head if head.left_edge.i > to.i and head.right_edge.i < comma.i else None


def subject_hung(according: Token, source: Token) -> bool:
    """ "According to X's Migration Office, the trek to Y now takes three days": the verb
    the phrase modifies has no subject of its own and the source has a nominal
    apposition after a comma; that apposition is the clause's subject, not the source."""
    verb = according.head
    if according.i != according.sent.start or verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.i < source.i or any(c.dep_ in _SUBJECTS for c in verb.children):
        return False
    comma = _first_comma(source)
    return comma is not None and any(
        c.dep_ == "appos" and c.i > comma.i and c.pos_ in ("NOUN", "PROPN") and c.i < verb.i
        for c in source.children
    )
