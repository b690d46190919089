"""A closing "according to X" after a whole attribution: X passes the claim on.

"The workers were taken to Y, the NIS told lawmakers in a briefing, according to
Representative Lee, who attended": the NIS told its listeners and Lee passes on what
they heard, so the claim is the NIS's, not Lee's claim of the NIS's attribution; a medium
that relays it this way ("according to the agency X") is its outlet, a person is not. A bare
"“…,” X said, according to officials" names no listeners and stays the officials' claim.
And "..., according to the Observatory, a Britain-based group, which said Z": the
relative clause's "which" stands for the source that the apposition describes, not for
the apposition alone.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_cues import verb_frame
from claimmap.claims_tokens import Offsets, RawClaim, subtree, text, trim

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Relative pronouns that open a clause on a source ("X, who attended the meeting").
_RELATIVES = frozenset({"who", "which", "that", "whose"})
#: Tags of a finite verb: one between an attribution and "according to" is a clause.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Cues that name their listeners.
_TELLING = frozenset({"tell", "brief", "inform", "assure"})


def relayed_attributions(parsed: Doc, found: list[RawClaim]) -> list[RawClaim]:
    """The claims of ``found`` with an "according to X" that closes another attribution
    merged into it: that attribution's claim with X as its outlet."""
    relays: dict[int, RawClaim] = {}  # cue token of the inner claim → the "according to"
    for outer in found:
        if parsed[outer.cue_token].lower_ != "according" or outer.claimant is None:
            continue
        inner = next(
            (r for r in found if _relayed(parsed, outer, r) or _via_medium(parsed, outer, r)),
            None,
        )
        if inner is not None:
            relays[inner.cue_token] = outer
    if not relays:
        return found
    dropped = {id(r) for r in relays.values()}
    out = []
    for raw in found:
        if id(raw) in dropped:
            continue
        relayer = relays.get(raw.cue_token)
        if relayer is not None and relayer.claimant is not None and raw.outlet is None:
            channel = _without_relative(parsed, relayer.claimant)
            medium = _a_medium(parsed, channel) or _news_named(parsed, channel)
            raw = replace(raw, outlet=channel) if medium else raw
        out.append(raw)
    return out


def _relayed(parsed: Doc, outer: RawClaim, inner: RawClaim) -> bool:
    """Whether ``inner`` is a postposed attribution ("X, the NIS told lawmakers") that the
    "according to" of ``outer`` follows directly."""
    if inner is outer or inner.claimant is None or parsed[inner.cue_token].lower_ == "according":
        return False
    start, end = outer.content
    if not (start <= inner.content[0] and inner.content[1] <= inner.claimant[0] < end):
        return False  # the inner content comes first, its speaker after it, all inside
    cue = parsed[inner.cue_token]
    if not _to_listeners(cue):
        return False  # "“…,” Berglund said, according to officials": the officials' claim
    according = parsed[outer.cue_token]
    if not cue.i < according.i or cue.sent.start != according.sent.start:
        return False
    between = parsed[cue.i + 1 : according.i]
    return not any(t.tag_ in _FINITE or t.dep_ in ("ccomp", "relcl") for t in between)


def _via_medium(parsed: Doc, outer: RawClaim, inner: RawClaim) -> bool:
    """ "A village chief in X said Y, according to the local news site Z": a whole
    attribution, speaker first, that an "according to" a medium closes right after its
    content is the speaker's claim, which the medium relays (its outlet), not the medium's
    claim of the attribution."""
    if inner is outer or inner.claimant is None or outer.claimant is None:
        return False
    cue, according = parsed[inner.cue_token], parsed[outer.cue_token]
    if cue.lower_ == "according" or not cue.i < according.i:
        return False
    if verb_frame(cue.lemma_.lower()) != "speech":
        return False  # "The rebels plan to take X, according to a commander": his claim
    start, end = outer.content
    if not (start <= inner.claimant[0] < inner.content[0] and inner.content[1] <= end):
        return False
    if cue.sent.start != according.sent.start:
        return False
    gap = text(parsed)[inner.content[1] : according.idx]
    if gap.strip(" ,;"):
        return False
    source = _without_relative(parsed, outer.claimant)
    return _a_medium(parsed, source) or _news_named(parsed, source)


