"""IBAN (International Bank Account Number), Finnish and foreign.

Two letters of country, two check digits and the country's account number (BBAN), written
compactly or in groups of four. The mod-97 checksum and each country's BBAN length and format
come from python-stdnum (``stdnum.iban``). Finland's old domestic form (``123456-785``, before
IBAN became mandatory in 2011) is widened to its 14-digit machine form by the bank-group rule and
checked with Luhn (python-stdnum); one number in ten passes that by chance, so it counts only in
a column named for accounts (``needs_name=True``).

>>> is_valid("FI49 5000 9420 0287 30")
True
>>> is_valid("fi4950009420028730")
True
>>> is_valid("DE89370400440532013000")
True
>>> is_valid("FI49 5000 9420 0287 31")   # checksum fails
False
>>> is_valid("FI4950009420028")          # too short for Finland
False
>>> is_valid("SE12 3456")
False
>>> is_valid_finnish_bban("500094-228730"), machine_form("500094-228730")
(True, '50009420028730')
>>> is_valid_finnish_bban("123456-785"), is_valid_finnish_bban("123456-786")
(True, False)
>>> mask("FI49 5000 9420 0287 30")
'FI** **** **** **** 30'
"""

from __future__ import annotations

import re

from stdnum import iban as _iban
from stdnum import luhn as _luhn

from piiscan.recognizers.base import ValueRecognizer

# Country code, check digits, then 11-30 alphanumerics, optionally grouped by single spaces.
SHAPE = re.compile(r"[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){11,30}")
IN_TEXT = re.compile(r"(?<![\w-])[A-Z]{2}\d{2}(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,4})?)(?![\w-])")


def compact(value: str) -> str:
    """Upper case without spaces: ``'fi49 5000 9420 0287 30'`` -> ``'FI4950009420028730'``."""
    return _iban.compact(value.strip())


def is_valid(value: str) -> bool:
    """Mod-97 checksum, and the country's BBAN length and format."""
    if len(value) > 64:  # cheap refusal before any parsing: junk can be megabytes
        return False
    try:
        return bool(_iban.validate(value.strip(), check_country=True))
    except Exception:  # noqa: BLE001 - stdnum raises ValidationError; junk may raise others
        return False


BBAN_SHAPE = re.compile(r"[1-9][0-9]{5}-[0-9]{2,8}")


def machine_form(value: str) -> str:
    """The 14-digit form of an old Finnish account number: zeros go after the 7th digit for
    savings and co-operative banks (4, 5), after the 6th for the others."""
    head, _, tail = value.strip().partition("-")
    if head[:1] in ("4", "5"):
        return head + tail[:1] + tail[1:].zfill(7)
    return head + tail.zfill(8)


def is_valid_finnish_bban(value: str) -> bool:
    """An old Finnish domestic account number whose machine form passes Luhn."""
    value = value.strip()
    if not BBAN_SHAPE.fullmatch(value):
        return False
    machine = machine_form(value)
    return len(machine) == 14 and _luhn.is_valid(machine)


def mask(value: str) -> str:
    """Country and the last two characters; grouping kept so the example still looks like an IBAN."""
    value = value.strip().upper()
    alnum = [i for i, ch in enumerate(value) if ch.isalnum()]
    keep = set(alnum[:2] + alnum[-2:])
    return "".join(ch if i in keep or not ch.isalnum() else "*" for i, ch in enumerate(value))


RECOGNIZER = ValueRecognizer(
    name="iban",
    category="bank_account",
    shape=SHAPE,
    validate=is_valid,
    mask=mask,
    in_text=IN_TEXT,
    context=("iban", "tilinumero", "tili", "pankkitili", "account", "bank", "konto"),
    min_length=15,
    max_length=42,
    text_score=0.9,
)

FINNISH_BBAN = ValueRecognizer(
    name="fi.bban",
    category="bank_account",
    shape=BBAN_SHAPE,
    validate=is_valid_finnish_bban,
    mask=mask,
    needs_name=True,
    min_share=0.5,  # a check digit that one number in ten passes: most of the column must pass
    min_length=9,
    max_length=15,
)

RECOGNIZERS = [RECOGNIZER, FINNISH_BBAN]
