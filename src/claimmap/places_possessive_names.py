"""Names built on a possessive ("St. Xyz's Island", "Abc's Hill"), and common nouns that
the gazetteer holds as a country's foreign name ("Island", Iceland in German).

"St. Xyz's Island" is one name, an island called after a saint or a settler, not the place
"St. Xyz" followed by an island: NER splits it in two, and each half then matches something
far away (the Caribbean's Saint Martin; "Island", an alias of Iceland). The whole name is
looked up as written and, when the gazetteer lacks it, reported unresolved as a gap, never
through its halves. A bare common noun never names a country by one of its exonyms.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.names import normalize_name
from claimmap.nlp import token_texts
from claimmap.places_lexicon import PLACE_LABELS, toponym_at
from claimmap.places_sites import SITE_GUESS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from claimmap.model import Candidate
    from claimmap.places_lexicon import GazetteerLike, Toponym

#: Capitalised feature nouns that end a name after a possessive: "Xyz's Island", "Abc's Bay".
FEATURE_NOUNS = frozenset(
    {"island", "islands", "isle", "bay", "point", "cove", "creek", "hill", "hills", "head",
     "reef", "rock", "cay", "harbour", "harbor", "peak", "landing", "gap", "ferry", "lake"}
)  # fmt: skip
#: Evidence of a possessive name; a site's guess, so that it is kept out of fuzzy look-ups.
POSSESSIVE_NAME = f"{SITE_GUESS}a name built on a possessive: "
#: English common nouns that are foreign names of a country or an island group in the
#: gazetteer ("Island" is Iceland in German and Danish; "Chili" is Chile in French): as a
#: word of an English text they name no such place (a town of the name may still be meant).
COMMON_NOUN_EXONYMS = frozenset({"island", "chili", "snares", "bounties", "parries"})


def with_possessive_names(parsed: Doc, found: list[Toponym], gaz: GazetteerLike) -> list[Toponym]:
    """``found`` with each "Xyz's Island" read as one name, in place of the toponyms inside
    it ("St. Xyz" and "Island")."""
    merged = []
    possessives = [i for i, word in enumerate(token_texts(parsed)) if word in _POSSESSIVES]
    for tok in (parsed[i] for i in possessives):  # (the words _possessive_name reads)
        span = _possessive_name(tok)
        if span is None:
            continue
        start, end = span
        words = parsed[start:end]
        inside = [t for t in found if t.start < words.end_char and words.start_char < t.end]
        label = next((t.label for t in inside if t.label in PLACE_LABELS), "")
        if gaz.knows(words.text):
            merged.append(toponym_at(words, label=label, evidence=("gazetteer match",)))
        else:
            why = f"{POSSESSIVE_NAME}'{words.text}'"
            merged.append(toponym_at(words, label=label, evidence=(why,)))
    if not merged:
        return found
    kept = [t for t in found if not any(t.start < m.end and m.start < t.end for m in merged)]
    return sorted([*kept, *merged], key=lambda t: (t.start, t.end))


_POSSESSIVES = frozenset({"'s", "’s"})


def _possessive_name(tok: Token) -> tuple[int, int] | None:
    """Token bounds of "Xyz's Island" around the possessive ``tok``, or None: a capitalised
    name before it, a capitalised feature noun after it that ends the name."""
    doc = tok.doc
    if tok.text not in _POSSESSIVES or tok.i == 0 or tok.i + 1 >= len(doc):
        return None
    noun = doc[tok.i + 1]
    if noun.lower_ not in FEATURE_NOUNS or not noun.text[:1].isupper() or noun.is_upper:
        return None
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if after is not None and after.text[:1].isupper() and after.is_alpha:
        return None  # "Xyz's Island Highway": a longer name
    start = tok.i
    while start > 0 and _name_word(doc[start - 1]):
        start -= 1
    if start == tok.i:
        return None
    return start, noun.i + 1


def _name_word(tok: Token) -> bool:
    """A word of a name before a possessive: capitalised ("St.", "Martin"), no stop word
    ("In", "The") and no entity of another kind (a date)."""
    return (
        tok.text[:1].isupper()
        and not tok.is_stop
        and tok.ent_type_ not in {"DATE", "TIME", "CARDINAL", "ORDINAL"}
        and (tok.is_alpha or (tok.text.endswith(".") and tok.text[:-1].isalpha()))
    )


def common_noun_exonym(cand: Candidate, written: str) -> bool:
    """Whether ``cand``, a country or region, is reached from ``written`` only through a
    foreign name that is an English common noun ("Island" → Iceland)."""
    norm = normalize_name(written)
    return (
        norm in COMMON_NOUN_EXONYMS
        and cand.kind in {"country", "region", "disputed"}
        and normalize_name(cand.name) != norm
    )
