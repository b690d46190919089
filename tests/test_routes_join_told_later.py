"""A movement told with only its end does not borrow its start from a journey the text
tells only later (movement_join_last._told_before)."""

from __future__ import annotations

import claimmap

TEXT = (
    "Fact check: clip does not show a troop transfer\n"
    "AFP, 2026-05-04\n"
    "WARSAW, Poland (AFP) — A clip shared on social media since Monday claims to show army "
    "trucks driving from Lublin to Lutsk, supposedly part of a secret transfer of Polish "
    "troops to northern Ukraine. This is false.\n"
    'Claim: "Polish trucks crossed into Ukraine at dawn," reads the caption of a post by the '
    'account "Frontline Z". According to the post, the troops were first gathered in Lublin '
    "and then driven through Chełm before entering Ukraine.\n"
)


def test_an_end_only_movement_takes_no_start_from_a_journey_told_after_it() -> None:
    analysis = claimmap.analyze(claimmap.from_text(TEXT))
    names = {p.id: p.name for p in analysis.places}
    legs = {(names[leg.from_place], names[leg.to_place]) for r in analysis.routes for leg in r.legs}
    assert ("Lublin", "Lutsk") in legs and ("Chełm", "Ukraine") in legs
    assert not any(end == "Northern Ukraine" for _, end in legs)
