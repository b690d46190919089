"""An interview printed as turns under the speakers' names: "Lee: Why did you leave?",
"Park: We crossed the river at night." — each name one the introduction gives in full
("Park Ji-hye … spoke to Daily NK's Lee Min-jun"), often by surname only in the tags.

The one who asks (most of whose turns hold a question) makes no claim by asking, though a
question can relay one ("Lee: China says people like you are migrants. What do you say?"
is China's, found by syntax); every sentence of an answer turn that no attribution covers
is the answerer's claim, and an "I" or "we" who says, hears or knows something inside an
answer is the answerer, never the article's author. A tag's own colon is no cue.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from claimmap.actors import SPOKE_IN
from claimmap.claims_layout import GENRE_LABELS
from claimmap.claims_tokens import (
    Offsets,
    RawClaim,
    memo,
    overlap,
    sentence_at,
    span_at,
    text,
    trim,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from claimmap.model import Actor, Place

__all__ = ["Turn", "answer_regions", "tag_answers", "turn_voices", "turns", "without_tag_labels"]

#: "Park: …", "Ji-hye Park: …" at the start of a paragraph: a speaker's turn.
_TAG = re.compile(r"^(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}):[ \t]+(?=\S)", re.MULTILINE)
#: Fewer turns than this is a labelled line or two, not an interview.
_MIN_TURNS = 4
#: An answer's sentence shorter than this ("No.", "That was true.") states too little.
_MIN_WORDS = 4
#: Who speaks in the first person: inside an answer, the answerer.
_FIRST_PERSON = frozenset({"i", "we"})


@dataclass(frozen=True)
class Turn:
    """One speaker's turn: the tag ("Park"), the words after its colon to the paragraph's
    end, the speaker's name where the introduction gives it ("Park Ji-hye"), and whether
    the turn is the interviewer's."""

    tag: Offsets
    body: Offsets
    speaker: Offsets | None
    asks: bool


def turns(parsed: Doc) -> list[Turn]:
    """The turns of a tagged interview, or [] when the text is none: two speakers or more
    the introduction names, each with two turns or more, one of whom mostly asks."""
    return memo(parsed, "speaker_tag_turns", lambda: _read_turns(parsed))


def without_tag_labels(parsed: Doc, found: list[RawClaim]) -> list[RawClaim]:
    """``found`` without the claims a turn's tag made of its whole turn ("Lee: Why …?"
    read as Lee's claim with the colon as cue): a question claims nothing, and an answer
    is claimed sentence by sentence (``tag_answers``), leaving what it quotes to others."""
    tags = {t.tag for t in turns(parsed)}
    if not tags:
        return found
    return [r for r in found if r.claimant not in tags or r.cue[0] != r.claimant[1]]


def tag_answers(parsed: Doc, found: list[RawClaim]) -> list[RawClaim]:
    """The answerer's claims: each sentence of an answer turn of four words or more that no
    claim in ``found`` covers."""
    body = text(parsed)
    out = []
    for turn in turns(parsed):
        if turn.asks:
            continue
        cue = span_at(parsed, *turn.tag)
        who = span_at(parsed, *(turn.speaker or turn.tag))
        if cue is None or who is None:
            continue
        start, end = turn.body
        for sent in _sentences(parsed, start, end):
            span = trim(body, max(sent.start_char, start), min(sent.end_char, end))
            if len(body[span[0] : span[1]].split()) < _MIN_WORDS or not _states(parsed, span):
                continue  # "That was true.", "In January last year.": too little to claim
            if any(overlap(r.content, span) for r in found):
                continue
            out.append(
                RawClaim(
                    cue=turn.tag,
                    content=span,
                    claimant=(who.start_char, who.end_char),
                    claimant_token=who.root.i,
                    outlet=None,
                    cue_token=cue.start,
                    frame="speech",
                    sentence=span,
                )
            )
    return out


def answer_regions(parsed: Doc) -> list[Offsets]:
    """Where the answers stand: an "I" there is the answerer, not the writer."""
    return [t.body for t in turns(parsed) if not t.asks]


def turn_voices(
    raws: Sequence[RawClaim],
    actors: Sequence[Actor | None],
    parsed: Doc,
    places: Sequence[Place],
) -> list[Actor | None]:
    """``actors``, with the answerer for each claim whose claimant is an "I" or "we" inside
    an answer ("Two women were taken to Mudanjiang, I heard"); an answerer nothing places
    sits where the introduction says the interview was held ("spoke to X in Seoul")."""
    found = turns(parsed)
    out = list(actors)
    if not found:
        return out
    body = text(parsed)
    voices: dict[Offsets, Actor] = {}
    spoke = _spoke_in(parsed, found, places)
    tags = {t.tag for t in found}
    for n, (raw, actor) in enumerate(zip(raws, actors, strict=True)):
        if actor is None or raw.claimant is None:
            continue
        if spoke and raw.cue in tags and not actor.located:
            actor = out[n] = replace(actor, located=SPOKE_IN + spoke)
        voices.setdefault(raw.claimant, actor)
    for n, raw in enumerate(raws):
        if raw.claimant is None or body[raw.claimant[0] : raw.claimant[1]].lower() not in (
            _FIRST_PERSON
        ):
            continue
        turn = next((t for t in found if t.body[0] <= raw.claimant[0] < t.body[1]), None)
        if turn is None or turn.asks:
            continue
        voice = voices.get(turn.speaker or turn.tag)
        if voice is not None:
            out[n] = voice
    return out


