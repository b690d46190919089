"""What the caseless matcher (:mod:`claimmap.places_caseless`) may still trust in text with no
capitals: a place spaCy tags as a person, a city's old English name, the parser's label.

- "near rahim yar khan", "bandar seri begawan": without capitals spaCy often tags a two- or
  three-word place a PERSON. A person's name is no place ("david paterson" is not Paterson),
  but a person entity that is wholly the own name of a gazetteer entry, of two words or more,
  is that place where the text names its country (the matcher checks): people are seldom
  named exactly like a town in full, and "shah alam, a farmer" is no Malaysian city.
- "from madras", "in leningrad": the gazetteer lists such old spellings only as alternate
  names (of Chennai, Saint Petersburg), and the matcher keeps only own names in caseless
  text, as alternate names in other languages are English words there ("soul" for Seoul,
  "part" for Perth). A big city's alternate name may still stand for it after a locative
  preposition or a motion verb, in a country the text names (as for small towns): one word
  of five letters or more, a noun only (not an adjective or verb too), or several words
  not all English ("beni suef", not "old town").
- "the pacific", "the atlantic": the parser's LOC label on the span is what tells a sea
  written "the X" from the town named after it (:func:`claimmap.places_water.names_a_feature`);
  the matcher passes it on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.names import normalize_name
from claimmap.nlp import entity_bounds
from claimmap.places_lexicon import GazetteerLike
from claimmap.places_title_words import adjective, common_word, verb

if TYPE_CHECKING:
    from spacy.tokens import Span

    from claimmap.model import Candidate

#: A city's alternate name counts in caseless text from this size (a small town's other
#: names are more often foreign words).
ALIAS_CITY_MIN_POPULATION = 100_000
#: Shorter one-word alternate names are common English words too often ("part", "soul").
ALIAS_MIN_LETTERS = 5


def person_tagged_place(part: Span, gaz: GazetteerLike) -> bool:
    """Whether ``part`` (two words or more) is tagged a person only as a whole or in part, and
    is the own name of a gazetteer entry ("rahim yar khan"): a place, in a country named.
    A person entity reaching past it ("paris hilton") stays a person, and so does one that
    qualifies the noun after it ("wright county eggs": a firm's name)."""
    if sum(t.is_alpha for t in part) < 2 or part[-1].dep_ == "compound":
        return False
    for tok in part:
        if tok.ent_type_ == "PERSON":
            start, end = entity_bounds(tok)
            if start < part.start or end > part.end:
                return False
    text = part.text
    return gaz.knows(text) and any(
        normalize_name(c.name) == normalize_name(text) or "exact name" in c.why
        for c in gaz.lookup(text, limit=3, fuzzy=False)
    )


def alias_cities(part: Span, cands: list[Candidate]) -> list[Candidate]:
    """The big cities among ``cands`` that ``part`` names by an alternate name only
    ("madras" → Chennai), where such a name may stand for them in caseless text (module
    docstring): they still need a locative context and a country the text names."""
    words = [t.lower_ for t in part if t.is_alpha]
    if len(words) == 1 and (
        len(words[0]) < ALIAS_MIN_LETTERS or adjective(words[0]) or verb(words[0])
    ):
        return []
    if len(words) > 1 and all(common_word(w) or verb(w) for w in words):  # "old town"
        return []
    text = normalize_name(part.text)
    return [
        c
        for c in cands
        if c.kind == "city"
        and c.population >= ALIAS_CITY_MIN_POPULATION
        and normalize_name(c.name) != text
        and "exact name" not in c.why
    ]


def caseless_label(part: Span) -> str:
    """ "LOC" when spaCy tags ``part`` so as one entity, alone or with "the" before it ("the
    pacific"), else "": the label tells a sea from its namesake town. Other labels are not
    passed on: without capitals they are guesses, and a place label would keep names that
    qualify a noun ("the washington post")."""
    label = part[0].ent_type_
    if label != "LOC" or any(t.ent_type_ != label for t in part):
        return ""
    start, end = entity_bounds(part[0])
    doc = part.doc
    if end != part.end or not (
        start == part.start or (start == part.start - 1 and doc[start].lower_ == "the")
    ):
        return ""
    return label
