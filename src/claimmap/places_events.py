"""Place names used as the names of events: "the Pretoria agreement", "the Minsk format".

Why a module of its own: a town's name qualifying an agreement, a process or talks names
the event (signed or held there once), not where the story happens; a dot on the town
would draw the event as a place of the article. Recognition marks such mentions
(:func:`mark_event_names`) and resolution reports them unresolved with the reason
(:func:`split_event_names`), instead of placing them or losing them silently.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.model import Span, Unresolved

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimmap.places_lexicon import GazetteerLike, Toponym

#: Nouns of an agreement or a diplomatic process, named after the town it was made in.
EVENT_NOUNS = frozenset(
    {
        "agreement", "accord", "accords", "deal", "process", "talks", "format", "treaty",
        "protocol", "declaration", "memorandum", "talk", "framework", "convention", "communique",
        "ceasefire", "truce", "pact", "roadmap", "formula", "consensus", "understanding",
    }
)  # fmt: skip
#: Evidence prefix of a mention that names an event.
EVENT_EVIDENCE = "names the event '"


def mark_event_names(parsed: Doc, found: list[Toponym], gaz: GazetteerLike) -> list[Toponym]:
    """Mark each town's name written as the modifier of an event noun ("the Xyz peace
    agreement"); a country or province so written ("the Iran deal", "US-China talks") is a
    party to the event, and stays a place."""
    return [_marked(parsed, t) if _a_town(t, gaz) else t for t in found]


def _a_town(top: Toponym, gaz: GazetteerLike) -> bool:
    if top.form != "name" or not gaz.knows(top.name):
        return False
    cands = gaz.lookup(top.name, limit=1, fuzzy=False)
    return bool(cands) and cands[0].kind == "city"


def _marked(parsed: Doc, top: Toponym) -> Toponym:
    span = parsed.char_span(top.start, top.end, alignment_mode="expand")
    if span is None or span.end >= len(parsed):
        return top
    head = span.root
    while head.dep_ in {"compound", "amod", "nmod"} and head.head.i > head.i:
        head = head.head  # "the Xyz peace agreement": up to the noun the words qualify
    if head.i < span.end or head.lemma_.lower() not in EVENT_NOUNS:
        return top
    between = parsed[span.end : head.i]
    if any(t.tag_ == "POS" or t.pos_ in {"ADP", "VERB", "PUNCT"} for t in between):
        return top  # "Xyz's agreement", "Xyz, agreement": no modifier
    noun = parsed[span.end : head.i + 1].text
    return replace(top, evidence=(*top.evidence, f"{EVENT_EVIDENCE}the {top.text} {noun}'"))


def split_event_names(
    toponyms: list[Toponym], doc_id: str, text: str
) -> tuple[list[Toponym], list[Unresolved]]:
    """The mentions that are places, and the event names reported with the reason."""
    kept: list[Toponym] = []
    out: list[Unresolved] = []
    for top in toponyms:
        event = next((e for e in top.evidence if e.startswith(EVENT_EVIDENCE)), "")
        if not event:
            kept.append(top)
            continue
        span = Span(doc_id, top.start, top.end, text[top.start : top.end])
        out.append(Unresolved(span, f"{top.name!r} {event}, not a place of the story"))
    return kept, out
