"""Routes told in halves (probe 26a): goods told as made at a place set off from there;
a crossing a state's own army tells only by its start ends in that state; goods told by
their start end where "the container" that carried them arrived, with the port they
were trans-shipped at on the way; "a second, smaller boat" is a new craft, not the one
told before. Passages written for these tests.
"""

from __future__ import annotations

import claimmap
from claimmap.model import Analysis


def _run(title: str, body: str, day: str = "2026-05-12") -> Analysis:
    return claimmap.analyze(claimmap.from_text(f"{title}\nReuters, {day}\n{body}\n"))


def _legs(a: Analysis) -> set[tuple[str, str]]:
    names = {p.id: p.name for p in a.places}
    return {(names[leg.from_place], names[leg.to_place]) for r in a.routes for leg in r.legs}


def test_goods_told_as_made_near_a_town_set_off_from_it() -> None:
    a = _run(
        "Pills seized",
        "BEIRUT (Reuters) - A customs official said the tablets had been pressed in a "
        "warehouse near Tripoli in northern Lebanon. They were trucked to Zahle, where "
        "they were handed to a local gang, the official said.",
    )
    assert ("Tripoli", "Zahlé") in _legs(a)


def test_goods_made_in_the_place_they_are_moved_within_get_no_start() -> None:
    a = _run(
        "Pills seized",
        "BEIRUT (Reuters) - A customs official said the tablets had been pressed in "
        "Lebanon. They were trucked to Zahle, the official said.",
    )
    assert not any(f == "Lebanon" for f, _ in _legs(a))


def test_a_crossing_told_by_its_start_in_an_army_statement_ends_in_the_army_s_country() -> None:
    a = _run(
        "Army foils smuggling",
        "ISLAMABAD, Pakistan (Reuters) - The Pakistani army said on Monday that the "
        "smugglers crossed from Afghanistan's Kandahar province before dawn and fired on "
        "a border post.",
    )
    assert ("Kandahar", "Pakistan") in _legs(a)


def test_a_crossing_told_by_a_far_off_government_gets_no_end_of_its_own() -> None:
    a = _run(
        "Fighters cross",
        "PARIS (Reuters) - The French foreign ministry said on Monday that the fighters "
        "crossed from Syria's Idlib province before dawn.",
    )
    assert not any(t == "France" for _, t in _legs(a))


def test_goods_told_by_their_start_end_where_their_container_arrived() -> None:
    a = _run(
        "Cocaine found in fruit",
        "HAMBURG, Germany (Reuters) - According to German customs, the cocaine was loaded "
        "at the port of Santos in Brazil in March and trans-shipped at Valencia in eastern "
        "Spain before the container reached Hamburg last week.",
    )
    legs = _legs(a)
    assert ("Santos", "Valencia") in legs
    assert ("Valencia", "Hamburg") in legs


def test_a_second_smaller_boat_is_a_new_craft_with_no_start() -> None:
    a = _run(
        "Refugee boats land",
        "JAKARTA (Reuters) - The boat eventually landed near Lhokseumawe in Aceh early "
        "Monday. A second, smaller boat carrying about 40 people reportedly reached Sabang "
        "the same day, local police said.",
    )
    assert not any(t == "Sabang" for _, t in _legs(a))


def test_two_starts_and_two_ends_told_in_turn_pair_each_start_with_its_near_end() -> None:
    a = _run(
        "Guns smuggled",
        "MEXICO CITY (Reuters) - Dozens of pistols bought at pawn shops in Austin and San "
        "Diego were smuggled across the border, officials said. The pistols were then driven "
        "to Del Rio and Calexico, a court filing said.",
    )
    legs = _legs(a)
    assert ("Austin", "Del Rio") in legs
    assert ("San Diego", "Calexico") in legs
    assert ("Austin", "Calexico") not in legs


def test_two_ends_of_two_streams_are_not_visited_in_turn() -> None:
    a = _run(
        "Guns smuggled",
        "MEXICO CITY (Reuters) - Dozens of pistols bought at pawn shops in Austin and San "
        "Diego were smuggled across the border and ended up with a gang in Ensenada, "
        "officials said. The pistols were then driven to Del Rio and Calexico, and carried "
        "through the ports of entry, a court filing said. Once in Mexico they were moved "
        "through Mexicali before reaching Ensenada, it added.",
    )
    legs = _legs(a)
    assert ("Del Rio", "Calexico") not in legs
    assert ("Calexico", "Mexicali") in legs
