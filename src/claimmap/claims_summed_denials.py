"""A denial in a relative clause on a noun that sums up the claim before it: "X said it
had seized Y, a claim Z flatly denied". The parser hangs "denied" on "claim" and the
claim finders read some fragment of X's words as Z's content; Z denies X's whole claim.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_cues import DENY_CUES, cue_lemma
from claimmap.claims_tokens import RawClaim, text

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Nouns that sum up the claim before them, as the head of a denial's relative clause.
_SUM_NOUNS = frozenset(
    {"claim", "accusation", "allegation", "charge", "assertion", "contention", "account"}
)


def summed_relative(parsed: Doc, raw: RawClaim, claims: list[RawClaim]) -> RawClaim:
    """ "X said it had seized Y, a claim Z flatly denied": the parser hangs "denied" on
    "claim" as a relative clause and reads some fragment as its content; Z denies X's
    claim, the one in the sentence that ends at the comma before the noun."""
    verb = parsed[raw.cue_token]
    noun = verb.head
    if cue_lemma(verb.lemma_, verb.lower_) not in DENY_CUES or verb.dep_ != "relcl":
        return raw
    if noun.lemma_.lower() not in _SUM_NOUNS:
        return raw
    first = noun.left_edge
    comma = parsed[first.i - 1] if first.i > 0 else None
    if comma is None or comma.text != ",":
        return raw
    body = text(parsed)
    for other in claims:
        if other is raw or other.sentence != raw.sentence:
            continue
        if not body[other.content[1] : comma.idx].strip(" \"'”’"):
            return replace(raw, content=other.content)
    return raw
