""" "The company" that a sentence before named without quoting it.

"The report named the Nile Crest refinery in Entebbe as one of the main buyers. In a
statement sent to Reuters, the company rejected the accusation.": no claim of the refinery
came before, so the bare "the company" found no earlier claimant and stayed a nameless,
unplaced "company". A business named in the two sentences before, by a capitalised name
and a business noun ("the Nile Crest refinery", "Delta Mining Company"), is the company
meant; a town after "in" places it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_cues import words
from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: The bare nouns that refer back to a business.
_REFERRING = words("company firm business")
#: Nouns that make a capitalised name before them a business's.
_BUSINESS = words(
    """
    company firm refinery refiner bank airline exporter importer trader mine miner
    smelter shipper carrier insurer manufacturer producer operator corporation group
    """
)
_SENTENCES_BACK = 2


def company_named_before(actor: Actor | None, span: Span) -> Actor | None:
    """The business "the company" in ``span`` refers to (see the module docstring)."""
    words_ = [t for t in span if not t.is_punct]
    if len(words_) != 2 or words_[0].lower_ != "the" or words_[1].lower_ not in _REFERRING:
        return actor
    if actor is not None and (actor.country_code or actor.name.lower() not in _REFERRING):
        return actor  # a company quoted before was found
    found = _last_business(span)
    return found or actor


def _last_business(span: Span) -> Actor | None:
    doc = span.doc
    sent = span.sent
    start = sent.start
    for _ in range(_SENTENCES_BACK):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    for tok in reversed(doc[start : span.start]):
        if tok.lemma_.lower() in _BUSINESS and tok.pos_ == "NOUN":
            name = _name_before(tok)
            if name is not None:
                return Actor(name, "organisation", located=_town_after(tok))
    return None


def _name_before(noun: Token) -> str | None:
    """ "the Nile Crest refinery": the capitalised words right before the noun, with it."""
    first = noun.i
    while first > 0 and noun.doc[first - 1].pos_ == "PROPN" and noun.doc[first - 1].is_title:
        first -= 1
    if first == noun.i:
        return None
    if noun.doc[first].ent_type_ == "NORP":
        return None  # "the Ugandan refinery", "a Kenyan bank": no name
    return noun.doc[first : noun.i + 1].text


def _town_after(noun: Token) -> str | None:
    """ "the X refinery in Entebbe": Entebbe."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.ent_type_ in ("GPE", "LOC"):
                return obj.text
    return None
