"""Wire datelines: the city, or cities, a story was filed from.

"BEIRUT, Oct 6 (Reuters) -", "WASHINGTON (AP) —", "NAIROBI/GENEVA, Aug 22 (AFP) -",
"QUETTA:", "Kathmandu, Jan 5 --": the names :mod:`claimmap.datelines` reads, as token
bounds. spaCy reads "CARACAS/GEORGETOWN" as one organisation, or tags only the first city
of two; each part is a city of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, cast

from claimmap.datelines import Dateline, find_datelines
from claimmap.nlp import doc_text, paragraph_starts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

#: Evidence of a city named in a dateline: a wire bureau, wherever the story happens.
DATELINE_EVIDENCE = "dateline: a city"
_CACHE_KEY = "claimmap_dateline_names"
_LINES_KEY = "claimmap_datelines"


def dateline_names(doc: Doc) -> tuple[tuple[int, int], ...]:
    """Token bounds of every city name in the article's datelines (cached on the doc)."""
    cached = doc.user_data.get(_CACHE_KEY)
    if cached is None:
        cached = tuple(_names(doc))
        doc.user_data[_CACHE_KEY] = cached
    return cached


def is_dateline(span: Span) -> bool:
    """Whether ``span`` is exactly one of the city names of a dateline."""
    return (span.start, span.end) in dateline_names(span.doc)


def dateline_parts(span: Span) -> list[Span]:
    """ "CARACAS/GEORGETOWN" read as one entity: its dateline cities, or [] when the span
    is not two or more of them."""
    doc = span.doc
    parts = [doc[a:b] for a, b in dateline_names(doc) if span.start <= a and b <= span.end]
    return parts if len(parts) > 1 else []


def _names(doc: Doc) -> Iterable[tuple[int, int]]:
    """The token bounds of the names of :func:`find_datelines`. A colon dateline's name
    ("QUETTA:") counts unless the article tags it as a person's name elsewhere ("PENCE:"
    opening a headline is a speaker's label); the gazetteer is asked by the recogniser."""
    persons: set[str] | None = None
    for line in _datelines(doc):
        for a, b in line.names:
            span = doc.char_span(a, b)
            if span is None:
                continue
            if line.colon:
                persons = _person_words(doc) if persons is None else persons
                if span.text.title() in persons:
                    continue
            yield span.start, span.end


def _datelines(doc: Doc) -> list[Dateline]:
    """:func:`find_datelines` of the article, read once per document (the text is scanned
    paragraph by paragraph: asked for names and again for regions, long texts paid twice)."""
    cached = doc.user_data.get(_LINES_KEY)
    if cached is None:
        starts = [doc[i].idx for i in paragraph_starts(doc)]
        cached = doc.user_data[_LINES_KEY] = list(find_datelines(doc_text(doc), starts))
    return cast("list[Dateline]", cached)


def _person_words(doc: Doc) -> set[str]:
    """The persons the article names, whole and by their last word."""
    return {w for e in doc.ents if e.label_ == "PERSON" for w in (e.text, e[-1].text)}


#: ", Calif.--(", ", Mont. (", ", Ukraine, Oct 6": the region written after a dateline's
#: last name, up to its outlet, day or closing dash.
_REGION_AFTER = re.compile(
    r"^, ?(?P<region>[A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,3})(?=--| ?\(| [-—–]|,)"
)


def dateline_regions(doc: Doc) -> Iterable[tuple[int, int]]:
    """Character bounds of the state or country after each dateline's last name: "PLEASANTON,
    Calif.--(BUSINESS WIRE)--", whose tokens ("Calif.--") no entity covers. Whether it names
    a place is the gazetteer's to say."""
    for line in _datelines(doc):
        if line.colon or line.kicker or not line.names:
            continue
        after = line.names[-1][1]
        m = _REGION_AFTER.match(doc_text(doc)[after : line.span[1] + 1])
        if m:
            yield after + m.start("region"), after + m.end("region")
