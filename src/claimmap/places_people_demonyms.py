"""Demonyms that only describe people: "40 Eritrean migrants", "Sudanese asylum seekers".

A nationality given to people says where they come from, not where the story happens:
"Israel deported Eritrean migrants to Rwanda" is set in Israel and Rwanda. Such a demonym
is still a mention of its country (the movers' origin, which routes use), but a country the
article knows only from such demonyms is the people's origin (role "nationality"), not a
location of the story (:func:`claimmap.resolve`). A demonym of a thing ("the Polish
border", "Russian strikes") or of a government stays a place's mention as before.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.places_lexicon import Toponym

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Nouns of people whose nationality a demonym gives (lemmas).
PEOPLE_NOUNS = frozenset(
    {
        "migrant", "refugee", "seeker", "national", "citizen", "family", "man", "woman",
        "child", "people", "person", "worker", "labourer", "laborer", "passenger",
        "fisherman", "sailor", "student", "tourist", "trader", "pilgrim", "deportee",
        "detainee", "returnee", "boy", "girl", "teenager", "minor", "immigrant", "emigrant",
        "traveller", "traveler", "victim", "community", "diaspora", "expatriate", "exile",
        "newcomer", "survivor", "youth", "mother", "father", "orphan", "baby", "infant",
    }
)  # fmt: skip
#: How far a demonym may stand before its noun: "Eritrean asylum seekers".
_MAX_GAP = 2


def with_people_demonyms(parsed: Doc, found: list[Toponym]) -> list[Toponym]:
    """Mark the demonyms that describe people (module docstring)."""
    return [
        replace(t, people=True) if t.form == "demonym" and _of_people(parsed, t) else t
        for t in found
    ]


def _of_people(parsed: Doc, top: Toponym) -> bool:
    span = parsed.char_span(top.start, top.end, alignment_mode="expand")
    if span is None:
        return False
    last = span[-1]
    if last.tag_ in {"NNS", "NNPS"} and last.dep_ not in {"amod", "compound"}:
        return True  # "Eritreans", "the Sudanese" read as a plural noun
    return _people_noun(last)


def _people_noun(tok: Token) -> bool:
    """Whether the noun a demonym qualifies, right after it, names people."""
    doc = tok.doc
    for nxt in doc[tok.i + 1 : tok.i + 2 + _MAX_GAP]:
        if nxt.pos_ not in {"NOUN", "PROPN", "ADJ"}:
            return False
        if nxt.pos_ == "NOUN" and nxt.lemma_.lower() in PEOPLE_NOUNS:
            return True
    return False
