"""Legs from probe-23a phenomena: passengers' nationalities ("mostly from A, B and C") read
as no start, people directed on and a part of them "sent on by bus", goods stashed before
being moved on, bought from sellers in a city and flown on, waved across a border and
unloaded, a comma aside "routed through" hung on the factory reached, a side of a continent
("northern Europe") holding no southern port, a country left "passing through" its own
city, a pushback told as an accusation and denied as "the allegation", an unknown end
located by an aside ("heading for K, on X's coast"), a start "from beaches near X", and
goods seized in two ports traced to where they were loaded. Passages written for these
tests, run through the pipeline.
"""

from __future__ import annotations

from helpers import leg_moods as _legs
from helpers import wire_story

from claimmap.model import Analysis

HEAD = "Reuters, 2026-05-13\n"


def _run(title: str, body: str) -> Analysis:
    return wire_story(title, HEAD, body)


def test_passengers_nationalities_are_no_start_of_the_boat() -> None:
    a = _run(
        "Trawler escorted to Sicily",
        "ROME (Reuters) - A trawler carrying 230 migrants, mostly from Sudan, Eritrea and "
        "Syria, was intercepted on Monday south of Lampedusa and escorted to the port of "
        "Pozzallo. The migrants were later taken by coach to a reception centre in Catania.",
    )
    legs = _legs(a)
    assert not [k for k in legs if k[0] in ("Sudan", "Eritrea", "Syria")]
    escorted = [m for m in a.movements if m.trigger.text == "escorted"]
    assert escorted and escorted[0].origin is None
    assert legs[("Pozzallo", "Catania")] == "made"  # the migrants the trawler carried


def test_directed_on_then_a_part_sent_on_by_bus() -> None:
    a = _run(
        "Evacuees reach Bilbao",
        "IRUN, Spain (Reuters) - The evacuees crossed the bridge into Spain at Irun on "
        "Tuesday. From Irun they were directed to a sports hall in Vitoria, and those with "
        "relatives were then sent on by bus to Bilbao.",
    )
    names = {p.id: p.name for p in a.places}
    legs = _legs(a)
    irun, vitoria = (next(n for n in names.values() if w in n) for w in ("Irun", "Vitoria"))
    assert legs[(irun, vitoria)] == "made"
    assert legs[(vitoria, "Bilbao")] == "made"
    assert (irun, "Bilbao") not in legs


def test_stashed_near_two_towns_before_being_moved_on() -> None:
    a = _run(
        "Ivory route",
        "NAIROBI (Reuters) - The smugglers cross the Mozambique Channel and hide the ivory "
        "near Toliara or Morondava before moving it in small boats to Mombasa, the police "
        "said.",
    )
    (moving,) = [m for m in a.movements if m.trigger.text == "moving"]
    names = {p.id: p.name for p in a.places}
    assert moving.origin is not None and moving.origin.span.text == "Toliara or Morondava"
    legs = _legs(a)
    assert legs[(names[moving.origin.place_id], "Mombasa")] == "made"
    assert len([k for k in legs if k[1] == "Mombasa"]) == 2


def test_bought_from_dealers_in_a_city_and_flown_on() -> None:
    a = _run(
        "Rifles traced",
        "LONDON (Reuters) - The rifles were bought from dealers in Istanbul and flown to "
        "Khartoum, the report said.",
    )
    assert _legs(a) == {("Istanbul", "Khartoum"): "made"}


def test_waved_across_a_border_and_unloaded_at_depots() -> None:
    a = _run(
        "Lorries waved through",
        "WARSAW (Reuters) - The lorries drove west through Minsk. They were then waved "
        "across the Polish border near Terespol, it said, and unloaded at depots in Lodz.",
    )
    (waved,) = [m for m in a.movements if m.trigger.text == "waved"]
    assert waved.destination is not None and waved.destination.span.text.endswith("Lodz")
    assert any(k[1] == "Łódź" or k[1] == "Lodz" for k in _legs(a))


