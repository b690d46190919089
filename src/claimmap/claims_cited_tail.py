"""A medium's closing report that names its source after the cue: "…, Radio X reported,
citing a customs officer."

The medium only carries the officer's word, so the officer is the claimant and the medium
the outlet (the convention of :mod:`claimmap.claims_quoting` for "X, citing Y, reported
that …", where the source stands before the cue). Here "citing Y" trails the cue, so the
readers before this one took the medium for the speaker and left the source out.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_media import relaying_medium
from claimmap.claims_tokens import RawClaim, span_at, tokens_offsets

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: A medium's closing verbs: "…, the radio reported, citing …", "…, Kazinform said, citing".
_REPORTS = frozenset({"report", "say"})
#: A place after the cited source that is part of it: "citing the port authority in X".
_PLACE_PREPS = frozenset({"in", "at", "of", "from"})


def cited_at_end(parsed: Doc, found: list[RawClaim]) -> list[RawClaim]:
    """``found`` with each medium's "…, M reported, citing Y" read as Y's claim through M."""
    out = [_relayed(parsed, raw) for raw in found]
    return out if any(a is not b for a, b in zip(out, found, strict=True)) else found


def _relayed(parsed: Doc, raw: RawClaim) -> RawClaim:
    if raw.claimant is None or raw.outlet is not None or raw.content[1] > raw.claimant[0]:
        return raw  # (a source before the cue is claims_quoting's)
    verb = parsed[raw.cue_token]
    if verb.lemma_.lower() not in _REPORTS:
        return raw
    source = _cited_source(verb)
    if source is None:
        return raw
    who = span_at(parsed, *raw.claimant)
    if who is None or not relaying_medium(who):
        return raw
    from claimmap.claims_relayed_sources import medium_name

    return replace(
        raw,
        claimant=tokens_offsets(parsed, source.start, source.end - 1),
        claimant_token=source.root.i,
        outlet=_name(who) or medium_name(parsed, raw.claimant),
    )


def _name(who: Span) -> tuple[int, int] | None:
    """ "the independent Radio Kledu", "UN-backed Radio Okapi": the trailing name, without
    the words that describe the medium."""
    start = who.end
    while start > who.start and who.doc[start - 1].pos_ == "PROPN":
        start -= 1
    if start in (who.start, who.end) or who.doc[start - 1].text == "-":
        return None
    last = who.doc[who.end - 1]
    return who.doc[start].idx, last.idx + len(last.text)


def _cited_source(verb: Token) -> Span | None:
    """The speaker after the cue's "citing" ("citing a local customs officer"), with a
    place the parser hung on "citing" ("the port administration in X"); None for figures
    or documents ("citing data")."""
    from claimmap.claims_relay import cited_speaker

    cite = next(
        (
            c
            for c in verb.children
            if c.i > verb.i and c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_ == "cite"
        ),
        None,
    )
    obj = next((c for c in cite.children if c.dep_ == "dobj"), None) if cite else None
    if cite is None or obj is None:
        return None
    end = obj.right_edge.i + 1
    place = next(
        (c for c in cite.children if c.dep_ == "prep" and c.i == end and c.lower_ in _PLACE_PREPS),
        None,
    )
    if place is not None:
        end = place.right_edge.i + 1
    source = verb.doc[obj.left_edge.i : end]
    return source if cited_speaker(source) else None
