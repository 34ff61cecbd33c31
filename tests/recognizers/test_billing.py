"""Finnish reference numbers (7-3-1 check digit, only with a column name) and RF references."""

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from piiscan.classify import classify_column
from piiscan.recognizers.billing import (
    FINNISH_REFERENCE,
    RF_IN_TEXT,
    RF_REFERENCE,
    check_digit,
    is_valid_reference,
    is_valid_rf,
    mask_reference,
    mask_rf,
    rf_from_reference,
)

REFERENCE_CASES = [
    ("1232", True),
    ("1234567891239", True),
    ("123 45678 91239", True),  # grouped by five from the right
    ("1009", True),
    ("00001232", True),  # leading zeros are allowed
    ("1234567891234", False),  # wrong check digit
    ("123", False),  # too short
    ("0000", False),
    ("000000017", False),  # only two significant digits
    ("123456789012345678901", False),  # 21 digits
    ("12 345", False),  # groups of five from the right only
    ("1232a", False),
    ("RF111232", False),  # RF form belongs to the other recognizer
    ("", False),
]

RF_CASES = [
    ("RF18539007547034", True),
    ("RF18 5390 0754 7034", True),
    ("rf18 5390 0754 7034", True),
    ("RF111232", True),
    ("RF18000000000000000000539007547034", False),  # too long
    ("RF18 5390 0754 7035", False),  # a digit changed
    ("RF19539007547034", False),  # check digits changed
    ("RF18", False),
    ("FI4950009420028730", False),
    ("", False),
]


@pytest.mark.parametrize(("value", "expected"), REFERENCE_CASES)
def test_reference_values(value: str, expected: bool) -> None:
    assert FINNISH_REFERENCE.matches(value) is expected


@pytest.mark.parametrize(("value", "expected"), RF_CASES)
def test_rf_values(value: str, expected: bool) -> None:
    assert RF_REFERENCE.matches(value) is expected


def test_bare_references_need_a_column_name_and_rf_references_do_not() -> None:
    assert FINNISH_REFERENCE.needs_name and not RF_REFERENCE.needs_name


@given(st.from_regex(r"[1-9][0-9]{2,18}", fullmatch=True), st.integers(1, 9))
def test_every_valid_reference_is_found_and_a_changed_check_digit_is_not(base: str, shift: int) -> None:
    reference = base + check_digit(base)
    assert is_valid_reference(reference)
    wrong = str((int(reference[-1]) + shift) % 10)
    assert not is_valid_reference(reference[:-1] + wrong)
    rf = rf_from_reference(reference)
    assert is_valid_rf(rf)
    assert RF_IN_TEXT.findall(f"Maksa viitteellä {rf} kiitos") == [rf]
    changed = str((int(rf[4]) + shift) % 10)
    assert not is_valid_rf(rf[:4] + changed + rf[5:])


def test_masks() -> None:
    assert mask_reference("123 45678 91239") == "*** ***** ***39"
    assert mask_rf("RF18 5390 0754 7034") == "RF*****34"


def _references(n: int) -> list[str]:
    return [str(base) + check_digit(str(base)) for base in range(100_000, 100_000 + n)]


def test_reference_column_with_a_billing_name_is_confirmed() -> None:
    verdicts = classify_column(pd.Series(_references(50)), "viitenumero")
    assert (verdicts[0].category, verdicts[0].evidence) == ("billing", "value+name")


def test_reference_numbers_without_a_name_prove_nothing() -> None:
    assert all(v.category != "billing" for v in classify_column(pd.Series(_references(50)), "koodi"))


def test_rf_column_stands_alone() -> None:
    values = pd.Series([rf_from_reference(r) for r in _references(30)])
    verdicts = classify_column(values, "koodi")
    assert (verdicts[0].category, verdicts[0].evidence) == ("billing", "value")


def test_arbitrary_integers_in_an_invoice_column_are_suspected_not_confirmed() -> None:
    # One in ten passes the 7-3-1 check by chance: that share must not confirm the column.
    numbers = pd.Series([100_003 + 7_919 * i for i in range(300)])
    assert 0.05 < sum(is_valid_reference(str(n)) for n in numbers) / len(numbers) < 0.2
    verdicts = classify_column(numbers, "invoice_number")
    assert [(v.category, v.verdict) for v in verdicts] == [("billing", "suspected")]
