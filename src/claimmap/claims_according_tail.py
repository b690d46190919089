"""What follows the source of a closing "..., according to X": X's own words, not content.

"Two families were sent back, according to the Observatory, a Britain-based group, which
said men may have been detained": the apposition and the relative clause describe the
source (the relative is a claim of its own), so the content is the clause before the
phrase however short. "More than 2,000 arrived, according to UNHCR figures, the highest
number since 2015": a superlative or a count after the source describes the reported
number, not the source, so the source ends before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_cues import words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Nouns that say how large a reported number is ("the highest number", "a record level").
_MEASURE_NOUNS = words(
    """
    number figure total level record rise increase jump drop fall decline tally toll count
    high low peak surge
    """
)
#: Sources that are data, not speakers: any apposition after them glosses the figure.
_DATA_NOUNS = words("figure data statistic estimate tally count record number")


def source_tail(according: Token, last: int, sent: Span) -> bool:
    """Whether everything after the source of a closing "according to" (ending at token
    ``last``) hangs on the phrase itself: the source's apposition or a relative clause
    on it, with no clause of the sentence's own after it."""
    doc = according.doc
    if according.i == sent.start or not doc[according.i - 1].is_punct:
        return False  # a fronted "According to X, ..." has its content after it
    rest = [t for t in doc[last + 1 : sent.end] if not (t.is_punct or t.is_space)]
    if not rest:
        return False
    inside = {t.i for t in according.subtree}
    return all(t.i in inside for t in rest)


def gloss_start(source: Token) -> Token | None:
    """The first word of an apposition on ``source`` that describes the reported number
    ("..., the highest number since 2015"), which the source must end before."""
    for app in source.children:
        if app.dep_ != "appos" or app.i < source.i:
            continue
        start = app.left_edge
        if start.i == 0 or source.doc[start.i - 1].text != ",":
            continue
        superlative = any(t.tag_ in ("JJS", "RBS") for t in app.subtree)
        measure = app.lemma_.lower() in _MEASURE_NOUNS
        if superlative or measure or source.lemma_.lower() in _DATA_NOUNS:
            return start
    return None
