"""Movers of routes: movements are grouped by the kind of mover they name (fighters,
refugees, weapons…), and a route is labelled by the word most told of its movers.

Split from :mod:`claimmap.routes`, which builds the legs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from claimmap.model import Leg, Movement


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Kinds of movers: movements whose mover names one of these words share a route.
MOVER_KINDS: dict[str, frozenset[str]] = {
    "armed": _words(
        "militant terrorist fighter mercenary jihadist jihadi soldier troop rebel insurgent "
        "gunman gunmen extremist combatant militia militiaman militiamen guerrilla "
        "paramilitary force recruit volunteer commando operative"
    ),
    "displaced": _words(
        "refugee migrant asylum-seeker civilian people family families evacuee immigrant "
        "displaced resident defector"
    ),
    "materiel": _words(
        "weapon arms missile drone ammunition munition equipment tank rocket hardware rifle "
        "gun artillery warhead"
    ),
    "goods": _words("goods cargo aid supplies shipment fuel oil grain food"),
    "vessels": _words(
        "ship vessel boat carrier tanker freighter ferry trawler dinghy dhow warship frigate"
    ),
}

_PRONOUNS = _words("he she it they them we i you his her its their who whom which")


@dataclass
class Group:
    """Movements of one kind of mover, and the words naming them."""

    key: str
    words: Counter[str] = field(default_factory=Counter)
    movements: list[Movement] = field(default_factory=list)


def mover_key(m: Movement) -> tuple[str | None, str | None]:
    """(group key, word to name the route by) for a movement's mover."""
    if m.mover is None:
        return None, None
    raw = m.mover.text.lower().split()
    words = [w.strip(".,'’\"") for w in raw]
    # only the heads of the phrase say the kind: "cargo planes" are planes, not cargo
    ends = [
        n == len(raw) - 1 or raw[n].endswith(",") or raw[n + 1] in ("and", "or")
        for n in range(len(raw))
    ]
    for word in (w for w, end in zip(words, ends, strict=True) if end):
        for kind, lexicon in MOVER_KINDS.items():
            if word in lexicon or word.rstrip("s") in lexicon or word[:-2] + "an" in lexicon:
                return kind, word
    head = words[-1] if words else ""
    if not head or head in _PRONOUNS:
        return None, None
    name = m.mover.text.split(",")[0]
    return f"name:{head}", name if len(name) <= 40 else head


def groups(movements: Sequence[Movement]) -> list[Group]:
    """Movements by kind of mover; movers left unnamed join the article's only group."""
    found: dict[str, Group] = {}
    loose: list[Movement] = []
    for m in movements:
        key, word = mover_key(m)
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


def label(group: Group, legs: Sequence[Leg]) -> str | None:
    """The word naming the movers of these legs, the most told among their movements."""
    ids = {i for leg in legs for i in leg.movement_ids}
    words = Counter(w for m in group.movements if m.id in ids if (w := mover_key(m)[1]))
    top = words or group.words
    return top.most_common(1)[0][0] if top else None
