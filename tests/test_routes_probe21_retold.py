"""Legs across sentences: a detailed telling of a stage a summary already told (no leg back
from where the summary ended), "sent on to Y" a paragraph after the movers' last arrival,
and a boat that "landed near X" / "came ashore near X on Y". Passages written for these
tests, run through the whole pipeline.
"""

from __future__ import annotations

from helpers import wire_story

from claimmap.model import Analysis

HEAD = "Reuters, 2026-06-02\n"


def _run(title: str, body: str) -> Analysis:
    return wire_story(title, HEAD, body)


def _legs(a: Analysis) -> set[tuple[str, str]]:
    names = {p.id: p.name for p in a.places}
    return {(names[leg.from_place], names[leg.to_place]) for r in a.routes for leg in r.legs}


def _end(a: Analysis, trigger: str) -> str | None:
    (m,) = [m for m in a.movements if m.trigger.text == trigger]
    names = {p.id: p.name for p in a.places}
    return names.get(m.destination.place_id) if m.destination and m.destination.place_id else None


def test_a_retold_first_stage_does_not_start_where_the_summary_ended() -> None:
    a = _run(
        "Labourers moved on to Belarus, officials say",
        "TASHKENT (Reuters) - Uzbekistan has sent about 2,000 labourers to Russia since "
        "March, many of whom were later moved to the Gomel region of Belarus, officials "
        "said on Monday.\n\nThe labourers crossed the border by train and were then taken "
        "to Yekaterinburg, the labour ministry said.",
    )
    legs = _legs(a)
    assert ("Uzbekistan", "Yekaterinburg") in legs
    assert not any(b == "Yekaterinburg" and a_ != "Uzbekistan" for a_, b in legs)


def test_a_way_back_into_a_country_left_still_goes_on_from_the_last_end() -> None:
    a = _run(
        "Workers returned",
        "TASHKENT (Reuters) - Uzbekistan has sent about 2,000 labourers to Russia since "
        "March, many of whom were later moved to the Gomel region of Belarus, officials "
        "said on Monday.\n\nThe labourers were then sent back to Smolensk, the ministry said.",
    )
    assert not any(b == "Smolensk" and a_ == "Uzbekistan" for a_, b in _legs(a))


def test_sent_on_a_paragraph_after_the_arrival_sets_off_where_they_arrived() -> None:
    a = _run(
        "Rockets flown to Syria, sources say",
        "BEIRUT (Reuters) - A cargo plane flew from Tehran to Latakia twice in May, two "
        "diplomats said.\n\nRadar data seen by reporters showed a plane with its "
        "transponder off over Iraq on May 3, which may fit the diplomats' account.\n\n"
        "An army source said the rockets had been sent on to an air base near Homs.",
    )
    assert ("Latakia", "Homs") in _legs(a)


def test_sent_on_with_no_arrival_told_before_starts_nowhere() -> None:
    a = _run(
        "Rockets",
        "BEIRUT (Reuters) - An army source said the rockets had been sent on to an air "
        "base near Homs.",
    )
    assert not any(b == "Homs" for _, b in _legs(a))


def test_a_boat_that_landed_near_a_town_ended_at_the_town() -> None:
    a = _run(
        "Migrant boats reach Spain",
        "MADRID (Reuters) - The first ferry, carrying 80 migrants, came ashore near Tarifa "
        "on the Spanish coast before dawn. A second boat landed near Almeria later on "
        "Sunday, police said.",
    )
    assert _end(a, "came") == "Tarifa"
    assert _end(a, "landed") == "Almería"


def test_a_landing_in_a_town_keeps_the_town_not_the_one_it_is_near() -> None:
    a = _run(
        "Boat lands",
        "MADRID (Reuters) - A boat carrying 40 people landed near Algeciras in Tarifa on "
        "Sunday, police said.",
    )
    assert _end(a, "landed") == "Tarifa"


def test_stopped_at_a_checkpoint_near_a_town_and_sent_back_starts_at_the_town() -> None:
    a = _run(
        "Trucks turned back",
        "KYIV (Reuters) - Three trucks were stopped at a checkpoint near Kharkiv and sent "
        "back towards Poltava, police said.",
    )
    assert ("Kharkiv", "Poltava") in _legs(a)


def test_the_checkpoint_of_the_sentence_before_places_the_start_of_sent_back() -> None:
    a = _run(
        "Families turned back",
        "KYIV (Reuters) - Some of the migrants were turned back at a checkpoint near "
        "Kharkiv, police said. Two families were stopped at the checkpoint on Monday and "
        "sent back towards Poltava, according to the police.",
    )
    assert ("Kharkiv", "Poltava") in _legs(a)


def test_stopped_at_a_checkpoint_no_place_locates_has_no_start() -> None:
    a = _run(
        "Men sent back",
        "KYIV (Reuters) - Police said the men were stopped at a checkpoint on the highway "
        "and sent back towards Poltava.",
    )
    assert not any(b == "Poltava" for _, b in _legs(a))
