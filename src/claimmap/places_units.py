"""Places named in the designation of a numbered unit: "aircraft from 17 Wing Winnipeg", "4
Wing Cold Lake", "the 3 Squadron Tindal". Such units are written as a number, a unit word and
the town the unit is based in; spaCy often tags the town a date or glues the unit word to it
("Wing Trenton"), so the town is read from the shape of the designation.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from claimmap.nlp import token_positions
from claimmap.places_lexicon import MAX_NAME_TOKENS, GazetteerLike, Toponym, toponym_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Capitalised words naming a military or service unit when a number comes before them.
UNIT_WORDS = frozenset(
    {"wing", "squadron", "brigade", "division", "regiment", "battalion", "group", "fleet",
     "commando", "flotilla", "detachment", "base"}
)  # fmt: skip
#: Kinds of entry a unit's base can be.
_BASE_KINDS = frozenset({"city", "admin2", "facility"})


def numbered_unit_word(tok: Token) -> bool:
    """ "Wing" in "17 Wing": a capitalised unit word right after a number written in digits,
    which designates the unit and is no part of the town's name after it."""
    if tok.i == 0 or tok.lower_ not in UNIT_WORDS or not tok.text[:1].isupper():
        return False
    number = tok.doc[tok.i - 1]
    return number.text[:1].isdigit() and number.like_num


def unit_bases(parsed: Doc, gaz: GazetteerLike) -> Iterable[Toponym]:
    """The town after each numbered unit word ("17 Wing Winnipeg" → Winnipeg), whatever NER
    made of it, when the gazetteer knows the capitalised words as a town."""
    for tok in (parsed[i] for i in token_positions(parsed, UNIT_WORDS)):
        if not numbered_unit_word(tok):
            continue
        end = tok.i + 1
        while end < len(parsed) and end - tok.i <= MAX_NAME_TOKENS:
            nxt = parsed[end]
            if not (nxt.is_alpha and nxt.text[:1].isupper()):
                break
            end += 1
        for stop in range(end, tok.i + 1, -1):
            span = parsed[tok.i + 1 : stop]
            if not gaz.knows(span.text):
                continue
            cands = gaz.lookup(span.text, limit=1, fuzzy=False)
            if cands and cands[0].kind in _BASE_KINDS:
                why = f"base of the unit '{parsed[tok.i - 1].text} {tok.text}'"
                yield toponym_at(span, evidence=("gazetteer match", why))
            break
