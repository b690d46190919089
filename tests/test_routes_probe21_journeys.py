"""Route moods, stops told alone and ends read off the right words (probe 21).

A trip planned or stopped on the way is not made; a merge never makes a meant arrival
made; a stop told alone lies between the start and the end; "the Danube ports of X and Y"
are X and Y; a trade a place is a hub for is no movement; the teller of a movement is
not its mover. Passages written for these tests, run through the whole pipeline.
"""

from __future__ import annotations

from helpers import wire_story

import claimmap
from claimmap.model import Analysis

HEAD = "Reuters, 2026-03-04\n"


def _run(title: str, body: str) -> Analysis:
    return wire_story(title, HEAD, body)


def _legs(a: Analysis) -> list[tuple[str, str, str]]:
    """(from, to, mood) of every leg, in route order."""
    names = {p.id: p.name for p in a.places}
    return [
        (names[leg.from_place], names[leg.to_place], leg.mood) for r in a.routes for leg in r.legs
    ]


def test_a_participle_on_a_planned_departure_is_planned_and_goes_on_from_its_start() -> None:
    a = _run(
        "Convoy due to sail",
        "KYIV (Reuters) - A third convoy is due to leave Odesa next week, carrying maize to "
        "Algeria's port of Oran via the Dardanelles, the ministry said.",
    )
    assert _legs(a) == [
        ("Odesa", "Dardanelles", "intended"),
        ("Dardanelles", "Oran", "intended"),
    ]


def test_a_trip_of_movers_stopped_on_the_way_is_not_made() -> None:
    a = _run(
        "Trucks blocked",
        "KINSHASA (Reuters) - Relief lorries taking rice from Bukavu to Uvira were stopped on "
        "Friday at a checkpoint near Kamanyola, the UN said.",
    )
    assert _legs(a) == [("Bukavu", "Uvira", "intended")]
    a = _run(
        "Smugglers arrested",
        "ABUJA (Reuters) - Smugglers bringing rifles from Niamey to Kano were arrested in Kano "
        "on Friday, police said.",
    )
    assert _legs(a) == [("Niamey", "Kano", "made")]  # stopped where they were going
    a = _run(
        "Aid blocked",
        "KINSHASA (Reuters) - Aid trucks bringing flour from Bukavu to Uvira were blocked on "
        "Monday at the Kamanyola junction, the UN said.",
    )
    assert _legs(a) == [("Bukavu", "Uvira", "intended")]  # "Aid" misread as a verb


def test_the_ports_of_a_river_are_the_ports_not_the_river() -> None:
    a = _run(
        "Ships left Danube",
        "BUCHAREST (Reuters) - Four freighters left the Danube ports of Galati and Braila on "
        "Tuesday, heading through the Sulina channel to the Black Sea, the agency said.",
    )
    starts = {f for f, _, _ in _legs(a)}
    assert starts == {"Galaţi", "Brăila"}
    assert all(t == "Black Sea" for _, t, _ in _legs(a))


def test_a_stop_told_alone_lies_between_the_start_and_the_end() -> None:
    a = _run(
        "Container seized",
        "ANTWERP (Reuters) - One container was shipped from Dakar's main port and was bound "
        "for Busan, customs officials said. It was transshipped at the port of Abidjan, they "
        "added.",
    )
    assert sorted(_legs(a)) == [("Abidjan", "Busan", "intended"), ("Dakar", "Abidjan", "made")]
    assert len(a.routes) == 1


def test_a_merge_does_not_make_a_meant_arrival_made() -> None:
    a = _run(
        "Afghans return from Iran",
        "KABUL (Reuters) - Thousands of Afghans are returning from Iran this week, aid groups "
        'said. "Many of these people told us they will not stop in Herat but will go on to '
        'Kabul, where their families live," said an aid worker in Herat.',
    )
    assert ("Iran", "Kabul", "intended") in _legs(a)
    assert all(mood != "made" for f, t, mood in _legs(a) if t == "Kabul")


