"""Wire datelines: the city, or cities, a story was filed from.

"BEIRUT, Oct 6 (Reuters) -", "WASHINGTON (AP) —", "NAIROBI/GENEVA, Aug 22 (AFP) -": at
the start of a paragraph, one or more names in capitals joined by slashes, then a comma, a
bracket or a dash. spaCy reads "CARACAS/GEORGETOWN" as one organisation, or tags only the
first city of two; each part is a city of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.nlp import paragraph_starts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Evidence of a city named in a dateline: a wire bureau, wherever the story happens.
DATELINE_EVIDENCE = "dateline: a city"
#: What follows the last name of a dateline.
DATELINE_ENDS = frozenset({"(", "-", "—", "–", ","})
#: Marks inside a name in capitals, with no space before them: "PORT-AU-PRINCE", "ST. LOUIS".
_INNER_MARKS = frozenset({"-", ".", "'", "’"})
#: A dateline name longer than this is a headline in capitals, not a city.
_MAX_NAME_TOKENS = 5
_CACHE_KEY = "claimmap_dateline_names"


def dateline_names(doc: Doc) -> tuple[tuple[int, int], ...]:
    """Token bounds of every city name in the article's datelines (cached on the doc)."""
    cached = doc.user_data.get(_CACHE_KEY)
    if cached is None:
        cached = tuple(b for start in paragraph_starts(doc) for b in _names_at(doc, start))
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


def _names_at(doc: Doc, start: int) -> list[tuple[int, int]]:
    """The slash-joined names in capitals opening a paragraph, when a dateline's comma,
    bracket or dash follows them; [] otherwise."""
    names: list[tuple[int, int]] = []
    i = start
    while True:
        end = _name_end(doc, i)
        if end == i or end - i > _MAX_NAME_TOKENS or len(doc[i:end].text) < 3:
            return []
        names.append((i, end))
        if end < len(doc) and doc[end].text == "/" and not doc[end - 1].whitespace_:
            i = end + 1
            continue
        return names if end < len(doc) and doc[end].text[:1] in DATELINE_ENDS else []


def _name_end(doc: Doc, start: int) -> int:
    """Where a name in capitals that begins at ``start`` ends."""
    end = start
    while end < len(doc):
        tok = doc[end]
        inner = (
            end > start
            and tok.text in _INNER_MARKS
            and not doc[end - 1].whitespace_
            and end + 1 < len(doc)
            and _capital_word(doc[end + 1])
        )
        if not (_capital_word(tok) or inner):
            break
        end += 1
        if "\n" in tok.whitespace_:
            break
    return end


def _capital_word(tok: Token) -> bool:
    text = tok.text
    return text.isupper() and any(c.isalpha() for c in text) and "/" not in text
