"""Payment card number (PAN): Luhn checksum plus the card issuer's prefix and length.

13-19 digits, compact or grouped by spaces or hyphens. A number counts only when python-stdnum's
Luhn check passes AND it starts with a known issuer's prefix AND its length is one that issuer
uses: one in ten order numbers passes Luhn by chance, so the checksum alone proves nothing. A
13-digit number that is also a valid EAN-13 barcode is taken for the barcode (Visa no longer
issues 13-digit cards; shops hold many EANs, and German ones start with 4 like Visa).

>>> is_valid("4111 1111 1111 1111")      # Visa
True
>>> is_valid("5555-5555-5555-4444")      # Mastercard
True
>>> is_valid("2223000048400011")         # Mastercard 2-series
True
>>> is_valid("378282246310005")          # American Express
True
>>> is_valid("4111 1111 1111 1112")      # Luhn fails
False
>>> is_valid("9111111111111111")         # passes Luhn, but no issuer uses prefix 9
False
>>> is_valid("37828224631000")           # Amex prefix, but Amex numbers have 15 digits
False
>>> is_valid("4006381333931")            # a valid EAN-13, not a card
False
>>> issuer("6011 1111 1111 1117")
'Discover'
>>> mask("4111 1111 1111 1111")
'**** **** **** 1111'
"""

from __future__ import annotations

import re

from stdnum import ean as _ean
from stdnum import luhn as _luhn

from piiscan.masking import mask_digits
from piiscan.recognizers.base import ValueRecognizer

# (issuer, prefix ranges as (low, high) of equal-length digit strings, allowed lengths).
# Sources: the issuers' published IIN ranges (as collected in ISO/IEC 7812 summaries).
ISSUERS: tuple[tuple[str, tuple[tuple[str, str], ...], frozenset[int]], ...] = (
    ("Visa", (("4", "4"),), frozenset({13, 16, 19})),
    ("Mastercard", (("51", "55"), ("2221", "2720")), frozenset({16})),
    ("American Express", (("34", "34"), ("37", "37")), frozenset({15})),
    ("Discover", (("6011", "6011"), ("644", "649"), ("65", "65")), frozenset({16, 17, 18, 19})),
    ("Diners Club", (("300", "305"), ("36", "36"), ("38", "39")), frozenset({14, 16})),
    ("JCB", (("3528", "3589"),), frozenset({16, 17, 18, 19})),
    ("JCB", (("2131", "2131"), ("1800", "1800")), frozenset({15})),
    ("UnionPay", (("62", "62"),), frozenset({16, 17, 18, 19})),
    ("Maestro", (("5018", "5018"), ("5020", "5020"), ("5038", "5038"), ("5893", "5893"), ("6304", "6304"),
                 ("6759", "6759"), ("6761", "6763")), frozenset({16, 17, 18, 19})),
    ("Mir", (("2200", "2204"),), frozenset({16, 17, 18, 19})),
)

# Compact, or in groups of 4 (Amex 4-6-5, Diners 4-6-4) separated by one space or hyphen.
SHAPE = re.compile(r"\d{13,19}|\d{4}(?:[ -]\d{4}){2,3}[ -]\d{1,4}|\d{4}[ -]\d{6}[ -]\d{4,5}")
IN_TEXT = re.compile(r"(?<![\w-])(?:\d{13,19}|\d{4}(?:[ -]\d{4}){2,3}[ -]\d{1,4}|\d{4}[ -]\d{6}[ -]\d{4,5})(?![\w-])")
_SEPARATORS = re.compile(r"[ -]")


def compact(value: str) -> str:
    """Digits only: ``'4111 1111-1111 1111'`` -> ``'4111111111111111'``."""
    return _SEPARATORS.sub("", value.strip())


def issuer(value: str) -> str | None:
    """The issuer whose prefix and length fit, or None."""
    digits = compact(value)
    for name, ranges, lengths in ISSUERS:
        if len(digits) not in lengths:
            continue
        for low, high in ranges:
            if low <= digits[: len(low)] <= high:
                return name
    return None


def is_valid(value: str) -> bool:
    """Luhn checksum, an issuer's prefix and length, and not an EAN-13 barcode."""
    if len(value) > 40:  # cheap refusal before any parsing: junk can be megabytes
        return False
    digits = compact(value)
    if not (digits.isdigit() and digits.isascii() and 13 <= len(digits) <= 19):
        return False
    if issuer(digits) is None or not _luhn.is_valid(digits):
        return False
    return not (len(digits) == 13 and _ean.is_valid(digits))


def mask(value: str) -> str:
    """The last four digits, as on a receipt."""
    return mask_digits(value, keep_end=4)


RECOGNIZER = ValueRecognizer(
    name="payment_card",
    category="payment_card",
    shape=SHAPE,
    validate=is_valid,
    mask=mask,
    in_text=IN_TEXT,
    context=("kortti", "korttinumero", "luottokortti", "maksukortti", "card", "visa", "mastercard", "credit"),
    min_length=13,
    max_length=23,
    text_score=0.9,
)
