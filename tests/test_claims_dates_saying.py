"""A claim's date is the day it was said: a date on the attribution, never one in the content.

Invented wire sentences; the article is published on Thursday 14 May 2026.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

import claimmap
from claimmap.maps_html import date_text
from claimmap.model import Analysis, Claim

PUBLISHED = datetime(2026, 5, 14, 8, 0)  # a Thursday


def analysed(text: str, published: datetime | None = PUBLISHED) -> Analysis:
    return claimmap.analyze(claimmap.from_text(text, doc_id="saying", published=published))


def said(text: str, cue: str = "said", published: datetime | None = PUBLISHED) -> Claim:
    found = [c for c in analysed(text, published).claims if c.cue and c.cue.text == cue]
    assert len(found) == 1, [c.content.text for c in analysed(text, published).claims]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "cue", "phrase", "day", "precision"),
    [
        (
            "Border police said on Tuesday that 80 people had been stopped near Kastanies.",
            "said",
            "Tuesday",
            date(2026, 5, 12),
            "day",
        ),
        (
            "The harbour master told reporters Monday the quay at Sfax would stay shut.",
            "told",
            "Monday",
            date(2026, 5, 11),
            "day",
        ),
        (
            "In a statement on Sunday, the coast guard said it had found a second dinghy.",
            "said",
            "Sunday",
            date(2026, 5, 10),
            "day",
        ),
        (
            "On Wednesday, the governor of Tahoua said the road to Agadez was open again.",
            "said",
            "Wednesday",
            date(2026, 5, 13),
            "day",
        ),
        (
            "The agency reported last week that 200 fighters had moved from Sabha to Ubari.",
            "reported",
            "last week",
            date(2026, 5, 4),
            "week",
        ),
    ],
)
def test_a_date_on_the_attribution_dates_the_claim(
    sentence: str, cue: str, phrase: str, day: date, precision: str
) -> None:
    c = said(sentence, cue)
    assert c.date_span is not None and phrase in c.date_span.text
    assert (c.date, c.date_precision) == (day, precision)


@pytest.mark.parametrize(
    "sentence",
    [
        "A fishing boat sank off Zuwara on Tuesday, the Libyan Red Crescent said.",
        "On Monday, about 60 people were bused from Oujda to Rabat, officials said.",
        "Some 500 people were flown from Misrata to Niamey on Friday and Saturday, she said.",
        "A convoy reached Gao last week, two drivers said on condition of anonymity.",
        "The mayor said the convoy had reached Gao on Monday.",
    ],
)
def test_a_date_in_the_content_dates_the_event_not_the_claim(sentence: str) -> None:
    c = said(sentence)
    assert (c.date, c.date_span, c.date_precision) == (date(2026, 5, 14), None, "published")


def test_an_event_day_still_dates_the_movement() -> None:
    text = "Some 500 people were flown from Misrata to Niamey on Friday, an IOM official said."
    analysis = analysed(text)
    (claim,) = analysis.claims
    assert (claim.date, claim.date_precision) == (date(2026, 5, 14), "published")
    flown = next(m for m in analysis.movements if m.trigger.text == "flown")
    assert (flown.date, flown.date_precision) == (date(2026, 5, 8), "day")
    assert flown.date_span is not None and flown.date_span.text == "Friday"


def test_the_sayings_day_wins_over_the_events_day() -> None:
    c = said("The ferry sank off Kos on Tuesday, the coast guard said on Wednesday.")
    assert (c.date, c.date_precision) == (date(2026, 5, 13), "day")


def test_an_undated_saying_without_a_publication_date_is_unknown() -> None:
    c = said("A fishing boat sank off Zuwara on Tuesday, the Red Crescent said.", published=None)
    assert (c.date, c.date_precision) == (None, "unknown")


def test_the_report_says_an_inferred_date_is_not_stated() -> None:
    c = said("A fishing boat sank off Zuwara on Tuesday, the Libyan Red Crescent said.")
    assert date_text(c) == "not stated (published 2026-05-14)"
    dated = said("Border police said on Tuesday that 80 people had been stopped.")
    assert date_text(dated) == "2026-05-12 (day)"


@pytest.mark.parametrize(
    ("sentence", "cue", "day"),
    [
        (
            "Three of the drivers reached by phone in Kano on Monday said they were paid in cash.",
            "said",
            date(2026, 5, 11),
        ),
        (
            "A Wagner statement circulated on Telegram on Tuesday denied the raid, saying "
            "its men had left Menaka weeks ago.",
            "saying",
            date(2026, 5, 12),
        ),
    ],
)
def test_the_occasion_in_the_claimant_phrase_dates_the_saying(
    sentence: str, cue: str, day: date
) -> None:
    c = said(sentence, cue)
    assert (c.date, c.date_precision) == (day, "day")


def test_a_description_of_the_speaker_does_not_date_the_saying() -> None:
    c = said("Two fishermen, rescued off Kerkennah on Monday, said the boat had no engine.")
    assert (c.date_span, c.date_precision) == (None, "published")