def _states(parsed: Doc, span: Offsets) -> bool:
    """Whether a sentence says something: it has a verb, or names a place ("First to
    Yanji, and after a month to Shenyang")."""
    words = span_at(parsed, *span)
    return words is not None and any(
        t.pos_ in ("VERB", "AUX") or t.ent_type_ in ("GPE", "LOC", "FAC") for t in words
    )


#: Verbs by which the introduction tells where the interview was held.
_MET = frozenset({"speak", "talk", "meet", "interview"})


def _spoke_in(parsed: Doc, found: list[Turn], places: Sequence[Place]) -> str | None:
    """The place of "She spoke to Daily NK's Lee Min-jun in Seoul" in the introduction,
    as the geoparser resolved it."""
    intro = found[0].tag[0]
    for tok in parsed:
        if tok.idx >= intro:
            break
        if tok.lemma_ not in _MET or tok.pos_ != "VERB":
            continue
        for inner in tok.subtree:
            if inner.dep_ != "prep" or inner.lower_ != "in":
                continue
            for obj in (c for c in inner.children if c.dep_ == "pobj"):
                for place in places:
                    if any(m.start <= obj.idx < m.end for m in place.mentions):
                        return text(parsed)[obj.left_edge.idx : obj.idx + len(obj)]
    return None


def _read_turns(parsed: Doc) -> list[Turn]:
    body = text(parsed)
    tagged = [m for m in _TAG.finditer(body) if _speaker_tag(m.group("name"))]
    if len(tagged) < _MIN_TURNS:
        return []
    counts: dict[str, int] = {}
    questions: dict[str, int] = {}
    spans: list[tuple[str, Offsets, Offsets]] = []
    for m in tagged:
        name = m.group("name")
        end = body.find("\n", m.end())
        end = len(body) if end < 0 else end
        spans.append((name, (m.start("name"), m.end("name")), trim(body, m.end(), end)))
        counts[name] = counts.get(name, 0) + 1
        questions[name] = questions.get(name, 0) + ("?" in body[m.end() : end])
    if len(counts) < 2 or min(counts.values()) < 2:
        return []
    askers = {name for name in counts if 2 * questions[name] > counts[name]}
    if not askers or askers == set(counts):
        return []  # a debate or a play: everyone asks, or no one does
    intro = body[: tagged[0].start()]
    names = {name: _full_name(parsed, intro, name) for name in counts}
    if any(not re.search(rf"\b{re.escape(name)}\b", intro) for name in counts):
        return []  # speakers the introduction does not name: a heading, not an interview
    return [Turn(tag, turn, names[name], name in askers) for name, tag, turn in spans]


def _speaker_tag(name: str) -> bool:
    return " ".join(name.lower().split()) not in GENRE_LABELS and len(name) > 1


def _full_name(parsed: Doc, intro: str, name: str) -> Offsets | None:
    """Where the introduction names the speaker in full: the person entity holding the
    tag's word ("Park" in "Park Ji-hye", "Smith" in "John Smith"), else the word."""
    for m in re.finditer(rf"\b{re.escape(name)}\b", intro):
        span = span_at(parsed, m.start(), m.end())
        if span is None:
            continue
        ent = next((e for e in parsed.ents if e.start <= span.start < e.end), None)
        if ent is not None and ent.label_ == "PERSON":
            return ent.start_char, ent.end_char
        if span.root.pos_ == "PROPN":  # a name the tagger gave no person entity
            return _compound_name(span.root)
    first = re.search(rf"\b{re.escape(name)}\b", intro)
    return (first.start(), first.end()) if first else None


def _compound_name(tok: Token) -> Offsets:
    """The whole name a word of it belongs to: "Anders" or "Lindqvist" in "Anders
    Lindqvist", joined by the parser as compounds of the last word."""
    head = tok
    while head.dep_ == "compound" and head.head.pos_ == "PROPN" and head.head.i > head.i:
        head = head.head
    parts = [c.i for c in head.children if c.dep_ == "compound" and c.i < head.i]
    first = min(parts, default=head.i)
    return head.doc[first].idx, head.idx + len(head.text)


def _sentences(parsed: Doc, start: int, end: int) -> list[Span]:
    """The sentences that share words with ``[start, end)``, in order."""
    words = span_at(parsed, start, end)
    if words is None:
        return []
    out: dict[int, Span] = {}
    for tok in words:
        sent = sentence_at(parsed, tok.i)
        out.setdefault(sent.start, sent)
    return list(out.values())
