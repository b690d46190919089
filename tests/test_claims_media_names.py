"""A medium the actors table lists is an outlet however the sentence dresses its name:
"told state-run MRTV" (an acronym the tagger reads as a noun, after a modifier)."""

from __future__ import annotations

import claimmap


def _outlets(text: str) -> dict[str, str | None]:
    claims = claimmap.analyze(claimmap.from_text(text)).claims
    return {c.claimant.text: c.outlet.text if c.outlet else None for c in claims if c.claimant}


def test_a_listed_acronym_after_a_modifier_is_the_outlet() -> None:
    outlets = _outlets(
        "Army spokesman Kyaw Zin Htet told state-run MRTV on Monday that the bridge had "
        "reopened to trade."
    )
    assert outlets == {"Army spokesman Kyaw Zin Htet": "state-run MRTV"}


def test_an_unlisted_acronym_listener_is_no_outlet() -> None:
    outlets = _outlets(
        "The minister told the ZQXB committee on Monday that the bridge had reopened to trade."
    )
    assert outlets.get("The minister") is None
