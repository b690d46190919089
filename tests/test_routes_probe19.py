"""Denials reach the legs they contest, and movers counted afresh are other movers.

A denial is listed with the claims of the legs it answers (the legs table's ``denied_by``),
never as their support: a denied movement contests the alleged legs between its ends, or is
a leg only its denier tells; a denial with no movement contests the legs in the places it
names, or in the denier's own country when it speaks of "its territory". Passages written
for these tests, run through the whole pipeline.
"""

from __future__ import annotations

from helpers import leg_claim_modalities as _legs
from helpers import wire_story

from claimmap.figures import legs_frame
from claimmap.model import Analysis

HEAD = "Reuters, 2026-03-04\n"


def _run(title: str, body: str) -> Analysis:
    return wire_story(title, HEAD, body)


def test_a_denied_journey_contests_the_leg_another_claim_alleges() -> None:
    a = _run(
        "Belarus shipped shells to Mali, officials say",
        "WASHINGTON (Reuters) - Two U.S. officials said on Tuesday that Belarus had flown "
        "artillery shells from Minsk to Bamako in recent months.\n\n"
        "Belarus's foreign ministry denied that any shells had been flown from Minsk to Bamako.",
    )
    legs = _legs(a)
    # kept, contested, and the headline's coarser Belarus → Mali folded into it
    assert legs[("Minsk", "Bamako")] == ["asserted", "denied", "asserted"]
    (row,) = [r for r in legs_frame(a).to_dict("records") if r["from"] == "Minsk"]
    assert "U.S. officials" in row["claimants"]
    assert row["denied_by"] == "foreign ministry"  # the other side, apart from support


def test_a_denied_journey_no_one_alleges_is_a_leg_only_its_denier_tells() -> None:
    a = _run(
        "Kazakhstan denies sending troops",
        "ASTANA (Reuters) - Kazakhstan's defence ministry on Monday denied sending troops "
        "from Astana to Yerevan.",
    )
    assert _legs(a) == {("Astana", "Yerevan"): ["denied"]}
    (row,) = legs_frame(a).to_dict("records")
    assert row["denied_by"] == row["claimants"] == "defence ministry"


def test_a_denial_about_its_own_territory_contests_the_legs_that_start_there() -> None:
    a = _run(
        "Arms convoy crossed into Mali, monitors say",
        "DAKAR (Reuters) - A convoy of armoured vehicles was driven from the port of Dakar to "
        "Bamako last week, according to a report by the monitoring group Sahel Watch.\n\n"
        "Senegal's government denied that its territory was being used to move weapons to Mali.",
    )
    assert _legs(a) == {("Dakar", "Bamako"): ["asserted", "denied"]}


def test_a_denial_naming_a_port_contests_the_legs_through_it() -> None:
    a = _run(
        "Fuel smuggled through Mersin, report says",
        "ANKARA (Reuters) - Smugglers trucked diesel from Gaziantep to Mersin and shipped it "
        "on to Famagusta, a report by the group Trade Watch said on Monday.\n\n"
        "Turkey's trade ministry denied that Mersin was used by smugglers.",
    )
    legs = _legs(a)
    assert legs[("Gaziantep", "Mersin")][-1] == "denied"
    assert legs[("Mersin", "Famagusta")][-1] == "denied"
    assert "denied" not in legs[("Gaziantep", "Mersin")][:-1]  # the allegation stays support


def test_a_denial_naming_no_place_of_a_leg_leaves_it_alone() -> None:
    a = _run(
        "Fuel smuggled to Cyprus, report says",
        "ANKARA (Reuters) - Smugglers trucked diesel from Gaziantep to Mersin, a report by the "
        "group Trade Watch said on Monday.\n\n"
        "Turkey's trade ministry denied that Izmir was used by smugglers.",
    )
    assert _legs(a) == {("Gaziantep", "Mersin"): ["asserted"]}


def test_people_counted_afresh_are_not_the_boat_told_before() -> None:
    a = _run(
        "Migrant boats reach Malta",
        "VALLETTA (AFP) - A wooden boat carrying 47 people was found adrift south of Malta on "
        'Monday. "The people on board told us they left Sfax on Saturday night," said rescuer '
        "Anna Berg.\n\n"
        "The Armed Forces of Malta said separately that it had coordinated the rescue of 85 "
        "people who were brought to Valletta last week.",
    )
    assert ("Sfax", "Valletta") not in _legs(a)


def test_people_counted_with_the_same_number_go_on() -> None:
    a = _run(
        "Migrant boat reaches Malta",
        "VALLETTA (AFP) - A wooden boat carrying 47 people left Sfax on Saturday night, "
        "rescuers said.\n\n"
        "The 47 people were brought to Valletta on Monday, the Armed Forces of Malta said.",
    )
    assert ("Sfax", "Valletta") in _legs(a)


def test_a_denial_of_sending_into_a_country_leaves_a_journey_within_it() -> None:
    a = _run(
        "Fuel smuggled inside Turkey, report says",
        "ANKARA (Reuters) - Smugglers trucked diesel from Gaziantep to Mersin, a report by the "
        "group Trade Watch said on Monday.\n\n"
        "Syria's oil ministry denied sending any fuel to Turkey.",
    )
    assert _legs(a)[("Gaziantep", "Mersin")] == ["asserted"]


def test_a_denial_about_something_else_on_its_soil_contests_nothing() -> None:
    a = _run(
        "Fuel smuggled inside Turkey, report says",
        "ANKARA (Reuters) - Smugglers trucked diesel from Gaziantep to Mersin, a report by the "
        "group Trade Watch said on Monday.\n\n"
        "Turkey's interior ministry rejected the idea of foreign police patrols on its soil.",
    )
    assert _legs(a)[("Gaziantep", "Mersin")] == ["asserted"]
