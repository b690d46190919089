"""The interviewee of an interview article: one source for the headline and the answers.

"“We recruited no one”: Syrian commander answers questions", then "Colonel X commands
… He spoke to us on Sunday in Kilis", then "A: …" lines: the headline's unnamed
speaker is the interviewee whom the introduction names, and the answers are his. So the
headline claim takes the interviewee as its actor, the answers take the country and role
the headline gives him, and all of them sit where he spoke to the outlet when nothing
better places him (a capital would stand for him otherwise, or nothing).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_interviews import _interview_marker
from claimmap.nlp import token_positions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from claimmap.model import Actor, Claim, Place

_TOLD = frozenset({"speak", "talk"})


def interviewee_claims(claims: list[Claim], parsed: Doc, places: Sequence[Place]) -> list[Claim]:
    """``claims`` with the interview's headline and answers given one interviewee."""
    told = (parsed[i] for i in token_positions(parsed, _TOLD, lemma=True))
    marker = next((t for t in told if _interview_marker(t)), None)
    if marker is None:
        return claims
    answers = [  # named in the introduction, speaking after the marker: the answers
        c
        for c in claims
        if c.actor is not None
        and c.claimant is not None
        and c.claimant.end <= marker.idx < c.content.start
    ]
    if not answers or len({c.claimant.text for c in answers if c.claimant}) > 1:
        return claims
    headline = _headline_claim(claims, parsed)
    base = answers[0].actor
    assert base is not None
    him = _merged(base, headline.actor if headline is not None else None, _spoke_at(marker, places))
    out = []
    for c in claims:
        if c in answers or c is headline:
            c = replace(c, actor=him)
        out.append(c)
    return out


def _headline_claim(claims: list[Claim], parsed: Doc) -> Claim | None:
    """The title's claim whose speaker is described, not named ("Syrian commander")."""
    title_end = parsed.text.find("\n")
    for c in claims:
        if c.cue is None or title_end < 0 or c.cue.start > title_end:
            continue
        if c.claimant is None or c.actor is None:
            continue
        span = parsed.char_span(c.claimant.start, c.claimant.end, alignment_mode="expand")
        if span is None or c.actor.kind != "person":
            continue
        if not any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in span):
            return c  # (a role, whatever its tag: "Syrian commander", "Sudanese general")
    return None


def _spoke_at(marker: Token, places: Sequence[Place]) -> str | None:
    """The place of "spoke to us … in Kilis", as the geoparser resolved it."""
    from claimmap.actors import SPOKE_IN

    for prep in marker.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for obj in prep.children:
            for place in places:
                if any(m.start <= obj.idx < m.end for m in place.mentions):
                    return SPOKE_IN + obj.doc.text[obj.left_edge.idx : obj.idx + len(obj)]
    return None


def _merged(him: Actor, described: Actor | None, spoke: str | None) -> Actor:
    """The interviewee with the country and role the headline gives, placed where he
    spoke when nothing places him."""
    if described is not None:
        him = replace(
            him,
            country_code=him.country_code or described.country_code,
            role=him.role or described.role,
        )
    return replace(him, located=spoke) if spoke and not him.located else him
