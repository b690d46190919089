"""Legs from probe-23 phenomena: partitive flights after a landing in two towns, one plane
sent to one of them; an end-only walk not chained across a place the text names but no
gazetteer holds; starts from the surrounding text (the tellers' own town for its families,
the site the sentence before puts a convoy "later moved" on); a tanker "reappeared near"
or "resurfaced off" a place; a second locative phrase "and on X island" in the end; boats
"heading for" a port after their seizure. Passages written for these tests.
"""

from __future__ import annotations

from helpers import leg_moods as _legs
from helpers import wire_story

from claimmap.model import Analysis, Movement

HEAD = "Reuters, 2026-03-11\n"  # a Wednesday


def _run(title: str, body: str) -> Analysis:
    return wire_story(title, HEAD, body)


def _ends(a: Analysis, m: Movement) -> list[str]:
    names = {p.id: p.name for p in a.places}
    ref = m.destination
    assert ref is not None
    ids = [ref.place_id, *ref.other_place_ids] if ref.place_id else list(ref.other_place_ids)
    return [names[i] for i in ids]


def test_a_plane_diverted_to_one_of_the_towns_takes_it_from_the_other_flights() -> None:
    a = _run(
        "Removal flights land in Honduras",
        "SAN PEDRO SULA (Reuters) - Three charter flights carrying 250 Hondurans landed in "
        "San Pedro Sula and La Ceiba over the past week, the migration institute said on "
        "Monday.\n\nTwo of the flights departed from Houston after stopping to pick up "
        "detainees in El Paso, according to flight-tracking data. The third plane, which left "
        "from Phoenix on Friday, was diverted to La Ceiba because of a storm over San Pedro "
        "Sula, the institute said.",
    )
    legs = _legs(a)
    assert legs[("Houston", "San Pedro Sula")] == "made"
    assert legs[("Phoenix", "La Ceiba")] == "made"
    assert ("Houston", "La Ceiba") not in legs


def test_an_end_only_walk_is_not_chained_past_an_unplaced_town() -> None:
    a = _run(
        "Expulsions surge at Haitian border",
        "PORT-AU-PRINCE (Reuters) - The pace of expulsions from the Dominican Republic rose "
        "again in October. According to the Haitian Refugee Network, some 6,200 people were "
        "handed over at the Pedernales crossing into Anse-a-Pitres last week, and a further "
        "2,300 were pushed through Jimani into Zarvenka.\n\nThe Dominican migration agency "
        "rejected the network's figures.\n\nThe network said it had counted at least 40 "
        'children among those expelled at Zarvenka alone. "They are left at the gate with '
        'nothing," said Rose Pierre, a network monitor in Zarvenka. "They walk to Jacmel '
        'because there is no bus."',
    )
    (walk,) = [m for m in a.movements if m.trigger.text == "walk"]
    assert _ends(a, walk) == ["Jacmel"]
    legs = _legs(a)
    assert legs[("Pedernales", "Anse-à-Pitre")] == "made"
    assert not [k for k in legs if k[1] == "Jacmel"]  # they set off from Zarvenka, unplaced


def test_families_leave_from_the_town_of_the_residents_who_tell_it() -> None:
    a = _run(
        "Fighting nears northern towns",
        "BAMAKO (Reuters) - Fighting spread across the north on Sunday, a security source "
        "said. Residents of Gao reached by telephone said many families had already left for "
        "Niger. Villagers near Timbuktu said soldiers had been sent to Gao.",
    )
    legs = _legs(a)
    assert legs[("Gao", "Niger")] == "made"
    assert not [k for k in legs if k[0] == "Timbuktu"]  # soldiers are no villagers' kin


def test_a_convoy_later_moved_goes_on_from_the_site_the_sentence_before_names() -> None:
    a = _run(
        "Armour moved north",
        "DAKAR (Reuters) - Drone footage reviewed by the monitoring group shows at least nine "
        "tanks parked at the Kati barracks near Bamako last month. The group said the column "
        "was later moved east by road to Mopti. Analysts said the army would need months to "
        "rebuild.",
    )
    assert _legs(a) == {("Kati", "Mopti"): "made"}


def test_tankers_reappearing_near_a_port_and_resurfacing_off_another() -> None:
    a = _run(
        "Iranian oil reaches Asia",
        "SINGAPORE (Reuters) - At least six tankers loaded crude at Kharg Island in July, said "
        "a tracking firm. The tankers sailed across the Indian Ocean, switched off their "
        "transponders in the Andaman Sea and reappeared days later near Pengerang, the firm "
        "said. A seventh tanker resurfaced off Singapore on Monday after nine days dark, the "
        "firm said.",
    )
    ends = {m.trigger.text: _ends(a, m) for m in a.movements if m.destination is not None}
    assert ends["reappeared"] == ["Pengerang"]
    assert ends["resurfaced"] == ["Singapore"]


def test_a_second_locative_phrase_on_an_island_is_one_more_end() -> None:
    a = _run(
        "Workers sent east",
        "SEOUL (Reuters) - About 300 workers were flown from Pyongyang to Vladivostok in "
        "March, a researcher said. The workers were later sent to building sites in "
        "Khabarovsk and Magadan, and on Sakhalin island, the researcher said.",
    )
    legs = _legs(a)
    for town in ("Khabarovsk", "Magadan", "Sakhalin"):
        assert legs[("Vladivostok", town)] == "made"


def test_boats_heading_for_a_port_when_seized_back_no_voyage_made() -> None:
    a = _run(
        "Smugglers shift fuel by sea",
        "MUSCAT (Reuters) - Wooden dhows loaded with diesel leave the port of Jask every "
        "night, cross the Gulf of Oman and unload at Sur, smugglers said.\n\nThe coast guard "
        "said on Monday it had seized three dhows off Masirah on Sunday. The coast guard said "
        "the boats had sailed from Jask and were heading for Sur.",
    )
    (heading,) = [m for m in a.movements if m.trigger.text == "heading"]
    assert heading.mood == "intended"
    seized = {c.id for c in a.claims if c.claimant and "coast guard" in c.claimant.text}
    assert seized
    made = [leg for route in a.routes for leg in route.legs if leg.mood == "made"]
    assert made and not [leg for leg in made if seized & set(leg.claim_ids)]
