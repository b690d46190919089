"""Movers of routes: movements are grouped by the kind of mover they name (fighters,
refugees, weapons…; the words are :mod:`claimmap.routes_kinds`), and a route is labelled
by the word most told of its movers. Which movement goes on from which is read in
:mod:`claimmap.routes_telling`.

Split from :mod:`claimmap.routes`, which builds the legs.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from claimmap.model import Leg, Movement
from claimmap.routes_convoys import convoy_again
from claimmap.routes_kinds import MOVER_KINDS as MOVER_KINDS  # movement_* read it here
from claimmap.routes_kinds import kind_of
from claimmap.routes_story_movers import story_people
from claimmap.routes_vehicles import carried_again, is_vehicle
from claimmap.routes_voyages import voyage_again


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_THERE = _words("there thence where")  # an origin told as where the telling had got to
PRONOUNS = _words("he she it they them we i you his her its their who whom which")


@dataclass
class Group:
    """Movements of one kind of mover, and the words naming them."""

    key: str
    words: Counter[str] = field(default_factory=Counter)
    movements: list[Movement] = field(default_factory=list)


def mover_key(m: Movement, people: frozenset[int] = frozenset()) -> tuple[str | None, str | None]:
    """(group key, word to name the route by) for a movement's mover. Movers named by a
    nationality ("Afghans", "Venezuelans": a demonym mention ending where the mover ends,
    ``people``) are people on the move like refugees and migrants."""
    if m.mover is None:
        return None, None
    raw = m.mover.text.lower().split()
    words = [w.strip(".,'’\"") for w in raw]
    # only the heads of the phrase say the kind: "cargo planes" are planes, not cargo
    ends = [
        n == len(raw) - 1 or raw[n].endswith(",") or raw[n + 1] in ("and", "or")
        for n in range(len(raw))
    ]
    cased = m.mover.text.split()
    heads = [_titled(cased, words, n) for n, end in enumerate(ends) if end]
    for n, word in enumerate(heads):
        if (kind := kind_of(word)) is not None:
            return kind, word
        if n == 0 and len(heads) > 1 and word.isalpha() and word in m.mover.text:
            # "patients and care residents": a kind of its own, named first (not capitalised)
            return f"name:{word}", word
    head = words[-1] if words else ""
    if not head or head in PRONOUNS or head.replace(",", "").isdigit():
        return None, None  # "another 430 were deported": a count names no kind
    if m.mover.end in people:
        return "displaced", m.mover.text.split()[-1]
    name = m.mover.text.split(",")[0]
    return f"name:{head}", name if len(name) <= 40 else head


def _titled(cased: list[str], words: list[str], n: int) -> str:
    """The head word at ``n``, or for a name ("the frigate Admiral X", "the submarine Y")
    the craft word told before it, which says its kind."""
    k = n
    while k > 0 and cased[k][:1].isupper():
        k -= 1
    if k < n and words[k] in MOVER_KINDS["vessels"]:
        return words[k]
    return words[n]


def groups(
    movements: Sequence[Movement], people: frozenset[int] = frozenset(), text: str = ""
) -> list[Group]:
    """Movements by kind of mover; movers left unnamed join the article's only group.
    ``people``: where the demonym mentions of the article end."""
    found: dict[str, Group] = {}
    loose: list[Movement] = []
    keys: dict[str, str | None] = {}  # movement id → its group key
    loaded: dict[str, str] = {}  # a vehicle's own key → the group of the load it carries
    for m in movements:
        key, word = mover_key(m, people)
        went_on = _went_on_from(m, movements, keys) or _same_phrase(m, movements, keys, text)
        went_on = went_on or _part_of_before(m, movements, keys, text)
        went_on = went_on or _people_again(m, movements, keys, text)
        went_on = went_on or story_people(m, movements, keys, text)  # "the group", "survivors"
        if went_on is None and (carrying := carried_again(m, movements, keys, text)):
            went_on = carrying
            if key is not None:  # the vehicles named again go on carrying that load
                loaded[key] = carrying
        if went_on is None and key is not None:
            went_on = loaded.get(key)
        went_on = went_on or voyage_again(m, movements, keys, text)
        went_on = went_on or convoy_again(m, movements, keys, text)  # "the vehicles"
        if went_on is not None:
            key, word = went_on, None
        keys[m.id] = key
        if key is None:
            loose.append(m)
            continue
        group = found.setdefault(key, Group(key))
        group.movements.append(m)
        if word:
            group.words[word] += 1
    if loose:
        if len(found) == 1:
            next(iter(found.values())).movements.extend(loose)
        else:
            found["unnamed"] = Group("unnamed", movements=loose)
    for group in found.values():
        group.movements.sort(key=lambda m: m.trigger.start)
    return list(found.values())


def _same_phrase(
    m: Movement, movements: Sequence[Movement], keys: dict[str, str | None], text: str
) -> str | None:
    """ "containers of logs that left X, most of them bound for Y": movers named by the two
    nouns of one "X of Y" phrase (the parse hangs each clause on another) are the same."""
    if m.mover is None or not text:
        return None
    for prev in movements:
        if prev.mover is None or keys.get(prev.id) is None or prev.sentence != m.sentence:
            continue
        a, b = sorted((prev.mover, m.mover), key=lambda s: s.start)
        if text[a.end : b.start].strip().lower() == "of":
            return keys[prev.id]
    return None


def _part_of_before(
    m: Movement, movements: Sequence[Movement], keys: dict[str, str | None], text: str
) -> str | None:
    """ "moved the drugs from X to Y and may have routed part of the cargo through Z": a
    part of what the movement before it in the sentence moved goes with those movers."""
    prev = _told_before_in(m, movements)
    if prev is None or not told_as_part(m, text):
        return None
    return keys.get(prev.id)


#: words naming people of any kind: "the men" told right after "fighters" are those fighters
_PEOPLE_AGAIN = re.compile(r"\b(?:the|these|those)\s+(?:men|women|group)$", re.IGNORECASE)


def _people_again(
    m: Movement, movements: Sequence[Movement], keys: dict[str, str | None], text: str
) -> str | None:
    """ "Some of the fighters had been brought to X from Y." "The men were moved through
    Z": movers named again only as "the men" (no kind of their own) in the sentence right
    after a movement of a kind of people are those people."""
    if m.mover is None or m.sentence is None or not text:
        return None
    if _PEOPLE_AGAIN.search(text[max(0, m.mover.start - 8) : m.mover.end]) is None:
        return None
    sentence = m.sentence
    before = [
        p
        for p in movements
        if p.sentence is not None
        and 0 <= sentence.start - p.sentence.end <= 3
        and keys.get(p.id) in ("armed", "displaced")
    ]
    found = {keys[p.id] for p in before}
    return found.pop() if len(found) == 1 else None


def _told_before_in(m: Movement, movements: Sequence[Movement]) -> Movement | None:
    """The movement told last before ``m`` in its sentence, of movers named."""
    before = [
        p
        for p in movements
        if p.sentence == m.sentence and p.trigger.end <= m.trigger.start and p.mover is not None
    ]
    return max(before, key=lambda p: p.trigger.start, default=None)


def told_as_part(m: Movement, text: str) -> bool:
    """Is the mover told as a part of something named before: "part of the cargo", "some
    of the weapons", "much of the drug"?"""
    if m.mover is None or not text:
        return False
    before = text[max(0, m.mover.start - 20) : m.mover.start].lower().split()[-3:]
    return len(before) == 3 and before[0] in _SHARE_OF and before[1:] == ["of", "the"]


_SHARE_OF = _words("part parts some much most many half rest portion share all")


def _went_on_from(
    m: Movement, movements: Sequence[Movement], keys: dict[str, str | None]
) -> str | None:
    """ "... shipped to X. From there, the ammunition travels to Y": a leg that starts at
    "there" goes on with the movers of the leg that ended there, whatever it calls them."""
    start = m.origin
    if start is None or start.place_id is None or start.span.text.lower() not in _THERE:
        return None
    for prev in reversed([p for p in movements if p.trigger.start < m.trigger.start]):
        last = prev.destination or (prev.transit[-1] if prev.transit else None)
        if last is not None and last.place_id == start.place_id:
            return keys.get(prev.id)
    return None


def label(group: Group, legs: Sequence[Leg], people: frozenset[int] = frozenset()) -> str | None:
    """The word naming the movers of these legs, the most told among their movements."""
    ids = {i for leg in legs for i in leg.movement_ids}
    words = Counter(w for m in group.movements if m.id in ids if (w := mover_key(m, people)[1]))
    load = Counter({w: n for w, n in words.items() if not is_vehicle(w)})
    top = load or words or group.words  # the goods or people the trucks carried, not the trucks
    return top.most_common(1)[0][0] if top else None
