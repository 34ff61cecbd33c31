"""IBAN (International Bank Account Number), Finnish and foreign.

Two letters of country, two check digits and the country's account number (BBAN), written
compactly or in groups of four. The mod-97 checksum and each country's BBAN length and format
come from python-stdnum (``stdnum.iban``). Bare domestic account numbers (BBAN) are not looked
for: without the IBAN checksum they are just numbers.

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
>>> mask("FI49 5000 9420 0287 30")
'FI** **** **** **** 30'
"""

from __future__ import annotations

import re

from stdnum import iban as _iban

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
