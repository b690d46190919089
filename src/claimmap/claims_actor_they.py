""" "They" after a body's account of people: "The 14 crew members were transferred to the
coast guard, the military said. They reportedly told interrogators that ...".

A "they" that opens a sentence right after a claim whose content made a group of people
its subject means those people, not the body that spoke about them (a body is an "it",
and the people are who the story just followed).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_actor_phrases import PERSON_NOUNS
from claimmap.claims_cues import words
from claimmap.claims_tokens import sentence_at

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimmap.claims_actor_context import Context
    from claimmap.model import Actor

__all__ = ["people_spoken_of"]

#: Plural nouns of people a body tells about, besides ``PERSON_NOUNS``.
_GROUPS = PERSON_NOUNS | words(
    """
    member crew crewman sailor suspect detainee prisoner fighter soldier militant
    national survivor captive hostage
    """
)


def people_spoken_of(parsed: Doc, met: Context, at: int) -> Actor | None:
    """The people the claim just before made its subject, when "they" at ``at`` opens
    the next sentence of the same paragraph and that claim's speaker is a body."""
    sent = sentence_at(parsed, at)
    if sent.start == 0 or any(not t.is_punct and not t.is_space for t in parsed[sent.start : at]):
        return None
    before = sentence_at(parsed, sent.start - 1)
    if "\n" in parsed[before.end - 1 : sent.start + 1].text or not met.claimants:
        return None
    first, end, speaker = met.claimants[-1]
    if not before.start <= first < before.end or speaker.kind == "person":
        return None
    if parsed[first:end].root.tag_ in ("NNS", "NNPS"):
        return None  # "Families told us their sons … They say …": the speakers are a "they"
    inside = [(lo, hi) for lo, hi in met.contents if before.start_char <= lo < before.end_char]
    for tok in before:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.tag_ != "NNS":
            continue
        if tok.lemma_.lower() not in _GROUPS or not any(lo <= tok.idx < hi for lo, hi in inside):
            continue
        return met.describe(parsed[tok.left_edge.i : tok.i + 1])
    return None
