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


def counted_before(found: list[Quantity], tok: Token) -> str | None:
    """The thing the counts before counted, for a bare number after them ("up from 4,000"),
    passing over ratios ("twelve times more, including nearly 8,000"). Only a count in the
    same clause that stands as a count lends its thing: not one of another clause ("300
    pounds seized, and arrests dropped to 1,800") nor a definite "the two countries"."""
    before = next((q for q in reversed(found) if q.unit and q.unit not in _RATIOS), None)
    if before is None:
        return None
    doc = tok.doc
    lent = doc.char_span(before.span.start, before.span.end, alignment_mode="expand")
    if lent is None or lent.start == 0 or doc[lent.start].sent.start != tok.sent.start:
        return None
    if doc[lent.start - 1].lower_ in _DEFINITE or _clause(doc[lent.end - 1]) != _clause(tok):
        return None
    return before.unit


#: Words that make a count a reference to known things: "the two countries", "its 3 sons".
_DEFINITE = frozenset({"the", "these", "those", "both", "its", "their", "his", "her", "our"})


def _clause(tok: Token) -> int:
    """The verb whose clause holds ``tok`` (a verb standing as a preposition, "including",
    does not open one)."""
    while tok.head.i != tok.i and not (tok.pos_ in ("VERB", "AUX") and tok.dep_ != "prep"):
        tok = tok.head
    return tok.i


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
    if head.i < tok.i and tok.dep_ in ("nummod", "quantmod", "compound"):
        head = _noun_after(tok) or tok  # "Today 386 families": the noun after, not before
    head = _compound_head(tok, head)  # "two or three school buses": buses
    # "6bn dollars": the model takes a number joined to its multiplier for an adjective
    joined = tok.dep_ == "amod" and head.i == tok.i + 1 and bool(MONEY.match(tok.text))
    if (joined or tok.dep_ in ("nummod", "quantmod", "compound")) and (
        head.pos_ in ("NOUN", "PROPN") or _nominal_adjective(tok, head)
    ):
        kind = [c.lower_ for c in head.children if c.lower_ in _MEASURE_KINDS and c.i < head.i]
        # "13,221 North Koreans": the name's words between the number and its noun
        named = [t.text for t in tok.doc[tok.i + 1 : head.i] if t.pos_ == "PROPN"]
        named = named if len(named) == head.i - tok.i - 1 and head.pos_ == "PROPN" else []
        rate = _rate_after(head)  # "1.7 million barrels per day"
        return " ".join([*kind, *named, head.text, *rate])  # "380 nautical miles", "5 metric tons"
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ != "PRON":  # "39 of them" counts what came before
                return obj.text
    return None


#: Dependencies of a noun phrase's head: a word standing in one is used as a noun.
_NOMINAL = frozenset({"conj", "dobj", "pobj", "nsubj", "nsubjpass", "appos", "attr"})


def _nominal_adjective(tok: Token, head: Token) -> bool:
    """ "about 60 million reais ($11 million)": a word right after the count that the
    tagger called an adjective (put off by the bracket after it) but that heads a noun
    phrase is the thing counted."""
    return head.pos_ == "ADJ" and head.i == tok.i + 1 and head.is_alpha and head.dep_ in _NOMINAL


def _common_after(name: Token) -> bool:
    """A name that modifies a common noun after it: "Defence Force" in "Defence Force
    troops"."""
    return name.head.pos_ == "NOUN" and name.head.i > name.i


def _noun_after(tok: Token) -> Token | None:
    """The common noun right after a number, which it counts when the parse hangs the
    number on an earlier word."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt if nxt is not None and nxt.pos_ == "NOUN" else None


def _compound_head(tok: Token, head: Token) -> Token:
    """The last noun of a compound the number stands before ("two school buses" counts
    buses), unless the number is hyphened to its noun ("a 10-day trip" counts days)."""
    joined = any(t.text in ("-", "–") for t in tok.doc[tok.i + 1 : head.i])
    while (
        not joined
        and head.dep_ == "compound"
        and head.pos_ == "NOUN"
        and head.head.i == head.i + 1
        and head.head.pos_ == "NOUN"
    ):
        head = head.head
    return head


def _rate_after(head: Token) -> list[str]:
    """ "per day" after a measured noun: the count is a rate ("barrels per day")."""
    doc = head.doc
    words = [t.lower_ for t in doc[head.i + 1 : head.i + 3]]
    if len(words) == 2 and words[0] == "per" and doc[head.i + 2].pos_ == "NOUN":
        return ["per", doc[head.i + 2].text]
    return []
