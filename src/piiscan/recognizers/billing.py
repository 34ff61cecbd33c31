"""Viitenumero (Finnish payment reference number) and RF creditor reference (ISO 11649).

A Finnish reference number has 4-20 digits, often written in groups of five from the right; its
last digit checks the others with weights 7, 3, 1 repeated from the right. python-stdnum has no
Finnish reference number and no small, well-kept PyPI package does only this, so the 7-3-1 check
is written here. The international form ``RF`` + two mod-97 check digits + the reference is
checked by python-stdnum (``stdnum.iso11649``).

One random integer in ten passes the 7-3-1 check, so a bare reference number proves nothing by
itself: that recognizer has ``needs_name=True`` (the column name must speak of references,
invoices or payments). An RF reference carries two check digits and its own prefix and stands
alone.

>>> is_valid_reference("1232")
True
>>> check_digit("123456789123")
'9'
>>> is_valid_reference("1234567891239")
True
>>> is_valid_reference("123 45678 91239")  # grouped by fives from the right, as on a bill
True
>>> is_valid_reference("1234567891234")    # check digit 4 is wrong
False
>>> is_valid_reference("123")              # too short
False
>>> is_valid_rf("RF18 5390 0754 7034")
True
>>> is_valid_rf("RF18 5390 0754 7035")
False
>>> rf_from_reference("1232")
'RF111232'
>>> mask_reference("123 45678 91239")
'*** ***** ***39'
>>> mask_rf("RF18 5390 0754 7034")
'RF*****34'
"""

from __future__ import annotations

import re

from stdnum import iso11649 as _iso11649

from piiscan.masking import mask_digits, mask_middle
from piiscan.recognizers.base import ValueRecognizer

_WEIGHTS = (7, 3, 1)
_SPACES = re.compile(r"\s+")

# 4-20 digits, compact or grouped by single spaces (banks group by five from the right).
REFERENCE_SHAPE = re.compile(r"\d{4,20}|\d{1,5}(?: \d{5}){1,3}")
RF_SHAPE = re.compile(r"[Rr][Ff]\d{2}(?: ?[A-Za-z0-9]){1,21}")
RF_IN_TEXT = re.compile(r"(?<![\w-])RF\d{2}(?:[A-Z0-9]{1,21}|(?: [A-Z0-9]{1,4}){1,6})(?![\w-])", re.IGNORECASE)


def compact(value: str) -> str:
    """Without spaces, upper case: ``'rf18 5390 0754 7034'`` -> ``'RF18539007547034'``."""
    return _SPACES.sub("", value.strip()).upper()


def check_digit(base: str) -> str:
    """The 7-3-1 check digit for the digits of a reference number without its check digit."""
    total = sum(int(digit) * _WEIGHTS[i % 3] for i, digit in enumerate(reversed(base)))
    return str(-total % 10)


def is_valid_reference(value: str) -> bool:
    """4-20 digits whose last digit is the 7-3-1 check digit of the others (and not all zeros)."""
    if len(value) > 64:  # cheap refusal before any parsing: junk can be megabytes
        return False
    digits = compact(value)
    if not (digits.isascii() and digits.isdigit() and 4 <= len(digits) <= 20):
        return False
    if len(digits.lstrip("0")) < 4:  # leading zeros do not count; "0000" is no reference
        return False
    return check_digit(digits[:-1]) == digits[-1]


def is_valid_rf(value: str) -> bool:
    """An RF creditor reference: mod-97 check digits over the reference (python-stdnum)."""
    if len(value) > 64:  # cheap refusal before any parsing: junk can be megabytes
        return False
    try:
        return bool(_iso11649.validate(compact(value)))
    except Exception:  # noqa: BLE001 - stdnum raises ValidationError; junk may raise others
        return False


def rf_from_reference(value: str) -> str:
    """The RF form of a Finnish reference number (what banks print beside it)."""
    digits = compact(value).lstrip("0")
    check = 98 - int(digits + "271500") % 97  # "RF" = 27 15, then "00" for the check digits
    return f"RF{check:02d}{digits}"


def mask_reference(value: str) -> str:
    """The last two digits only."""
    return mask_digits(value, keep_end=2)


def mask_rf(value: str) -> str:
    """The ``RF`` prefix and the last two characters."""
    return "RF**" + mask_middle(compact(value)[4:], keep_start=0, keep_end=2)


RF_REFERENCE = ValueRecognizer(
    name="rf_reference",
    category="billing",
    shape=RF_SHAPE,
    validate=is_valid_rf,
    mask=mask_rf,
    in_text=RF_IN_TEXT,
    context=("viite", "viitenumero", "reference", "ref", "lasku", "invoice", "maksu"),
    min_length=5,
    max_length=35,
    text_score=0.85,
)

FINNISH_REFERENCE = ValueRecognizer(
    name="fi.viitenumero",
    category="billing",
    shape=REFERENCE_SHAPE,
    validate=is_valid_reference,
    mask=mask_reference,
    in_text=None,  # a bare number in text is no evidence; RF references are looked for instead
    needs_name=True,
    min_share=0.5,  # a check digit that one number in ten passes: most of the column must pass
    min_length=4,
    max_length=23,
)

RECOGNIZERS = [RF_REFERENCE, FINNISH_REFERENCE]
