"""Henkilötunnus: every century sign (2023 reform included), real dates, individual numbers,
temporary codes, the mod-31 check character, with and without surrounding text."""

import datetime

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from piiscan.classify import classify_column
from piiscan.recognizers.hetu import IN_TEXT, RECOGNIZER, is_temporary, is_valid, mask

_CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_SIGNS = {1800: "+", 1900: "-YXWVU", 2000: "ABCDEF"}


def make_hetu(day: datetime.date, sign: str, individual: int) -> str:
    """Build a code as DVV does (test data only: the check character is computed, not copied)."""
    digits = f"{day:%d%m}{day.year % 100:02d}{individual:03d}"
    return f"{day:%d%m}{day.year % 100:02d}{sign}{individual:03d}{_CHECK_CHARS[int(digits) % 31]}"


CASES = [
    ("131052-308T", True),
    ("131052Y308T", True),  # 2023 signs for the 1900s
    ("131052X308T", True),
    ("131052W308T", True),
    ("131052V308T", True),
    ("131052U308T", True),
    (make_hetu(datetime.date(2005, 1, 1), "A", 902), True),  # temporary code
    (make_hetu(datetime.date(2010, 3, 4), "B", 123), True),  # 2023 signs for the 2000s
    (make_hetu(datetime.date(2010, 3, 4), "F", 123), True),
    (make_hetu(datetime.date(1885, 6, 7), "+", 456), True),
    ("131052-308t", True),  # lower case check character
    (" 131052-308T ", True),
    ("131052-308U", False),  # wrong check character
    ("131052G308T", False),  # G is no century sign
    ("131052-000J", False),  # individual numbers start at 002
    (make_hetu(datetime.date(1952, 10, 13), "-", 1), False),
    ("290201A308K", False),  # 29.2.2001 did not exist
    ("310252-308Y", False),  # 31.2.1952 neither
    ("131052308T", False),  # no century sign
    ("131052-308TT", False),
    ("13105-2308T", False),
    ("ABCDEF-GHIJ", False),
    ("2024-11-24T", False),  # a timestamp-ish string
    ("12345678901", False),  # eleven digits
    ("550e8400-e29b-41d4-a716-446655440000", False),
    ("", False),
]


@pytest.mark.parametrize(("value", "expected"), CASES)
def test_hetu_values(value: str, expected: bool) -> None:
    assert RECOGNIZER.matches(value) is expected


def test_future_birth_date_is_not_valid() -> None:
    tomorrow = datetime.date.today() + datetime.timedelta(days=1)
    assert not is_valid(make_hetu(tomorrow, "A", 234))


def test_temporary_codes_are_found_and_marked() -> None:
    code = make_hetu(datetime.date(1990, 5, 6), "-", 945)
    assert is_valid(code) and is_temporary(code)
    assert not is_valid(code, allow_temporary=False)
    assert "temporary" in mask(code)


def test_mask_hides_the_birth_date() -> None:
    masked = mask("131052-308T")
    assert "1052" not in masked and "308" not in masked


@st.composite
def valid_codes(draw: st.DrawFn) -> str:
    day = draw(st.dates(datetime.date(1800, 1, 1), datetime.date.today()))
    sign = draw(st.sampled_from(_SIGNS[day.year // 100 * 100]))
    return make_hetu(day, sign, draw(st.integers(2, 999)))


@given(valid_codes())
def test_every_valid_code_is_found(code: str) -> None:
    assert RECOGNIZER.matches(code)
    found = IN_TEXT.findall(f"Asiakkaan henkilötunnus on {code}, tarkistettu.")
    assert found == [code]


@given(valid_codes(), st.integers(1, 30))
def test_changed_check_character_is_not_found(code: str, shift: int) -> None:
    wrong = _CHECK_CHARS[(_CHECK_CHARS.index(code[-1]) + shift) % 31]
    assert not RECOGNIZER.matches(code[:-1] + wrong)


def test_column_of_codes_is_confirmed_without_a_name_hint() -> None:
    codes = [make_hetu(datetime.date(1950 + i % 50, 1 + i % 12, 1 + i % 28), "-Y"[i % 2], 100 + i) for i in range(60)]
    verdicts = classify_column(pd.Series(codes), "tunniste")
    assert [(v.category, v.verdict) for v in verdicts] == [("personal_identity_code", "confirmed")]
    assert all("-" in e or "Y" in e for e in verdicts[0].examples)


def test_column_of_eleven_character_codes_failing_the_checksum_is_nothing() -> None:
    bad = [make_hetu(datetime.date(1960, 1, 1 + i % 28), "-", 100 + i)[:-1] + "G" for i in range(40)]
    assert classify_column(pd.Series(bad), "koodi") == []
