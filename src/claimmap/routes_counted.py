"""Movers introduced with a count of their own are a group of their own. "A boat carrying
58 people ... they left Sabriya" and, sentences later, "the rescue of 93 people who were
brought to Port Elin" are two boats of the same kind of mover: the second group is counted
afresh, with a number the first was never given, so it does not finish the first one's
journey (no Sabriya → Port Elin leg). A later group counted with the number told of the
first, or one near it ("40 fighters" ... "the 40 fighters"; "more than 300" ... "312
people"), may be the same one, "118 of them" points back
at them, and a count after movers told with none ("hundreds cross" ... "about 300 go on")
may be a part of them.
"""

from __future__ import annotations

import re

from claimmap.claims_quantities import WORD_VALUES
from claimmap.model import Movement
from claimmap.routes_backstory import told_before
from claimmap.routes_halted_plans import halted_plan
from claimmap.routes_telling import continues
from claimmap.routes_vehicles import carried_on

#: the count words read here (their values: :data:`claimmap.claims_quantities.WORD_VALUES`)
_COUNT_WORDS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"

#: a count right before the movers' head word, at most one word between: "93 people",
#: "some 1,200 stranded migrants"
_COUNTED = re.compile(
    rf"\b(\d[\d,]*|{_COUNT_WORDS})"
    r"\s+(?:[\w-]+\s+)?([\w-]+)$",
    re.IGNORECASE,
)

#: any count told ("58 people, including 11 children")
_NUMBER = re.compile(
    rf"\b(\d[\d,]*\d|\d|{_COUNT_WORDS})\b",
    re.IGNORECASE,
)
#: counts this close are one group told twice ("more than 300 migrants" ... "312 people")
_NEAR = 0.1
_YEAR = re.compile(r"(?:19|20)\d\d")

#: words that point back at movers told before ("118 of them")
_BACK = frozenset(["them", "they", "those", "these", "whom", "us"])


def counted_afresh(one: Movement, other: Movement, text: str) -> bool:
    """Of the two movements, is the one told later of movers counted with a number of
    their own, while the one told first counted its movers (in its sentence or the one
    before) with other numbers only? Then they are other movers. Movers never counted
    before ("Most arrived", "About 300 continue" after "hundreds cross") may be a part of
    the first ones, and are left to the other rules."""
    first, later = sorted((one, other), key=lambda m: m.trigger.start)
    if later.mover is None or later.sentence is None or later.sentence == first.sentence:
        return False
    found = _COUNTED.search(text[max(0, later.mover.start - 30) : later.mover.end])
    if found is None or found.group(2).lower() in _BACK:
        return False
    end = first.sentence.end if first.sentence else first.trigger.end
    told = [_value(n) for n in _NUMBER.findall(text[_sentence_before(first, text) : end])]
    told = [n for n in told if not _YEAR.fullmatch(str(n))]
    count = _value(found.group(1))
    return bool(told) and not any(abs(count - n) <= _NEAR * max(count, n) for n in told)


def _value(word: str) -> int:
    """The number a count word or numeral stands for ("12", "1,200", "twelve")."""
    word = word.lower().replace(",", "")
    return int(word) if word.isdigit() else WORD_VALUES[word]


def _sentence_before(m: Movement, text: str) -> int:
    """Where the sentence before ``m``'s starts."""
    start = m.sentence.start if m.sentence else m.trigger.start
    cut = max(text.rfind(". ", 0, max(0, start - 2)), text.rfind("\n", 0, max(0, start - 2)))
    return cut + 1 if cut >= 0 else 0


def goes_on(prev: Movement, m: Movement, text: str) -> bool:
    """Does ``m`` go on from ``prev`` (:func:`claimmap.routes_telling.continues`), told of
    the same movers, not of a group counted afresh, nor told as before it (a backstory:
    :mod:`claimmap.routes_backstory`)?"""
    if halted_plan(prev, text):
        return False  # "was to sail from N, was stopped before it could leave": never left
    if told_before(prev, m, text):
        return False  # "crossed at X on Monday." "In April it had crossed at Y"
    if carried_on(prev, m, text):
        return True  # "put migrants on buses ..." then "The convoy of buses travelled to Y"
    return continues(prev, m, text) and not counted_afresh(prev, m, text)