#: Nouns that, after "news", name a medium whose name follows ("the news site X").
_NEWS_NOUNS = frozenset({"site", "website", "portal", "outlet", "agency", "service"})


def _news_named(parsed: Doc, phrase: Offsets) -> bool:
    """A name introduced as a news medium ("the local news site X", which the model may
    take for a person's name)."""
    span = parsed.char_span(phrase[0], phrase[1], alignment_mode="expand")
    if span is None:
        return False
    pairs = itertools.pairwise(span)
    return any(a.lower_ == "news" and b.lower_ in _NEWS_NOUNS for a, b in pairs)


def _to_listeners(cue: Token) -> bool:
    """Whether ``cue`` names whom it was told to ("told lawmakers", "briefed senators"):
    the relaying source then passes on what those listeners heard."""
    listener = any(c.dep_ in ("dobj", "dative") and c.i > cue.i for c in cue.children)
    return listener and cue.lemma_.lower() in _TELLING


def _a_medium(parsed: Doc, phrase: Offsets) -> bool:
    """An outlet is a medium: "according to the news agency X", "according to Reuters";
    a lawmaker who relays what he heard ("according to Representative Lee") passes the
    claim on but is no outlet (the claim stays the source's, with no channel)."""
    from claimmap.claims_media import MEDIUM_NOUNS, listed_medium, press_speaker

    span = parsed.char_span(phrase[0], phrase[1], alignment_mode="expand")
    if span is None or any(t.ent_type_ == "PERSON" for t in span):
        return False
    return press_speaker(span) or any(
        listed_medium(t) or (t.is_lower and t.lemma_.lower() in MEDIUM_NOUNS) for t in span
    )


def _without_relative(parsed: Doc, source: Offsets) -> Offsets:
    """ "Representative Lee, who attended the meeting": the name without its relative."""
    span = parsed.char_span(source[0], source[1], alignment_mode="expand")
    if span is None:
        return source
    for t in span[1:]:
        if t.lower_ in _RELATIVES and t.i > 0 and parsed[t.i - 1].text == ",":
            return trim(text(parsed), source[0], parsed[t.i - 1].idx)
    return source


def according_relatives(parsed: Doc, found: list[RawClaim]) -> list[RawClaim]:
    """ "..., according to the Observatory, a Britain-based group, which said Z": the
    parser hangs the apposition on "according" beside the source, and the relative clause
    on it; the source, named before its description, is who said Z."""
    out = []
    for raw in found:
        source = _described_source(parsed[raw.cue_token]) if raw.claimant is not None else None
        if source is not None and raw.claimant is not None:
            raw = replace(raw, claimant=(subtree(source)[0], raw.claimant[1]))
            raw = replace(raw, claimant_token=source.i)
        out.append(raw)
    return out


def _described_source(cue: Token) -> Token | None:
    """The source of "according to <source>, <description>, which <cue>", if ``cue`` is
    that relative clause's verb."""
    if cue.dep_ != "relcl" or not any(
        c.dep_ == "nsubj" and c.lower_ in _RELATIVES and c.i < cue.i for c in cue.children
    ):
        return None
    noun = cue.head
    holder = noun.head
    source: Token | None = None
    if noun.dep_ == "appos" and holder.dep_ == "pobj" and holder.head.lower_ == "to":
        after = holder.head.i > 0 and noun.doc[holder.head.i - 1].lower_ == "according"
        source = holder if after else None  # "according to X, a Y group, which said"
    elif noun.dep_ == "pobj" and holder.lower_ == "according":  # (hung on "according")
        to = next((c for c in holder.children if c.lower_ == "to" and c.i < noun.i), None)
        source = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
    if source is None or noun.left_edge.i <= source.i:
        return None
    return source if noun.doc[noun.left_edge.i - 1].text == "," else None
