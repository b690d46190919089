"""Movements told with only their end set off where the story last put their movers
(probe 22): the finer end of an arrival told before, the town the tellers of a pushed
boat speak from, the rest of a group from where the group set off; "moving on X" goes
to X; another group is a journey of its own; a month told ahead is the next one; a
headline's vague end gives way to the body's finer one, and a strait passed "before
reaching" the end lies before it. Passages written for these tests.
"""

from __future__ import annotations

import claimmap
from claimmap.model import Analysis


def _run(title: str, body: str, day: str = "2026-03-04") -> Analysis:
    return claimmap.analyze(claimmap.from_text(f"{title}\nReuters, {day}\n{body}\n"))


def _legs(a: Analysis) -> set[tuple[str, str, str]]:
    names = {p.id: p.name for p in a.places}
    return {
        (names[leg.from_place], names[leg.to_place], leg.status) for r in a.routes for leg in r.legs
    }


def test_a_pushed_boat_sets_off_from_the_town_its_tellers_speak_from_and_is_contested() -> None:
    a = _run(
        "Boat pushed back",
        "MANILA (Reuters) - Malaysian navy patrols reportedly towed a wooden boat back out to "
        "sea last week. Fishermen in Sandakan told Reuters the boat, with about 60 people on "
        "board, was pushed towards the Philippine island of Palawan. A navy spokesman denied "
        "that any boat had been pushed back.",
    )
    assert _legs(a) == {("Sandakan", "Palawan", "inferred")}
    leg = a.routes[0].legs[0]
    assert [a.claim(c).modality for c in leg.claim_ids] == ["asserted", "denied"]


def test_each_boat_lands_at_its_own_town_from_where_the_boats_set_off() -> None:
    a = _run(
        "Boats reach Sicily",
        "ROME (Reuters) - Two fishing boats carrying more than 200 migrants landed on the "
        "coast of Sicily on Monday, officials said. The first boat came ashore near Pozzallo "
        "before dawn, a coast guard officer said. The migrants had boarded in Zuwara in western "
        "Libya, the IOM said. A second boat landed near Augusta later on Monday.",
    )
    legs = _legs(a)
    assert ("Zuwarah", "Pozzallo", "inferred") in legs
    assert ("Zuwarah", "Augusta", "inferred") in legs
    assert not any(f == "Pozzallo" for f, _, _ in legs)  # the second boat is not the first


def test_the_rest_of_a_group_sets_off_where_the_group_was_not_where_a_part_went() -> None:
    a = _run(
        "Workers moved",
        "SEOUL (Reuters) - About 900 North Korean workers were flown from Vladivostok to "
        "Rostov-on-Don in June, the spy agency said. Some of the workers were later moved on "
        "to Mariupol, it said. The remaining workers were reportedly sent to building sites "
        "in Khabarovsk and Nakhodka, a lawmaker said. A cargo ship may have carried another "
        "group of workers from Rajin to Vladivostok last week, Kyodo reported.",
    )
    legs = _legs(a)
    assert ("Vladivostok", "Khabarovsk", "inferred") in legs
    assert ("Vladivostok", "Nakhodka", "inferred") in legs
    assert ("Rajin", "Vladivostok", "stated") in legs
    assert not any(t == "Vladivostok" and f != "Rajin" for f, t, _ in legs)  # no backwards leg
    assert not any(f == "Mariupol" for f, _, _ in legs)


def test_moving_on_a_town_goes_to_it() -> None:
    a = _run(
        "Rebels advance",
        "KINSHASA (Reuters) - Rebels in eastern Congo captured the town of Kalehe on Monday "
        "and plan to seize Kavumu airport before moving on Bukavu, the capital of South Kivu "
        "province, a rebel commander said.",
    )
    (m,) = [m for m in a.movements if m.trigger.text == "moving"]
    assert m.destination is not None and m.destination.span.text == "Bukavu"
    assert m.mood == "intended"


def test_a_month_told_ahead_in_the_past_tense_is_the_next_one() -> None:
    a = _run(
        "Workers expected",
        "SEOUL (Reuters) - More than 200 North Korean workers were expected to arrive in "
        "Donetsk in October, the agency said. About 100 workers were due to arrive in "
        "Rostov-on-Don in August, it said.",
        day="2026-09-03",
    )
    dates = {m.destination.span.text: m.date for m in a.movements if m.destination}
    assert str(dates["Donetsk"]) == "2026-10-01"  # not last October
    assert str(dates["Rostov-on-Don"]) == "2026-08-01"  # a plan for a month just gone


def test_a_strait_passed_before_the_end_lies_before_it_and_the_headline_end_gives_way() -> None:
    a = _run(
        "Romanian grain ships leave Danube ports for Morocco",
        "GALATI, Romania (Reuters) - A convoy of six cargo ships carrying Romanian wheat left "
        "the Danube ports of Galati and Braila on Tuesday, heading through the Sulina channel "
        "to the Black Sea and on to Morocco, officials said.\n\n"
        "The vessels will sail through the Bosporus before reaching the Moroccan port of "
        "Casablanca next week, the ministry said in a statement.",
    )
    legs = _legs(a)
    assert ("Bosphorus", "Casablanca", "stated") in legs
    assert ("Black Sea", "Casablanca", "stated") not in legs
    assert not any(t == "Morocco" for _, t, _ in legs)  # the headline's vague end
