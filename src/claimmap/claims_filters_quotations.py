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

from claimmap.claims_cues import cue_lemma, verb_frame
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
    its end (PolNeAR marks the two quotations as one content, the attribution inside).
    So does one resumed in the same sentence ("“A,” she said, gesturing at a chart, “B.”")."""
    body = text(parsed)
    out = []
    for raw in claims:
        before = _opening(body, raw, quotes)
        if before is not None and not any(_reports(o, before, raw) for o in claims):
            raw = replace(raw, content=(before[0], raw.content[1]))
        more = _continuation(parsed, raw, quotes)
        out.append(replace(raw, content=(raw.content[0], more[1])) if more else raw)
    return out


def _opening(body: str, raw: RawClaim, quotes: list[Offsets]) -> Offsets | None:
    """ "“A,” X said, “B.”" read with B as the content: A, the quotation the attribution
    cuts (it ends in a comma and only the attribution follows it), opens the same words."""
    start = raw.content[0]
    second = in_quote(start, quotes)
    if second is None or second[0] != start or raw.cue[0] > start:
        return None
    at = bisect.bisect_left(quotes, (start, start)) - 1
    while at >= 0 and _named_in(quotes[at], raw):
        at -= 1  # "Carla “Cici” Ortega said, “B”"
    lead = min(raw.cue[0], raw.claimant[0]) if raw.claimant else raw.cue[0]
    if at < 0 or quotes[at][1] > lead:
        return None
    first = quotes[at]
    if body[first[1] : lead].strip(" ,") or "\n" in body[first[0] : start]:
        return None
    return first if body[first[0] : first[1]].rstrip("\"”’' ").endswith(",") else None


def _reports(other: RawClaim, quote: Offsets, raw: RawClaim) -> bool:
    """Whether ``other`` already reports ``quote`` with a cue of its own before ``raw``'s
    content ("“A,” Trump said, adding later, “B.”": A is the saying, B the adding)."""
    return (
        other.cue_token != raw.cue_token
        and other.content[0] <= quote[0] < other.content[1]
        and quote[1] <= other.cue[0] < raw.content[0]
    )


def _named_in(quote: Offsets, raw: RawClaim) -> bool:
    return bool(raw.claimant and raw.claimant[0] <= quote[0] and quote[1] <= raw.claimant[1])


def _continuation(parsed: Doc, raw: RawClaim, quotes: list[Offsets]) -> Offsets | None:
    body = text(parsed)
    end = raw.content[1]
    first = in_quote(end - 1, quotes)
    if first is None or first[1] != end or raw.cue[0] < end:
        return None  # the content is no quotation ending before its attribution
    nxt = _next_quote(raw, quotes, end)
    if nxt is None:
        return None
    gap = body[end : nxt[0]].rstrip()
    if (
        "\n" in gap
        or not gap.endswith((".", ","))
        or _words(body, end, nxt[0], raw) > _MAX_ATTRIBUTION
    ):
        return None
    between = span_at(parsed, end, nxt[0])
    aside = anonymity_asides(parsed[raw.cue_token])
    if between is None or any(
        _clause(t) and t.i != raw.cue_token and t.i not in aside and not _describes(t, raw)
        for t in between
    ):
        return None  # "“A,” he said, adding that B. “C.”": the gap says more than who
    if _attributed_after(parsed, body, nxt):
        return None  # "“B?” she asked": a quotation attributed on its own
    return nxt


def _words(body: str, start: int, end: int, raw: RawClaim) -> int:
    """Words in ``[start, end)`` outside the claimant: a long description of the speaker
    ("X, a lawyer who has fought the coal industry for years,") says no more than who."""
    who = raw.claimant or (start, start)
    left, right = max(start, who[0]), min(end, who[1])
    named = len(body[left:right].split()) if left < right else 0
    return len(body[start:end].split()) - named


def _next_quote(raw: RawClaim, quotes: list[Offsets], end: int) -> Offsets | None:
    """The first quotation after ``end`` that is not part of the speaker's name
    ("Carla “Cici” Ortega") and starts after the cue."""
    at = bisect.bisect_left(quotes, (end, end))
    while at < len(quotes):
        quote = quotes[at]
        if not _named_in(quote, raw):
            return quote if raw.cue[1] <= quote[0] else None
        at += 1
    return None


def _describes(tok: Token, raw: RawClaim) -> bool:
    """A clause that only describes the speaker or the scene, not a second report: one inside
    the claimant's words ("X, a lawyer who has advised the port, said"), or a participle or
    relative clause with no cue verb ("said X, gesturing at the chart")."""
    if raw.claimant and raw.claimant[0] <= tok.idx < raw.claimant[1]:
        return True
    return (
        tok.dep_ in ("advcl", "acl", "relcl")
        and tok.tag_ in ("VBG", "VBN", "VBZ", "VBD", "VBP")
        and (verb_frame(cue_lemma(tok.lemma_, tok.lower_)) is None or _scene(tok))
    )


def _scene(tok: Token) -> bool:
    """ "speaking in Geneva", "speaking to reporters by phone": a participle of speaking
    with nothing said under it (no clause, object, quotation or topic: "speaking of X" is
    a report of its own) sets the scene."""
    return (
        tok.lemma_.lower() in ("speak", "talk")
        and tok.tag_ == "VBG"
        and all(
            c.dep_ in ("advmod", "npadvmod", "punct") or (c.dep_ == "prep" and c.lower_ in _SCENES)
            for c in tok.children
        )
    )


#: Prepositions of a speaking participle that tell where, to whom or how, not about what.
_SCENES = frozenset({"in", "at", "to", "from", "by", "during", "after", "before", "with", "via"})


def _attributed_after(parsed: Doc, body: str, quote: Offsets) -> bool:
    """Whether the words after ``quote`` up to its sentence end make it part of a clause of
    their own: "“B?” she asked", "“B” is a phrase critics use". A full sentence closed
    inside the quotation and followed by a new capitalised sentence has none, nor does a
    quotation ended by a mere phrase ("“... a tax on small farms” for a decade.")."""
    line_end = body.find("\n", quote[1])
    rest = body[quote[1] : len(body) if line_end < 0 else line_end]
    words = body[quote[0] : quote[1]].rstrip("\"”’' ")
    if words.endswith(_SENTENCE_END) and not rest.lstrip()[:1].islower():
        return False
    after = span_at(parsed, quote[1], quote[1] + len(rest))
    if after is None:
        return False
    tail = after[0].sent.end
    return any(t.tag_ in _FINITE for t in after if t.i < tail)


def _clause(tok: Token) -> bool:
    return tok.dep_ in _CLAUSES and tok.pos_ in ("VERB", "AUX")


#: Words at most between two quotations for the second to continue the first's speaker.
_MAX_ATTRIBUTION = 20
_SENTENCE_END = (".", "?", "!", "…")
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_CLAUSES = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "conj", "relcl", "acl", "parataxis"})
