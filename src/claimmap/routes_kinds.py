"""Kinds of movers, one table for every stage that asks what moves: movements are grouped
into routes by the kind their mover names (:mod:`claimmap.routes_groups`), and a denial
of one kind ("no arms crossed our border") answers only routes of that kind
(:mod:`claimmap.routes_contested`). Both read the same words, so a mover the grouping
calls weapons is weapons to the denials too.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Kinds of movers: movements whose mover names one of these words share a route.
#: "children" is no kind: it mostly describes a part of movers named already ("many of them
#: children who walked"); as "displaced" such a telling merged an article's two groups into
#: one and let a movement of unnamed movers into the route, breaking its chain.
MOVER_KINDS: dict[str, frozenset[str]] = {
    "armed": _words(
        "militant terrorist fighter mercenary jihadist jihadi soldier troop rebel insurgent "
        "gunman gunmen extremist combatant militia militiaman militiamen guerrilla "
        "paramilitary force recruit volunteer commando operative"
    ),
    "displaced": _words(
        "refugee migrant asylum asylum-seeker civilian people person family families evacuee "
        "immigrant displaced resident defector deportee returnee passenger worker"
    ),
    "materiel": _words(
        "weapon arms missile drone ammunition munition equipment tank rocket hardware rifle "
        "gun artillery warhead shell explosive"
    ),
    "goods": _words("goods cargo aid supplies shipment fuel oil crude grain food"),
    "vessels": _words(
        "ship vessel boat carrier tanker freighter ferry trawler dinghy dhow warship frigate "
        "submarine destroyer corvette cruiser tug icebreaker "
        "captain skipper"  # "some captains continue to Y": the boats they sail go on
    ),
}

#: words naming what holds the thing moved, not what it is: a cargo or a shipment may be
#: weapons, grain or people
HOLDERS = _words("cargo shipment consignment load freight container goods supplies")


def kind_of(word: str) -> str | None:
    """The kind a lower-case word names, plurals included ("rifles", "militiamen")."""
    for kind, lexicon in MOVER_KINDS.items():
        if word in lexicon or word.rstrip("s") in lexicon or word[:-2] + "an" in lexicon:
            return kind
    return None


def kinds_in(text: str, skip: frozenset[str] = frozenset()) -> set[str]:
    """Every kind of mover some word of ``text`` names, but for the words in ``skip`` and
    their plurals."""
    words = (w.strip(".,;:!?'’\"()") for w in text.lower().split())
    return {
        kind
        for w in words
        if w and w not in skip and w.rstrip("s") not in skip and (kind := kind_of(w)) is not None
    }
