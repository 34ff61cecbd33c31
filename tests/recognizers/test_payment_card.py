"""Payment cards: Luhn AND an issuer's prefix AND that issuer's length; EAN-13s and order
numbers that pass Luhn by chance are not cards."""

import pandas as pd
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from stdnum import ean, luhn

from piiscan.classify import classify_column
from piiscan.recognizers.payment_card import IN_TEXT, RECOGNIZER, issuer, mask


def with_luhn(body: str) -> str:
    return body + luhn.calc_check_digit(body)


CASES = [
    ("4111111111111111", True),  # Visa test numbers
    ("4111 1111 1111 1111", True),
    ("4111-1111-1111-1111", True),
    ("4012888888881881", True),
    ("5555555555554444", True),  # Mastercard
    ("5105 1051 0510 5100", True),
    ("2223000048400011", True),  # Mastercard 2-series
    ("378282246310005", True),  # Amex
    ("3782 822463 10005", True),  # Amex grouping 4-6-5
    ("6011111111111117", True),  # Discover
    ("3530111333300000", True),  # JCB
    ("30569309025904", True),  # Diners 14 digits
    ("6759649826438453", True),  # Maestro
    ("4111111111111112", False),  # Luhn fails
    ("9111111111111119", False),  # no issuer has 9
    (with_luhn("123456789012345"), False),  # order number passing Luhn, no issuer
    (with_luhn("3782822463100"), False),  # Amex prefix, wrong length
    (with_luhn("55555555555544"), False),  # Mastercard prefix, 16 digits needed
    ("4006381333931", False),  # EAN-13 (German prefix 400) that also passes Luhn
    ("6411111111116", False),  # a Finnish EAN-13
    ("4111 1111 1111 111", False),  # 15 digits for Visa
    ("41111111111111111111", False),  # 20 digits
    ("4111.1111.1111.1111", False),
    ("2024-11-24 12:00:00", False),
    ("FI4950009420028730", False),
    ("", False),
]


@pytest.mark.parametrize(("value", "expected"), CASES)
def test_card_values(value: str, expected: bool) -> None:
    assert RECOGNIZER.matches(value) is expected


_PREFIXES_AND_LENGTHS = [("4", 16), ("4", 19), ("51", 16), ("55", 16), ("2221", 16), ("2720", 16), ("34", 15),
                         ("37", 15), ("6011", 16), ("65", 19), ("36", 14), ("3528", 16), ("62", 17), ("6759", 18)]


@given(st.sampled_from(_PREFIXES_AND_LENGTHS), st.data())
def test_every_valid_card_is_found_and_a_changed_check_digit_is_not(prefix_length, data) -> None:
    prefix, length = prefix_length
    middle = data.draw(st.from_regex(rf"[0-9]{{{length - len(prefix) - 1}}}", fullmatch=True))
    number = with_luhn(prefix + middle)
    assert issuer(number) is not None
    assert RECOGNIZER.matches(number)
    grouped = " ".join(number[i:i + 4] for i in range(0, len(number), 4))
    assert RECOGNIZER.matches(grouped)
    assert IN_TEXT.findall(f"Kortti {grouped} hyväksytty") == [grouped]
    wrong = str((int(number[-1]) + data.draw(st.integers(1, 9))) % 10)
    assert not RECOGNIZER.matches(number[:-1] + wrong)


@given(st.from_regex(r"[0-9]{12}", fullmatch=True))
def test_ean13_barcodes_are_never_cards(first12: str) -> None:
    code = first12 + ean.calc_check_digit(first12)
    assume(ean.is_valid(code))
    assert not RECOGNIZER.matches(code)


def test_mask_keeps_the_last_four() -> None:
    assert mask("4111 1111 1111 1111") == "**** **** **** 1111"


def test_card_column_is_confirmed_and_luhn_passing_order_numbers_are_not() -> None:
    cards = pd.Series([with_luhn(f"4{i:014d}") for i in range(50)])
    assert classify_column(cards, "x")[0].category == "payment_card"
    orders = pd.Series([f"4{i:015d}" for i in range(10**6, 10**6 + 200)])  # 1 in 10 passes Luhn
    assert all(v.category != "payment_card" for v in classify_column(orders, "ref"))
