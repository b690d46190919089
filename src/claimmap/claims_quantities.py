"""Numbers in a claim's content: "at least 64 militants" → 64, at_least, "militants".

Counts are what claims about fighters and casualties turn on; the bound words matter
as much as the number ("at least", "up to", "some"), so they are kept. The currency of a
sum is read in :mod:`claimmap.claims_money`.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from claimmap.claims_money import (
    CURRENCIES,
    MONEY,
    MONEY_IN_TEXT,
    RUPEE,
    SHORT_MULTIPLIERS,
    currency_of,
    naira,
    story_rupee,
)
from claimmap.claims_quantity_skips import (
    a_calibre,
    a_kind,
    a_year,
    an_age,
    in_a_date,
    in_a_name,
    one_of,
    time_unit,
)
from claimmap.claims_quantity_tens import WORDS, hyphened_tens
from claimmap.claims_quantity_units import counted_before, range_units, same_count, unit_of
from claimmap.claims_tokens import memo, span_at, tokens_where
from claimmap.model import Bound, Quantity, Span
from claimmap.nlp import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_WORDS = WORDS
#: The value of a number word ("four" → 4), for other stages that read counts.
WORD_VALUES = _WORDS
#: Plural round numbers mean "at least that many": "thousands of militants".
_VAGUE = {
    "dozens": 12,
    "scores": 20,
    "tens": 10,
    "hundreds": 100,
    "thousands": 1_000,
    "millions": 1_000_000,
    "lakhs": 100_000,
    "crores": 10_000_000,
}
#: Words before a round number that make it "at least two of them": "several hundred".
_FEW = ("several", "a few", "many", "some few")
_MULTIPLIERS = {
    **{"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000},
    # South Asian English: "₹1 crore" is ten million rupees, "5 lakh" half a million
    **{"lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000},
}
_AT_LEAST = ("at least", "more than", "over", "upwards of", "no fewer than", "no less than")
#: ("as many as 6,000 drones" stresses the upper end: no more than that many.)
_AT_MOST = (
    *("up to", "at most", "fewer than", "less than", "under", "below", "no more than"),
    *("as many as", "as much as", "as high as"),
)
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
)
_BOUNDS: dict[str, Bound] = {
    **{p: "approx" for p in _APPROX},
    **{p: "at_most" for p in _AT_MOST},
    **{p: "at_least" for p in _AT_LEAST},
}
_NUMBER = re.compile(r"^\$?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?%?$")
#: Shares written as words: "nearly half of the rifles" is about 50 percent of them.
_FRACTIONS = {"half": 50.0, "third": 33.3, "quarter": 25.0}
_WORD_SET = frozenset(_WORDS) | frozenset(_VAGUE) | frozenset(_FRACTIONS)
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
        if tok.i in used or _dated(tok):
            continue
        if tok.lower_ in _FRACTIONS:
            share = _share(parsed, tok, span.start, span.end, doc_id, text)
            if share is not None:
                used.add(tok.i)
                found.append(share)
            continue
        vague = _VAGUE.get(tok.lower_)
        money = MONEY.match(tok.text)
        if money and tok.text[0] == "N" and not naira(parsed, tok.i):
            continue  # "the N1 highway": a name, no naira
        if vague is None and not (tok.like_num or tok.lower_ in _WORDS or money):
            continue
        if one_of(tok) or (not money and (in_a_name(tok) or in_a_date(tok) or a_year(tok))):
            continue  # "one of the largest seizures", "Interstate 35", "Nov 20-21"
        part = _part_share(parsed, tok, span.start, span.end, doc_id, text)
        if part is not None:  # "two-thirds of the total": a share, not two things
            used.update(range(tok.i, tok.i + 3))
            found.append(part)
            continue
        if a_kind(tok) or a_calibre(tok):
            continue  # "the three-border zone": a kind of zone, no count; "155mm guns"
        first, last = tok.i, tok.i
        guess: tuple[int, float] | None = None
        value: float | None
        bound: Bound
        if vague is not None:
            value, bound = float(vague), "at_least"
            while last + 2 < span.end and parsed[last + 1].lower_ == "of":
                more = _VAGUE.get(parsed[last + 2].lower_) or _MULTIPLIERS.get(
                    parsed[last + 2].lower_
                )
                if more is None:
                    break
                value, last = value * more, last + 2  # "tens of thousands"
        else:
            tens = hyphened_tens(parsed, tok.i, span.end)  # "twenty-five": one count, 25
            last = tens[0] if tens else last
            while last + 1 < span.end and _multiplier(parsed, last + 1, tok.i) is not None:
                last += 1
            value = _value(parsed, tok.i, last)
            if value is None:
                continue
            value = value / _WORDS[tok.lower_] * tens[1] if tens else value
            half = _and_a_half(parsed, last, span.end)
            if half is not None:  # "two and a half years", "a two-and-a-half-year halt"
                last, value = half, value + 0.5
            first, bound = _bound(parsed, tok.i, span.start)
            if bound == "exact" and tok.i > span.start and parsed[tok.i - 1].lower_ == "a":
                first, bound = _bound(parsed, tok.i - 1, span.start)  # "about a dozen"
                first, bound = (first, bound) if bound != "exact" else (tok.i, _round(tok))
            if bound == "exact" and _passed(parsed, first, tok):
                bound = "at_least"  # "expect the total to exceed 100,000"
            few = _few_before(parsed, tok.i, span.start) if tok.lower_ in _MULTIPLIERS else None
            if few is not None:  # "several hundred fighters": at least two hundred
                first, value, bound = few, value * 2, "at_least"
            elif _ranged(parsed, tok.i, found):  # "between 1,000 and 1,500": the upper end
                bound = "at_most"
            elif bound == "exact" and _range_start(parsed, tok.i, span.end):
                bound = "at_least"
            guess = _either(parsed, (tok.i, last), value, span.end) if bound == "exact" else None
            if guess is not None:  # "20 or 30 motorbikes": one rough count
                last, value, bound = guess[0], guess[1], "approx"
        unit = currency_of(parsed, tok.i) or unit_of(parsed[last])
        unit = unit or (unit_of(tok) if guess is not None else None)  # "20 or 30 bikes"
        unit = unit or _time_text(parsed[last])  # "a two-and-a-half-year halt"
        unit = story_rupee(parsed) if unit == RUPEE else unit
        if an_age(parsed[first], unit):
            continue  # "children under five": an age, not a count
        unit = unit or (counted_before(found, tok) if same_count(tok) else None)
        used.update(range(first, last + 1))
        s, e = parsed[first].idx, _end(parsed[last])
        found.append(Quantity(Span(doc_id, s, e, text[s:e]), value=value, bound=bound, unit=unit))
    return tuple(range_units(found, text))


def _dated(tok: Token) -> bool:
    """A number the model reads as part of a date or a time, where it counts nothing. A
    length of time counts ("for two days"), and so does a count the model's date runs
    over ("Today 386 families"); a share is judged by :func:`_share`."""
    if tok.ent_type_ not in _SKIP_ENTS or MONEY.match(tok.text):
        return False  # ("Rs 60bn" the model may take for an ordinal)
    if tok.lower_ in _FRACTIONS:  # "roughly a quarter of", not "the last quarter of"
        return tok.i == 0 or tok.doc[tok.i - 1].lower_ not in ("a", "one")
    if time_unit(tok) is not None:
        return False
    doc = tok.doc
    if _range_start(doc, tok.i, len(doc)) and time_unit(doc[tok.i + 2]) is not None:
        return False  # "four to six days": the range's first end counts days too
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    counted = (
        nxt is not None
        and nxt.pos_ == "NOUN"
        and nxt.ent_type_ not in _SKIP_ENTS
        and tok.dep_ in ("nummod", "quantmod")
    )
    return not counted or not same_count(tok)


def _time_text(tok: Token) -> str | None:
    found = time_unit(tok)
    return found.text if found is not None else None


def _and_a_half(parsed: Doc, last: int, end: int) -> int | None:
    """Where "and a half" after a count ends ("two and a half", "two-and-a-half-year")."""
    words = ("and", "a", "half")
    i = last + 1
    for word in words:
        while i < end and parsed[i].text in ("-", "–"):
            i += 1
        if i >= end or parsed[i].lower_ != word:
            return None
        i += 1
    return i - 1


def _either(
    parsed: Doc, first: tuple[int, int], value: float, end: int
) -> tuple[int, float] | None:
    """ "20 or 30", "two or three hundred": a guess between two counts, as the last token
    of the second and the middle of both (the first takes the second's multiplier)."""
    last = first[1]
    second = last + 2
    if second >= end or parsed[last + 1].lower_ != "or":
        return None
    if not (parsed[second].like_num or parsed[second].lower_ in _WORDS):
        return None
    close = second
    while close + 1 < end and _multiplier(parsed, close + 1, second) is not None:
        close += 1
    high, base = _value(parsed, second, close), _value(parsed, second, second)
    if high is None or not base:
        return None
    low = value * high / base if close > second and last == first[0] else value
    return (close, (low + high) / 2) if high > low else None


def _share(
    parsed: Doc, tok: Token, floor: int, end: int, doc_id: str, text: str
) -> Quantity | None:
    """ "nearly half of the rifles", "a third of the town": a share, in percent."""
    if tok.i + 1 >= end or parsed[tok.i + 1].lower_ != "of":
        return None
    first, bound = _bound(parsed, tok.i, floor)
    if bound == "exact" and tok.i > floor and parsed[tok.i - 1].lower_ in ("a", "one"):
        first, bound = _bound(parsed, tok.i - 1, floor)  # "roughly a quarter of"
    s, e = parsed[first].idx, _end(tok)
    value = _FRACTIONS[tok.lower_]
    return Quantity(Span(doc_id, s, e, text[s:e]), value=value, bound=bound, unit="percent")


#: Denominators of a spelled fraction: "two-thirds", "three-quarters", "four-fifths".
_PARTS = {"thirds": 3, "quarters": 4, "fifths": 5, "tenths": 10, "third": 3, "fifth": 5}


def _part_share(
    parsed: Doc, tok: Token, floor: int, end: int, doc_id: str, text: str
) -> Quantity | None:
    """ "roughly two-thirds of the total": a spelled fraction, in percent."""
    if tok.lower_ not in _WORDS or tok.i + 2 >= end or parsed[tok.i + 1].text not in ("-", "–"):
        return None
    parts = _PARTS.get(parsed[tok.i + 2].lower_)
    if parts is None or _WORDS[tok.lower_] >= parts:
        return None
    first, bound = _bound(parsed, tok.i, floor)
    s, e = parsed[first].idx, _end(parsed[tok.i + 2])
    value = round(100.0 * _WORDS[tok.lower_] / parts, 1)
    return Quantity(Span(doc_id, s, e, text[s:e]), value=value, bound=bound, unit="percent")


def _round(tok: Token) -> Bound:
    """ "a dozen drones" is a round guess at twelve; "a hundred" may be exact."""
    return "approx" if tok.lower_ == "dozen" else "exact"


def _few_before(parsed: Doc, i: int, floor: int) -> int | None:
    """Where "several" / "a few" starts, if it comes right before the round number ``i``."""
    for words in _FEW:
        n = len(words.split())
        if i - n >= floor and " ".join(t.lower_ for t in parsed[i - n : i]) == words:
            return i - n
    return None


def _ranged(parsed: Doc, i: int, found: list[Quantity]) -> bool:
    """Whether ``i`` closes a range opened by the previous count: "between X and Y",
    "from X to Y", "X to Y", "X-Y"."""
    if not found or i < 2:
        return False
    joint = parsed[i - 1].lower_
    if joint not in ("and", "to", "-", "–") or found[-1].span.end < parsed[i - 2].idx:
        return False
    if joint != "and":
        return True
    # "702 and 518 cases" are two counts; only "between 1,000 and 1,500" is a range
    opener = parsed.char_span(found[-1].span.start, found[-1].span.end, alignment_mode="expand")
    return opener is not None and opener.start > 0 and parsed[opener.start - 1].lower_ == "between"


def _range_start(parsed: Doc, i: int, end: int) -> bool:
    """Whether ``i`` opens a range: "between 1,000 and 1,500", "(from) 200 to 300"."""
    opener = parsed[i - 1].lower_ if i > 0 else ""
    joint = parsed[i + 1].lower_ if i + 1 < end else ""
    nxt = parsed[i + 2] if i + 2 < end else None
    closed = nxt is not None and (nxt.like_num or nxt.lower_ in _WORDS)
    return closed and (
        (opener == "between" and joint == "and") or joint == "to"
    )  # "from 200 to 300", and a bare "four to six days"


#: Verbs whose object a count goes past: "to exceed 100,000", "topped 1,000".
_PAST = frozenset({"exceed", "surpass", "top", "pass", "outnumber"})


def _passed(parsed: Doc, first: int, tok: Token) -> bool:
    """The count is the object of a verb of going past it: "is expected to exceed 100,000"."""
    verb = parsed[first - 1] if first > 0 else None
    return verb is not None and tok.head.i == verb.i and verb.lemma_.lower() in _PAST


def _number_tokens(parsed: Doc) -> list[int]:
    """Indices of the tokens that can start a count, once per parse (with sums the
    tokenizer keeps in one word with their currency or multiplier: "Rs6", "$6bn")."""
    found = tokens_where(parsed, _WORD_SET, like_num=True)
    full = doc_text(parsed)
    starts = [i for m in MONEY_IN_TEXT.finditer(full) for i in {m.start(), m.end() - 1}]
    if not starts:
        return found
    money = {
        s.start
        for i in starts
        if (s := parsed.char_span(i, i + 1, alignment_mode="expand")) is not None
    }
    return sorted(set(found) | {i for i in money if MONEY.match(parsed[i].text)})


def _multiplier(parsed: Doc, i: int, number: int) -> float | None:
    """What the word at ``i`` after the number at ``number`` multiplies it by."""
    word = parsed[i].lower_.rstrip(".")
    if word in _MULTIPLIERS:
        return float(_MULTIPLIERS[word])
    after_sum = i == number + 1 and word != "k" and currency_of(parsed, number) is not None
    return SHORT_MULTIPLIERS.get(word) if after_sum else None


def _value(parsed: Doc, first: int, last: int) -> float | None:
    head = parsed[first].lower_.lstrip("$").rstrip("%")
    m = _NUMBER.match(parsed[first].lower_)
    money = MONEY.match(parsed[first].text)
    if m:
        value = float(m[1].replace(",", "") + ("." + m[2] if m[2] else ""))
    elif money:
        whole, part, short = (money[1], money[2], money[3]) if money[1] else money.group(4, 5, 6)
        value = float(whole.replace(",", "") + ("." + part if part else ""))
        value *= SHORT_MULTIPLIERS[short.lower()] if short else 1
    elif head in _WORDS:
        value = float(_WORDS[head])
    else:
        return None
    for i in range(first + 1, last + 1):
        value *= _multiplier(parsed, i, first) or 1
    return value


def _bound(parsed: Doc, i: int, floor: int) -> tuple[int, Bound]:
    """The bound words before a number and where the quantity phrase starts."""
    while i > floor and parsed[i - 1].text in CURRENCIES:
        i -= 1  # "up to €5,000": the bound words stand before the currency sign
    before = [parsed[j].lower_ for j in range(max(floor, i - 3), i)]
    for n in (3, 2, 1):
        if len(before) >= n:
            bound = _BOUNDS.get(" ".join(before[-n:]))
            if bound is not None and not (n == 1 and _over_a_period(parsed, i)):
                return i - n, bound
    return i, "exact"


def _over_a_period(parsed: Doc, i: int) -> bool:
    """ "shipped 9 tonnes over two years": "over" before a length of time is the span the
    deed took, not a lower bound ("for over two years" still is one)."""
    if parsed[i - 1].lower_ != "over" or time_unit(parsed[i]) is None:
        return False
    return i < 2 or parsed[i - 2].lower_ not in ("for", "of", "in", "after", "within", "than")


def _end(tok: Token) -> int:
    return tok.idx + len(tok.text)
