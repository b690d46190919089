"""Which movements may back another's leg: only ones told of the same movers.

A tally of a population over a period ("More than 100,000 migrants reached Italy by sea
this year, the ministry said") shares its kind of mover and its end with a specific
group's hop ("the 12 migrants held in Albania be returned to Italy"), but it is no
telling of that group's journey: its claim is about other movers, and backs no leg of
theirs. Used by :func:`claimmap.movement_join_legs.claimed_legs` and the inferred legs of
:mod:`claimmap.routes`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimmap.model import Movement

# A period a tally counts over: "this year", "so far", "since January", "in 2023", "a year".
_PERIOD = re.compile(
    r"\b(?:so\s+far|to\s+date|annually|year[- ]on[- ]year"
    r"|(?:this|last|past|previous)\s+(?:year|month|decade|summer|winter)"
    r"|(?:a|per|each|every)\s+(?:year|month|week)"
    r"|since\s+(?:the\s+(?:start|beginning)|january|february|march|april|may|june|july"
    r"|august|september|october|november|december|(?:19|20)\d\d)"
    r"|in\s+(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# Words before a mover that point at movers told of: "the 12 migrants", "these families".
_DEFINITE = frozenset(
    {"the", "these", "those", "this", "that", "its", "their", "our", "his", "her"}
)


def same_movers(m: Movement, of: Sequence[Movement], text: str) -> bool:
    """May ``m`` tell the journey of the movers of ``of`` (the movements behind a leg)?
    Not when it is a tally of a population (:func:`tally`) while they are not, nor when it
    counts more movers than any of them does ("More than 100,000 migrants" for "the 12
    migrants": a part may be counted apart, never a larger whole)."""
    own = [x for x in of if x.id != m.id]
    if not own or not text:
        return True
    if tally(m, text) and not any(tally(x, text) for x in own):
        return False
    counts = [x.quantity.value for x in own if x.quantity is not None]
    if m.quantity is None or not counts or _definite(m, text):
        return True
    return m.quantity.value <= max(counts)


def tally(m: Movement, text: str) -> bool:
    """Is the movement a count of a population over a period: movers not told of before
    (no "the", "these", pronoun) moving "this year", "so far", "since January"?"""
    if m.sentence is None or m.mover is None or _definite(m, text):
        return False
    return _PERIOD.search(text[m.sentence.start : m.sentence.end]) is not None


def _definite(m: Movement, text: str) -> bool:
    """Are the movers named as ones told of: "the 12 men", "these families", "they"?"""
    if m.mover is None:
        return False
    start = m.quantity.span.start if m.quantity is not None else m.mover.start
    start = min(start, m.mover.start)
    before = text[max(0, start - 16) : start].lower().split()
    word = m.mover.text.lower()
    pronoun = word in ("they", "them", "he", "she", "it", "we")
    return pronoun or (bool(before) and before[-1] in _DEFINITE)
