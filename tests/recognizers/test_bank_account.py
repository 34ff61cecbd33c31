"""IBAN: mod-97 check digits and each country's BBAN format, compact or grouped by four."""

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum import iban

from piiscan.classify import classify_column
from piiscan.recognizers.bank_account import FINNISH_BBAN, IN_TEXT, RECOGNIZER, machine_form, mask


def make_fi_iban(bban: str) -> str:
    """A Finnish IBAN for 14 BBAN digits, check digits from python-stdnum."""
    return f"FI{iban.calc_check_digits('FI00' + bban)}{bban}"


CASES = [
    ("FI4950009420028730", True),
    ("FI49 5000 9420 0287 30", True),
    ("fi49 5000 9420 0287 30", True),
    ("DE89370400440532013000", True),
    ("DE89 3704 0044 0532 0130 00", True),
    ("GB82WEST12345698765432", True),
    ("SE4550000000058398257466", True),
    ("FI49 5000 9420 0287 31", False),  # a digit changed
    ("FI4850009420028730", False),  # check digits changed
    ("FI4950009420028", False),  # too short for Finland
    ("DE8937040044053201300", False),  # too short for Germany
    ("XX4950009420028730", False),  # no such country
    ("500094-228730", False),  # a domestic (BBAN) account number: not looked for
    ("FI49  5000 9420 0287 30", False),  # double space
    ("ORD-2024-000123456789", False),
    ("6410000000000", False),  # EAN-13
    ("", False),
]


@pytest.mark.parametrize(("value", "expected"), CASES)
def test_iban_values(value: str, expected: bool) -> None:
    assert RECOGNIZER.matches(value) is expected


@given(st.from_regex(r"[0-9]{14}", fullmatch=True))
def test_every_valid_iban_is_found_and_changed_check_digits_are_not(bban: str) -> None:
    number = make_fi_iban(bban)
    assert RECOGNIZER.matches(number)
    assert RECOGNIZER.matches(iban.format(number))
    assert IN_TEXT.findall(f"Tilinumero {iban.format(number)}.") == [iban.format(number)]
    wrong = f"{int(number[2:4]) % 97 + 1:02d}"
    assert not RECOGNIZER.matches(number[:2] + wrong + number[4:])


def test_mask_shows_country_and_last_two_only() -> None:
    assert mask("FI49 5000 9420 0287 30") == "FI** **** **** **** 30"
    assert mask("FI4950009420028730") == "FI**************30"


def test_iban_column_is_confirmed() -> None:
    values = pd.Series([make_fi_iban(f"{i:014d}") for i in range(1000, 1050)])
    verdicts = classify_column(values, "tili")
    assert verdicts[0].category == "bank_account" and verdicts[0].verdict == "confirmed"


@pytest.mark.parametrize(("value", "expected"), [
    ("500094-228730", True),  # savings-bank group: zeros after the 7th digit
    ("123456-785", True),  # the others: zeros after the 6th
    ("123456-786", False),  # Luhn fails
    ("123456-7", False),  # too short a tail
    ("023456-785", False),
    ("1234567-85", False),
    ("FI4950009420028730", False),  # the IBAN recognizer's
])
def test_old_finnish_account_numbers(value: str, expected: bool) -> None:
    assert FINNISH_BBAN.matches(value) is expected


def test_old_account_numbers_need_a_column_name_and_match_their_iban() -> None:
    assert FINNISH_BBAN.needs_name
    assert make_fi_iban(machine_form("500094-228730")) == "FI4950009420028730"
    numbers = pd.Series([f"{123456 + i}-{j}" for i in range(30) for j in range(100, 110)])
    valid = numbers[numbers.map(FINNISH_BBAN.matches)]
    assert classify_column(valid, "tilinumero")[0].evidence == "value+name"
    assert all(v.category != "bank_account" for v in classify_column(valid, "koodi"))
