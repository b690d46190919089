"""The country a state body's or a national body's name opens with.

"The Solomon Islands Ministry of Forestry" is that country's ministry even where the
model leaves the country's name inside the organisation's: the longest run of the
name's first words that names a country, before the word that makes it a state body.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from claimmap.claims_actor_phrases import STATE_BODY
from claimmap.claims_cues import words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

CountryOf = Callable[[str], str | None]


def opening_country(span: Span, country_of: CountryOf) -> str | None:
    """The country the proper nouns just before a state body's word name ("the Solomon
    Islands Ministry of Forestry" → SB), or None (no state body, or no country before it)."""
    body = next((t for t in span if t.is_title and STATE_BODY.fullmatch(t.lower_)), None)
    if body is None:
        return None
    first = body.i
    while (
        first > span.start and span.doc[first - 1].is_title and span.doc[first - 1].pos_ == "PROPN"
    ):
        first -= 1
    for start in range(first, body.i):  # the longest run first: "South Sudan", not "Sudan"
        code = country_of(span.doc[start : body.i].text)
        if code:
            return code
    return None


#: Heads of a country's national body ("the Palestine Red Crescent Society", "Kenya
#: Wildlife Authority"): a country's name opening such a name is its country.
_NATIONAL_HEADS = words(
    """
    society association federation union council committee commission authority
    """
)


def national_body(tok: Token, country_name: CountryOf) -> str | None:
    """The country whose name ``tok`` is, opening an organisation's name whose head makes
    it a national body (not "the Syria Campaign", a group of anywhere)."""
    from claimmap.claims_tokens import entity_at

    ent = entity_at(tok)
    if ent is None or ent[-1].lower_ not in _NATIONAL_HEADS:
        return None
    return country_name(tok.text)
