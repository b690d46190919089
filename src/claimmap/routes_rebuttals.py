"""A bare rebuttal answers the accusation told just before it: "Alarm Phone accused a Greek
patrol vessel of towing a dinghy back toward X. ... The Greek coast guard denied the
allegation." The denial names no place and spells nothing out after it, so it contests the
legs the accusation tells (:func:`claimmap.routes_denial_deeds.echoes` covers a rebuttal
spelt out in the denier's next words).
"""

from __future__ import annotations

from collections.abc import Sequence

from claimmap.model import Claim
from claimmap.routes_denial_deeds import summed

#: how many claims back the accusation may be told
_BACK = 3


def rebutted(claims: Sequence[Claim], spelt: Sequence[str] = ()) -> list[tuple[str, str]]:
    """(bare rebuttal, the accusation it answers): the nearest claim before it, within a few,
    told as an allegation by another actor. Rebuttals in ``spelt`` (spelt out after) are
    left to their own words."""
    out = []
    for n, claim in enumerate(claims):
        if claim.modality != "denied" or claim.id in spelt or not summed(claim.content_text):
            continue
        for before in reversed(claims[max(0, n - _BACK) : n]):
            if before.modality == "alleged" and before.actor != claim.actor:
                out.append((claim.id, before.id))
                break
    return out
