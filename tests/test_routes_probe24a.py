"""Probe 24a route phenomena: crafts tracked to a place, "then" going on from the last end,
branches told with a bearing each, bans and stopped journeys, go-betweens told with
"through", denials of tolerating smugglers, a final goal going on from the journey before,
a journey told again from its start, and cargo unloaded at a port. Passages written for
these tests, run through the whole pipeline.
"""

from __future__ import annotations

from helpers import leg_claim_modalities as _claim_moods
from helpers import leg_moods as _legs
from helpers import wire_story

from claimmap.model import Analysis

HEAD = "Reuters, 2026-03-04\n"


def _run(title: str, body: str) -> Analysis:
    return wire_story(title, HEAD, body)


def test_flights_tracked_to_a_town_start_where_they_originated() -> None:
    a = _run(
        "Monitors track cargo flights to Chad",
        "N'DJAMENA (Reuters) - The monitors said at least nine flights originating from "
        "Benghazi were tracked to Abeche, a town in eastern Chad, between March and May.",
    )
    assert _legs(a) == {("Benghazi", "Abéché"): "made"}


def test_a_then_step_with_no_start_goes_on_from_the_last_end() -> None:
    a = _run(
        "Arms flights land in Chad",
        "N'DJAMENA (Reuters) - The monitors said at least nine cargo planes flew from "
        "Benghazi to Abeche in May. The boxes were then loaded onto lorries and driven "
        "across the border into Darfur, the monitors said.",
    )
    legs = _legs(a)
    assert legs[("Abéché", "Darfur")] == "made"
    assert ("Benghazi", "Darfur") not in legs


def test_branches_told_with_a_bearing_each_share_the_start() -> None:
    a = _run(
        "Convoys fan out across Darfur",
        "KHARTOUM (Reuters) - From Abeche, the trucks allegedly travelled east to Nyala, "
        "and north to Kutum, the report said.",
    )
    legs = _legs(a)
    assert set(legs) == {("Abéché", "Nyala"), ("Abéché", "Kutum")}


def test_a_bearing_told_as_the_next_stretch_still_goes_on() -> None:
    a = _run(
        "Column moves across Mali",
        "BAMAKO (Reuters) - The column drove from Mopti north to Timbuktu and then further "
        "north to Araouane, officials said.",
    )
    legs = _legs(a)
    assert ("Mopti", "Araouane") not in legs
    assert ("Timbuktu", "Araouane") in legs or ("Mopti", "Timbuktu") in legs


def test_a_ban_on_boarding_flights_draws_no_leg() -> None:
    a = _run(
        "Jordan bars flights to Serbia",
        "AMMAN (Reuters) - Jordan said it had barred Afghan, Sudanese and Somali nationals "
        "from boarding flights to Serbia from Amman.",
    )
    assert _legs(a) == {}


def test_movers_prevented_from_crossing_meant_to_go() -> None:
    a = _run(
        "Police stop migrants at border",
        "SOFIA (Reuters) - Police prevented about 300 migrants from crossing into Serbia "
        "from Bulgaria on Sunday, the ministry said.",
    )
    assert _legs(a) == {("Bulgaria", "Serbia"): "intended"}


def test_goods_sold_through_brokers_pass_through_no_place() -> None:
    a = _run(
        "Grain moved to Turkish coast",
        "KYIV (Reuters) - Officials said grain from Odesa was moved to the Turkish coast and "
        "sold through Cypriot traders.",
    )
    legs = _legs(a)
    assert ("Odesa", "Turkey") in legs
    assert not any("Cyprus" in pair for pair in legs)


def test_denying_tolerance_of_smugglers_contests_no_journey() -> None:
    a = _run(
        "Migrants reach Tapachula",
        "MEXICO CITY (Reuters) - The migrants travelled from Quito to Tapachula, officials "
        "said.\n\nMexico's interior ministry rejected accusations by Guatemalan officials "
        'that it had allowed traffickers to operate openly in Tapachula. "Mexico does not '
        'tolerate smuggling networks and has arrested 40 smugglers this year," the '
        "ministry said.",
    )
    assert _claim_moods(a) == {("Quito", "Tapachula"): ["asserted"]}


def test_a_final_goal_goes_on_from_the_journey_told_before() -> None:
    a = _run(
        "Migrants head north",
        "GUATEMALA CITY (Reuters) - Migrants interviewed by Reuters said they intended to "
        "continue north through Honduras to Guatemala City. Ana Ruiz, a 29-year-old nurse "
        "from Cali, said she had paid $4,000. Her final goal, she said, was to cross into "
        "Mexico.",
    )
    legs = _legs(a)
    assert legs[("Honduras", "Guatemala City")] == "intended"
    assert legs[("Guatemala City", "Mexico")] == "intended"


def test_a_goal_that_is_not_the_last_one_starts_nothing() -> None:
    a = _run(
        "Migrants head north",
        "GUATEMALA CITY (Reuters) - Migrants interviewed by Reuters said they intended to "
        "continue north through Honduras to Guatemala City. Their goal, they said, was to "
        "cross into Mexico.",
    )
    assert ("Guatemala City", "Mexico") not in _legs(a)


def test_a_part_of_the_movers_told_again_from_the_start() -> None:
    a = _run(
        "Nepalis cross the Sahara",
        "TRIPOLI (Reuters) - More than 900 Nepali nationals crossed the Sahara into Libya "
        "last month, the agency said on Monday.\n\nMost of them flew to Sudan and then "
        "travelled by truck across Chad to Kufra, according to the agency.",
    )
    legs = _legs(a)
    assert ("Nepal", "Sudan") in legs
    assert ("Libya", "Sudan") not in legs


def test_cargo_unloaded_at_two_ports_ends_there() -> None:
    a = _run(
        "Tanker cargo traced to China",
        "SINGAPORE (Reuters) - Several transfers took place off Qingdao, the report said. "
        "The cargo was reportedly unloaded later at Rizhao and Dalian.",
    )
    names = {p.id: p.name for p in a.places}
    (m,) = [m for m in a.movements if m.trigger.text == "unloaded"]
    assert m.destination is not None and m.destination.place_id is not None
    ends = [names[m.destination.place_id], *(names[i] for i in m.destination.other_place_ids)]
    assert ends == ["Rizhao", "Dalian"]
    assert m.origin is None and not m.transit
    assert ("Rizhao", "Dalian") not in _legs(a)


def test_a_cargo_unloaded_from_a_hospital_is_no_voyage() -> None:
    a = _run(
        "Patients moved",
        "SINGAPORE (Reuters) - The patient was discharged from hospital in Rizhao on Monday.",
    )
    assert not [m for m in a.movements if m.trigger.text == "discharged"]


def test_goods_routed_through_firms_in_a_country_pass_through_it() -> None:
    a = _run(
        "Chips reach Russia through Armenia",
        "LONDON (Reuters) - Microchips made in Taiwan are reaching Russia, routed through "
        "trading firms in Armenia, the report said.",
    )
    names = {p.id: p.name for p in a.places}
    (m,) = [m for m in a.movements if m.trigger.text == "routed"]
    assert [names.get(t.place_id or "") for t in m.transit] == ["Armenia"]
