"""Date phrases resolved against a publication date, with ACLED-style precision."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from claimmap.claims_dates import resolve_date

TUESDAY = date(2020, 10, 6)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("on Tuesday", (date(2020, 10, 6), "day")),
        ("Tuesday", (date(2020, 10, 6), "day")),
        ("last Tuesday", (date(2020, 9, 29), "day")),
        ("last Saturday", (date(2020, 10, 3), "day")),
        ("on Monday night", (date(2020, 10, 5), "day")),
        ("yesterday", (date(2020, 10, 5), "day")),
        ("today", (date(2020, 10, 6), "day")),
        ("three days ago", (date(2020, 10, 3), "day")),
        ("last week", (date(2020, 9, 28), "week")),
        ("earlier this week", (date(2020, 10, 5), "week")),
        ("earlier this month", (date(2020, 10, 1), "month")),
        ("last month", (date(2020, 9, 1), "month")),
        ("recently", (date(2020, 10, 6), "month")),
        ("in recent days", (date(2020, 10, 6), "week")),
        ("October 3", (date(2020, 10, 3), "day")),
        ("Oct. 3, 2019", (date(2019, 10, 3), "day")),
        ("3 October 2020", (date(2020, 10, 3), "day")),
        ("December 30", (date(2019, 12, 30), "day")),  # the latest one before publication
        ("2020-09-27", (date(2020, 9, 27), "day")),
        ("September 2020", (date(2020, 9, 1), "month")),
        ("in late September", (date(2020, 9, 1), "month")),
        ("in 1994", (date(1994, 1, 1), "year")),
        ("the past days", (None, "unknown")),
    ],
)
def test_resolve_against_a_tuesday(phrase: str, expected: tuple[date | None, str]) -> None:
    assert resolve_date(phrase, TUESDAY) == expected


def test_datetime_publication_is_accepted() -> None:
    assert resolve_date("last Saturday", datetime(2020, 10, 6, 15, 57)) == (
        date(2020, 10, 3),
        "day",
    )


@pytest.mark.parametrize("phrase", ["on Tuesday", "last week", "recently", "October 3"])
def test_relative_dates_need_a_publication_date(phrase: str) -> None:
    assert resolve_date(phrase, None) == (None, "unknown")


def test_explicit_full_dates_need_none() -> None:
    assert resolve_date("October 3, 2020", None) == (date(2020, 10, 3), "day")
    assert resolve_date("February 30, 2020", None) == (None, "unknown")
