"""A trailing speaker after a description of the content's last place.

"… and unload at Tarbes, the main town of the Hautes-Pyrénées department, drivers and
customs officers said.": the parser makes the description ("the main town of …") the
subject of "said" and the speakers its apposition, so the claimant span starts with the
place description and the actor becomes the department. A description headed by a noun of
a place, right after the comma that follows a proper name ending the content, describes
that name; the apposition after it, up to the cue, is who spoke.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_tokens import RawClaim
from claimmap.places_lexicon import TYPE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Heads of a description of a place ("the main town of", "a port on", "the capital of").
_PLACE_HEADS = frozenset(TYPE_NOUNS) | frozenset(
    {"peninsula", "valley", "coast", "hub", "harbour", "harbor", "crossing", "gateway", "seat"}
)


def speaker_after_place(parsed: Doc, raw: RawClaim) -> RawClaim:
    """``raw`` with the place description dropped from its claimant, when the claimant is
    "<the noun of a place …>, <speakers>" right after a name that ends the content."""
    if raw.claimant is None or raw.claimant_token is None:
        return raw
    if raw.claimant[0] < raw.content[1] or raw.claimant[1] > raw.cue[0]:
        return raw  # not a speaker after the content
    head = parsed[raw.claimant_token]
    if head.pos_ != "NOUN" or head.lower_ not in _PLACE_HEADS:
        return raw
    speaker = next((c for c in head.children if c.dep_ == "appos" and c.i > head.i), None)
    if speaker is None or not _after_name(head.left_edge) or not _after_comma(speaker.left_edge):
        return raw
    last = speaker.right_edge
    end = last.idx + len(last.text)
    if end > raw.cue[0] or parsed.text[end : raw.cue[0]].strip(" ,"):
        return raw  # the apposition does not run up to the cue
    return replace(raw, claimant=(speaker.left_edge.idx, end), claimant_token=speaker.i)


def _after_name(first: Token) -> bool:
    """The description opens right after "<Name>,": it describes that name."""
    i = first.i
    return i >= 2 and first.doc[i - 1].text == "," and first.doc[i - 2].pos_ == "PROPN"


def _after_comma(first: Token) -> bool:
    return first.i >= 1 and first.doc[first.i - 1].text == ","
