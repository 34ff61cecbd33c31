"""Phone numbers: the Finnish numbering plan by default, foreign numbers in international form.

``phonenumbers`` accepts far too much on its own (most reference numbers, many bare integers), so
the *written form* decides first: a ``+``/``00`` international prefix, or a Finnish trunk ``0``
with a mobile or area prefix and usual separators. Only then does phonenumbers validate.

>>> is_valid("040 123 4567")
True
>>> is_valid("+358 40 123 4567")
True
>>> is_valid("00358401234567")
True
>>> is_valid("09 1234 5678")
True
>>> is_valid("+46 70 123 45 67")
True
>>> is_valid("1234567")      # a bare integer is not a phone number
False
>>> is_valid("2024-11-24")   # nor a date
False
>>> mask("040 123 4567")
'*** *** **67'
"""

from __future__ import annotations

import re

from piiscan.masking import mask_digits
from piiscan.recognizers.base import ValueRecognizer

# +358..., 00358..., or a domestic number that starts with 0 (mobile 04x/050, area codes, 0x00 service)
SHAPE = re.compile(r"(?:\+|00)[1-9][\d ()./-]{6,18}\d|0[1-9][\d ()/-]{5,13}\d")
IN_TEXT = re.compile(r"(?<![\w+])(?:(?:\+|00)[1-9][\d ()-]{6,16}\d|0[1-9]\d?[ -]?\d{3}[ -]?\d{2,4}(?:[ -]?\d{1,3})?)(?![\w-])")
_DATE_LIKE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{2}[./-]\d{2}[./-]\d{2,4}")


def is_valid(value: str, region: str = "FI") -> bool:
    import phonenumbers

    value = value.strip()
    if _DATE_LIKE.fullmatch(value):
        return False
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number)


def mask(value: str) -> str:
    return mask_digits(value, keep_end=2)


RECOGNIZER = ValueRecognizer(
    name="phone",
    category="phone",
    shape=SHAPE,
    validate=is_valid,
    mask=mask,
    in_text=IN_TEXT,
    context=("puhelin", "puh", "gsm", "tel", "phone", "matkapuhelin", "soita"),
    min_length=7,
    max_length=22,
    text_score=0.75,
)