def test_a_comma_aside_routed_through_is_the_way_of_the_parts_not_the_factory() -> None:
    a = _run(
        "Parts still reaching plant",
        "LONDON (Reuters) - Machine tools made by Japanese firms are still reaching the "
        "Kalashnikov plant in Russia's Udmurtia republic, routed through trading houses in "
        "Turkey and Armenia, according to customs records.",
    )
    assert not [m for m in a.movements if m.trigger.text == "routed"]
    (reaching,) = [m for m in a.movements if m.trigger.text == "reaching"]
    names = {p.id: p.name for p in a.places}
    ways = [names[i] for t in reaching.transit for i in (t.place_id, *t.other_place_ids) if i]
    assert ways == ["Turkey", "Armenia"]
    legs = _legs(a)
    assert not [k for k in legs if "Udmurt" in k[0]]
    assert [k for k in legs if "Udmurt" in k[1]]


def test_a_southern_port_is_not_inside_northern_europe() -> None:
    a = _run(
        "Containers transhipped",
        "ROME (Reuters) - The containers were then shipped to Italy, where they were "
        "transhipped at Naples onto feeder vessels bound for northern Europe, according to "
        "an Italian police official.",
    )
    assert _legs(a)[("Naples", "Europe")] == "intended"


def test_leaving_a_country_through_its_own_city_is_no_leg() -> None:
    a = _run(
        "Opium trade",
        "YANGON (Reuters) - He added that about 70% of the opium leaving Myanmar is believed "
        "to pass through Lashio.",
    )
    (leaving,) = [m for m in a.movements if m.trigger.text == "leaving"]
    assert leaving.origin is not None and leaving.origin.span.text == "Myanmar"
    assert not _legs(a)


def test_a_pushback_accusation_is_a_leg_the_bare_denial_contests() -> None:
    a = _run(
        "Pushback alleged",
        "ZAGREB (Reuters) - A rights group accused a Croatian police unit of driving a van "
        "with 20 migrants back toward Bosnian territory on Friday. The Croatian interior "
        "ministry denied the allegation.",
    )
    legs = [(leg, r) for r in a.routes for leg in r.legs]
    names = {p.id: p.name for p in a.places}
    (leg,) = [leg for leg, _ in legs if names[leg.to_place] == "Bosnia and Herzegovina"]
    assert names[leg.from_place] == "Croatia"
    denial = next(c for c in a.claims if c.modality == "denied")
    assert denial.id in leg.claim_ids  # listed with the accusation: contested


def test_an_unknown_end_located_by_an_aside_and_a_start_near_a_town() -> None:
    a = _run(
        "Boats leave Libya",
        "TRIPOLI (Reuters) - Most of the dinghies set off from beaches near Sabratha, the "
        "coast guard said. A second boat reportedly left from Zuwara and may have been "
        "heading for Cala Pisana, on Lampedusa's eastern shore, an official said.",
    )
    (setoff,) = [m for m in a.movements if m.trigger.text == "set"]
    names = {p.id: p.name for p in a.places}
    assert setoff.origin is not None and setoff.origin.span.text == "beaches near Sabratha"
    assert names.get(setoff.origin.place_id or "") == "Şabrātah"
    (hop,) = [k for k, mood in _legs(a).items() if mood == "possible"]
    assert "Lampedusa" in hop[1]


def test_goods_seized_in_two_ports_run_from_where_they_were_loaded() -> None:
    a = _run(
        "Cocaine traced",
        "ROTTERDAM (Reuters) - Investigators believe that 4 tonnes of cocaine seized in "
        "Hamburg and Le Havre last month were loaded into fruit containers at the port of "
        "Santos, officials said.",
    )
    legs = _legs(a)
    assert legs[("Santos", "Hamburg")] == "made"
    assert legs[("Santos", "Le Havre")] == "made"
