"""Probe 25a route phenomena, with passages written for these tests (names, places and
wording invented): a loading and its unloading the parser folded into one clause, goods
"intended for" a place, a stop told with a relative clause before "and then to Y", "others
ended up in Z" branching from the last common stop, goods dug around X and bought by
traders in Y before being driven on, and one group of travellers named "the group",
"survivors" and "they" across one story.
"""

from __future__ import annotations

import claimmap
from claimmap.model import Analysis

Legs = dict[tuple[str, str], tuple[str, str]]


def _analysis(text: str) -> Analysis:
    return claimmap.analyze(claimmap.from_text(text))


def _legs(a: Analysis) -> Legs:
    """(from, to) → (status, mood) of every leg, by place name."""
    name = {p.id: p.name for p in a.places}
    return {
        (name[leg.from_place], name[leg.to_place]): (leg.status, leg.mood)
        for r in a.routes
        for leg in r.legs
    }


def _route_of(a: Analysis, hop: tuple[str, str]) -> set[tuple[str, str]]:
    """Every hop of the route holding ``hop``."""
    name = {p.id: p.name for p in a.places}
    for r in a.routes:
        hops = {(name[leg.from_place], name[leg.to_place]) for leg in r.legs}
        if hop in hops:
            return hops
    raise AssertionError(f"no route holds {hop}")


def test_loaded_at_ports_and_unloaded_later_in_others_runs_from_the_loading() -> None:
    legs = _legs(
        _analysis(
            "According to port records, the fertiliser was loaded onto Maltese-flagged tankers "
            "at Constanta and at Varna, a port on the Black Sea, and unloaded days later in "
            "Batumi and Poti."
        )
    )
    assert set(legs) == {
        ("Constanţa", "Batumi"),
        ("Constanţa", "Poti"),
        ("Varna", "Batumi"),
        ("Varna", "Poti"),
    }
    assert legs[("Varna", "Poti")] == ("stated", "made")


def test_goods_intended_for_a_city_and_for_buyers_in_a_country_are_meant_ends() -> None:
    legs = _legs(
        _analysis(
            "Police said the cocaine was shipped from Guayaquil to Antwerp in June. The cocaine "
            "was intended for Amsterdam and for buyers in Germany, prosecutors said."
        )
    )
    assert legs[("Guayaquil", "Antwerp")] == ("stated", "made")
    assert legs[("Antwerp", "Amsterdam")][1] == "intended"
    assert legs[("Antwerp", "Germany")][1] == "intended"


def test_a_stop_told_with_where_goes_on_to_the_next_step() -> None:
    legs = _legs(
        _analysis(
            "The detainees were flown to Kandahar, where they were questioned for a week, and "
            "later to Kabul, the ministry said."
        )
    )
    assert legs == {("Kandahār", "Kabul"): ("stated", "made")}


def test_a_where_clause_without_a_next_step_keeps_its_end() -> None:
    legs = _legs(
        _analysis(
            "The detainees were flown to Kandahar, where they were questioned for a week, the "
            "ministry said."
        )
    )
    assert ("Kandahār", "Kabul") not in legs


def test_others_ended_up_branches_from_the_last_common_stop() -> None:
    legs = _legs(
        _analysis(
            "From Simferopol, some of the children were sent to a camp near Anapa. Others "
            "ended up in Yevpatoria, officials said."
        )
    )
    assert legs[("Simferopol", "Yevpatoriya")] == ("inferred", "made")
    assert ("Anapa", "Yevpatoriya") not in legs


def test_ended_up_in_hands_is_no_movement() -> None:
    a = _analysis("Most of the rifles ended up in the hands of Hamas, officials said.")
    assert not [m for m in a.movements if m.trigger.text == "ended"]


def test_gold_dug_around_x_bought_in_y_and_driven_on() -> None:
    a = _analysis(
        "Gold from eastern Congo was flown on to Dubai, the monitors said on Tuesday.\n\n"
        "According to the monitors, gold dug by artisanal miners around Butembo was bought "
        "by dealers in Beni and driven north to Bunia."
    )
    legs = _legs(a)
    assert legs[("Butembo", "Beni")] == ("stated", "made")
    assert legs[("Beni", "Bunia")] == ("stated", "made")
    assert ("Dubai", "Bunia") not in legs  # no backwards leg from the lede's end


_STORY = (
    "Ibrahim Keita, a 22-year-old from Kayes, said he had travelled by bus from Bamako to "
    'Gao in May. "We stayed two weeks in a house in Gao. Then the drivers put thirty of us '
    'on a truck and drove north," he told reporters. The group was taken across the border '
    "to Tamanrasset, Keita said."
)


def test_the_group_goes_on_from_the_tellers_last_stop() -> None:
    a = _analysis(_STORY)
    # the town Tamanrasset (GeoNames "Tamanghasset"), not the wilaya of its name
    assert _legs(a)[("Gao", "Tamanghasset")] == ("inferred", "made")
    assert ("Bamako", "Gao") in _route_of(a, ("Gao", "Tamanghasset"))


def test_another_group_is_no_teller_s_party() -> None:
    a = _analysis(_STORY.replace("The group was taken", "Another group was taken"))
    assert ("Gao", "Tamanghasset") not in _legs(a)


def test_survivors_moved_on_before_a_from_there_step_start_where_the_group_was() -> None:
    a = _analysis(
        "The group was taken through Kidal and across the border to Tamanrasset before "
        "reaching Ghardaia in northern Algeria, Keita said. There they were held in a farm "
        "until relatives paid. Several survivors said they were later moved north to Oran, "
        "a port that aid groups describe as a hub for smugglers. From there, they were "
        "driven to the coast near Mostaganem and then west to Ghazaouet."
    )
    legs = _legs(a)
    assert legs[("Ghardaïa", "Oran")] == ("inferred", "made")
    assert {("Tamanghasset", "Ghardaïa"), ("Oran", "Mostaganem")} <= _route_of(
        a, ("Ghardaïa", "Oran")
    )
