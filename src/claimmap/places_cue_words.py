"""Two cues that a known name is a place, read off the words next to it.

"Xyz residents first noticed ...", "a Xyz woman said ...": a town's name modifying a noun of
people who live there (spaCy tags the town a nationality or an organisation, and the name
was dropped as an adjective). "regional NSW", "the NSW government": a province's code,
written in capitals like any acronym, which is that province when the article names its
country.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.names import normalize_name
from claimmap.places_article import article_countries

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from claimmap.model import Candidate
    from claimmap.places_lexicon import GazetteerLike


#: Nouns of people that a town's name modifies to say they live there: "Xyz residents",
#: "a Xyz woman" (not "family": "the Xyz family" is a surname's).
DWELLER_NOUNS = frozenset(
    {"resident", "residents", "woman", "women", "man", "men", "homeowner", "homeowners",
     "native", "natives", "teen", "teenager", "teenagers", "motorist", "motorists"}
)  # fmt: skip


def dweller_noun(span: Span) -> Token | None:
    """ "Xyz residents first noticed", "a Xyz woman said": the noun of people right after the
    name, which modifies it as a compound, or None."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is None or nxt.lower_ not in DWELLER_NOUNS or not nxt.text.islower():
        return None
    return nxt if span.root.head == nxt and span.root.dep_ in {"compound", "nmod", "amod"} else None


#: A province's code is at most this many letters ("NSW", "ACT"): longer capitals are words.
MAX_CODE_LETTERS = 4


def province_code(span: Span, top: Candidate, gaz: GazetteerLike) -> str:
    """ "regional NSW", "the NSW government" (tagged an organisation): a code the gazetteer
    lists as a province's own abbreviation is that province when the article names its
    country or another of its places — a code alone may be anything ("MP", "ACT")."""
    letters = span.text.replace(".", "")
    if (
        top.kind != "admin1"
        or not top.country_code
        or len(letters) > MAX_CODE_LETTERS
        or normalize_name(letters) == normalize_name(top.name)  # "ACRE" is the word
        or not any(w.startswith("alternate name") for w in top.why)
    ):
        return ""
    if top.country_code not in article_countries(span.doc, gaz):
        return ""
    return f"code of {top.name}, in {top.country_code}, which the article names"
