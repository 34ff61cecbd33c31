"""Birth dates: real dates from 1900 to today, ISO, Finnish and midnight-timestamp forms; only in
columns whose name speaks of birth."""

import datetime

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from piiscan.classify import classify_column
from piiscan.recognizers.birth_date import AGE, RECOGNIZER, is_valid, mask

CASES = [
    ("1985-01-31", True),
    ("31.1.1985", True),
    ("31.01.1985", True),
    ("1985-01-31 00:00:00", True),
    ("1985-01-31T00:00:00", True),
    ("1985-01-31T00:00:00+02:00", True),
    ("1985-01-31 00:00:00.000", True),
    ("19850131", True),
    ("1985", True),  # a birth year
    ("31-01-1985", True),
    ("31/01/1985", True),
    ("01/31/1985", True),  # American order: the only reading that is a date
    ("31.01-1985", False),  # mixed separators
    ("13/13/1985", False),
    ("1900-01-01", True),
    ("1899-12-31", False),  # too old
    ("1985-02-30", False),  # no such day
    ("31.13.1985", False),
    ("1985-01-31 14:23:05", False),  # a moment: an event, not a birth
    ("2999-01-01", False),  # the future
    ("31.1.85", True),  # two-digit year: the latest century not in the future
    ("31.1.8", False),
    ("040 123 4567", False),
    ("12.11.2024 klo 12", False),
    ("", False),
]


@pytest.mark.parametrize(("value", "expected"), CASES)
def test_birth_date_values(value: str, expected: bool) -> None:
    assert RECOGNIZER.matches(value) is expected


def test_tomorrow_is_no_birth_date_and_today_is() -> None:
    today = datetime.date.today()
    assert is_valid(today.isoformat())
    assert not is_valid((today + datetime.timedelta(days=1)).isoformat())


@given(st.dates(datetime.date(1900, 1, 1), datetime.date.today()))
def test_every_plausible_birth_date_is_found_in_every_form(day: datetime.date) -> None:
    for written in (day.isoformat(), f"{day.day}.{day.month}.{day.year}", f"{day:%d.%m.%Y}",
                    f"{day.isoformat()} 00:00:00", f"{day:%Y%m%d}"):
        assert RECOGNIZER.matches(written), written
        assert sum(ch.isdigit() for ch in mask(written)) == 2  # the century, nothing more


@given(st.dates(datetime.date(1000, 1, 1), datetime.date(1899, 12, 31)))
def test_dates_before_1900_are_not_found(day: datetime.date) -> None:
    assert not RECOGNIZER.matches(f"{day.year:04d}-{day.month:02d}-{day.day:02d}")


def test_mask_keeps_only_the_century() -> None:
    assert mask("1985-01-31") == "19**-**-**"
    assert mask("31.1.1985") == "**.*.19**"


def test_birth_date_column_needs_its_name() -> None:
    days = pd.Series([datetime.date(1950 + i % 60, 1 + i % 12, 1 + i % 28).isoformat() for i in range(80)])
    verdicts = classify_column(days, "syntymaaika")
    assert (verdicts[0].category, verdicts[0].verdict) == ("birth_date", "confirmed")
    assert classify_column(days, "created") == []


def test_datetime_column_named_dob_is_confirmed() -> None:
    days = pd.Series(pd.to_datetime([f"19{50 + i % 40}-0{1 + i % 9}-1{i % 9}" for i in range(50)]))
    verdicts = classify_column(days, "dob")
    assert verdicts[0].category == "birth_date" and verdicts[0].evidence == "value+name"


@pytest.mark.parametrize(("value", "expected"), [("0", True), ("34", True), ("120", True), ("121", False),
                                                 ("-3", False), ("3.5", False), ("٣٤", False), ("", False)])
def test_age_values(value: str, expected: bool) -> None:
    assert AGE.matches(value) is expected


def test_age_column_is_a_birth_date_column_only_by_its_name() -> None:
    ages = pd.Series([18 + (i * 7) % 70 for i in range(60)])
    verdicts = classify_column(ages, "ika")
    assert (verdicts[0].category, verdicts[0].evidence) == ("birth_date", "value+name")
    assert all(str(a) not in verdicts[0].examples for a in ages)
    assert all(v.category != "birth_date" for v in classify_column(ages, "kpl"))
