"""Misparsed fronted "According to X, <content>" phrases.

A long titled name after "according to" ("According to government spokesman Ana Vidal,
...") is often read as the subject of the clause that follows, leaving "to" without an
object; and a clause's subject is often hung on the source as its apposition ("According
to X's Migration Office, the trek to Y, now takes ..."). In both the comma after the
source is the boundary the writer gave, so these helpers find the source by it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_cues import words

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Parts of speech a bare source's noun phrase is made of.
_NOMINAL = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PART", "NUM"})
#: Things a course of action keeps to, not sources: "proceeding according to plan",
#: "overweight according to his body mass index", "paid according to the rules".
_STANDARDS = words(
    "plan schedule timetable timeline script law rule regulation procedure protocol "
    "tradition custom practice standard guideline instruction order principle criterion "
    "definition index scale formula design pattern programme program need merit ability "
    "recipe contract agreement"
)
#: Quotation marks that may open the phrase without breaking it off its verb.
_QUOTES = frozenset({'"', "\u201c", "'", "\u2018"})
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


def conformity(according: Token, source: Token) -> bool:
    """ "operations were proceeding "according to plan"": a phrase run on from the words
    before it (no comma, dash or bracket between; a quotation mark may open it) that
    names a standard kept to, or a bare singular noun, says how something is done, not
    who says it. ("..., according to the plan" and "according to officials" still cite.)"""
    doc = according.doc
    before = according.i - 1
    while before >= according.sent.start and doc[before].text in _QUOTES:
        before -= 1
    if before < according.sent.start or doc[before].is_punct:
        return False
    if source.pos_ != "NOUN" or source.ent_type_:
        return False
    bare = source.tag_ == "NN" and not any(
        c.dep_ in ("det", "poss", "nummod") for c in source.children
    )
    return bare or source.lemma_.lower() in _STANDARDS
