"""Phone numbers: the Finnish numbering plan by default, foreign numbers in international form.

``phonenumbers`` accepts far too much on its own: most Finnish reference numbers and many bare
5-10 digit integers parse as valid Finnish numbers. So the *written form* decides first — a
``+``/``00`` international prefix (also ``(+358)`` and ``+358 (0)40``), or a Finnish trunk ``0``
followed by a mobile prefix (04x, 050), an area code (09, 02, 013...) or a corporate prefix
(010, 020, 029, 075) with the usual spaces, hyphens and brackets — and only then does
phonenumbers validate the number. Dates and bare integers never pass the written-form test.

>>> is_valid("040 123 4567")
True
>>> is_valid("+358 40 123 4567")
True
>>> is_valid("(+358) 40 123 4567")
True
>>> is_valid("00358401234567")
True
>>> is_valid("09 1234 5678")
True
>>> is_valid("(09) 123 4567")
True
>>> is_valid("010 123 4567")   # corporate number
True
>>> is_valid("+46 70 123 45 67")
True
>>> is_valid("0401234567")     # a mobile number needs no separators
True
>>> is_valid("091234567")      # unseparated landline digits: a batch number as likely
False
>>> is_valid("1234567")        # a bare integer is not a phone number
False
>>> is_valid("401234567")      # nor one without its trunk zero
False
>>> is_valid("2024-11-24")     # nor a date
False
>>> is_valid("04.11.2024")
False
>>> is_valid("0112038-9")      # a Y-tunnus
False
>>> is_valid_stored_as_digits("358401234567")   # an integer column named "phone"
True
>>> is_valid_stored_as_digits("401234567")
True
>>> is_valid_stored_as_digits("20241124")
False
>>> mask("040 123 4567")
'*** *** **67'
"""

from __future__ import annotations

import re

from piiscan.masking import mask_digits
from piiscan.recognizers.base import ValueRecognizer

# International: "+", "00" or "(+358)", a country code, then digits with separators.
_INTERNATIONAL = r"\(?(?:\+|00)[1-9]\d{0,2}\)?(?:[ -]?\(0\))?[ ./-]?\d[\d ()./-]{4,16}\d"
# Domestic: trunk 0 and a non-zero digit, optionally in brackets: "(09) 123 4567", "040-123 4567".
_DOMESTIC = r"\(?0[1-9]\d{0,2}\)?[ /-]?\d[\d /-]{3,10}\d"
SHAPE = re.compile(rf"{_INTERNATIONAL}|{_DOMESTIC}")
# In running text separators are stricter, so that order numbers and dates next to each other
# do not run together into one "number".
IN_TEXT = re.compile(
    r"(?<![\w+./-])(?:"
    r"\(?(?:\+|00)[1-9]\d{0,2}\)?(?: ?\(0\))?[ -]?\d{1,3}(?:[ -]?\d{2,4}){1,4}"
    r"|\(?0[1-9]\d{0,2}\)?[ -]?\d{3}[ -]?\d{2,4}(?:[ -]?\d{1,4})?"
    r")(?![\w/.-]\w|[\w-])"
)
SHAPE_DIGITS = re.compile(r"[1-9]\d{6,13}")
_BARE_MOBILE = re.compile(r"0(?:4\d|50)")
# Written forms that are something else: dates ("24.11.2024", "24 11 2024") and Y-tunnus ("0112038-9").
_NOT_A_PHONE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}([./ -])\d{1,2}\1\d{2}(?:\d{2})?|\d{7}-\d")


def is_valid(value: str, region: str = "FI") -> bool:
    """Written form first (see the module docstring), then phonenumbers' number plan."""
    import phonenumbers

    value = value.strip()
    if _NOT_A_PHONE.fullmatch(value) or not SHAPE.fullmatch(value):
        return False
    if value.isdigit() and value[1] != "0" and not _BARE_MOBILE.match(value):
        # Unseparated domestic digits are batch and invoice numbers as often as landlines;
        # only a mobile prefix makes them a phone number by value ("0401234567").
        return False
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number)


def is_valid_stored_as_digits(value: str, region: str = "FI") -> bool:
    """A number kept as an integer: "358401234567" (country code, "+" lost) or "401234567" (trunk 0 lost).

    Any integer can look like that, so this form counts only in a phone-named column (needs_name).
    """
    value = value.strip()
    if not SHAPE_DIGITS.fullmatch(value):
        return False
    if value.startswith("358") and is_valid("+" + value, region):
        return True
    return is_valid("0" + value, region) and bool(_BARE_MOBILE.match("0" + value))


def mask(value: str) -> str:
    return mask_digits(value, keep_end=2)


RECOGNIZERS = [ValueRecognizer(
    name="phone",
    category="phone",
    shape=SHAPE,
    validate=is_valid,
    mask=mask,
    in_text=IN_TEXT,
    context=("puhelin", "puh", "gsm", "tel", "phone", "matkapuhelin", "soita", "numero", "mobile"),
    min_length=7,
    max_length=24,
    text_score=0.75,
), ValueRecognizer(
    name="phone.digits",
    category="phone",
    shape=SHAPE_DIGITS,
    validate=is_valid_stored_as_digits,
    mask=mask,
    needs_name=True,
    min_length=7,
    max_length=14,
)]
RECOGNIZER = RECOGNIZERS[0]  # the by-value recognizer; tests and the text path name it
