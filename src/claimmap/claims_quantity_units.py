"""What a count in a claim counts: "380 nautical miles", "4,000 ... troops", "39 of them".

Split from :mod:`claimmap.claims_quantities`, which finds the counts and their bounds;
naming the thing counted is its own job: the noun the number modifies (with the words
that change a measure and the name between them), the noun after "of", a currency, or
the thing the counts before it counted.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from claimmap.claims_money import MONEY, currency_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimmap.model import Quantity


def range_units(found: list[Quantity], text: str) -> list[Quantity]:
    """The low end of "200 to 300 fighters" counts fighters too."""
    out = list(found)
    for k in range(len(out) - 2, -1, -1):
        low, high = out[k], out[k + 1]
        joint = text[low.span.end : high.span.start].strip().lower()
        if low.unit is None and high.unit is not None and joint in ("to", "and", "-", "–"):
            out[k] = dataclasses.replace(low, unit=high.unit)
    return out


#: Units that count no thing: "twelve times more" says how many times, not what.
_RATIOS = frozenset({"times", "fold", "percent"})


def counted_before(found: list[Quantity]) -> str | None:
    """The thing the counts before counted, for a bare number after them ("up from 4,000"),
    passing over ratios ("twelve times more, including nearly 8,000")."""
    return next((q.unit for q in reversed(found) if q.unit and q.unit not in _RATIOS), None)


def same_count(tok: Token) -> bool:
    """A bare number after another count counts the same thing ("up from 4,000", "to
    1,500"), unless it names a year or a share."""
    return not (
        tok.like_num and len(tok.text) == 4 and tok.text.isdigit() and tok.text[:2] in ("19", "20")
    )


#: Words that change what a unit measures: a nautical mile is 1.852 km, a statute one 1.609.
_MEASURE_KINDS = frozenset({"nautical", "metric", "square", "cubic", "statute"})


def unit_of(tok: Token) -> str | None:
    """What is counted: the noun the number modifies, or the noun after "of"."""
    after = [t.lower_ for t in tok.doc[tok.i + 1 : tok.i + 3]]
    if tok.text.endswith("%") or after[:1] in (["%"], ["percent"]) or after == ["per", "cent"]:
        return "percent"
    code = currency_of(tok.doc, tok.i)
    if code is not None:
        return code
    head = tok.head
    if head.pos_ == "PROPN" and head.dep_ in ("compound", "nmod") and _common_after(head):
        head = head.head  # "4,000 Rwanda Defence Force (RDF) troops": troops, of that force
    # "6bn dollars": the model takes a number joined to its multiplier for an adjective
    joined = tok.dep_ == "amod" and head.i == tok.i + 1 and bool(MONEY.match(tok.text))
    if (joined or tok.dep_ in ("nummod", "quantmod", "compound")) and head.pos_ in (
        "NOUN",
        "PROPN",
    ):
        kind = [c.lower_ for c in head.children if c.lower_ in _MEASURE_KINDS and c.i < head.i]
        # "13,221 North Koreans": the name's words between the number and its noun
        named = [t.text for t in tok.doc[tok.i + 1 : head.i] if t.pos_ == "PROPN"]
        named = named if len(named) == head.i - tok.i - 1 and head.pos_ == "PROPN" else []
        return " ".join([*kind, *named, head.text])  # "380 nautical miles", "5 metric tons"
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ != "PRON":  # "39 of them" counts what came before
                return obj.text
    return None


def _common_after(name: Token) -> bool:
    """A name that modifies a common noun after it: "Defence Force" in "Defence Force
    troops"."""
    return name.head.pos_ == "NOUN" and name.head.i > name.i
