"""Common words of a title or a nickname that happen to name some town.

"Federal Minister Anna Vogt", "the Naval Prefecture", "the Godfather of Soul": an English
adjective before an office or a body ("Federal", "Naval", "Northeast"), or a common word
after a person's title in a nickname ("of Soul"), is part of that name. The gazetteer
still holds a town or a foreign alternate name spelt the same (Federal, NSW; "Soul" for
Seoul), which resolution would then put on the map. A country, a first-level unit named
before a unit's title ("Central Department"), or a city of
:data:`OWN_NAME_POPULATION` people under its own name ("Nice Mayor X", "the Duke of York")
is meant whatever its word means, and stays.

The English lexicon is the parser's own: the lemmatizer's WordNet index of adjectives and
nouns (place names are nouns there, never adjectives, so "Texas Governor" stays).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from claimmap.nlp import load_nlp
from claimmap.places_lexicon import GazetteerLike, Toponym

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: A city this big, named by its own name, is meant even when its name is an English word.
OWN_NAME_POPULATION = 100_000
#: Offices and bodies a capitalised adjective before them qualifies ("Federal Minister").
OFFICE_HEADS = frozenset(
    {
        "minister", "ministry", "chancellor", "chancellery", "secretary", "director",
        "directorate", "chief", "commander", "command", "commissioner", "president", "premier",
        "governor", "mayor", "police", "guard", "guards", "court", "bank", "reserve", "palace",
        "academy", "council", "government", "agency", "service", "office", "prosecutor",
        "army", "navy", "forces", "parliament", "assembly", "senate", "congress", "authority",
        "administration", "bureau", "regional", "prefect", "prefecture", "gendarmerie",
        "intelligence", "customs", "constitution", "budget", "election", "elections",
    }
)  # fmt: skip
#: Heads that are also administrative units: "Central Department" (Paraguay) is one, if
#: the gazetteer holds a unit of that name; "the Naval Prefecture" is a coast guard.
UNIT_HEADS = frozenset({"prefecture", "department", "province", "region", "district"})
#: Persons' titles of a nickname: "the Godfather of Soul", "the Queen of Soul".
NICKNAME_TITLES = frozenset(
    {
        "godfather", "godmother", "king", "queen", "prince", "princess", "father", "mother",
        "emperor", "empress", "lord", "lady", "master", "duke", "baron", "czar", "tsar",
    }
)  # fmt: skip
_WORDNET = "lemma_index"


def without_title_words(parsed: Doc, found: list[Toponym], gaz: GazetteerLike) -> list[Toponym]:
    """Drop one-word names that are an English word qualifying an office or a body, or the
    common word of a nickname (module docstring)."""
    return [t for t in found if not _title_word(parsed, t, gaz)]


def _title_word(parsed: Doc, top: Toponym, gaz: GazetteerLike) -> bool:
    if top.form != "name" or top.cue_kind not in {None, "admin1"}:
        return False
    span = parsed.char_span(top.start, top.end)
    if span is None or len(span) != 1 or not span.text[:1].isupper() or span.text.isupper():
        return False
    word = span[0]
    head = _office_after(word)
    if head is not None and adjective(word.lower_) and not gaz.country_of_demonym(word.text):
        return not _meant(word.text, gaz, unit=head in UNIT_HEADS)
    if _nickname_object(word) and common_word(word.lower_):
        return not _meant(word.text, gaz, unit=True)
    return False


def _office_after(word: Token) -> str | None:
    """The office or body right after ``word``, capitalised like a name ("Minister")."""
    doc = word.doc
    if word.i + 1 >= len(doc):
        return None
    nxt = doc[word.i + 1]
    if not nxt.text[:1].isupper() or nxt.lower_ not in OFFICE_HEADS | UNIT_HEADS:
        return None
    return nxt.lower_


def _nickname_object(word: Token) -> bool:
    """ "the Godfather of Soul": ``word`` is the object of "of" after a person's title."""
    doc = word.doc
    if word.i < 2 or doc[word.i - 1].lower_ != "of":
        return False
    return doc[word.i - 2].lower_ in NICKNAME_TITLES


def _meant(name: str, gaz: GazetteerLike, *, unit: bool) -> bool:
    """Whether the word is the own name of a country, of a big city, or (``unit``) of an
    administrative unit: then it is that place, whatever else the word means."""
    for cand in gaz.lookup(name, limit=5, fuzzy=False):
        if "exact name" not in cand.why:
            continue
        if cand.kind in {"country", "disputed"}:
            return True
        if unit and cand.kind in {"admin1", "admin2"}:
            return True
        if cand.kind == "city" and cand.population >= OWN_NAME_POPULATION:
            return True
    return False


def adjective(word: str) -> bool:
    """Whether WordNet lists ``word`` (lower case) as an adjective."""
    return word in _index("adj")


def verb(word: str) -> bool:
    """Whether WordNet lists ``word`` (lower case) as a verb."""
    return word in _index("verb")


def common_word(word: str) -> bool:
    """Whether WordNet lists ``word`` (lower case) as an adjective or a noun."""
    return word in _index("adj") or word in _index("noun")


@functools.cache
def _index(pos: str) -> frozenset[str]:
    lookups = load_nlp().get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
    table = lookups.get_table(_WORDNET) if lookups.has_table(_WORDNET) else {}
    return frozenset(table.get(pos, ()))
