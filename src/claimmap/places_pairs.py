"""Names of an article read together: a container written after a name ("Paris, Texas",
"Bari in southern Italy"), the items of a list ("Kidal, Gao and Mopti"), and the sense each
mention of a name qualified by different containers takes ("Paris, Texas" … "Paris").
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from typing import TYPE_CHECKING

from claimmap.places_scoring import norm

if TYPE_CHECKING:
    from claimmap.places_lexicon import Toponym

LIST_JOINS = frozenset({", ", " and ", ", and ", " or ", ", or "})
#: What may stand between a name and the place that holds it: " in ", " in southern ".
IN_GAP = re.compile(r" in (?:the )?(?:(?:north|south|east|west|central)\w*(?:-\w+)? )?")
#: The same after a comma too ("Xyz, in Abc County, Ohio"): a name and the qualified place.
_CHAIN_GAP = re.compile(r",?" + IN_GAP.pattern)


def container_pairs(toponyms: list[Toponym], text: str = "") -> list[tuple[Toponym, Toponym]]:
    """(name, container written right after it) pairs: "Paris, Texas", "Krasnodar, Russia";
    not the items of a list ("Mexico, China, Japan and Brazil"). With the ``text``, a name
    past a sentence's end is no list item ("from Xyz, Ohio. Abc Def died")."""
    by_start = {t.start: t for t in toponyms}
    by_end = {t.end: t for t in toponyms}
    pairs = []
    for top in toponyms:
        nxt = by_start.get(top.end + 2)  # ", " between the two names
        if top.form != "name" or nxt is None or nxt.form != "name":
            continue
        before = top.start - 2 in by_end and _comma(text, top.start - 2)
        after = nxt.end + 2 in by_start and _comma(text, nxt.end)
        if before or after or nxt.end + 5 in by_start or _owns(text, nxt) or _speaks(text, nxt):
            continue
        pairs.append((top, nxt))
    return pairs


def sense_keys(toponyms: list[Toponym], text: str = "") -> dict[int, str]:
    """A name qualified by different containers ("Paris, Texas" … "Paris, France") has one
    sense per container: ``id(toponym)`` → the container it is read in. An unqualified
    mention follows the latest qualified one before it in its paragraph (the sense the reader
    last set); elsewhere, the container the rest of the article names most ("Nogales" in a
    story that names Arizona thrice and Sonora only to qualify one Nogales), or on a tie the
    latest qualified mention before it, or the first one after it. A name with a single
    container keeps one sense per discourse and gets no entry here."""
    pairs = container_pairs(toponyms, text)
    qualified: dict[str, list[tuple[int, str]]] = {}
    for top, nxt in pairs:
        qualified.setdefault(norm(top.name), []).append((top.start, norm(nxt.name)))
    as_qualifier = {id(nxt) for _, nxt in pairs}
    named = Counter(
        norm(t.name) for t in toponyms if t.form == "name" and id(t) not in as_qualifier
    )
    out: dict[int, str] = {}
    for top in toponyms:
        marks = qualified.get(norm(top.name)) if top.form == "name" else None
        if not marks or len({q for _, q in marks}) < 2:
            continue
        before = [q for start, q in marks if start <= top.start]
        here = [q for start, q in marks if start <= top.start and _same_paragraph(text, start, top)]
        ranked = Counter({q: named[q] for _, q in marks}).most_common()
        if here:
            out[id(top)] = here[-1]
        elif len(ranked) > 1 and ranked[0][1] > ranked[1][1]:
            out[id(top)] = ranked[0][0]
        else:
            out[id(top)] = before[-1] if before else marks[0][1]
    return out


#: A possessive right after a name: "Armenia's", "the Philippines'".
_POSSESSIVE = re.compile(r"['\u2019](?:s\b|\s)")


def _owns(text: str, top: Toponym) -> bool:
    """ "For Xyz, Abc's main supplier": a name followed by a possessive opens a phrase about
    something it owns (an apposition to the name before the comma), it holds no town."""
    return bool(text) and _POSSESSIVE.match(text, top.end) is not None


#: A speech verb in the present right after a name: "…in Xyz, Abc says" (a headline's
#: attribution). The past ("officials in Xyz, Abc said") is often a comma left out, so no.
_SPEECH_AFTER = re.compile(
    r"\s+(?:says|claims|reports|tells|warns|announces|denies|insists|alleges|accuses|"
    r"confirms|admits|charges)\b"
)


def _speaks(text: str, top: Toponym) -> bool:
    """ "Fleet unloads in Xyz, Abc says": a name followed by a speech verb is the speaker of
    an attribution (a headline's "…, Country says"), not the container of the name before
    the comma."""
    return bool(text) and _SPEECH_AFTER.match(text, top.end) is not None


def _comma(text: str, at: int) -> bool:
    """Whether a comma joins the names around offset ``at`` (without the text: assumed)."""
    return not text or text[at : at + 2] == ", "


def _same_paragraph(text: str, start: int, top: Toponym) -> bool:
    """Whether no line break lies between offset ``start`` and ``top`` (no text: always)."""
    return "\n" not in text[start : top.start]


def list_mates(toponyms: list[Toponym], text: str) -> list[tuple[Toponym, Toponym]]:
    """Neighbours in a list of names ("New Jersey and New York", "New York and Toronto"),
    not a name and its container ("Buffalo, New York")."""
    names = sorted((t for t in toponyms if t.form == "name"), key=lambda t: t.start)
    nested = {(id(a), id(b)) for a, b in container_pairs(toponyms, text)}
    return [
        (a, b)
        for a, b in itertools.pairwise(names)
        if text[a.end : b.start] in LIST_JOINS and (id(a), id(b)) not in nested
    ]


def located_pairs(toponyms: list[Toponym], text: str) -> list[tuple[Toponym, Toponym]]:
    """(name, place) pairs written "Bari in southern Italy", "Soro in Yatenga": the second
    may hold the first (resolution checks that some entries nest)."""
    by_start = {t.start: t for t in toponyms if t.form == "name"}
    pairs = []
    for top in toponyms:
        if top.form != "name":
            continue
        for gap in range(4, 24):
            nxt = by_start.get(top.end + gap)
            if nxt is not None:
                if IN_GAP.fullmatch(text[top.end : nxt.start]):
                    pairs.append((top, nxt))
                break
    return pairs


def located_chains(toponyms: list[Toponym], text: str) -> list[tuple[Toponym, Toponym]]:
    """(name, province) pairs written "Xyz, in Abc County, Ohio" or "Xyz in Abc, Ohio": the
    place after "in" is itself qualified, and what holds it holds the first name too (the
    county alone may name no province, and a bigger namesake of Xyz lies elsewhere)."""
    by_start = {t.start: t for t in toponyms if t.form == "name"}
    outer = {id(a): b for a, b in container_pairs(toponyms, text)}
    pairs = []
    for top in by_start.values():
        for gap in range(4, 26):
            nxt = by_start.get(top.end + gap)
            if nxt is not None:
                if _CHAIN_GAP.fullmatch(text[top.end : nxt.start]) and id(nxt) in outer:
                    pairs.append((top, outer[id(nxt)]))
                break
    return pairs
