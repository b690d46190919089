"""Number words and their values, and those written with a hyphen: "twenty-five".

The tokenizer splits "twenty-five" into "twenty", "-", "five", and each word was read as
a count of its own (20, then 5 "at most", as if "twenty to five"). A tens word joined by a
bare hyphen to a unit word is one number.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: The value of a number word ("four" → 4); read by :mod:`claimmap.claims_quantities`.
WORDS = {
    **{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7},
    **{"eight": 8, "nine": 9, "ten": 10},
    **{"eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40},
    **{"thirteen": 13, "fourteen": 14, "sixteen": 16, "seventeen": 17, "eighteen": 18},
    **{"nineteen": 19, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90},
    **{"fifty": 50, "hundred": 100, "thousand": 1_000, "million": 1_000_000},
    **{"billion": 1_000_000_000, "trillion": 1_000_000_000_000, "dozen": 12},
}
_TENS = {word: value for word, value in WORDS.items() if value in range(20, 100, 10)}
_UNITS = {word: value for word, value in WORDS.items() if 1 <= value <= 9}


def hyphened_tens(parsed: Doc, i: int, end: int) -> tuple[int, float] | None:
    """(index of the unit word, value) when the tens word at ``i`` is joined by a hyphen,
    without spaces, to a unit word before ``end`` ("twenty-five" → 25), else None."""
    tens = _TENS.get(parsed[i].lower_)
    if tens is None or i + 2 >= end:
        return None
    dash, unit = parsed[i + 1], parsed[i + 2]
    if dash.text != "-" or parsed[i].whitespace_ or dash.whitespace_:
        return None
    value = _UNITS.get(unit.lower_)
    return (i + 2, float(tens + value)) if value is not None else None
