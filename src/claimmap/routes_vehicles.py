"""Movers named by the vehicles that carry them: "Police put 200 migrants on buses at X."
"The convoy of buses travelled through Y to Z" tells where the migrants went, so the
convoy's movement joins the people's route.

Split from :mod:`claimmap.routes_groups`, which groups movements by kind of mover.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimmap.model import Movement, Span

#: vehicles that carry people or goods told of before ("on buses", "onto trucks")
CARRIERS = frozenset(
    {"bus", "coach", "minibus", "truck", "lorry", "van", "car", "convoy", "train", "plane",
     "aircraft", "flight", "ferry", "boat"}
)  # fmt: skip
#: kinds of movers vehicles carry (people, fighters, goods)
_CARRIED = frozenset({"displaced", "armed", "goods", "materiel"})
#: the words told just before the mover that may name the vehicle ("the convoy of nine")
_BEFORE_CHARS = 24
_WORD = re.compile(r"[a-z]+")


def _singular(word: str) -> str:
    if word.endswith("es") and word[:-2] in CARRIERS:
        return word[:-2]
    return word[:-1] if word.endswith("s") and word[:-1] in CARRIERS else word


#: "on buses", "onto three trucks", "aboard a ferry": the vehicle the movers were put on
_PUT_WORDS = frozenset({"on", "onto", "aboard", "into"})
#: how many words after "on" may name the vehicle ("on three chartered buses")
_PUT_REACH = 4


def _carriers(words: str) -> set[str]:
    return {w for w in map(_singular, _WORD.findall(words.lower())) if w in CARRIERS}


def put_on_vehicles(sentence: str) -> set[str]:
    """The vehicles a sentence puts its movers on ("put 300 migrants on buses"): the first
    vehicle word within a few words after "on", "onto", "aboard" or "into"."""
    words = [_singular(w) for w in _WORD.findall(sentence.lower())]
    found: set[str] = set()
    for n, word in enumerate(words):
        if word in _PUT_WORDS:
            found.update(
                next(([w] for w in words[n + 1 : n + 1 + _PUT_REACH] if w in CARRIERS), [])
            )
    return found


def carried_again(
    m: Movement, movements: Sequence[Movement], keys: dict[str, str | None], text: str
) -> str | None:
    """The group of the movers a vehicle carried, when ``m``'s mover is named only by that
    vehicle ("the convoy of nine buses", "the trucks") in the sentence right after the one
    that put those movers on it ("put 300 migrants on buses"): the vehicle took them."""
    if m.mover is None or m.sentence is None or not text:
        return None
    head = _singular(m.mover.text.lower().split()[-1])
    if head not in CARRIERS:
        return None
    named = _carriers(text[max(m.sentence.start, m.mover.start - _BEFORE_CHARS) : m.mover.end])
    found: set[str] = set()
    before = [
        p
        for p in movements
        if p.sentence is not None and _loading_text(p.sentence, m.sentence, text) is not None
    ]
    if any(p.mover is not None and named & _carriers(p.mover.text) for p in before):
        return None  # "38 trucks left X": the trucks are movers of their own already
    for p in before:
        key, told = keys.get(p.id), p.sentence
        if key is None or told is None or not (key in _CARRIED or _named_load(key)):
            continue
        if named & put_on_vehicles(_loading_text(told, m.sentence, text) or ""):
            found.add(key)
    return found.pop() if len(found) == 1 else None


def is_vehicle(word: str) -> bool:
    """Is ``word`` a vehicle that carries movers ("trucks", "the convoy")?"""
    return _singular(word.lower()) in CARRIERS


def _named_load(key: str) -> bool:
    """A group named by its own words ("Microchips, servo motors and GPS antennas"), no
    vehicle itself: a load a vehicle may take on."""
    return key.startswith("name:") and _singular(key[5:]) not in CARRIERS


def carried_on(prev: Movement, m: Movement, text: str) -> bool:
    """Does ``m``, whose mover is only the vehicle ("the convoy of buses"), go on with the
    movers ``prev`` put on that vehicle in the sentence right before? Only when ``m`` names
    no start of its own."""
    if m.origin is not None or prev.sentence is None or m.sentence is None or m.mover is None:
        return False
    loading = _loading_text(prev.sentence, m.sentence, text)
    if prev.mover == m.mover or loading is None:
        return False
    if _singular(m.mover.text.lower().split()[-1]) not in CARRIERS:
        return False
    if prev.mover is not None and _carriers(prev.mover.text):
        return False  # the vehicles moved before: their own telling goes on
    named = _carriers(text[max(m.sentence.start, m.mover.start - _BEFORE_CHARS) : m.mover.end])
    return bool(named & put_on_vehicles(loading))


#: a sentence told of where the one before left the movers: "There they were loaded onto trucks"
_THERE = re.compile(
    r"\s*(?:(?:and\s+)?then\s+)?there\b(?!\s+(?:is|are|was|were|has|have|had)\b)", re.IGNORECASE
)


def _loading_text(told: Span, then: Span, text: str) -> str | None:
    """The words that may put the movers of the sentence ``told`` on a vehicle the sentence
    ``then`` moves: ``told`` itself when ``then`` comes right after it, with the sentence
    between when that one tells what happened "there", where ``told`` left them ("flown to
    X." "There they were loaded onto trucks." "The trucks crossed ..."); else None."""
    gap = text[told.end : then.start]
    if told.end > then.start:
        return None
    if len(gap) <= 3:
        return text[told.start : told.end]
    if len(gap) > _THERE_CHARS or not _THERE.match(gap):
        return None
    if sum(gap.count(c) for c in ".!?") != 1 or not gap.rstrip().endswith((".", "!", "?")):
        return None
    return text[told.start : then.start]


#: how long the sentence told "there" may be
_THERE_CHARS = 400
