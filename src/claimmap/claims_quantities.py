"""Numbers in a claim's content: "at least 64 militants" → 64, at_least, "militants".

Counts are what claims about fighters and casualties turn on; the bound words matter
as much as the number ("at least", "up to", "some"), so they are kept.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from claimmap.claims_tokens import memo, span_at, tokens_where
from claimmap.model import Bound, Quantity, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "dozen": 12,
}
#: Plural round numbers mean "at least that many": "thousands of militants".
_VAGUE = {"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000}
_MULTIPLIERS = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_AT_LEAST = ("at least", "more than", "over", "upwards of", "no fewer than", "no less than")
_AT_MOST = ("up to", "at most", "fewer than", "less than", "under", "no more than")
_APPROX = (
    "about",
    "around",
    "approximately",
    "some",
    "nearly",
    "almost",
    "roughly",
    "an estimated",
    "estimated",
    "close to",
    "as many as",
    "some",
)
_BOUNDS: dict[str, Bound] = {
    **{p: "approx" for p in _APPROX},
    **{p: "at_most" for p in _AT_MOST},
    **{p: "at_least" for p in _AT_LEAST},
}
_NUMBER = re.compile(r"^\$?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?%?$")
_WORD_SET = frozenset(_WORDS) | frozenset(_VAGUE)
_SKIP_ENTS = ("DATE", "TIME", "ORDINAL")


def quantities_in(
    parsed: Doc, text: str, start: int, end: int, doc_id: str
) -> tuple[Quantity, ...]:
    """Every count in ``[start, end)`` of ``text`` (the parsed text), with bound and unit."""
    span = span_at(parsed, start, end)
    if span is None:
        return ()
    found: list[Quantity] = []
    used: set[int] = set()
    numbers = memo(parsed, "numbers", lambda: _number_tokens(parsed))
    first_at = bisect.bisect_left(numbers, span.start)
    last_at = bisect.bisect_left(numbers, span.end)
    for tok in (parsed[i] for i in numbers[first_at:last_at]):
        if tok.i in used or tok.ent_type_ in _SKIP_ENTS:
            continue
        vague = _VAGUE.get(tok.lower_)
        if vague is None and not (tok.like_num or tok.lower_ in _WORDS):
            continue
        first, last = tok.i, tok.i
        value: float | None
        bound: Bound
        if vague is not None:
            value, bound = float(vague), "at_least"
        else:
            while last + 1 < span.end and parsed[last + 1].lower_ in _MULTIPLIERS:
                last += 1
            value = _value(parsed, tok.i, last)
            if value is None:
                continue
            first, bound = _bound(parsed, tok.i, span.start)
        used.update(range(first, last + 1))
        unit = _unit(parsed[last])
        s, e = parsed[first].idx, _end(parsed[last])
        found.append(Quantity(Span(doc_id, s, e, text[s:e]), value=value, bound=bound, unit=unit))
    return tuple(found)


def _number_tokens(parsed: Doc) -> list[int]:
    """Indices of the tokens that can start a count, once per parse."""
    return tokens_where(parsed, _WORD_SET, like_num=True)


def _value(parsed: Doc, first: int, last: int) -> float | None:
    head = parsed[first].lower_.lstrip("$").rstrip("%")
    m = _NUMBER.match(parsed[first].lower_)
    if m:
        value = float(m[1].replace(",", "") + ("." + m[2] if m[2] else ""))
    elif head in _WORDS:
        value = float(_WORDS[head])
    else:
        return None
    for i in range(first + 1, last + 1):
        value *= _MULTIPLIERS[parsed[i].lower_]
    return value


def _bound(parsed: Doc, i: int, floor: int) -> tuple[int, Bound]:
    """The bound words before a number and where the quantity phrase starts."""
    before = [parsed[j].lower_ for j in range(max(floor, i - 3), i)]
    for n in (3, 2, 1):
        if len(before) >= n:
            bound = _BOUNDS.get(" ".join(before[-n:]))
            if bound is not None:
                return i - n, bound
    return i, "exact"


def _unit(tok: Token) -> str | None:
    """What is counted: the noun the number modifies, or the noun after "of"."""
    if tok.text.endswith("%") or (
        tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ in ("%", "percent")
    ):
        return "percent"
    if tok.text.startswith("$") or (tok.i > 0 and tok.nbor(-1).text == "$"):
        return "USD"
    head = tok.head
    if tok.dep_ in ("nummod", "quantmod", "compound") and head.pos_ in ("NOUN", "PROPN"):
        return head.text
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj.text
    return None


def _end(tok: Token) -> int:
    return tok.idx + len(tok.text)
