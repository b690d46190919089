"""A fact-check's own verdict: "VERDICT: MISLEADING", "Rating: False", or in its prose,
"The claim is misleading: flight data show no such charter".

The verdict is the checker's claim about the claim it checks — its outlet's, written
where the piece is filed from (the dateline) — not the post's and not nobody's. One per
article: the labelled line when there is one, else the first sentence that rates "the
claim" (or the post, the video) in the writer's own voice. In a checked piece the text a
post "reads" is what the post alleges, not a fact it asserts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimmap.claims_cues import words
from claimmap.claims_factcheck import MEDIA_NOUNS
from claimmap.claims_tokens import (
    RawClaim,
    memo,
    overlap,
    sentence_at,
    span_at,
    text,
    tok_end,
)
from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from claimmap.model import Document, Place

__all__ = ["checked_text", "verdict_claims", "verdict_voice"]

#: "VERDICT: MISLEADING", "Our rating: Mostly false": a label, then a short rating.
_LABELLED = re.compile(
    r"^[ \t]*(?P<label>verdict|the verdict|our verdict|rating|our rating|ruling|our ruling)"
    r"[ \t]*:[ \t]*(?P<rating>[^\n.:]{2,40}?)[ \t.]*$",
    re.IGNORECASE | re.MULTILINE,
)
#: Ratings a checker gives in prose: "The claim is misleading", "The video is fake".
_RATINGS = words(
    """
    false misleading fake fabricated doctored altered manipulated unfounded baseless
    inaccurate incorrect wrong untrue unproven unsupported satirical true accurate
    correct exaggerated
    """
)
#: What a checker rates: the claim, or the post or video that makes it.
_RATED = MEDIA_NOUNS | words("claim allegation assertion statement caption story rumour rumor")


def verdict_claims(parsed: Doc, found: list[RawClaim]) -> list[RawClaim]:
    """The checker's verdict as a claim with no claimant of its own words (its voice is
    the outlet's: ``verdict_voice``), unless a claim in ``found`` already holds it."""
    verdict = _verdict(parsed, found)
    return [] if verdict is None else [verdict]


def verdicts(parsed: Doc, raws: Sequence[RawClaim]) -> list[bool]:
    """Per claim, whether it is the checker's verdict: no claimant, and its cue a verdict
    label opening its line or a rating whose copula rates the claim."""
    body = text(parsed)
    out = []
    for raw in raws:
        cue = parsed[raw.cue_token]
        line = body.rfind("\n", 0, raw.cue[0]) + 1
        labelled = _LABELLED.match(body, line)
        prose = cue.lower_ in _RATINGS and cue.head.lemma_ == "be"
        out.append(
            raw.claimant is None
            and raw.frame == "evaluation"
            and (
                (labelled is not None and labelled.span("label") == raw.cue)
                or (prose and _rated_at(cue) == cue.i)
            )
        )
    return out


def verdict_voice(
    raws: Sequence[RawClaim],
    actors: Sequence[Actor | None],
    parsed: Doc,
    doc: Document,
    places: Sequence[Place],
) -> list[Actor | None]:
    """``actors``, with the checker — the outlet the header names, at the dateline — for
    the verdict."""
    from claimmap.claims_actor_datelines import dateline_city

    out = list(actors)
    for n, is_verdict in enumerate(verdicts(parsed, raws)):
        if not is_verdict or out[n] is not None:
            continue
        city = dateline_city(parsed, places)
        out[n] = Actor(
            name=doc.outlet or "author",
            kind="outlet" if doc.outlet else "person",
            role="fact-checker",
            located=city.name if city is not None else None,
        )
    return out


def checked_text(parsed: Doc, raw: RawClaim) -> bool:
    """Whether ``raw`` is what a post "reads" in a piece that gives a verdict on it."""
    if parsed[raw.cue_token].lemma_ != "read":
        return False
    return memo(parsed, "verdict_given", lambda: _verdict(parsed, []) is not None)


def _rated_at(cue: Token) -> int | None:
    """The index of the rating its copula gives, if it rates the claim."""
    rating = _rated(cue.head, _opener(sentence_at(cue.doc, cue.i)))
    return rating.i if rating is not None else None


def _opener(sent: Span) -> Token | None:
    return next((t for t in sent if not (t.is_space or t.is_punct)), None)


def _verdict(parsed: Doc, found: list[RawClaim]) -> RawClaim | None:
    body = text(parsed)
    line = _LABELLED.search(body)
    if line is not None:
        cue = span_at(parsed, *line.span("label"))
        if cue is None:
            return None
        return RawClaim(
            cue=line.span("label"),
            content=line.span("rating"),
            claimant=None,
            claimant_token=None,
            outlet=None,
            cue_token=cue.start,
            frame="evaluation",
            sentence=(line.start("label"), line.end("rating")),
        )
    for sent in parsed.sents:
        opener = _opener(sent)
        copulas = [t for t in sent if t.lemma_ == "be" and t.dep_ in ("ROOT", "ccomp")]
        rating = next((r for t in copulas if (r := _rated(t, opener)) is not None), None)
        if rating is None:
            continue
        clause = (sent.start_char, tok_end(rating.right_edge))
        if any(overlap(r.content, clause) for r in found):
            continue  # "The claim is false, the ministry said": the ministry's
        return RawClaim(
            cue=(rating.idx, tok_end(rating)),
            content=clause,
            claimant=None,
            claimant_token=None,
            outlet=None,
            cue_token=rating.i,
            frame="evaluation",
            sentence=(sent.start_char, sent.end_char),
        )
    return None


def _rated(root: Token, opener: Token | None) -> Token | None:
    """ "The claim is misleading": the rating, where a copula's subject is the claim (or
    the post) and opens the sentence (the parser may hang the clause on what follows a
    colon: "The claim is false: no buses crossed")."""
    if any(c.dep_ == "neg" for c in root.children):
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in _RATED or subj.left_edge != opener:
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subj.children):
        return None
    return next(
        (c for c in root.children if c.dep_ in ("acomp", "attr") and c.lower_ in _RATINGS), None
    )
