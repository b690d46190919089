"""A name and the capitalised words right after it that the gazetteer knows as one name:
"near Khor Xyz", where NER tagged "Khor" alone (and "Xyz" a person, or a second place), is
the town "Khor Xyz", not a namesake of its first word (a town in another country reached
by an alternate name) plus an unknown "Xyz".
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimmap.places_lexicon import GazetteerLike, Toponym

#: Evidence left on a name grown over the words after it.
JOINED_EVIDENCE = "grown over the next words: the gazetteer knows the whole name"
#: Evidence left on a name grown back over a capitalised "In" ("through In Xyz").
LEADING_IN_EVIDENCE = "grown over a leading 'In': Saharan names open with it"
#: A lower-case word, then a capitalised "In" right before the name: no preposition is
#: capitalised inside a sentence, so "In" is the name's first word ("In Salah", "In Amenas").
_LEADING_IN = re.compile(r"\b[a-z]+ In $")
#: One or two capitalised words right after a name.
_NEXT_WORDS = re.compile(r" ([A-Z][\w'\u2019-]*)(?: ([A-Z][\w'\u2019-]*))?")


def with_joined_names(found: list[Toponym], gaz: GazetteerLike, text: str) -> list[Toponym]:
    """Grow a plain name over the one or two capitalised words written right after it when
    the gazetteer knows the longer name; names inside the grown span give way."""
    grown: list[Toponym] = []
    for top in found:
        top = _with_leading_in(top, text)
        longer = _longer(top, gaz, text)
        grown.append(longer or top)
    out: list[Toponym] = []
    for top in sorted(grown, key=lambda t: (t.start, -t.end)):
        if out and top.start < out[-1].end and JOINED_EVIDENCE in out[-1].evidence:
            continue  # "Abc" of "Khor Abc", recognised on its own
        out.append(top)
    return out


def _longer(top: Toponym, gaz: GazetteerLike, text: str) -> Toponym | None:
    if top.form != "name" or top.cue_kind or not top.text[:1].isupper():
        return None
    match = _NEXT_WORDS.match(text, top.end)
    if match is None:
        return None
    ends = [match.end(2), match.end(1)] if match.group(2) else [match.end(1)]
    for end in ends:
        whole = text[top.start : end]
        if gaz.knows(whole):
            evidence = (*top.evidence, JOINED_EVIDENCE)
            return replace(top, end=end, text=whole, name=whole, evidence=evidence)
    return None


def _with_leading_in(top: Toponym, text: str) -> Toponym:
    """ "crossed through In Xyz": the capitalised "In" after a lower-case word opens the
    name; NER leaves it out, and the bare rest is another town (an alias far away)."""
    if top.form != "name" or top.start < 3 or not _LEADING_IN.search(text, 0, top.start):
        return top
    start = top.start - 3
    whole = text[start : top.end]
    evidence = (*top.evidence, LEADING_IN_EVIDENCE)
    return replace(top, start=start, text=whole, name=whole, evidence=evidence)
