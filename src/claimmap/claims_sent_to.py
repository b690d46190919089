"""A claim made "in a statement sent to Reuters": the medium the statement went to is its
outlet, as it is for "X told Reuters".

Only the cue's own "in a statement <sent|emailed|given> to M" phrase is read (a few
children of one token), so the step costs nothing where no such phrase stands.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_media import relaying_medium
from claimmap.claims_tokens import RawClaim, tokens_offsets

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: What a speaker sends a medium: "in a statement sent to", "in an email to".
_SENT_THINGS = frozenset({"statement", "email", "e-mail", "letter", "response", "reply", "comment"})
#: How it went there: "sent", "emailed", "given", "provided", "issued".
_SENDING = frozenset({"send", "email", "e-mail", "give", "provide", "issue", "forward", "submit"})


def outlets_sent_to(parsed: Doc, found: list[RawClaim]) -> list[RawClaim]:
    """``found`` with the medium of "in a statement sent to M" as the outlet of each claim
    at that statement's cue that has none."""
    out = []
    for raw in found:
        medium = _sent_to(parsed[raw.cue_token]) if raw.outlet is None else None
        out.append(raw if medium is None else replace(raw, outlet=medium))
    return out


def _sent_to(cue: Token) -> tuple[int, int] | None:
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i > cue.i:
            continue
        thing = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if thing is None or thing.lemma_.lower() not in _SENT_THINGS:
            continue
        for to in _to_phrases(thing):
            medium = next((c for c in to.children if c.dep_ == "pobj"), None)
            if medium is None:
                continue
            words = cue.doc[medium.left_edge.i : medium.i + 1]
            if relaying_medium(words):
                first = next((t for t in words if t.pos_ == "PROPN"), words[0])
                return tokens_offsets(cue.doc, first.i, medium.i)
    return None


def _to_phrases(thing: Token) -> list[Token]:
    """ "to M" of "a statement sent to M" or "an email to M"."""
    tos = [c for c in thing.children if c.dep_ == "prep" and c.lower_ == "to"]
    for acl in thing.children:
        if acl.dep_ == "acl" and acl.lemma_.lower() in _SENDING:
            tos += [c for c in acl.children if c.dep_ == "prep" and c.lower_ == "to"]
    return tos
