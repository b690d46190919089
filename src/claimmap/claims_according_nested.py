"""A second "according to" inside the first one's source: "…, according to security
sources reached by RFI, who describe a movement that, according to them, has grown".

The relative clause after the source ("who describe …") describes it, and a nested
"according to them" in it points back at the same source: it must not become the claim of
the sentence (with "them" as its speaker). Such a source ends before the relative clause
that holds the nested phrase, and the nested phrase is no claim of its own (a relative
clause without one stays in the source, as "X, who follows Y traffic" is pinned).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_tokens import RawClaim, text, trim
from claimmap.parse_columns import lower_forms

if TYPE_CHECKING:
    from spacy.tokens import Doc

_RELATIVES = frozenset({"who", "which", "whose"})


def unnested_according(parsed: Doc, found: list[RawClaim]) -> list[RawClaim]:
    """``found`` without an "according to" that sits inside another one's source, and with
    that source cut before the relative clause holding it ("X, who …, according to them")."""
    lows = lower_forms(parsed)
    cues = [
        parsed[i].idx
        for i in range(len(lows) - 1)
        if lows[i] == "according" and lows[i + 1] == "to"
    ]
    nesting = [
        r for r in found if _according(parsed, r) and r.claimant is not None and _nests(r, cues)
    ]
    sources = [(r.claimant, _without_relative(parsed, r)) for r in nesting]
    out = []
    for raw in found:
        if _according(parsed, raw) and any(s[0] < raw.cue[0] < s[1] for s, _ in sources if s):
            continue  # "…, who describe a movement that, according to them, has …"
        if raw in nesting:
            raw = _without_relative(parsed, raw)
        elif raw.claimant is not None and text(parsed)[: raw.claimant[1]].endswith("who"):
            at = raw.claimant[0]
            source = next((c for s, c in sources if s and s[0] < at < s[1]), None)
            if source is not None:  # "X, who describe": the source of "according to"
                raw = replace(raw, claimant=source.claimant, claimant_token=source.claimant_token)
        out.append(raw)
    return out


def _nests(raw: RawClaim, cues: list[int]) -> bool:
    """Whether another "according to" lies inside ``raw``'s source."""
    return raw.claimant is not None and any(raw.claimant[0] < c < raw.claimant[1] for c in cues)


def _according(parsed: Doc, raw: RawClaim) -> bool:
    return parsed[raw.cue_token].lower_ == "according"


def _without_relative(parsed: Doc, raw: RawClaim) -> RawClaim:
    assert raw.claimant is not None
    who = parsed.char_span(raw.claimant[0], raw.claimant[1], alignment_mode="expand")
    if who is None:
        return raw
    for t in who[1:-1]:
        nxt = parsed[t.i + 1]
        if t.text == "," and nxt.lower_ in _RELATIVES and parsed[raw.claimant_token or 0].i < t.i:
            claimant = trim(text(parsed), raw.claimant[0], t.idx)
            return replace(raw, claimant=claimant)
    return raw
