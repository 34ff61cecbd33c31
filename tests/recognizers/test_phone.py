"""Phone numbers: Finnish numbering plan, international forms, and what only looks like a phone."""

import pandas as pd
import pytest

from piiscan.classify import classify_column
from piiscan.recognizers.phone import IN_TEXT, RECOGNIZER

CASES = [
    # mobiles
    ("040 123 4567", True),
    ("0401234567", True),
    ("040-123 4567", True),
    ("050 765 4321", True),
    ("0457 123 4567", True),
    ("045 1234567", True),
    # landlines with area codes
    ("09 1234 5678", True),
    ("(09) 123 4567", True),
    ("02 123 4567", True),
    ("013 123 456", True),
    ("017 1234567", True),
    ("03 1234567", True),
    ("08 1234567", True),
    # corporate numbers
    ("010 123 4567", True),
    ("020 123 4567", True),
    ("075 325 1234", True),
    # international forms
    ("+358 40 123 4567", True),
    ("+358401234567", True),
    ("00358401234567", True),
    ("(+358) 40 123 4567", True),
    ("+358 (0)40 123 4567", True),
    ("+358 9 1234 5678", True),
    ("+46 70 123 45 67", True),
    ("+44 20 7946 0958", True),
    # hard negatives: bare integers, reference numbers, dates, order numbers
    ("1234567", False),
    ("401234567", False),  # the trunk zero lost: by value this is any integer
    ("358401234567", False),
    ("12345", False),
    ("1234561", False),  # a Finnish reference number that phonenumbers alone would accept
    ("2024-11-24", False),
    ("24.11.2024", False),
    ("04.11.2024", False),
    ("20241124", False),
    ("24 11 2024", False),
    ("05 11 24", False),
    ("0112038-9", False),  # a Y-tunnus that starts with 0
    ("100234", False),
    ("ORD-2024-00123", False),
    ("0123456", False),  # too short for any Finnish number
    ("00123456789", False),
    ("075 123 4567", False),  # 075 1 is not allocated
    ("091234567", False),  # unseparated landline digits: a warehouse batch number as likely
    ("0912345678", False),
    ("09 1234 5678", True),  # ...but written as a number, a landline
    ("", False),
    ("puhelin", False),
]


@pytest.mark.parametrize(("value", "expected"), CASES)
def test_phone_values(value: str, expected: bool) -> None:
    assert RECOGNIZER.matches(value) is expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Soita numeroon 040 123 4567 ennen toimitusta.", "040 123 4567"),
        ("puh. +358 50 765 4321", "+358 50 765 4321"),
        ("GSM 0401234567, kiitos", "0401234567"),
        ("Toimitettu 24.11.2024 klo 14.30", None),
        ("Tilausnumero 2024112400123", None),
        ("Viite 1234561 / summa 49,90", None),
    ],
)
def test_phone_in_text(text: str, found: str | None) -> None:
    hits = [m.group() for m in IN_TEXT.finditer(text) if RECOGNIZER.validate(m.group())]
    assert hits == ([found] if found else [])


def test_columns_of_order_numbers_and_dates_are_not_phones() -> None:
    padded = pd.Series([f"{n:010d}" for n in range(1234500, 1234540)])  # zero-padded order numbers
    bare = pd.Series([str(n) for n in range(401234500, 401234540)])  # a mobile number's digits, no trunk 0
    dates = pd.Series([f"2024-11-{d:02d}" for d in range(1, 29)] + [f"{d:02d}.11.2024" for d in range(1, 29)])
    compact_dates = pd.Series([f"202411{d:02d}" for d in range(1, 29)])
    for column in (padded, bare, dates, compact_dates):
        assert [v for v in classify_column(column, "reference") if v.category == "phone"] == []


def test_phone_masks_keep_only_the_last_digits() -> None:
    assert RECOGNIZER.mask("+358 40 123 4567") == "+*** ** *** **67"


def test_numbers_stored_as_integers_count_only_under_a_phone_name() -> None:
    stored = pd.Series([358401234500 + i * 7919 for i in range(40)], dtype="int64")
    found = [v for v in classify_column(stored, "phone_number") if v.category == "phone"]
    assert [(v.evidence, v.verdict, v.recognizer) for v in found] == [("value+name", "confirmed", "phone.digits")]
    trunk_lost = pd.Series([401234500 + i * 7919 for i in range(40)], dtype="int64")
    assert [v.recognizer for v in classify_column(trunk_lost, "puhelin") if v.evidence != "name"] == ["phone.digits"]
    assert [v for v in classify_column(stored, "order_number") if v.category == "phone"] == []
