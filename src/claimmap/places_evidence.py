"""Evidence that a known name which NER did not call a place is one here.

spaCy's small model tags some places PERSON, ORG or NORP, and leaves others untagged. A
name the gazetteer knows is kept only with reasons from the text, which become the place's
evidence: a strong prior (a country, a disputed area, a province, a city of a million, a
national capital), or context — a locative preposition, a type cue, "the mayor of X", a
list with other places, a container after a comma. A word also used in lower case in the
same article ("March", "Reading") is not a name here.
"""

from __future__ import annotations

from collections.abc import Container
from typing import TYPE_CHECKING

from claimmap.places_context import has_word, type_cue
from claimmap.places_lexicon import LOCATIVE_PREPS, PLACE_LABELS, GazetteerLike

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: "the mayor of X", "residents of X": nouns whose "of"-complement is usually a place.
PLACE_OF_NOUNS = frozenset(
    {
        "mayor", "governor", "resident", "people", "outskirts", "suburb", "community",
        "village", "town", "city", "municipality", "district", "region", "province",
        "capital", "centre", "center", "north", "south", "east", "west", "heart", "part",
    }
)  # fmt: skip
#: Compass words alone ("the West", "the North") are not places to put on a map.
COMPASS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western"}
)
#: An organisation-labelled name that is only a town needs a town at least this big...
ORG_CITY_MIN_POPULATION = 50_000
#: ...and a person-labelled one a city this big (with a preposition or a type cue).
PERSON_CITY_MIN_POPULATION = 100_000


def place_evidence(span: Span, gaz: GazetteerLike, *, label: str = "") -> tuple[str, ...]:
    """Reasons to read a known name that NER did not call a place as a place, or ().

    A strong prior (a country, a disputed area, a province, a city of a million) suffices
    unless the word is also used as a common word in this text; a weaker one needs a
    locative preposition or a type cue. Person names need the strong prior.
    """
    first = span[0]
    doc = span.doc
    if any(not (t.text[:1].isupper() or t.is_punct) for t in span) or len(span.text) < 3:
        return ()
    if len(span) == 1 and (first.is_stop or has_word(doc, first.lower_)):
        return ()  # "Of", "Along", "March": the word also occurs as a common word here
    acronym = span.text.isupper()
    prev = doc[span.start - 1] if span.start > 0 else None
    context: list[str] = []
    if prev is not None and prev.lower_ in LOCATIVE_PREPS and not according_to(prev):
        context.append(f"after '{prev.text}'")
    kind, _, cue_text = type_cue(span)
    if kind:
        context.append(f"type cue '{cue_text}'")
    elif prev is not None and prev.lower_ == "of" and span.start >= 2:
        noun = doc[span.start - 2]
        if noun.lemma_.lower() in PLACE_OF_NOUNS:
            context.append(f"'{noun.text} of'")
    listed = listed_with_place(span)
    if listed:
        context.append(f"listed with {listed}")
    cands = gaz.lookup(span.text, limit=3, fuzzy=False)
    top = cands[0] if cands else None
    if top is None:
        return ()
    strong: list[str] = []
    organisation = label == "ORG"  # "European Union", "White House": bodies named like places
    if top.kind in {"country", "disputed"} or (
        top.kind in {"admin1", "region"} and not acronym and not organisation
    ):
        strong.append(f"known {top.kind}")
    elif top.population >= 1_000_000 and not acronym:
        strong.append(f"city of {top.population:,}")
    elif any(w == "national capital" for w in top.why) and not acronym:
        strong.append("national capital")
    if _followed_by_container(span, gaz):
        context.append("followed by ', <country or province>'")
    if strong:
        return (*strong, *context)
    if label == "PERSON":  # "in Nottingham", "the town of Garissa"; not "according to Yap"
        min_population = PERSON_CITY_MIN_POPULATION
    else:
        min_population = ORG_CITY_MIN_POPULATION if organisation else 1_000
    if context and (top.kind != "city" or top.population >= min_population) and not acronym:
        return (*context, f"known {top.kind}")
    return ()


def misspelt_after_preposition(span: Span) -> str:
    """ "flown to Gazientep": one unknown proper noun after a locative preposition may be a
    misspelt place; resolution accepts it only for a close fuzzy match."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    if (
        len(span) == 1
        and span[0].pos_ == "PROPN"
        and prev is not None
        and prev.lower_ in LOCATIVE_PREPS
        and not according_to(prev)
    ):
        return f"unknown name after '{prev.text}': maybe misspelt"
    return ""


def _followed_by_container(span: Span, gaz: GazetteerLike) -> bool:
    """ "Krasnodar, Russia": a name followed by a comma and a country or province."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    for stop in range(min(len(doc), span.end + 4), span.end + 1, -1):
        part = doc[span.end + 1 : stop]
        if part.text[:1].isupper() and gaz.knows(part.text):
            cands = gaz.lookup(part.text, limit=1, fuzzy=False)
            return bool(cands) and cands[0].kind in {"country", "admin1"}
    return False


def listed_with_place(span: Span, placed: Container[int] | None = None) -> str:
    """ "Pandi and Talavera", "Tacloban, Babatngon": the place ``span`` is listed with, if
    any (by default a token NER calls a place; ``placed`` can say otherwise)."""
    is_place = (lambda tok: tok.i in placed) if placed is not None else _ner_place
    doc = span.doc
    root = span.root
    if root.dep_ == "conj" and is_place(root.head):
        return root.head.text
    for child in root.children:
        if child.dep_ == "conj" and is_place(child):
            return child.text
    joiners = {"and", "or", ","}
    before = doc[span.start - 2] if span.start >= 2 else None
    if before is not None and doc[span.start - 1].lower_ in joiners and is_place(before):
        return before.text
    after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    if after is not None and doc[span.end].lower_ in joiners and is_place(after):
        return after.text
    return ""


def according_to(prep: Token) -> bool:
    return prep.lower_ == "to" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "according"


def _ner_place(tok: Token) -> bool:
    return tok.ent_type_ in PLACE_LABELS
