"""One subject, several cues: the channel named in the subject phrase is every cue's.

"A ministry official, quoted by the state news agency, said X and denied Y"; "A rebel
statement posted on Telegram rejected the reports, saying Z": the medium hangs on the
subject, not on one verb, so each claim of that subject goes out through it, and where one
claim's claimant already ends before the channel's words ("A rebel statement", with the
medium apart), the other claims of the subject are cut the same way. A medium named by
one verb alone ("told AFP that X and wrote on Telegram that Y") stays that verb's.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimmap.claims_tokens import Offsets, RawClaim


def shared_outlets(parsed: Doc, raws: list[RawClaim]) -> list[RawClaim]:
    """``raws`` with the subject's channel (and its claimant cut) given to each claim of
    that subject in the sentence that has none."""
    donors = [r for r in raws if r.outlet is not None and r.claimant_token is not None]
    if not donors:
        return raws
    out = []
    for raw in raws:
        donor = next((d for d in donors if _shares(d, raw)), None)
        if donor is None or donor.outlet is None or donor.claimant is None:
            out.append(raw)
            continue
        claimant = raw.claimant
        cut = claimant is not None and _cut_before(donor.claimant, claimant, donor.outlet)
        if cut and claimant is not None and not _dated(parsed, donor.claimant[1], claimant[1]):
            claimant = donor.claimant  # "A rebel statement" (posted on Telegram)
        out.append(replace(raw, outlet=donor.outlet, claimant=claimant))
    return out


def _shares(donor: RawClaim, raw: RawClaim) -> bool:
    """``raw`` has no outlet and the same subject as ``donor`` in the same sentence, and
    ``donor``'s outlet lies inside the subject phrase of one of them."""
    if raw is donor or raw.outlet is not None or raw.claimant is None or donor.claimant is None:
        return False
    if raw.claimant_token != donor.claimant_token or raw.sentence != donor.sentence:
        return False
    assert donor.outlet is not None
    return any(_inside(donor.outlet, who) for who in (donor.claimant, raw.claimant))


def _inside(inner: Offsets, outer: Offsets) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _cut_before(short: Offsets, long: Offsets, outlet: Offsets) -> bool:
    """``short`` is ``long`` ended before the channel's words that ``long`` still holds."""
    return short[0] == long[0] and short[1] < long[1] and short[1] <= outlet[0] < long[1]


def _dated(parsed: Doc, start: int, end: int) -> bool:
    """Whether the characters ``start``..``end`` hold a date or time word."""
    words = parsed.char_span(start, end, alignment_mode="expand")
    return words is not None and any(t.ent_type_ in ("DATE", "TIME") for t in words)
