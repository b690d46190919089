"""When a movement happened: the date phrase on its trigger, and the days a leg spans.

A weekday, "last week" or an explicit date on the trigger dates the movement, counted
from the publication date (Thursday 1 October 2020 here); a movement told in the future
takes the next such date. A date on the attribution, a duration or a date that
describes the mover does not. Passages written for these tests; places built by hand.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest
from helpers import spans_of

from claimmap.model import Document, Leg, Movement, Place, Span
from claimmap.nlp import load_nlp
from claimmap.routes import build_routes, extract_movements
from claimmap.routes_dates import dated_legs, window_end

GAZ: dict[str, tuple[str, str, str, float, float]] = {
    "Mali": ("country:ML", "country", "ML", 17.0, -4.0),
    "Benin": ("country:BJ", "country", "BJ", 9.5, 2.25),
    "Lagos": ("gn:2332459", "city", "NG", 6.45, 3.39),
    "Kano": ("gn:2335204", "city", "NG", 12.0, 8.52),
    "Tripoli": ("gn:2210247", "city", "LY", 32.89, 13.19),
    "Malta": ("country:MT", "country", "MT", 35.92, 14.41),
    "Odesa": ("gn:698740", "city", "UA", 46.48, 30.73),
    "Istanbul": ("gn:745044", "city", "TR", 41.01, 28.95),
}
PUBLISHED = datetime(2020, 10, 1, 9, 30)  # a Thursday


def read(text: str) -> tuple[list[Movement], list[Leg]]:
    """Movements and legs of ``text``, published on ``PUBLISHED``, over ``GAZ``."""
    doc = Document(id="t", text=text, published=PUBLISHED)
    places = [
        Place(pid, doc.id, name, kind, cc, pid, lat, lon, tuple(spans_of(doc, name)))  # type: ignore[arg-type]
        for name, (pid, kind, cc, lat, lon) in GAZ.items()
        if spans_of(doc, name)
    ]
    movements = extract_movements(doc, load_nlp()(text), places, [])
    routes = build_routes(doc, movements, places, [])
    return movements, [leg for r in routes for leg in r.legs]


@pytest.mark.parametrize(
    ("text", "trigger", "when", "precision", "phrase"),
    [
        # a weekday: the latest one before publication
        ("The tanker sailed from Odesa to Istanbul on Saturday.", "sailed", date(2020, 9, 26),
         "day", "Saturday"),
        # "last week": its Monday, to the week
        ("About 300 fighters were moved from Tripoli to Malta last week, the monitor said.",
         "moved", date(2020, 9, 21), "week", "last week"),
        ("The convoy travelled from Lagos to Kano on 14 September 2020.", "travelled",
         date(2020, 9, 14), "day", "14 September 2020"),
        # planned: the next 3 October and the next Friday, not the last ones
        ("The fighters will be flown from Mali to Benin on 3 October.", "flown",
         date(2020, 10, 3), "day", "3 October"),
        ("The ferry will sail from Odesa to Istanbul on Friday.", "sail", date(2020, 10, 2),
         "day", "Friday"),
        ("The ferry will sail from Odesa to Istanbul tomorrow.", "sail", date(2020, 10, 2),
         "day", "tomorrow"),
        ("The army plans to move troops from Lagos to Kano next month.", "move",
         date(2020, 11, 1), "month", "next month"),
        # a noun trigger is dated by the verb of its happening
        ("The transfer of fighters from Mali to Benin took place on Sunday.", "transfer",
         date(2020, 9, 27), "day", "Sunday"),
        ("Last month, 200 mercenaries were flown from Tripoli to Malta.", "flown",
         date(2020, 9, 1), "month", "Last month"),
    ],
)  # fmt: skip
def test_a_date_on_the_trigger_dates_the_movement(
    text: str, trigger: str, when: date, precision: str, phrase: str
) -> None:
    movements, _ = read(text)
    m = next(m for m in movements if m.trigger.text == trigger)
    assert (m.date, m.date_precision) == (when, precision)
    assert m.date_span is not None and m.date_span.text == phrase
    assert text[m.date_span.start : m.date_span.end] == phrase


@pytest.mark.parametrize(
    "text",
    [
        # the date of the saying, not of the sending
        "Officials said on Monday that the rebels had sent fighters from Mali to Benin.",
        # durations: how long, not when
        "The convoy travelled from Lagos to Kano for three days.",
        "The rebels have been sending fighters from Mali to Benin since March.",
        # a date that describes the mover
        "Veterans of the 2019 campaign were moved from Tripoli to Malta.",
        # a date of another clause inside a slot
        "The migrants were taken from Tripoli to a camp in Malta that opened in 2018.",
        # no date at all
        "The tanker sailed from Odesa to Istanbul.",
    ],
)
def test_no_date_of_the_movement(text: str) -> None:
    movements, legs = read(text)
    assert movements and legs
    assert [(m.date, m.date_precision, m.date_span) for m in movements] == [
        (None, "unknown", None)
    ] * len(movements)
    assert [(leg.date_start, leg.date_end, leg.date_precision) for leg in legs] == [
        (None, None, "unknown")
    ] * len(legs)


def test_a_leg_spans_its_movements_windows() -> None:
    _, legs = read("About 300 fighters were moved from Tripoli to Malta last week.")
    assert [(leg.date_start, leg.date_end, leg.date_precision) for leg in legs] == [
        (date(2020, 9, 21), date(2020, 9, 27), "week")
    ]
    _, legs = read("The tanker sailed from Odesa to Istanbul on Saturday.")
    assert [(leg.date_start, leg.date_end, leg.date_precision) for leg in legs] == [
        (date(2020, 9, 26), date(2020, 9, 26), "day")
    ]


def _movement(mid: str, when: date | None, precision: str) -> Movement:
    trigger = Span("t", 0, 5, "moved")
    return Movement(mid, "t", trigger, date=when, date_precision=precision)  # type: ignore[arg-type]


def test_dated_legs_take_the_earliest_start_the_latest_end_the_coarsest_precision() -> None:
    movements = [
        _movement("m0", date(2020, 9, 29), "day"),
        _movement("m1", date(2020, 9, 1), "month"),
        _movement("m2", None, "unknown"),
    ]
    both = Leg("a", "b", movement_ids=("m0", "m1", "m2"))
    undated = Leg("b", "c", movement_ids=("m2",))
    out = dated_legs([both, undated], movements)
    assert (out[0].date_start, out[0].date_end, out[0].date_precision) == (
        date(2020, 9, 1),
        date(2020, 9, 30),
        "month",
    )
    assert out[1] == undated
    assert (
        dataclasses.replace(out[0], date_start=None, date_end=None, date_precision="unknown")
        == both
    )


@pytest.mark.parametrize(
    ("day", "precision", "end"),
    [
        (date(2020, 9, 28), "week", date(2020, 10, 4)),
        (date(2020, 2, 1), "month", date(2020, 2, 29)),
        (date(2020, 12, 1), "month", date(2020, 12, 31)),
        (date(2019, 1, 1), "year", date(2019, 12, 31)),
        (date(2020, 9, 26), "day", date(2020, 9, 26)),
    ],
)
def test_window_end(day: date, precision: str, end: date) -> None:
    assert window_end(day, precision) == end  # type: ignore[arg-type]
