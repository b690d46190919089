"""Journeys told again do not make legs backwards or from the wrong goods (passages written
for these tests, names and wording invented): a cargo word ("the shipment") stands for the
goods last told of, not for the headline's; and an inferred start never reverses a leg the
article already told ("flown to A … taken to B." … "They arrive in A": told again, not a
trip B → A).
"""

from __future__ import annotations

import claimmap


def _legs(text: str) -> set[tuple[str, str]]:
    a = claimmap.analyze(claimmap.from_text(text))
    name = {p.id: p.name for p in a.places}
    return {(name[leg.from_place], name[leg.to_place]) for r in a.routes for leg in r.legs}


def test_the_shipment_is_the_goods_last_told_of_not_the_headlines() -> None:
    legs = _legs(
        "Police seize heroin smuggled from Afghanistan\n\n"
        "QUETTA (AP) — Pakistani police said on Sunday they had seized 400 kilograms of heroin "
        "in Karachi.\n\n"
        "According to a police superintendent, the drugs were carried by camel into Pakistan's "
        'Balochistan province at night. "The shipment was kept in a farmhouse for a week. '
        'Then it was driven to Karachi in a fuel tanker," he said.'
    )
    assert ("Afghanistan", "Karachi") not in legs


def test_an_arrival_told_again_is_no_trip_back() -> None:
    legs = _legs(
        "ROME (Reuters) — Italy said on Monday that migrants had been flown to Tripoli from "
        "Dhaka and then driven to the coast near Zuwara.\n\n"
        "A coast guard spokesman said about 500 people were waiting on the beach near Zuwara. "
        '"They arrive in Tripoli on work visas," he said. "Within a week they are driven to '
        'Sabratha and then to the boats."'
    )
    assert ("Dhaka", "Tripoli") in legs
    assert ("Zuwarah", "Tripoli") not in legs  # GeoNames spellings


def test_a_headline_retelling_a_claimed_hop_draws_it_once() -> None:
    a = claimmap.analyze(
        claimmap.from_text(
            "Senators press officials on Texas guns reaching Honduras's gangs through Guatemalan "
            "port\nTest Monitor, 2026-03-02\nWASHINGTON — Rifles bought in Texas gun shops are "
            "being shipped in sealed containers to Guatemala and smuggled on to Honduras, where "
            "they end up in the hands of armed gangs, a Senate subcommittee heard on Tuesday."
        )
    )
    name = {p.id: p.name for p in a.places}
    hops = [(name[leg.from_place], name[leg.to_place]) for r in a.routes for leg in r.legs]
    assert hops.count(("Guatemala", "Honduras")) == 1
