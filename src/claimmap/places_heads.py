"""Landform head words written alone: "the Cape" after "the Cape of Good Hope", "the Horn"
after "the Horn of Africa", "the Gulf" after "the Persian Gulf".

A head word alone is a short form of the longer name the text gives, never the town that
happens to be called after it (a US town has "The Cape" as an alternate name, a German
one is called "Horn"). The short mention takes the longer name, so it resolves as that name
does, or is reported unresolved with it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimmap.places_lexicon import Toponym

#: Capitalised landform words that head a longer name ("Cape of Good Hope", "Bay of
#: Bengal", "English Channel") and are written alone for it.
HEAD_WORDS = frozenset(
    {"Cape", "Gulf", "Horn", "Bay", "Strait", "Straits", "Isthmus", "Peninsula", "Channel",
     "Sound", "Canal"}
)  # fmt: skip
_HEADS = "|".join(sorted(HEAD_WORDS))
#: "Cape of Good Hope", "Strait of Hormuz", "Gulf of the Farallones": a head word, "of" and a
#: capitalised name is a landform's name whether or not the gazetteer holds it.
_OF_NAME = re.compile(rf"\b(?:{_HEADS})\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*")
FULL_NAME_EVIDENCE = "a head word written for the longer name "


def with_full_names(parsed: Doc, found: list[Toponym], text: str) -> list[Toponym]:
    """Each lone head word of ``found`` as the longer name it stands for: grown over its own
    "of"-phrase ("Cape" tagged alone in "Cape of Good Hope"), or named after the longer
    name the text gives elsewhere (the nearest one before it, else after it)."""
    heads = {  # "the Bay region": a type cue says it is a province of that name
        id(t) for t in found if t.form == "name" and t.text in HEAD_WORDS and not t.cue_kind
    }
    if not heads:
        return found
    written = [(m.start(), m.end(), m.group()) for m in _OF_NAME.finditer(text)]
    longer = sorted({*written, *_longer_names(found)})
    out = []
    for top in found:
        if id(top) not in heads:
            out.append(top)
            continue
        own = next((w for w in written if w[0] == top.start and w[1] > top.end), None)
        if own is not None:
            if not any(t.start <= own[0] and t.end >= own[1] and t is not top for t in found):
                out.append(_grown(parsed, top, own))
            continue
        name = _nearest(top, [w for w in longer if _headed_by(w[2], top.text)])
        why = (*top.evidence, f"{FULL_NAME_EVIDENCE}{name!r}")
        out.append(replace(top, name=name, evidence=why) if name else top)
    return out


def _longer_names(found: list[Toponym]) -> list[tuple[int, int, str]]:
    """Recognised names of several words that hold a head word ("Persian Gulf")."""
    return [
        (t.start, t.end, t.text)
        for t in found
        if t.form == "name" and " " in t.text and any(w in HEAD_WORDS for w in t.text.split())
    ]


def _headed_by(name: str, head: str) -> bool:
    return head in name.split()


def _nearest(top: Toponym, names: list[tuple[int, int, str]]) -> str:
    """The longer name written nearest before the mention, else the first one after it."""
    before = [n for n in names if n[1] <= top.start]
    if before:
        return before[-1][2]
    after = [n for n in names if n[0] >= top.end]
    return after[0][2] if after else ""


def _grown(parsed: Doc, top: Toponym, own: tuple[int, int, str]) -> Toponym:
    """The head word's toponym over its whole "of"-name."""
    span = parsed.char_span(own[0], own[1], alignment_mode="expand")
    head = span.end - 1 if span is not None else top.head
    why = (*top.evidence, f"{FULL_NAME_EVIDENCE}{own[2]!r}")
    return replace(top, end=own[1], text=own[2], name=own[2], head=head, evidence=why)
