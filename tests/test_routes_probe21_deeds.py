"""Probe 21, round 2 (routes): denials that name no end of the leg they contest. A denial of
the very deed a leg was told by ("denied that any boat had been towed away") contests it,
a boat carrying the movers being the same journey; "there are no X in Y" denies X arriving
in Y, and "the new regions of Z" are the land Z holds beyond its borders; a bare rebuttal
("rejected the report") stands with its denier's next words; a receiving denial "in the
country" speaks of the denier's own; a drone denied in a sky answers no convoy of ships.
Articles invented for these tests."""

from __future__ import annotations

import claimmap
from claimmap.model import Analysis
from claimmap.routes_denial_deeds import by_air, presence, stem, summed


def _analysis(text: str) -> Analysis:
    return claimmap.analyze(claimmap.from_text(text))


def _legs(a: Analysis) -> dict[tuple[str, str], list[str]]:
    """(from name, to name) -> claim numbers of every leg (support and denials)."""
    name = {p.id: p.name for p in a.places}
    return {
        (name[leg.from_place], name[leg.to_place]): [c.split(":")[-1] for c in leg.claim_ids]
        for r in a.routes
        for leg in r.legs
    }


def _claim(a: Analysis, words: str) -> str:
    """The number of the one claim whose content holds ``words``."""
    (found,) = [c.id.split(":")[-1] for c in a.claims if words in c.content_text]
    return found


TOWED = (
    "Migrants towed back, villagers say\nAFP, 2026-05-04\n"
    "MERSING, Malaysia (AFP) — About 60 migrants were towed from Mersing towards Batam last "
    "week, villagers said. A maritime agency spokesman, Captain Hamid Rasli, denied that any "
    "boat had been towed away. The ministry also denied that any weapons had been towed.\n"
)


def test_a_denial_of_the_deed_contests_its_leg_though_it_names_no_place() -> None:
    a = _analysis(TOWED)
    told = _claim(a, "were towed from Mersing")
    boat = _claim(a, "any boat had been towed")
    # the boat carried the migrants: the same journey; denied weapons are another
    assert _legs(a) == {("Mersing", "Batam"): [told, boat]}


LABOURERS = (
    "Uzbek labourers sent to occupied Ukraine, lawmakers say\nAP, 2026-06-10\n"
    "TASHKENT (AP) — About 400 Uzbek labourers were flown from Tashkent to Moscow in May and "
    "then taken by bus to Luhansk, a parliamentary committee said on Tuesday. Russia's "
    'embassy in Tashkent rejected the report. "There are no Uzbek labourers in the new '
    'regions of the Russian Federation," the embassy said.\n'
)


def test_no_workers_in_the_new_regions_contests_the_legs_out_of_the_holder() -> None:
    a = _analysis(LABOURERS)
    told = _claim(a, "About 400 Uzbek labourers")
    present = _claim(a, "There are no Uzbek labourers")
    bare = _claim(a, "the report")
    assert _legs(a) == {
        ("Tashkent", "Moscow"): [told],  # into Russia itself: not what the embassy denies
        ("Moscow", "Luhansk"): [told, present, bare],
    }


FIGHTERS = (
    "Sudanese fighters moved to Libya, monitor says\nAFP, 2026-02-11\n"
    "TRIPOLI (AFP) — Hundreds of Sudanese fighters were flown from Khartoum to Benghazi last "
    "month and then driven to Sirte, a monitoring group said. The Libyan interior ministry "
    'rejected the claim. "There are no Sudanese fighters in Libya," it said.\n'
)


def test_there_are_no_fighters_in_a_country_contests_the_leg_into_it() -> None:
    a = _analysis(FIGHTERS)
    told = _claim(a, "Hundreds of Sudanese fighters")
    present = _claim(a, "There are no Sudanese fighters")
    bare = _claim(a, "the claim")
    assert _legs(a) == {
        ("Khartoum", "Benghazi"): [told, present, bare],
        ("Benghazi", "Sirte"): [told],  # a hop inside Libya
    }


PLANES = (
    "Iranian cargo planes stop in Iraq, officials say\nReuters, 2026-03-03\n"
    "BAGHDAD (Reuters) — Iranian cargo planes flew weapons from Tehran via Baghdad to "
    "Damascus, two officials said. Iraq's transport ministry said no Iranian aircraft had "
    "landed in the country.\n"
)


def test_no_aircraft_landed_in_the_country_contests_the_stop_in_the_deniers_country() -> None:
    a = _analysis(PLANES)
    told = _claim(a, "flew weapons from Tehran")
    landed = _claim(a, "no Iranian aircraft had landed")
    assert _legs(a) == {("Tehran", "Baghdad"): [told, landed], ("Baghdad", "Damascus"): [told]}


SHIPS = (
    "Grain convoy sails from Constanta\nReuters, 2026-04-02\n"
    "CONSTANTA, Romania (Reuters) — Four cargo ships left Constanta on Monday for Varna, the "
    "port authority said. Russia's defence ministry denied that any drone had entered "
    "Bulgarian airspace.\n"
)


def test_a_drone_denied_in_the_sky_contests_no_convoy_of_ships() -> None:
    a = _analysis(SHIPS)
    assert _legs(a) == {("Constanţa", "Varna"): [_claim(a, "Four cargo ships")]}


def test_the_word_readers() -> None:
    assert stem("pushed") == stem("pushing") == stem("push") == "push"
    assert stem("stopped") == "stop" and stem("towed") != stem("turned")
    assert presence("There are no Uzbek labourers in Luhansk")
    assert presence("there were never any Chadian troops stationed near Abeche")
    assert not presence("There are no plans to send troops to Abeche")
    assert summed("the report") and summed("the media reports")
    assert not summed("the report was false")
    assert by_air("that any drone had entered its airspace")
    assert not by_air("that its ships had carried any drones")


CROSSING = (
    "Families return from Jordan\nAFP, 2026-09-14\n"
    "AMMAN (AFP) — About 200 families crossed from Jordan into Syria on Sunday, the UN said. "
    'The Syrian interior ministry said: "No citizen has been refused entry at any crossing."\n'
)


def test_a_deed_word_used_as_a_noun_contests_no_leg() -> None:
    a = _analysis(CROSSING)
    # "at any crossing" is no denial of the families' crossing
    assert _legs(a) == {("Jordan", "Syria"): [_claim(a, "About 200 families crossed")]}
