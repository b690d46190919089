"""Which speaker a quotation's claim goes to: the one named beside the quotation when the
claimant sits inside it ("“I want to ...” Jordan said"), and the same speaker for a
quotation that goes on after the attribution sentence ("“A,” he said. “B.”").

Split from :mod:`claimmap.claims_filters`: these passes read quotation marks across
sentences and paragraphs, which the other filters, working within one claim's sentence,
never need.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_filters_nonclaims import anonymity_asides
from claimmap.claims_quotes import in_quote
from claimmap.claims_tokens import Offsets, RawClaim, span_at, text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


#: Words inside a quotation that cannot name its speaker from outside it.
_SELF = frozenset({"i", "we", "you", "me", "us"})


def quoted_speakers(body: str, claims: list[RawClaim], quotes: list[Offsets]) -> list[RawClaim]:
    """ "“..., ” Jordan said. “I want to assure our community ...”": a claimant inside a
    quotation ("I", "you", "he", "people") is the quotation's speaker talking, and the
    outer attribution is the one annotated (PolNeAR, like PARC, rarely marks nested ones):
    the claim goes to the speaker named beside the quotation in the same paragraph."""
    named = [
        r
        for r in claims
        if r.claimant is not None
        and body[slice(*r.claimant)].lower() not in _SELF
        and not in_quote(r.claimant[0], quotes)
    ]
    out = []
    for raw in claims:
        if raw.claimant and in_quote(raw.claimant[0], quotes):
            quote = in_quote(raw.cue[0], quotes)
            speaker = _nearest_speaker(body, raw, named, quote) if quote else None
            if speaker is not None:
                raw = replace(raw, claimant=speaker.claimant, claimant_token=speaker.claimant_token)
        out.append(raw)
    return out


def _nearest_speaker(
    body: str, raw: RawClaim, named: list[RawClaim], quote: Offsets
) -> RawClaim | None:
    """The named claimant closest to ``quote`` with no paragraph break in between."""
    best: tuple[int, RawClaim] | None = None
    for other in named:
        assert other.claimant is not None
        left, right = sorted((other.claimant[0], raw.cue[0]))
        if "\n" in body[left:right]:
            continue
        gap = max(quote[0] - other.claimant[1], other.claimant[0] - quote[1], 0)
        if best is None or gap < best[0]:
            best = (gap, other)
    return best[1] if best else None


def continued_quotes(parsed: Doc, claims: list[RawClaim], quotes: list[Offsets]) -> list[RawClaim]:
    """ "“A,” he said. “B.”": a quotation that follows the attribution sentence, with no
    attribution of its own, goes on with the same speaker's words, so the content runs to
    its end (PolNeAR marks the two quotations as one content, the attribution inside)."""
    out = []
    for raw in claims:
        more = _continuation(parsed, raw, quotes)
        out.append(replace(raw, content=(raw.content[0], more[1])) if more else raw)
    return out


def _continuation(parsed: Doc, raw: RawClaim, quotes: list[Offsets]) -> Offsets | None:
    body = text(parsed)
    end = raw.content[1]
    first = in_quote(end - 1, quotes)
    if first is None or first[1] != end or raw.cue[0] < end:
        return None  # the content is no quotation ending before its attribution
    at = bisect.bisect_left(quotes, (end, end))
    if at >= len(quotes) or raw.cue[1] > quotes[at][0]:
        return None
    nxt = quotes[at]
    gap = body[end : nxt[0]]
    if "\n" in gap or not gap.rstrip().endswith(".") or len(gap.split()) > _MAX_ATTRIBUTION:
        return None
    between = span_at(parsed, end, nxt[0])
    aside = anonymity_asides(parsed[raw.cue_token])
    if between is None or any(
        _clause(t) and t.i != raw.cue_token and t.i not in aside for t in between
    ):
        return None  # "“A,” he said, adding that B. “C.”": the gap says more than who
    words = body[nxt[0] : nxt[1]].rstrip("\"”’' ")
    line_end = body.find("\n", nxt[1])
    rest = body[nxt[1] : len(body) if line_end < 0 else line_end].lstrip()
    if not words.endswith(_SENTENCE_END) or (rest[:1].islower()):
        return None  # "“B?” she asked": a quotation attributed on its own
    return nxt


def _clause(tok: Token) -> bool:
    return tok.dep_ in _CLAUSES and tok.pos_ in ("VERB", "AUX")


#: Words at most between two quotations for the second to continue the first's speaker.
_MAX_ATTRIBUTION = 20
_SENTENCE_END = (".", "?", "!", "…")
_CLAUSES = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "conj", "relcl", "acl", "parataxis"})
