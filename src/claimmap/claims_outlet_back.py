"""A claim told to "the outlet" a claim just before named: "According to Baltic Wire, a
Riga-based outlet, X. Some learned Y only later, one source told the outlet."

The listener is a medium by its noun alone ("the outlet", "the newspaper", "the agency"),
with no name of its own; it is the medium the previous claims went through, in this
sentence or the one before, so that medium is this claim's outlet too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimmap.claims_tokens import sentence_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from claimmap.claims_tokens import Offsets, RawClaim

#: Nouns by which a text refers back to a medium it named ("told the outlet").
_BACK_NOUNS = frozenset(
    {"outlet", "newspaper", "paper", "agency", "website", "site", "broadcaster", "daily", "station"}
)
_TELLING = frozenset({"tell", "say"})


def outlet_told_before(
    raw: RawClaim, parsed: Doc, earlier: Sequence[tuple[Offsets, Offsets | None]]
) -> Offsets | None:
    """The outlet of the last claim in this sentence or the one before (``earlier`` holds
    each claim's sentence and outlet, in text order), when ``raw``'s cue was told to "the
    outlet"; ``None`` otherwise."""
    if not told_back(parsed[raw.cue_token]):
        return None
    sent = sentence_at(parsed, raw.cue_token)
    first = sentence_at(parsed, sent.start - 1).start_char if sent.start > 0 else sent.start_char
    for sentence, outlet in reversed(earlier):
        if sentence[0] < first:
            return None
        if outlet is not None and not _platform(parsed, outlet):
            return outlet
    return None


#: Platforms a speaker posts on ("said on Telegram"): channels, not a newsroom one tells.
_PLATFORMS = frozenset(
    {"telegram", "x", "twitter", "facebook", "instagram", "youtube", "tiktok", "whatsapp", "vk"}
)


def _platform(parsed: Doc, outlet: Offsets) -> bool:
    return parsed.text[outlet[0] : outlet[1]].strip().lower() in _PLATFORMS


def told_back(cue: Token) -> bool:
    """The cue was told to a medium named by its noun alone ("told the outlet")."""
    return cue.lemma_.lower() in _TELLING and any(_back_noun(c) for c in cue.children)


def _back_noun(tok: Token) -> bool:
    """ "the outlet", "the newspaper": a definite medium noun heard by the cue, no name."""
    if tok.dep_ not in ("dobj", "dative") or tok.lemma_.lower() not in _BACK_NOUNS:
        return False
    kids = list(tok.children)
    return len(kids) == 1 and kids[0].lower_ == "the"


def named_back(parsed: Doc, claimant: Offsets, medium: str | None) -> Offsets | None:
    """ "…, the newspaper said" when the claimant is the Washington Post named before: the
    last mention of the medium's name (or a name the table gives it) before the claimant,
    as its outlet; None for a claimant that is not a bare "the newspaper" / "the agency"."""
    from claimmap.actors_table import load_actors

    said = parsed.text[claimant[0] : claimant[1]].split()
    if medium is None or len(said) != 2 or said[0].lower() != "the":
        return None
    if said[1].lower() not in _BACK_NOUNS:
        return None
    row = load_actors().find(medium)
    names = {medium, *((row.name, *row.aliases) if row is not None else ())}
    before = parsed.text[: claimant[0]]
    found = max(((before.rfind(n), n) for n in names if n), default=(-1, ""))
    return (found[0], found[0] + len(found[1])) if found[0] >= 0 else None
