"""Offsets from a spaCy parse, cheaply: cached text, token lookup by character, trimming.

``Doc.text`` and ``Doc.char_span`` rebuild the text on every call and ``Doc.ents``
rebuilds the entity list; over hundreds of claims per article that dominated the stage,
so the text, token starts and entities are kept once per parse here.
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

Offsets = tuple[int, int]

TRIM = " \t\n\r.,;:-–—"
SUBJECTS = ("nsubj", "nsubjpass", "csubj", "csubjpass")


@dataclass(frozen=True)
class RawClaim:
    """A claim as offsets, before actors, dates and places are attached."""

    cue: Offsets
    content: Offsets
    claimant: Offsets | None
    claimant_token: int | None
    outlet: Offsets | None
    cue_token: int
    frame: str
    sentence: Offsets


_CACHE = threading.local()


def text(doc: Doc) -> str:
    """``doc.text``, built once per parse."""
    bind(doc)
    return str(_CACHE.text)


def bind(doc: Doc, known_text: str | None = None) -> None:
    """Prime the cache for ``doc``, with its text when the caller already holds it."""
    if getattr(_CACHE, "doc", None) is not doc:
        _CACHE.doc = doc
        _CACHE.text = known_text if known_text is not None else doc.text
        _CACHE.starts = doc.to_array("IDX").tolist() if len(doc) else []
        _CACHE.ents = [(e.start, e.end, e.label_) for e in doc.ents]


def span_at(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens covering characters ``[start, end)`` (like ``char_span(..., "expand")``)."""
    bind(doc)
    starts: list[int] = _CACHE.starts
    if end <= start or not starts:
        return None
    first = max(0, bisect.bisect_right(starts, start) - 1)
    if tok_end(doc[first]) <= start:
        first += 1
    last = bisect.bisect_left(starts, end)
    return doc[first:last] if last > first else None


def ents_in(doc: Doc, first: int, last: int, labels: Iterable[str] | None = None) -> list[Span]:
    """Entities lying inside tokens ``[first, last)``, in order."""
    from spacy.tokens import Span as SpacySpan

    bind(doc)
    wanted = set(labels) if labels is not None else None
    return [
        SpacySpan(doc, s, e, label=label)
        for s, e, label in _CACHE.ents
        if first <= s and e <= last and (wanted is None or label in wanted)
    ]


def ent_label(doc: Doc, first: int, last: int) -> str | None:
    """The label of the entity tokens ``[first, last)`` are, exactly."""
    bind(doc)
    return next((lab for s, e, lab in _CACHE.ents if s == first and e == last), None)


def subject_of(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in SUBJECTS:
            return c
    return None


def agent_of(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def tok_end(tok: Token) -> int:
    return tok.idx + len(tok.text)


def tokens_offsets(doc: Doc, first: int, last: int) -> Offsets:
    return trim(text(doc), doc[first].idx, tok_end(doc[last]))


def subtree(tok: Token) -> Offsets:
    return tokens_offsets(tok.doc, tok.left_edge.i, tok.right_edge.i)


def subtree_until(head: Token, stop: Token) -> Offsets:
    """The phrase of ``head`` up to (not including) its dependent ``stop``."""
    last = max(head.i, stop.left_edge.i - 1)
    return tokens_offsets(head.doc, head.left_edge.i, last)


def cue_offsets(verb: Token) -> Offsets:
    """The cue verb with its auxiliaries and particles: "has said", "called for"."""
    doc = verb.doc
    first = min(
        [verb.i] + [c.i for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i]
    )
    last = verb.i
    for c in verb.children:
        if c.dep_ == "prt" and c.i == last + 1:
            last = c.i
    return doc[first].idx, tok_end(doc[last])


def trim(text: str, start: int, end: int) -> Offsets:
    """Drop spaces and trailing punctuation, but keep a closing quote with its comma."""
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


def hull(spans: object) -> Offsets:
    pairs = list(spans)  # type: ignore[call-overload]
    return min(p[0] for p in pairs), max(p[1] for p in pairs)


def has_child(tok: Token, dep: str) -> bool:
    return any(c.dep_ == dep for c in tok.children)


def overlap(a: Offsets, b: Offsets) -> bool:
    return a[0] < b[1] and b[0] < a[1]
