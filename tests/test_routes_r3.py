"""A ship's track told over a numbered thread (routes): "She transited the X Strait", "she
was berthed at Y", "the ship left Y ... She arrived off Z, in western W". Transit, berth and
"arrive off" are ship movements; "she" and the ship's name go on with the one voyage; the
town named, not the region of its appositive, is the stop; a headline's "from A to B" is the
voyage summed up, not a straight leg of its own."""

from __future__ import annotations

from helpers import wire_story

THREAD = (
    "1/ A thread on the Russian bulk carrier KARA LIN, which I have followed for weeks.\n\n"
    "2/ Tracking data shows the Kara Lin leaving Novorossiysk on March 2, low in the water. "
    "Photos from the harbour the day before show trucks on the quay beside her.\n\n"
    "3/ She transited the Dardanelles southbound on March 5.\n\n"
    "5/ On March 8 she was berthed at Latakia, where cranes worked overnight.\n\n"
    "6/ On March 11 the Kara Lin left Latakia and sailed west. She arrived off Misrata, in "
    "western Libya, on March 14."
)


def _legs(title: str, body: str) -> list[tuple[str, str]]:
    analysis = wire_story(title, "X (@HarbourWatch), 2026-03-16\n", body)
    names = {p.id: p.name for p in analysis.places}
    return [
        (names[leg.from_place], names[leg.to_place])
        for route in analysis.routes
        for leg in route.legs
    ]


def test_thread_track_goes_through_the_strait_and_the_berth_to_the_town() -> None:
    legs = _legs("Tracking the Kara Lin from Novorossiysk to Misrata", THREAD)
    ends = {b for _, b in legs}
    assert ("Latakia", "Misratah") in legs
    assert ("Novorossiysk", "Latakia") in legs  # "She" and "the Kara Lin": one voyage
    assert not any("Libya" in b for b in ends)  # the town, not "western Libya"
    assert ("Novorossiysk", "Misrata") not in legs  # the headline sums the voyage up


def test_transit_berth_and_arrive_off_are_ship_movements() -> None:
    analysis = wire_story(
        "Tanker seen",
        "Reuters, 2026-03-16\n",
        (
            "The tanker Orla Maris transited the Dardanelles on Tuesday. On Friday she was "
            "berthed at Latakia. She arrived off Misrata, in western Libya, on Sunday."
        ),
    )
    spans = [
        (
            m.trigger.text,
            [t.span.text for t in m.transit],
            m.destination and m.destination.span.text,
        )
        for m in analysis.movements
    ]
    assert ("transited", ["Dardanelles"], None) in spans
    assert ("berthed", [], "Latakia") in spans
    assert ("arrived", [], "Misrata") in spans


def test_she_after_a_woman_named_is_the_woman_not_the_ship() -> None:
    body = (
        "The cargo ship Lira Bay left Odesa on May 3. The captain's wife, Olena Marchuk, "
        "stayed ashore. She later travelled from Odesa to Warsaw by train."
    )
    legs = _legs("Ship leaves Odesa", body)
    assert ("Odesa", "Warsaw") in legs


def test_she_after_a_wife_told_of_is_the_wife() -> None:
    body = (
        "The cargo ship Lira Bay left Odesa on May 3. The captain's wife stayed ashore. "
        "She later travelled from Odesa to Warsaw by train."
    )
    analysis = wire_story("Ship leaves Odesa", "Reuters, 2026-05-05\n", body)
    moved = [m for m in analysis.movements if m.trigger.text == "travelled"]
    assert moved and moved[0].mover is not None and moved[0].mover.text == "wife"
