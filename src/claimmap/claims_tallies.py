"""Counts a source gives with "put", "place" or "peg": "the coast guard put the number of
dead at 41" and "a poll put X on 29%, with Y on 25%" are claims of the source's figures
(a person who "put the boxes on shelves" makes none). Split from
:mod:`claimmap.claims_content`, which chooses a cue's content by its frame."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_cues import words
from claimmap.claims_tokens import Offsets, subtree, tokens_offsets, trim

if TYPE_CHECKING:
    from spacy.tokens import Token


#: Nouns of a count that a source "puts at" a number: "put the death toll at 41".
_TALLY_NOUNS = frozenset(
    {"toll", "number", "figure", "count", "tally", "total", "cost", "estimate", "damage"}
)


def tally_estimate(verb: Token) -> Offsets | None:
    """ "The coast guard put the number of dead at 41", "officials placed the cost at
    $2 billion": a count given by a source, from the object to the number."""
    if verb.lemma_.lower() not in ("put", "place", "peg") or verb.pos_ != "VERB":
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and _poll_subject(verb):  # "a poll put X on 29%, with Y on 25%"
        at = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "on")), None)
        if at is not None and at.i > obj.i and any(t.like_num for t in at.subtree):
            return tokens_offsets(verb.doc, obj.left_edge.i, _before_stop(verb))
    at = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"), None)
    if obj is None or at is None or obj.lemma_.lower() not in _TALLY_NOUNS or at.i < obj.i:
        return None
    if not any(t.like_num or t.ent_type_ in ("CARDINAL", "MONEY", "QUANTITY") for t in at.subtree):
        return None
    return tokens_offsets(verb.doc, obj.left_edge.i, at.right_edge.i)


#: Nouns of a count of opinion or a model's reckoning, which "puts" a party on a share.
_POLL_NOUNS = words("poll survey study estimate projection model forecast")


def _poll_subject(verb: Token) -> bool:
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lemma_.lower() in _POLL_NOUNS


def _before_stop(verb: Token) -> int:
    """The verb's last token, less a closing full stop."""
    last = verb.right_edge
    return last.i - 1 if last.is_punct and last.i > verb.i else last.i


def pollster(subj: Token) -> tuple[Offsets, int, Offsets | None] | None:
    """ "A poll by Survation for the Daily Mail": the firm "by" which a poll or survey was
    made speaks for it, and the one it was made "for" is the outlet it came out in."""
    if subj.lemma_.lower() not in _POLL_NOUNS:
        return None
    by = _object_of(subj, "by")
    if by is None:
        return None
    commissioner = _object_of(subj, "for") or _object_of(by, "for")  # (hung on either)
    outlet = subtree(commissioner) if commissioner is not None else None
    firm = subtree(by)
    if commissioner is not None and firm[0] < commissioner.idx < firm[1]:
        firm = trim(by.doc.text, firm[0], commissioner.head.idx)  # "Survation [for the Mail]"
    return firm, by.i, outlet


def _object_of(noun: Token, prep: str) -> Token | None:
    """The object of ``noun``'s first ``prep`` phrase whose object is capitalised, a name."""
    for p in noun.children:
        if p.dep_ == "prep" and p.lower_ == prep:
            obj = next((g for g in p.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.text[:1].isupper():  # (the tagger may call it a noun)
                return obj
    return None
