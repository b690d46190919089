"""Names written as languages: "They spoke Fulfulde and French" names no place in France.
A demonym or name that is what someone speaks, reads or writes (the object of such a verb,
or listed with it) is a tongue; other mentions of the name stay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.places_slot_more import apposed_settlement

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from claimmap.places_lexicon import Toponym

#: Verbs whose object is a language ("spoke French", "speaks fluent Arabic").
TONGUE_VERBS = frozenset(
    {"speak", "understand", "learn", "teach", "translate", "read", "write", "converse"}
)


def without_spoken_languages(parsed: Doc, found: list[Toponym]) -> list[Toponym]:
    """Drop a name or demonym that is the object of a verb of speaking ("spoke Xyz and
    French"), directly or as an item of a list that is."""
    return [t for t in found if not _spoken(parsed, t)]


def _spoken(parsed: Doc, top: Toponym) -> bool:
    if top.form not in {"name", "demonym"}:
        return False
    span = parsed.char_span(top.start, top.end, alignment_mode="expand")
    if span is None:
        return False
    tok: Token = span.root
    while tok.dep_ == "conj" and tok.head.i != tok.i:  # "Xyz and French": the list's head
        tok = tok.head
    if tok.dep_ in {"amod", "compound"} and tok.head.i != tok.i:  # "fluent French" read oddly
        return False
    if apposed_settlement(span):  # 'the signs read "Xyz", a town in ...': the sign's words
        return False
    return tok.dep_ in {"dobj", "obj"} and tok.head.lemma_.lower() in TONGUE_VERBS
