"""Claimant and content spans the layout or a participle leaves wrong.

- A thread's post number is no part of the claimant: "2/ AIS data shows …" → "AIS data".
- A bracketed aside before the cue is not its subject: "Satellite imagery from the bay
  (link: Sentinel-2 image, 8 Nov) shows …" → "Satellite imagery from the bay".
- A participle that goes on with a cue's clause ("X denied Y, calling the reports Z")
  shares that cue's claimant, whatever noun the parser hung it on.
- "X disputed that, saying 'Z'": the dispute's content is what the participle says, not
  the bare "that" (and the participle is no second claim).
- "X said Y, a claim rejected by Z, which said …": X's words end before the summing noun,
  and Z's rejection is a claim of its own whose content is X's words.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_cues import DENY_CUES, cue_lemma, verb_frame
from claimmap.claims_tokens import RawClaim, text
from claimmap.parse_columns import dep_labels, lemma_forms

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["repaired_frames"]

_POST_NUMBER = re.compile(r"\d{1,3}/\s+")
_BARE = frozenset({"that", "this", "it", "so"})
_SUM_NOUNS = frozenset({"claim", "accusation", "allegation", "assertion", "account", "charge"})
_MAX_WORDS = 12


def repaired_frames(parsed: Doc, raws: list[RawClaim]) -> list[RawClaim]:
    """``raws`` with the spans above mended, the bare disputes merged and the rejections
    summed in a passive added."""
    body = text(parsed)
    spans = [_bracketed(parsed, body, _numbered(parsed, body, r)) for r in raws]
    fixed = [_participle_claimant(parsed, r, spans) for r in spans]
    fixed = _bare_disputes(parsed, body, fixed)
    out: list[RawClaim] = []
    for raw in fixed:
        cut, rejection = _rejected_summary(parsed, body, raw)
        out.append(cut)
        if rejection is not None:
            out.append(rejection)
    return sorted(out, key=lambda r: (r.sentence[0], r.cue[0]))


def _numbered(parsed: Doc, body: str, raw: RawClaim) -> RawClaim:
    if raw.claimant is None:
        return raw
    start, end = raw.claimant
    m = _POST_NUMBER.match(body, start, end)
    if m is None or m.end() >= end:
        return raw
    return _with_claimant(parsed, raw, m.end(), end)


def _bracketed(parsed: Doc, body: str, raw: RawClaim) -> RawClaim:
    if raw.claimant is None:
        return raw
    start, end = raw.claimant
    said = body[start:end]
    if ")" not in said or "(" in said:
        return raw
    opened = body.rfind("(", raw.sentence[0], start)
    if opened < 0 or body.rfind(")", raw.sentence[0], start) > opened:
        return raw
    first = raw.sentence[0]
    m = _POST_NUMBER.match(body, first, opened)
    first = m.end() if m else first
    phrase = body[first:opened].rstrip()
    if not phrase or len(phrase.split()) > _MAX_WORDS or any(p in phrase for p in ",;:"):
        return raw
    return _with_claimant(parsed, raw, first, first + len(phrase))


def _participle_claimant(parsed: Doc, raw: RawClaim, raws: list[RawClaim]) -> RawClaim:
    """ "X denied that Y did it, calling the reports Z": "calling" is X's, where the parser
    gave it no subject or one inside X's content (Y), not one with a cue verb of its own
    ("a figure that opposition leaders questioned, saying …" is theirs)."""
    earlier = next((r for r in reversed(raws) if _goes_on(parsed, raw, r)), None)
    if earlier is None or earlier.claimant is None or earlier.claimant == raw.claimant:
        return raw
    if raw.claimant is not None:
        inside = earlier.content[0] <= raw.claimant[0] < earlier.content[1]
        who = parsed[raw.claimant_token] if raw.claimant_token is not None else None
        speaks = who is not None and verb_frame(cue_lemma(who.head.lemma_, who.head.lower_))
        denier = cue_lemma(parsed[earlier.cue_token].lemma_, parsed[earlier.cue_token].lower_)
        if not inside or speaks or denier not in DENY_CUES:
            return raw  # ("X said police held Y, accusing him": the police accuse)
    return replace(raw, claimant=earlier.claimant, claimant_token=earlier.claimant_token)


def _goes_on(parsed: Doc, raw: RawClaim, earlier: RawClaim) -> bool:
    """``raw``'s cue is a participle after a comma that goes on with ``earlier``'s clause
    in the same sentence ("…, saying", "…, calling"). (Asked of every pair of claims: the
    offsets first, the parse only for a pair in one sentence.)"""
    if earlier is raw or earlier.sentence != raw.sentence or earlier.cue[1] > raw.cue[0]:
        return False
    cue = parsed[raw.cue_token]
    return (
        cue.tag_ == "VBG"
        and cue.i > 0
        and parsed[cue.i - 1].text == ","
        and parsed[earlier.cue_token].tag_ != "VBG"
    )


def _bare_disputes(parsed: Doc, body: str, raws: list[RawClaim]) -> list[RawClaim]:
    """ "X disputed that, saying 'Z'": one denial whose content is Z."""
    out: list[RawClaim] = []
    skip: set[int] = set()
    for n, raw in enumerate(raws):
        if n in skip:
            continue
        cue = parsed[raw.cue_token]
        bare = body[raw.content[0] : raw.content[1]].strip(" ,").lower() in _BARE
        if bare and cue_lemma(cue.lemma_, cue.lower_) in DENY_CUES:
            said = next((m for m, r in enumerate(raws) if m > n and _goes_on(parsed, r, raw)), None)
            if said is not None:
                skip.add(said)
                raw = replace(raw, content=raws[said].content)
        out.append(raw)
    return out


def _rejected_summary(parsed: Doc, body: str, raw: RawClaim) -> tuple[RawClaim, RawClaim | None]:
    """ "…, a claim rejected by Z": X's claim cut before the noun, and Z's rejection."""
    start, end = raw.content
    after = parsed.char_span(start, raw.sentence[1], alignment_mode="expand")
    lemmas, deps = lemma_forms(parsed), dep_labels(parsed)
    for i in range(after.start, after.end) if after is not None else ():
        if lemmas[i].lower() not in _SUM_NOUNS or deps[i] != "appos":
            continue
        tok = parsed[i]
        verb = next(
            (
                c
                for c in tok.children
                if c.dep_ == "acl"
                and c.tag_ == "VBN"
                and cue_lemma(c.lemma_, c.lower_) in DENY_CUES
            ),
            None,
        )
        agent = next((c for c in verb.children if c.dep_ == "agent"), None) if verb else None
        who = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        comma = tok.left_edge.i - 1
        if verb is None or who is None or comma < 0 or parsed[comma].text != ",":
            continue
        last = who.i
        for c in who.subtree:  # "the rights group X", not its ", which said …"
            if c.dep_ == "relcl" or c.text == ",":
                break
            last = max(last, c.i)
        said = (start, min(end, parsed[comma].idx))
        rejection = RawClaim(
            cue=(verb.idx, verb.idx + len(verb.text)),
            content=said,
            claimant=(who.left_edge.idx, parsed[last].idx + len(parsed[last].text)),
            claimant_token=who.i,
            outlet=None,
            cue_token=verb.i,
            frame=raw.frame,
            sentence=raw.sentence,
        )
        return replace(raw, content=said), rejection
    return raw, None


def _with_claimant(parsed: Doc, raw: RawClaim, start: int, end: int) -> RawClaim:
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return raw
    return replace(raw, claimant=(start, end), claimant_token=span.root.i)
