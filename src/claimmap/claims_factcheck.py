"""A fact-check's own layout: what its headline, "Claim:" line and verdict say.

A fact-check names the claim it checks in a labelled line ("Claim: “…,” reads the caption
of a post by the account X") and gives its verdict in its headline ("Video does not show
troops moving from A to B"). The labelled line is the post's claim when the line says whose
words they are; the label itself ("Claim") is never a cue; and a headline that denies what
a piece of media shows is the checker's verdict, not a claim by the video.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_cues import words
from claimmap.claims_layout import CLAIM_LABELS, genre_label
from claimmap.claims_tokens import RawClaim, span_at, text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Media that "show" things; a negated "show" with one as subject is a verdict on it.
MEDIA_NOUNS = words(
    "video footage clip photo photograph image picture post screenshot map tweet recording"
)
_SHOW_VERBS = words("show depict prove feature capture")

#: '"…," reads the caption of a post by X': the quotation's own attribution in the line.
_OWN_ATTRIBUTION = re.compile(
    r"^(?P<quote>[“\"][^”\"]{10,}[”\"])\s*,?\s*(?P<cue>reads|read|says|said|states|stated)\s+"
    r"(?:the\s+(?:caption|text|title|headline|description|wording)\s+of\s+)?"
    r"(?P<who>[^,.;]+?(?:[“\"][^”\"]{1,60}[”\"])?)\s*(?=[,.;]|$)"
)


def fact_check_lines(parsed: Doc, found: list[RawClaim]) -> list[RawClaim]:
    """``found`` with a fact-check's labelled lines read as the checked post's claims: a
    "Claim:" line that says whose words it quotes ('"…," reads the caption of a post by
    X') is X's claim of the quotation alone; the label word is no cue."""
    body = text(parsed)
    out = []
    for raw in found:
        if _label_word(body, raw):
            continue  # "Claim: …": the heading is not the cue of a claim of its own
        if raw.claimant is None and body[raw.cue[0] : raw.cue[1]] == ":":
            raw = _attributed(parsed, body, raw) or raw
        out.append(raw)
    return out


def media_verdicts(parsed: Doc, found: list[RawClaim]) -> list[RawClaim]:
    """``found`` without a negated "show" whose subject is a medium ("Video does not show
    X moving from A to B"): that is the checker's verdict on the medium, never an asserted
    claim by the video."""
    return [raw for raw in found if not _negated_media(parsed[raw.cue_token])]


def checked_line(body: str, raw: RawClaim) -> bool:
    """Whether ``raw`` sits in a fact-check's "Claim:" line and names its own source: the
    checked post alleges what it says (the verdict is the checker's, not the post's)."""
    start = body.rfind("\n", 0, raw.cue[0]) + 1
    head = body[start : start + 16].split(":", 1)
    return (
        len(head) == 2
        and genre_label(head[0]) in CLAIM_LABELS
        and raw.claimant is not None
        and raw.claimant[0] > start + len(head[0])
    )


def _label_word(body: str, raw: RawClaim) -> bool:
    start, end = raw.cue
    at_line = start == 0 or body[start - 1] == "\n"
    return (
        at_line
        and body[end : end + 1] == ":"
        and genre_label(body[start:end]) is not None
        and raw.claimant is None
    )


def _attributed(parsed: Doc, body: str, raw: RawClaim) -> RawClaim | None:
    m = _OWN_ATTRIBUTION.match(body[raw.content[0] : raw.content[1]])
    if m is None:
        return None
    base = raw.content[0]
    who = (base + m.start("who"), base + m.end("who"))
    cue = (base + m.start("cue"), base + m.end("cue"))
    head = span_at(parsed, who[0], who[1])
    verb = span_at(parsed, cue[0], cue[1])
    if head is None or verb is None:
        return None
    return replace(
        raw,
        cue=cue,
        cue_token=verb.start,
        claimant=who,
        claimant_token=head.root.i,
        content=(base + m.start("quote"), base + m.end("quote")),
    )


def _negated_media(cue: Token) -> bool:
    if cue.lemma_.lower() not in _SHOW_VERBS or not any(c.dep_ == "neg" for c in cue.children):
        return False
    subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.lemma_.lower() in MEDIA_NOUNS
