"""A teller in a town of the region the movers reached does not put their start in that town
(routes_teller_place._site): only the very site where the last movement ended, or the town
holding it, does."""

from __future__ import annotations

from helpers import wire_story

TEXT = (
    "BANDA ACEH, Indonesia (Reuters) - A wooden boat carrying 150 Rohingya refugees landed "
    "in Aceh province on Monday, officials said. Fishermen in Lhokseumawe told Reuters the "
    "boat was later pushed back out to sea towards Malaysia's Penang island."
)


def test_fishermen_in_a_town_of_the_province_did_not_see_the_boat_leave_their_town() -> None:
    analysis = wire_story("Boats reach Aceh", "Reuters, 2026-03-04\n", TEXT)
    names = {p.id: p.name for p in analysis.places}
    starts = {names[leg.from_place] for r in analysis.routes for leg in r.legs}
    ends = {names[leg.to_place] for r in analysis.routes for leg in r.legs}
    assert "Penang" in ends
    assert "Lhokseumawe" not in starts and "Aceh" in starts
