"""Which route group a movement belongs to when its mover alone does not say: a movement
with no mover of its own, told as the next step of one in its sentence ("he flew from A to
B, then went on to C") or after the movers named again in its sentence ("the vessels were
sailing along a corridor, which passes through X"), goes with those movers; and people
named apart ("Ravi Singh" ... "Amar Singh") are other movers even when their names share
a last word.

Split from :mod:`claimmap.routes`: :func:`claimmap.routes_groups.groups` groups by the
mover's words; this module mends the groups where those words are missing or too coarse.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimmap.model import Movement
from claimmap.routes_groups import MOVER_KINDS, Group
from claimmap.routes_voyages import craft_cargo

#: the key :func:`claimmap.routes_groups.groups` gives movements with no mover
UNNAMED = "unnamed"
#: words telling a clause as the next step of the one before it in the sentence
_NEXT_WORDS = frozenset(["then", "later", "before", "after", "onward", "onwards", "thereafter"])
#: the movers named again: "the vessels", "these families", "those ships"
_TOLD_AGAIN = re.compile(r"\b(?:the|these|those)\s+((?:[\w-]+\s+){0,2}[\w-]+)", re.IGNORECASE)
#: irregular past forms of verbs of moving (the regular ones end in "-ed")
_PAST_FORMS = frozenset(
    [
        "went",
        "flew",
        "drove",
        "rode",
        "fled",
        "left",
        "came",
        "took",
        "ran",
        "swam",
        "sent",
        "brought",
    ]
)
#: plural nouns of movers that do not end in "-s"
_PLURALS = frozenset(["people", "children", "men", "women", "gunmen", "militiamen"])
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")


def mend_groups(found: Sequence[Group], text: str) -> list[Group]:
    """The groups with people named apart split (:func:`people_apart`) and the movements
    with no mover moved to the group of the movers their sentence tells of
    (:func:`adopt_unnamed`)."""
    split = [part for group in found for part in people_apart(group)]
    return craft_cargo(adopt_unnamed(split, text), text)  # "this cargo": the craft's


def people_apart(group: Group) -> list[Group]:
    """A group of movers named by full names ("Ravi Singh", "Amar Singh") split per person:
    the last word they share does not make them one traveller. A bare last name joins the
    one person it ends; any other mover stays with the first person."""
    if not group.key.startswith("name:"):
        return [group]
    names = list(dict.fromkeys(m.mover.text for m in group.movements if m.mover and _full(m)))
    if len(names) < 2:
        return [group]
    parts = {name: Group(f"{group.key}:{name}") for name in names}
    for m in group.movements:
        part = parts[_person(m, names) or names[0]]
        part.movements.append(m)
        if m.mover is not None:
            part.words[m.mover.text] += 1
    return list(parts.values())


def _full(m: Movement) -> bool:
    """Is the mover a full name: two or more capitalised words and nothing else?"""
    words = m.mover.text.split() if m.mover else []
    return len(words) >= 2 and all(_NAME_WORD.fullmatch(w) for w in words)


def _person(m: Movement, names: Sequence[str]) -> str | None:
    if m.mover is None:
        return None
    if m.mover.text in names:
        return m.mover.text
    ends = [n for n in names if n.split()[-1] == m.mover.text]
    return ends[0] if len(ends) == 1 else None


def adopt_unnamed(found: Sequence[Group], text: str) -> list[Group]:
    """Movements of the unnamed group (no mover, or a pronoun naming no kind) moved to the
    group of the movers they are told of: the next step of a movement of their sentence and
    claim (a gapped subject, "then went on to C"), or the movers named again before them in
    their sentence ("the vessels ... which passes through X"). Others stay unnamed."""
    loose = next((g for g in found if g.key == UNNAMED), None)
    if loose is None or not text:
        return list(found)
    named = [g for g in found if g is not loose]
    kept: list[Movement] = []
    for m in loose.movements:
        home = _told_on_from(m, named, text) or _told_again(m, named, text)
        home = home or _one_of_them(m, named, text)
        if home is None:
            kept.append(m)
        else:
            home.movements.append(m)
            home.movements.sort(key=lambda x: x.trigger.start)
    loose.movements[:] = kept
    return [*named, loose] if kept else named


def _told_on_from(m: Movement, named: Sequence[Group], text: str) -> Group | None:
    """The group of the movement right before ``m`` in its sentence and claim, when ``m``
    is told as its next step ("then", "before")."""
    before = [
        (x, g)
        for g in named
        for x in g.movements
        if m.sentence is not None
        and x.sentence == m.sentence
        and x.claim_id == m.claim_id
        and x.trigger.end <= m.trigger.start
    ]
    if not before:
        return None
    prev, group = max(before, key=lambda xg: xg[0].trigger.start)
    between = text[prev.trigger.end : m.trigger.start].lower().replace(",", " , ").split()
    return group if _NEXT_WORDS & set(between) or _gapped(between, m, text) else None


def _gapped(between: Sequence[str], m: Movement, text: str) -> bool:
    """ "left X early Monday, entered Y": a verb in the past told right after a comma or
    "and", sharing the subject of the verb before it (not a noun, "and flights to Y")."""
    word = text[m.trigger.start : m.trigger.end].lower()
    past = word.endswith("ed") or word in _PAST_FORMS
    return past and bool(between) and between[-1] in (",", "and")


def _told_again(m: Movement, named: Sequence[Group], text: str) -> Group | None:
    """The one group of the kind of movers named again ("the vessels") before ``m`` in its
    sentence, when no movement of the sentence comes before ``m`` to own it."""
    if m.sentence is None:
        return None
    if any(
        x.sentence == m.sentence and x.trigger.start < m.trigger.start
        for g in named
        for x in g.movements
    ):
        return None
    told = text[m.sentence.start : m.trigger.start]
    kinds = {k for words in _TOLD_AGAIN.findall(told) if (k := _kind(words.split()))}
    if len(kinds) != 1:
        return None
    fits = [g for g in named if g.key in kinds]
    return fits[0] if len(fits) == 1 else None


#: a sentence told of some of the movers of the sentence before: "One of them, the X, left Y"
_ONE_OF_THEM = re.compile(
    r"\W*(?:one|two|three|some|several|most|many)\s+of\s+(?:them|those|these)\b", re.IGNORECASE
)


def _one_of_them(m: Movement, named: Sequence[Group], text: str) -> Group | None:
    """The group of the movers told of in the sentence right before ``m``'s, when ``m``'s
    sentence opens on "One of them" ("a convoy of grain vessels preparing to leave X. One of
    them, the Y, left X on Thursday"): one of those movers, whatever the parse left of it.
    None when the sentence before tells of more than one group."""
    if m.sentence is None or not _ONE_OF_THEM.match(text, m.sentence.start):
        return None
    before = {
        id(g): g
        for g in named
        for x in g.movements
        if x.sentence is not None and 0 <= m.sentence.start - x.sentence.end <= 3
    }
    return next(iter(before.values())) if len(before) == 1 else None


def _kind(words: Sequence[str]) -> str | None:
    """The kind of mover the first plural common noun of a phrase says ("the grain ships":
    ships; not "the Refugee Council" or "the refugee camps")."""
    for word in words:
        if not (word.islower() and (word.endswith("s") or word in _PLURALS)):
            continue
        for kind, lexicon in MOVER_KINDS.items():
            if word in lexicon or word.rstrip("s") in lexicon or word[:-3] + "y" in lexicon:
                return kind
    return None
