"""Legs a reader expects from the sentences after a first leg: a ship that "steamed north
past X" (the verb the parser reads as an adjective of "north"), a watcher who "followed
the tanker from X to Y and then to Z", the vehicles the movers were put on told as the
movers of the next sentence, an end told only as a direction ("towards X"), and "travel
on to Y" after an end that is no known place. Passages written for these tests, run
through the whole pipeline.
"""

from __future__ import annotations

from helpers import leg_moods as _legs
from helpers import wire_story

from claimmap.model import Analysis
from claimmap.routes_vehicles import put_on_vehicles

HEAD = "Reuters, 2026-05-12\n"


def _run(title: str, body: str) -> Analysis:
    return wire_story(title, HEAD, body)


def test_steamed_north_past_a_port_is_a_stop_the_next_leg_sets_off_from() -> None:
    a = _run(
        "Trawlers head for Cape Town, coast guard says",
        "WALVIS BAY, Namibia (Reuters) - The coast guard said on Tuesday that nine trawlers "
        "left the fishing grounds on Sunday and steamed south past Luderitz. The trawlers "
        "were expected to reach Cape Town by Thursday, the coast guard said.",
    )
    (steamed,) = [m for m in a.movements if m.trigger.text == "steamed"]
    assert steamed.mover is not None and steamed.mover.text == "trawlers"
    assert [a.document.text[t.span.start : t.span.end] for t in steamed.transit] == ["Luderitz"]
    assert _legs(a) == {("Lüderitz", "Cape Town"): "intended"}


def test_followed_from_a_to_b_and_then_to_c_is_the_path_of_what_was_followed() -> None:
    a = _run(
        "Monitors track tanker along the coast",
        "MAPUTO (Reuters) - Observers said they had tracked the tanker from Durban to "
        "Maputo and then to Beira last month.",
    )
    (tracked,) = [m for m in a.movements if m.trigger.text == "tracked"]
    assert tracked.mover is not None and tracked.mover.text == "tanker"
    assert _legs(a) == {("Durban", "Maputo"): "made", ("Maputo", "Beira"): "made"}


def test_following_a_debate_from_a_city_is_no_movement() -> None:
    a = _run(
        "Ministers meet",
        "NAIROBI (Reuters) - Diplomats followed the talks from Nairobi on Monday.",
    )
    assert not [m for m in a.movements if m.trigger.text == "followed"]
    assert a.routes == ()


def test_the_convoy_of_buses_goes_on_from_where_the_movers_were_put_on_them() -> None:
    a = _run(
        "Mexico buses migrants north",
        "TAPACHULA, Mexico (Reuters) - Mexican authorities put at least 200 Honduran "
        "migrants on buses in Tapachula on Monday and sent them north towards Oaxaca, "
        "officials said.\n\n"
        "The convoy of six buses travelled through Tonala to Juchitan, according to the "
        "migration institute.",
    )
    legs = _legs(a)
    assert legs[("Tapachula", "Tonalá")] == "made"
    assert legs[("Tonalá", "Juchitán")] == "made"
    assert ("Oaxaca", "Tonalá") not in legs  # "towards Oaxaca" was no stop on the way


def test_travel_on_after_an_unknown_end_sets_off_from_the_town_they_were_in() -> None:
    a = _run(
        "Deportees land in Nairobi",
        "NAIROBI (Reuters) - Three of the women reached by phone in Nairobi on Sunday said "
        "a man had met them at the airport and drove them to a hotel in the Wakabwe quarter. "
        "One said she wanted to travel on to Kampala.",
    )
    assert _legs(a) == {("Nairobi", "Kampala"): "intended"}


def test_travel_on_after_an_unknown_end_in_a_sentence_naming_two_towns_has_no_start() -> None:
    a = _run(
        "Deportees land in Nairobi",
        "NAIROBI (Reuters) - Three of the women reached by phone in Nairobi on Sunday said "
        "a man from an agency in Mombasa drove them to a hotel in the Wakabwe quarter. "
        "One said she wanted to travel on to Kampala.",
    )
    assert ("Nairobi", "Kampala") not in _legs(a)
    assert ("Mombasa", "Kampala") not in _legs(a)


def test_others_of_the_movers_set_off_where_the_first_part_did() -> None:
    a = _run(
        "Mali moves evacuees",
        "BAMAKO (Reuters) - Officials said 400 of the evacuees had been moved by truck from "
        "Mopti to camps in Segou, and that the government planned to send others to Bamako "
        "later this week.",
    )
    assert _legs(a) == {("Mopti", "Ségou"): "made", ("Mopti", "Bamako"): "intended"}


def test_only_a_vehicle_the_movers_were_put_on_carries_them() -> None:
    assert put_on_vehicles("Police put 300 migrants on buses at the border.") == {"bus"}
    assert put_on_vehicles("The men were loaded onto two trucks in the night.") == {"truck"}
    assert put_on_vehicles("Dozens are missing after a smugglers' boat capsized.") == set()
    assert put_on_vehicles("They walked on the road for days.") == set()
