"""Y-tunnus and ALV numbers: mod-11 check digit; plain eight-digit numbers are not business ids."""

import pandas as pd
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from stdnum.fi import alv

from piiscan.classify import classify_column
from piiscan.recognizers.ytunnus import COMPACT, IN_TEXT, RECOGNIZER, mask


def check_digit(seven: str) -> str | None:
    """The digit that makes the id valid, found with python-stdnum as the oracle."""
    return next((d for d in "0123456789" if alv.is_valid(seven + d)), None)


CASES = [
    ("2859115-6", True),
    ("FI28591156", True),
    ("FI 28591156", True),
    ("fi28591156", True),
    ("0112038-9", True),
    ("2859115-7", False),  # wrong check digit
    ("28591156", False),  # eight bare digits: an order number as much as a business id
    ("12345678", False),
    ("FI2859115", False),
    ("SE28591156", False),
    ("2859115 6", False),
    ("285911-56", False),
    ("2024-11-24", False),
    ("", False),
]


@pytest.mark.parametrize(("value", "expected"), CASES)
def test_ytunnus_values(value: str, expected: bool) -> None:
    assert RECOGNIZER.matches(value) is expected


@given(st.from_regex(r"[0-9]{7}", fullmatch=True))
def test_every_valid_id_is_found_and_a_changed_check_digit_is_not(seven: str) -> None:
    digit = check_digit(seven)
    assume(digit is not None)
    assert RECOGNIZER.matches(f"{seven}-{digit}")
    assert RECOGNIZER.matches(f"FI{seven}{digit}")
    assert IN_TEXT.findall(f"Y-tunnus {seven}-{digit}.") == [f"{seven}-{digit}"]
    for other in "0123456789":
        if other != digit:
            assert not RECOGNIZER.matches(f"{seven}-{other}")


def test_eight_bare_digits_count_only_in_a_business_id_column() -> None:
    assert COMPACT.needs_name and COMPACT.matches("28591156") and not COMPACT.matches("28591157")
    ids = [f"{seven}{check_digit(seven)}" for seven in (f"{2000000 + 7 * i}" for i in range(80)) if check_digit(seven)]
    verdicts = classify_column(pd.Series(ids), "y_tunnus")
    assert (verdicts[0].category, verdicts[0].evidence) == ("business_id", "value+name")
    assert all(v.category != "business_id" for v in classify_column(pd.Series(ids), "koodi"))


def test_mask_keeps_only_the_ends() -> None:
    assert mask("2859115-6") == "28*****-6"


def test_column_of_eight_digit_order_numbers_is_no_business_id() -> None:
    numbers = pd.Series([str(10_000_000 + 7919 * i) for i in range(100)])
    assert all(v.category != "business_id" for v in classify_column(numbers, "koodi"))