def test_where_the_source_of_goods_was_killed_is_where_they_came_from() -> None:
    a = _run(
        "Ivory trade",
        "NAIROBI (Reuters) - The tusks may have come from elephants killed in Tanzania and "
        "moved overland through Namanga in Kajiado county before reaching Nairobi, "
        "investigators said.",
    )
    legs = _legs(a)
    assert legs[0][0] == "Tanzania"
    assert legs[-1][1] == "Nairobi"


def test_a_hub_for_a_trade_is_no_movement() -> None:
    a = _run(
        "Kenya hub",
        "NAIROBI (Reuters) - Kenya is the main hub for ivory exports to Asia, the report said. "
        "Customs officers said 300 kg of tusks were flown from Nairobi to Bangkok last week.",
    )
    assert [m.trigger.text for m in a.movements] == ["flown"]
    assert _legs(a) == [("Nairobi", "Bangkok", "made")]


def test_a_region_beside_an_unknown_island_is_no_end() -> None:
    a = _run(
        "Migrants sail",
        "BOGOTA (Reuters) - The migrants were sailing from Turbo to the Panamanian island of "
        "Zapzurro on the Caribbean coast, officials said.",
    )
    (m,) = a.movements
    assert m.destination is not None and m.destination.place_id is None
    assert all("Caribbean" not in t for _, t, _ in _legs(a))


def test_the_teller_is_not_the_mover_of_what_they_tell() -> None:
    a = _run(
        "Boat pushed",
        "JAKARTA (Reuters) - Fishermen in Lhokseumawe told Reuters the boat, with about 90 "
        "people on board, was pushed towards Malaysia's Penang island.",
    )
    (m,) = a.movements
    assert m.mover is not None and m.mover.text == "boat"
    assert m.origin is None


def test_a_crossing_told_by_a_second_verb_lies_before_the_end() -> None:
    a = _run(
        "Fuel smugglers run diesel across Hormuz",
        "KHASAB, Oman (AFP) - Wooden dhows loaded with Iranian diesel leave the port of Bandar "
        "Abbas every night, cross the Strait of Hormuz and unload at Sohar, the main town of "
        "Oman's Batinah coast, smugglers and officials said.",
    )
    assert _legs(a) == [
        ("Bandar Abbas", "Strait of Hormuz", "made"),
        ("Strait of Hormuz", "Sohar", "made"),
    ]


def test_a_transshipment_port_told_later_joins_the_one_journey() -> None:
    a = _run(
        "Ivory seized in Ghana",
        "ACCRA (Reuters) - Customs officers in Ghana have seized 3 tonnes of ivory hidden in a "
        "container that had been shipped from Dakar's main port and was bound for Busan in "
        "South Korea, officials said on Monday. The container was loaded at Dakar on May 3, "
        "according to Senegal's customs service. It was transshipped at the port of Tema, "
        "where it was opened on Friday, Ghana's customs service said.",
    )
    assert len(a.routes) == 1
    legs = _legs(a)
    assert ("Dakar", "Tema", "made") in legs
    assert [(f, mood) for f, _, mood in legs if f == "Tema"] == [("Tema", "intended")]
    assert all(f != "Dakar" or t == "Tema" for f, t, _ in legs)  # no Dakar → end leg


def test_a_headline_crossing_does_not_make_the_meant_onward_trip_made() -> None:
    a = claimmap.analyze(
        claimmap.from_text(
            "Thousands of Afghans cross back from Iran as raids intensify\n"
            "Reuters, 2026-10-14\n"
            "HERAT, Oct 14 (Reuters) - Thousands of Afghan families crossed from Iran into "
            "Afghanistan on Tuesday through the Islam Qala border crossing, fleeing a week of "
            "police raids in Tehran, Afghan officials said.\n\n"
            '"We are seeing trucks queued for more than four kilometres," said an aid worker '
            'in Herat. "Many of these families told us they will not stop in Herat but will go '
            'on to Kabul, where their villages are."\n'
        )
    )
    to_kabul = [(f, mood) for f, t, mood in _legs(a) if t == "Kabul"]
    assert to_kabul == [("Iran", "intended")]
