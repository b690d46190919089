"""Cue words that, in their sentence, report no claim, and questions put at a hearing.

- The writer's free relative the cue sits in: "… and it is not what I am writing about"
  (the writer says what the piece is not about; "what Trump says his plan would do" is
  still Trump's claim).
- The writer's "find" of a claim just told: "I find that hard to square with …" judges
  it, it makes none ("Not everyone finds that pitch compelling" still judges the pitch).
- A headline's label before its colon: "World briefs: …, Manila protests …" ("World
  briefs" is the column's name, not a speaker of what follows).
- "continue" of a journey: "A smaller group may have continued to X" (a movement the text
  reports, not a speaker going on).

"Asked whether …", "asked if …", "asked who …" put a question: the claim is kept (it is
what the hearing was about) with the kind "question", never an assertion a route rests on.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_tokens import RawClaim, text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["framed", "questions_asked", "without_frame_asides"]

_WH = frozenset({"what", "whatever"})
_WRITER = frozenset({"i", "we"})
#: What "find" judges when it takes up a claim just told: "I find that hard to square".
_TOLD = frozenset({"that", "this", "it"})
_ONWARD = frozenset({"to", "on", "onto", "into", "toward", "towards", "through", "via"})
_QUESTION_OPENERS = frozenset(
    {"whether", "if", "who", "what", "why", "how", "when", "where", "which", "whom"}
)
#: Words of a headline's label before its colon ("World briefs", "In brief").
_LABEL_WORDS = 3
_ASKING = frozenset({"ask", "wonder", "query", "question"})


def framed(parsed: Doc, raws: list[RawClaim]) -> list[RawClaim]:
    """``raws`` without the cues that report no claim, with the questions asked marked,
    and with the evidence cited in a relative clause ("imagery published by X that shows")."""
    from claimmap.claims_closing_acl import closing_participles
    from claimmap.claims_evidence_relatives import evidence_relatives
    from claimmap.claims_frame_repairs import repaired_frames

    kept = questions_asked(parsed, repaired_frames(parsed, without_frame_asides(parsed, raws)))
    more = evidence_relatives(parsed, kept) + closing_participles(parsed, kept)
    return sorted(kept + more, key=lambda r: (r.sentence[0], r.cue[0])) if more else kept


def without_frame_asides(parsed: Doc, raws: list[RawClaim]) -> list[RawClaim]:
    """``raws`` without the cues that report no claim (see the module docstring)."""
    body = text(parsed)
    title_end = body.find("\n")
    title_end = len(body) if title_end < 0 else title_end
    return [
        r
        for r in raws
        if not (
            (_first_person(body, r) and (_free_relative(body, r) or _judged(parsed[r.cue_token])))
            or _headline_label(body, r, title_end)
            or _journey_on(parsed[r.cue_token])
        )
    ]


def questions_asked(parsed: Doc, raws: list[RawClaim]) -> list[RawClaim]:
    """``raws`` with "X asked whether Y" of the kind "question"."""
    body = text(parsed)
    out = []
    for raw in raws:
        cue = parsed[raw.cue_token]
        first = body[raw.content[0] : raw.content[1]].split(maxsplit=1)[:1]
        opener = first[0].lower() if first else ""
        if cue.lemma_.lower() in _ASKING and opener in _QUESTION_OPENERS and raw.kind == "report":
            raw = replace(raw, kind="question")
        out.append(raw)
    return out


def _first_person(body: str, raw: RawClaim) -> bool:
    """The writer speaks ("I", "we"): the frame of the piece, not a speaker's claim."""
    return raw.claimant is not None and body[raw.claimant[0] : raw.claimant[1]].lower() in _WRITER


def _free_relative(body: str, raw: RawClaim) -> bool:
    """ "what I am writing about": the cue inside a content that opens with "what"."""
    start, end = raw.content
    words = body[start:end].split(maxsplit=1)
    inside = start <= raw.cue[0] and raw.cue[1] <= end
    return inside and bool(words) and words[0].lower() in _WH and '"' not in body[start:end]


def _judged(cue: Token) -> bool:
    """ "I find that hard to square": "find" a claim just told (a demonstrative) wanting;
    ("Not everyone finds that pitch compelling" still judges the pitch)."""
    if cue.lemma_.lower() != "find":
        return False
    told = [t for t in cue.subtree if t.lower_ in _TOLD and t.i == cue.i + 1]
    return bool(told) and any(
        c.pos_ == "ADJ" and c.dep_ in ("ccomp", "oprd", "acomp", "xcomp") for c in cue.children
    )


def _headline_label(body: str, raw: RawClaim, title_end: int) -> bool:
    """A claimant in the headline that a colon parts from its cue, or any claim of a
    roundup's headline ("World briefs: a bust in X, Y protests Z, floods in W"): a list
    of the items' topics, whose verbs no one said."""
    title = body[:title_end].strip()
    if raw.claimant is None or raw.cue[0] > title_end or title_end == len(body):
        return False
    if title.endswith((".", '"', "”")) or ". " in title:
        return False  # a story's first sentence, not a headline
    if ":" in body[raw.claimant[1] : raw.cue[0]]:
        return True
    label, colon, topics = body[:title_end].partition(":")
    return bool(colon) and len(label.split()) <= _LABEL_WORDS and topics.count(",") >= 2


def _journey_on(cue: Token) -> bool:
    """ "continued to Ouagadougou", "continued on to X": a journey, not speech."""
    if cue.lemma_.lower() != "continue":
        return False
    for child in cue.children:
        onward = child.dep_ == "prep" and child.lower_ in _ONWARD
        if onward and any(c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN") for c in child.children):
            return True
        if child.dep_ in ("advmod", "prt") and child.lower_ in ("on", "onward", "onwards"):
            return True
    return False
