"""A person's name in apposition to a person's title, whatever the model labelled it.

"said its spokeswoman, Marta Lvivska", "the regional governor of Lviv, Maksym Kozytskyi,
said": the model may take an unfamiliar name for two places
(GPE "Dragana", GPE "Kovic") or an organisation, and the speaker is then left a bare
"spokeswoman". A title is a person's; the two or three capitalised words set beside it at
the end of the phrase are that person's name, unless the gazetteer knows the whole string
as a place ("a spokesman, Buenos Aires" is not a phrase a reporter writes, but "the
region's governor, Kherson" style slips should not make a person of a city).
"""

from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING

from claimmap.claims_actor_phrases import PERSON_ROLES
from claimmap.errors import GazetteerError

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

log = logging.getLogger(__name__)

#: Labels a name's words may get: wrong ones, or a person's for part of the name only.
_MISLABELS = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "PERSON", ""})


def name_beside_title(span: Span) -> Span | None:
    """ "its spokeswoman, Dragana Kovic": the name apposed to a title heading the phrase
    and ending it, when the model did not mark it as a person."""
    root = span.root
    if root.pos_ != "NOUN" or not root.is_lower or root.lemma_.lower() not in PERSON_ROLES:
        return None
    holders = [root, *(o for p in root.children if p.lower_ == "of" for o in p.children)]
    name = next(  # (the parser may hang it on the title's "of" object: "governor of X, Y")
        (c for h in holders for c in h.children if c.dep_ == "appos" and c.i > h.i), None
    )
    if name is None or name.pos_ != "PROPN":
        return None
    doc, first = span.doc, name.left_edge.i
    end = name.i + 1
    if first == 0 or doc[first - 1].text != "," or not _ends(span, end):
        return None
    words = doc[first:end]
    if not 2 <= len(words) <= 3 or not all(_name_word(t) for t in words):
        return None
    if all(t.ent_type_ == "PERSON" for t in words) and words[0].ent_iob_ == "B":
        return None  # one person entity: the ordinary reading's
    return None if _place_name(words.text) else words


def _name_word(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha and tok.ent_type_ in _MISLABELS


def _ends(span: Span, end: int) -> bool:
    """Nothing but punctuation follows the name in the phrase."""
    return all(t.is_punct for t in span.doc[end : span.end])


@functools.lru_cache(maxsize=512)
def _place_name(name: str) -> bool:
    """The gazetteer holds the whole string as a place's name."""
    from claimmap.gazetteer import default_gazetteer

    try:
        found = default_gazetteer().lookup(name, limit=3, fuzzy=False)
    except GazetteerError as exc:
        log.warning("no gazetteer for names beside titles: %s", exc)
        return False
    return any(c.matched_name.lower() == name.lower() for c in found)
