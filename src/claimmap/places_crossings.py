"""Border crossings written with the names of both its sides joined by a hyphen: "the
Kastanies-Pazarkule border crossing" pairs the town on each side of the frontier. spaCy tags
such a compound nothing (one half is often read an adjective), and the pair as a whole is in
no gazetteer; the half that is a town of a country the article names places the crossing.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from claimmap.nlp import token_texts
from claimmap.places_article import countries_named
from claimmap.places_lexicon import GazetteerLike, Toponym, toponym_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Lower-case nouns after which a hyphen-joined pair of names is a crossing of a frontier.
CROSSING_NOUNS = frozenset({"border", "crossing", "checkpoint", "frontier", "bridge"})
_HYPHENS = frozenset({"-", "‑"})


def _joined(tok: Token) -> bool:
    """A hyphen written between two words without spaces."""
    return tok.text in _HYPHENS and not tok.whitespace_ and not tok.doc[tok.i - 1].whitespace_


def _name(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and not tok.is_sent_start


def crossing_towns(parsed: Doc, gaz: GazetteerLike) -> Iterable[Toponym]:
    """ "at the Xyz-Abc border crossing": each half of a hyphen-joined pair of capitalised
    words before a crossing noun that is a town in a country the article names (the pair
    itself unknown to the gazetteer)."""
    named: frozenset[str] | None = None
    words = token_texts(parsed)
    for i in range(1, len(parsed) - 2):
        if words[i] not in _HYPHENS:
            continue
        tok = parsed[i]
        left, right, noun = parsed[tok.i - 1], parsed[tok.i + 1], parsed[tok.i + 2]
        if not (_joined(tok) and _name(left) and _name(right)):
            continue
        if noun.lower_ not in CROSSING_NOUNS or not noun.text.islower():
            continue
        if gaz.knows(parsed[left.i : right.i + 1].text):
            continue
        if named is None:
            named = countries_named(parsed, gaz)
        for half in (left, right):
            span = parsed[half.i : half.i + 1]
            cands = gaz.lookup(span.text, limit=1, fuzzy=False) if gaz.knows(span.text) else []
            if cands and cands[0].kind == "city" and cands[0].country_code in named:
                why = f"one side of the '{left.text}-{right.text} {noun.text}'"
                yield toponym_at(span, evidence=("gazetteer match", why))
