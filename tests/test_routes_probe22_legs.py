"""Legs from probe-22 phenomena: trucks turned back before the country they had left for
(that end only meant, no leg from it), partitive flights going on to the country where "the
flights" landed with a gapped second start and its stop, a crossing named after the town on its
near side, crafts discharging at ports and oil "piped" on, handovers "by way of" transfers
off a coast, a distance-and-direction phrase after the end, "a further convoy" leaving from
the first one's start on the coming weekday, and the aircraft (not the tellers) landing
after an aside "they said". Passages written for these tests, run through the pipeline.
"""

from __future__ import annotations

from helpers import leg_moods as _legs
from helpers import wire_story

from claimmap.model import Analysis

HEAD = "Reuters, 2026-03-11\n"  # a Wednesday


def _run(title: str, body: str) -> Analysis:
    return wire_story(title, HEAD, body)


def test_trucks_turned_back_never_reached_the_country_they_left_for() -> None:
    a = _run(
        "Buses rerouted",
        "BUDAPEST (Reuters) - The farmers' union said that some 200 buses that had left Lviv "
        "and Rivne for Hungary were turned back and sent instead towards the Vadul-Siret "
        "crossing into Romania.",
    )
    (left,) = [m for m in a.movements if m.trigger.text == "left"]
    assert left.mood == "intended"
    legs = _legs(a)
    assert legs[("Lviv", "Hungary")] == "intended"
    assert legs[("Lviv", "Siret")] == "made"
    assert legs[("Rivne", "Siret")] == "made"
    assert not [k for k in legs if k[0] == "Hungary"]


def test_partitive_flights_go_on_to_where_the_flights_landed_with_a_gapped_start() -> None:
    a = _run(
        "Removal flights land in Guatemala",
        "GUATEMALA CITY (Reuters) - Three deportation flights carrying 280 Guatemalans landed "
        "in Guatemala City and Quetzaltenango over the past week, the migration institute "
        "said on Monday.\n\nTwo of the flights departed from Houston and one from Phoenix, "
        "Arizona, after stopping to pick up detainees in El Paso, Texas, according to "
        "flight-tracking data reviewed by Reuters.",
    )
    (landed,) = [m for m in a.movements if m.trigger.text == "landed"]
    assert landed.mover is not None and landed.mover.text == "deportation flights"
    # nothing says which flights landed where: the parts end in the country holding both
    assert _legs(a) == {
        ("Houston", "Guatemala"): "made",
        ("Phoenix", "El Paso"): "made",
        ("El Paso", "Guatemala"): "made",
    }


def test_handed_over_at_a_named_crossing_into_a_town_across_the_border() -> None:
    a = _run(
        "Expulsions rise",
        "TIJUANA (Reuters) - According to a rights group, some 5,000 people were handed over "
        "at the Tijuana crossing into San Diego last month.",
    )
    assert _legs(a) == {("Tijuana", "San Diego"): "made"}


def test_crossing_into_its_own_country_names_no_start() -> None:
    a = _run(
        "Grain rerouted",
        "KYIV (Reuters) - Exporters said on Tuesday that the trucks used the Siret crossing "
        "into Romania.",
    )
    assert not [k for k in _legs(a) if k[0] == "Siret"]


def test_tankers_discharging_at_ports_after_a_handover_off_a_coast() -> None:
    a = _run(
        "Iranian crude reaches Liaoning",
        "SINGAPORE (Reuters) - Millions of barrels of Iranian crude have been shipped from "
        "Bandar Abbas to independent refiners in Liaoning this year by way of ship-to-ship "
        "transfers off the Malaysian state of Johor, according to tanker trackers. Those "
        "vessels discharged at Dalian and at Yingkou, where the oil was trucked and piped to "
        "small refineries around Panjin, according to an analyst.",
    )
    (shipped,) = [m for m in a.movements if m.trigger.text == "shipped"]
    assert [a.document.text[t.span.start : t.span.end] for t in shipped.transit] == [
        "Malaysian state of Johor"
    ]
    (piped,) = [m for m in a.movements if m.trigger.text == "piped"]
    assert piped.mover is not None and piped.mover.text == "oil"
    legs = _legs(a)
    assert legs[("Johor", "Liaoning")] == "made"
    assert legs[("Yingkou", "Panjin")] == "made"
    assert legs[("Johor", "Dalian")] == "made"
    assert legs[("Johor", "Yingkou")] == "made"


def test_a_measured_direction_is_no_end_and_a_further_convoy_leaves_from_the_start() -> None:
    a = _run(
        "Refugees moved from border",
        "KASSALA, Sudan (Reuters) - About 1,500 refugees were moved last week by bus from "
        "Kassala to the Girba camp, roughly 60 kilometers to the south, and a further convoy "
        "was expected to leave for camps near Atbara on Saturday, said the state governor, "
        "Ali Hamid.",
    )
    (moved,) = [m for m in a.movements if m.trigger.text == "moved"]
    assert moved.destination is not None
    assert a.document.text[moved.destination.span.start : moved.destination.span.end] == (
        "Girba camp"
    )
    assert not moved.transit
    (leave,) = [m for m in a.movements if m.trigger.text == "leave"]
    assert leave.origin is not None and leave.origin.span.text == "Kassala"
    assert str(leave.date) == "2026-03-14"  # the coming Saturday, not the one before
    assert _legs(a) == {("Kassala", "Atbara"): "intended"}


def test_a_past_guess_about_a_schedule_keeps_the_weekday_before() -> None:
    a = _run(
        "Bus schedule",
        "KASSALA, Sudan (Reuters) - Officials said a bus may have been scheduled to leave "
        "Kassala for Atbara on Monday.",
    )
    (leave,) = [m for m in a.movements if m.trigger.text == "leave"]
    assert str(leave.date) == "2026-03-09"


def test_aircraft_land_after_an_aside_not_the_tellers() -> None:
    a = _run(
        "Cargo flights to Niger",
        "NIAMEY (Reuters) - Two European officials in Niamey told Reuters that four Antonov "
        "cargo planes left the air base near Tartus on Monday. The aircraft refuelled at "
        "Jufra airport in Tobruk, they said, before landing at the military side of the "
        "airport in Agadez.",
    )
    (landing,) = [m for m in a.movements if m.trigger.text == "landing"]
    assert landing.mover is not None and landing.mover.text == "aircraft"
    assert ("Tobruk", "Agadez") in _legs(a)


def test_a_measured_direction_hung_on_the_verb_is_no_end_either() -> None:
    a = _run(
        "Refugees relocated",
        "KASSALA, Sudan (Reuters) - About 3,200 refugees were relocated last week by truck "
        "from Kassala to the Girba camp, roughly 50 kilometers to the east, the governor said.",
    )
    (moved,) = [m for m in a.movements if m.trigger.text == "relocated"]
    assert moved.destination is not None and moved.destination.span.text == "Girba camp"
    assert not moved.transit


def test_handed_over_at_a_crossing_with_the_town_across_on_the_verb() -> None:
    a = _run(
        "Expulsions rise",
        "TIJUANA (Reuters) - According to the group, some 9,800 people were handed over at "
        "the Tijuana crossing into San Diego last week.",
    )
    assert _legs(a) == {("Tijuana", "San Diego"): "made"}


def test_movers_who_left_for_a_country_and_were_arrested_there_got_there() -> None:
    a = _run(
        "Migrants arrested",
        "ROME (Reuters) - Police said 40 migrants who had left Tripoli for Italy were "
        "arrested in Sicily on Sunday.",
    )
    (left,) = [m for m in a.movements if m.trigger.text == "left"]
    assert left.mood == "made"
