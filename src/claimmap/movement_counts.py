"""Words that count the movers: "thousands of X", "more than 700", "a year after".

Split from :mod:`claimmap.movement_words`, which re-exports them with the other word lists.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """A frozen set of the space-separated words of ``text``: every word list of the
    movement stage is built with this one helper."""
    return frozenset(text.split())


_words = words


# Nouns that count or group the mover: "thousands of X", "a group of X".
PARTITIVE_NOUNS = _words(
    "thousand hundred dozen million score number group members member batch wave contingent "
    "convoy unit team handful lot most some many part much rest all half majority bulk "
    "quantity amount volume"
)
NUMBER_WORDS: dict[str, int] = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "dozen": 12, "dozens": 12, "hundred": 100, "hundreds": 100,
    "thousand": 1000, "thousands": 1000, "million": 1_000_000, "millions": 1_000_000,
}  # fmt: skip
# Nouns of time, never what a pronoun mover stands for ("a year after it withdrew").
TIME_NOUNS = _words(
    "year month week day hour minute night morning evening afternoon dawn dusk weekend "
    "decade century season time moment period"
)
BOUND_WORDS: dict[str, str] = {
    "at least": "at_least", "more than": "at_least", "over": "at_least",
    "at most": "at_most", "up to": "at_most", "fewer than": "at_most", "less than": "at_most",
    "about": "approx", "around": "approx", "nearly": "approx", "approximately": "approx",
    "some": "approx", "roughly": "approx", "almost": "approx",
}  # fmt: skip
