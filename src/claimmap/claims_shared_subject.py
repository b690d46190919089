"""Two cues with one subject that the parser read as one noun phrase: "An official, who
asked not to be named, denied there had been any disagreement and said X supported it".
The parser hangs "denied ..." on the noun as a participle, so the subject of "said" runs
on to the "and" and the denial is lost. The finite verb after the subject's comma is a
cue of its own: it gets a claim, and the subject ends before it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_content import verb_content
from claimmap.claims_cues import cue_lemma, verb_frame
from claimmap.claims_tokens import Offsets, RawClaim, cue_offsets, text, trim

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def shared_subjects(parsed: Doc, claims: list[RawClaim]) -> list[RawClaim]:
    """``claims`` with every subject that swallowed a first cue cut before it, and a claim
    of that first cue added (same speaker, its own content)."""
    out: list[RawClaim] = []
    body = text(parsed)
    for raw in claims:
        first = _first_cue(parsed, raw)
        if first is None or raw.claimant is None:
            out.append(raw)
            continue
        speaker = trim(body, raw.claimant[0], parsed[first.i - 1].idx)
        content = verb_content(first, verb_frame(cue_lemma(first.lemma_, first.lower_)) or "")
        out.append(replace(raw, claimant=speaker))
        if content is not None and content[1] <= raw.claimant[1]:
            out.append(_claim(first, speaker, raw, content))
    return sorted(out, key=lambda r: (r.sentence[0], r.cue[0]))


def _first_cue(parsed: Doc, raw: RawClaim) -> Token | None:
    """A verb inside the claimant that is a finite cue misread as a participle: after a
    comma, with a clause or an object, and followed by "and" before the claim's cue."""
    if raw.claimant is None or raw.claimant_token is None:
        return None
    noun = parsed[raw.claimant_token]
    for tok in noun.children:
        if tok.dep_ != "acl" or tok.tag_ not in ("VBD", "VBN") or tok.i < 1:
            continue
        if not raw.claimant[0] < tok.idx < raw.claimant[1] or parsed[tok.i - 1].text != ",":
            continue
        if verb_frame(cue_lemma(tok.lemma_, tok.lower_)) is None:
            continue
        if not any(c.dep_ in ("ccomp", "dobj") for c in tok.children):
            continue
        joined = any(
            c.dep_ == "cc" and c.lower_ == "and" and tok.i < c.i < raw.cue_token
            for c in noun.children
        )
        if joined and _ends_with_and(parsed, raw.claimant):
            return tok
    return None


def _ends_with_and(parsed: Doc, claimant: Offsets) -> bool:
    return text(parsed)[claimant[0] : claimant[1]].rstrip().endswith(" and")


def _claim(verb: Token, speaker: Offsets, raw: RawClaim, content: Offsets) -> RawClaim:
    return RawClaim(
        cue=cue_offsets(verb),
        content=content,
        claimant=speaker,
        claimant_token=raw.claimant_token,
        outlet=None,
        cue_token=verb.i,
        frame=verb_frame(cue_lemma(verb.lemma_, verb.lower_)) or "speech",
        sentence=raw.sentence,
    )
