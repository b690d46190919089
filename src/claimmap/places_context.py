"""Context around a recognised place name: type cues, directions, metonymy, and the
references that are not names (descriptive: "the Azerbaijani capital"; coreferent: "the
disputed region").

"the strategic northwestern Syrian province of Aleppo" → kind admin-1 in SY; "the Turkish
city of Gaziantep" → a city in TR; "northern Syria" → an area; "Damascus said" → the
capital as an actor (metonymy).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.places_lexicon import (
    COREF_NOUNS,
    DIRECTIONS,
    PLACE_LABELS,
    SETTING_VERBS,
    SPAN_KEY,
    TYPE_NOUNS,
    GazetteerLike,
    Toponym,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def with_context(parsed: Doc, top: Toponym, gaz: GazetteerLike) -> Toponym:
    span = parsed.char_span(top.start, top.end, alignment_mode="expand")
    if span is None:
        return top
    evidence = list(top.evidence)
    kind, country, cue_text = type_cue(span, gaz)
    if kind:
        evidence.append(f"type cue '{cue_text}'")
    direction = None
    prev = parsed[span.start - 1] if span.start > 0 else None
    if (
        top.form == "name"
        and prev is not None
        and prev.lower_ in DIRECTIONS
        and (prev.text.islower() or prev.text.isupper())  # "Northern Ireland" is a name
    ):
        direction = prev.lower_
    agent = top.form == "name" and is_agent(span)
    if agent:
        evidence.append(f"subject of '{span.root.head.lemma_}'")
    return replace(
        top,
        cue_kind=kind or top.cue_kind,
        cue_country=country or top.cue_country,
        direction=direction,
        agent=agent,
        evidence=tuple(evidence),
    )


def type_cue(span: Span, gaz: GazetteerLike | None = None) -> tuple[str | None, str | None, str]:
    """Kind (and country) a phrase announces: "province of X", "X province", "the Turkish
    city of X"."""
    doc = span.doc
    # "… province of X" / "the Turkish city of X"
    if span.start >= 2 and doc[span.start - 1].lower_ == "of":
        noun = doc[span.start - 2]
        kind = TYPE_NOUNS.get(noun.lower_)
        if kind:
            country = None
            if gaz is not None:
                for left in doc[max(0, noun.i - 4) : noun.i]:
                    code = gaz.country_of_demonym(left.text) if left.text[:1].isupper() else None
                    if code:
                        country = code
            start = max(0, noun.i - 4)
            return kind, country, doc[start : span.start].text.strip()
    # "X province", "X Governorate" (not "X region", which names disputed areas too)
    if span.end < len(doc):
        noun = doc[span.end]
        kind = TYPE_NOUNS.get(noun.text)  # lower-case only: "Mexico City" is a name
        if kind and kind not in {"region", "country"} and noun.lower_ != "capital":
            return kind, None, noun.text
    return None, None, ""


#: Verbs whose subject, when it is a capital, stands for a government.
def is_agent(span: Span) -> bool:
    """ "Damascus said", "Ankara was transferring": the name is the subject of an action
    verb. "Paris is rainy", "Paris hosted the games" are about the place itself."""
    root = span.root
    if root.dep_ != "nsubj":
        return False
    head = root.head
    return head.pos_ == "VERB" and head.lemma_.lower() not in SETTING_VERBS


def descriptors(parsed: Doc, found: list[Toponym], gaz: GazetteerLike) -> Iterable[Toponym]:
    """ "The Azerbaijani capital" (no name after it) → a reference to that country's capital."""
    taken = [(t.start, t.end) for t in found]
    for tok in parsed:
        if tok.lower_ != "capital" or tok.i == 0:
            continue
        demonym = parsed[tok.i - 1]
        code = gaz.country_of_demonym(demonym.text) if demonym.text[:1].isupper() else None
        if not code:
            continue
        nxt = parsed[tok.i + 1] if tok.i + 1 < len(parsed) else None
        if nxt is not None and nxt.lower_ == "of":
            continue  # "the Azerbaijani capital of Baku": Baku is named, the cue is enough
        start = tok.i - 2 if tok.i >= 2 and parsed[tok.i - 2].lower_ == "the" else tok.i - 1
        span = parsed[start : tok.i + 1]
        own = (demonym.idx, demonym.idx + len(demonym))
        if any(s < span.end_char and span.start_char < e and (s, e) != own for s, e in taken):
            continue
        yield Toponym(
            start=span.start_char,
            end=span.end_char,
            text=span.text,
            name=span.text,
            form="descriptor",
            country_code=code,
            cue_kind="city",
            head=tok.i,
            evidence=(f"'{span.text}': the capital of {code}",),
        )


def disputed_references(parsed: Doc, found: list[Toponym]) -> Iterable[Toponym]:
    taken = [(t.start, t.end) for t in found]
    for tok in parsed[2:]:
        if tok.lower_ not in COREF_NOUNS:
            continue
        det, adj = parsed[tok.i - 2], parsed[tok.i - 1]
        if det.lower_ != "the" or adj.lower_ not in {"disputed", "breakaway", "contested"}:
            continue
        span = parsed[det.i : tok.i + 1]
        if any(s < span.end_char and span.start_char < e for s, e in taken):
            continue
        yield Toponym(
            start=span.start_char,
            end=span.end_char,
            text=span.text,
            name=span.text,
            form="coref",
            cue_kind="disputed",
            head=tok.i,
            evidence=(f"'{span.text}' refers back to the disputed area",),
        )


def overlap(a: Toponym, b: Toponym) -> bool:
    return a.start < b.end and b.start < a.end


def non_overlapping(found: list[Toponym]) -> list[Toponym]:
    """Keep the longest of overlapping spans, NER place labels first."""
    ranked = sorted(found, key=lambda t: (-(t.end - t.start), t.label not in PLACE_LABELS, t.start))
    kept: list[Toponym] = []
    for t in ranked:
        if all(t.end <= k.start or k.end <= t.start for k in kept):
            kept.append(t)
    return sorted(kept, key=lambda t: t.start)


def write_spans(parsed: Doc, found: list[Toponym]) -> None:
    spans = []
    for t in found:
        span = parsed.char_span(t.start, t.end, label=t.form, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    parsed.spans[SPAN_KEY] = spans
