"""A name that is the subject of a sentence locating it against another place: "Xyz is near
Abc", "Xyz lies 30 km north of Abc", "Xyz is close to the border with Abc". NER often takes
a lone foreign town at a sentence's start for a person or an organisation; the predicate
says it is a place, as the apposition ", near Abc" does
(:func:`claimmap.places_unknown_slots.located_apposition`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimmap.nlp import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Span

#: A present-tense verb of position, an optional distance, and a relation to a capitalised
#: name: "is near Abc", "lies about 20 km south-west of Abc", "sits just outside Abc", "is
#: close to Abc". "from" only after a distance ("is 40 km from Abc"; "is from Abc" is a
#: person's home); no past tense ("was near Abc" is where someone stood). "lies in Abc",
#: "sits on the Abc": only towns lie or sit in a place ("is in Abc" may be a visitor).
_LOCATED_PREDICATE = re.compile(
    r"\s+(?:is|lies|sits|stands)\s+(?:(?:located|situated)\s+)?"
    r"(?P<distance>(?:(?:about|some|around|roughly|nearly|almost|just|only|over)\s+)?"
    r"(?:\d[\d,.]*|a\s+few|several)\s*-?\s*(?:km|kilometres?|kilometers?|miles?)\s+)?"
    r"(?P<relation>(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
    r"\s+of|near|outside|close\s+to|next\s+to|from))\s+(?:the\s+)?[A-Z]"
    r"|\s+(?:lies|sits)\s+(?P<inside>in|on|along)\s+(?:the\s+)?[A-Z]"
)


def located_subject(span: Span) -> str:
    """ "Jonava is near Kaunas": the sentence's subject, a name alone before a verb of
    position and a relation to another capitalised name, is a place; the name with its
    predicate, or "". A name with words before it in its clause ("Smith's farm is near
    Abc") is left alone: only a bare subject at the clause's start is located."""
    if span.root.dep_ not in {"nsubj", "nsubjpass"} or not _clause_start(span):
        return ""
    tail = doc_text(span.doc)[span.end_char : span.end_char + 80]
    match = _LOCATED_PREDICATE.match(tail)
    if match is None or (match["relation"] == "from" and not match["distance"]):
        return ""
    return f"{span.text}{match.group(0)[:-1].rstrip()} ..."


def _clause_start(span: Span) -> bool:
    """Whether ``span`` opens its sentence (or follows only a conjunction or punctuation)."""
    doc = span.doc
    if span.start == span.sent.start:
        return True
    prev = doc[span.start - 1]
    return prev.is_punct or prev.lower_ in {"and", "but", "while", "whereas"}
