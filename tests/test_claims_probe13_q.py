"""Claims after a thirteenth probe: what a count counts (its own noun, never one lent
from another clause), numbers that count nothing (dates, ages, "no one"), lengths of
time, the date of a claim (not the date its content foresees; "at the time" of the told
event; "over the weekend"), and the media a speaker told or was relayed by.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from helpers import claims_of as claims_in
from helpers import only, text_of

from claimmap.claims_dates import resolve_date
from claimmap.model import Claim

PUBLISHED = datetime(2026, 11, 24, 9, 0)  # a Tuesday


def claims_of(text: str) -> list[Claim]:
    return claims_in(text, PUBLISHED, doc_id="probe13q")


def counts(text: str) -> list[tuple[float, str, str | None]]:
    return [(q.value, q.bound, q.unit) for c in claims_of(text) for q in c.quantities]


# --- what a count counts -------------------------------------------------------------------


def test_a_bare_total_does_not_count_the_noun_of_an_earlier_phrase() -> None:
    found = counts("Infections in the three provinces climbed to 5,120 by Friday, the agency said.")
    assert (5120.0, "exact", None) in found
    assert (3.0, "exact", "provinces") in found


def test_a_unit_is_not_lent_across_clauses() -> None:
    found = counts(
        "Customs said 200 kilograms of cocaine were seized, and that crossings had fallen "
        "to roughly 900, down from more than 4,000 at the peak."
    )
    assert (200.0, "exact", "kilograms") in found
    assert (900.0, "approx", None) in found
    assert (4000.0, "at_least", None) in found


def test_a_lent_unit_within_one_clause_still_holds() -> None:
    found = counts("The ministry said 1,400 people arrived on Monday, up from 600 on Sunday.")
    assert found == [(1400.0, "exact", "people"), (600.0, "exact", "people")]


def test_and_a_half_adds_a_half_with_its_time_unit() -> None:
    found = counts("Gas exports restarted after a three-and-a-half-year pause, the ministry said.")
    assert found == [(3.5, "exact", "year")]


def test_no_one_counts_nobody() -> None:
    assert counts("No one was hurt in the blaze, the fire chief said.") == []


def test_respectively_pairs_two_exact_counts() -> None:
    found = counts("Officials said Lira and Gulu have recorded 410 and 236 cases respectively.")
    assert found == [(410.0, "exact", "cases"), (236.0, "exact", "cases")]


def test_between_still_makes_a_range() -> None:
    found = counts("The agency said that between 300 and 450 fighters had left.")
    assert found == [(300.0, "at_least", "fighters"), (450.0, "at_most", "fighters")]


def test_an_age_limit_is_no_count_and_a_quarter_is_a_share() -> None:
    found = counts("The charity said children under five made up roughly a quarter of patients.")
    assert found == [(25.0, "approx", "percent")]


def test_a_count_after_a_time_word_counts_its_own_noun() -> None:
    c = only(
        claims_of('"Today 212 households, or about 1,050 people, went home," the ministry said.')
    )
    found = [(q.value, q.unit) for q in c.quantities]
    assert found == [(212.0, "households"), (1050.0, "people")]
    assert c.date_span is None  # "Today" is inside the quotation: the event's day


def test_the_head_of_a_compound_is_the_unit() -> None:
    found = counts('The army said the debris was the size of "two or three fire trucks".')
    assert found == [(2.5, "approx", "trucks")]


def test_a_day_of_the_month_is_no_count() -> None:
    assert counts("The police said the raids took place on the night of Oct 14-15.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Analysts said the ship turned off its tracker for three days.", (3.0, "exact", "days")),
        ("The captain said the passage takes about 20 days.", (20.0, "approx", "days")),
    ],
)
def test_a_length_of_time_is_a_quantity(sentence: str, expected: tuple) -> None:
    assert counts(sentence) == [expected]


def test_a_point_in_time_is_no_length() -> None:
    assert counts("The mayor said the dam burst two days ago.") == []


def test_a_rate_keeps_per_day_in_its_unit() -> None:
    found = counts("Shipments reached 2.3 million barrels per day in May, the tracker said.")
    assert found == [(2_300_000.0, "exact", "barrels per day")]


# --- when a claim was made -----------------------------------------------------------------


def test_a_year_a_forecast_is_about_does_not_date_it() -> None:
    c = only(claims_of("The World Bank in Washington has forecast a record deficit in 2027."))
    assert (c.date_span, c.date_precision) == (None, "published")


def test_at_the_time_takes_the_date_of_the_told_event() -> None:
    c = only(
        claims_of(
            "Last month, a warship shadowed the tanker Heron near the island of Saaremaa, "
            "Finland's navy said at the time."
        )
    )
    assert (c.date, c.date_precision) == (date(2026, 10, 1), "month")


def test_at_the_time_looks_back_one_sentence() -> None:
    found = claims_of(
        "Last month, a cable was cut in the bay. The coast guard said at the time that a "
        "trawler had dragged its anchor."
    )
    c = only(found)
    assert (c.date, c.date_precision) == (date(2026, 10, 1), "month")


def test_a_report_in_a_month_dates_the_saying() -> None:
    found = claims_of(
        "The monitoring team said in a report in July that the militia had about 2,000 "
        "fighters in the valley."
    )
    said = next(c for c in found if c.cue.text == "said")
    assert (said.date, said.date_precision) == (date(2026, 7, 1), "month")


def test_over_the_weekend_is_the_last_saturday() -> None:
    assert resolve_date("over the weekend", date(2026, 11, 24)) == (date(2026, 11, 21), "week")
    assert resolve_date("last weekend", date(2026, 11, 22)) == (date(2026, 11, 14), "week")


# --- outlets -------------------------------------------------------------------------------


def test_a_described_site_before_its_name_is_the_outlet() -> None:
    c = only(
        claims_of("The mayor told the independent site El Faro Digital that bids were rigged.")
    )
    assert text_of(c.outlet) == "El Faro Digital"  # the medium's name (C0)


def test_local_media_are_an_outlet_but_the_media_at_large_are_not() -> None:
    assert text_of(only(claims_of("The governor told local media the road was shut.")).outlet) == (
        "local media"
    )
    assert only(claims_of("The governor told the media the road was shut.")).outlet is None


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ("The fisherman spoke to the Observer and said the boats left at night.", "the Observer"),
        ("Rossi spoke to the Herald from his home, saying the boats left at night.", "the Herald"),
    ],
)
def test_the_paper_a_speaker_spoke_to_before_the_cue_is_the_outlet(
    sentence: str, outlet: str
) -> None:
    assert text_of(only(claims_of(sentence)).outlet) == outlet


def test_a_medium_that_reported_the_words_is_their_outlet() -> None:
    c = only(
        claims_of(
            "Ivanov said the cartel could raise output as early as May, the Tass news agency "
            "reported."
        )
    )
    assert text_of(c.claimant) == "Ivanov"
    assert text_of(c.outlet) == "Tass"  # the medium's name (C0)


def test_a_weekend_in_a_past_perfect_content_dates_the_event_only() -> None:
    c = only(
        claims_of(
            "Gambia's navy said it had stopped two boats carrying 250 people off Banjul over "
            "the weekend."
        )
    )
    assert (c.date_span, c.date_precision) == (None, "published")


def test_a_day_in_a_simple_past_content_after_the_cue_does_not_date_it() -> None:
    c = only(claims_of("Police said two men were arrested on Saturday."))
    assert (c.date_span, c.date_precision) == (None, "published")


def test_an_age_in_years_is_no_length_of_time() -> None:
    found = counts("Police said a 41-year-old man was held after a 12-day search.")
    assert found == [(12.0, "exact", "day")]


def test_a_year_before_a_noun_counts_nothing() -> None:
    found = counts("The senator said half of the radars funded in the 2019 defence bill were idle.")
    assert found == [(50.0, "exact", "percent")]
