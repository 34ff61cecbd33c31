"""Henkilötunnus (HETU, Finnish personal identity code).

Six digits of birth date (``ddmmyy``), a century sign (``+`` 1800s; ``-`` and, since 2023,
``Y X W V U`` 1900s; ``A`` and ``B C D E F`` 2000s), an individual number 002-899 (900-999 are
temporary codes, recognised and marked as such) and a mod-31 check character. Format, real date,
individual number and checksum come from python-stdnum (2.x knows the 2023 century signs and
rejects individual numbers 000 and 001); piiscan adds only that a birth date cannot lie in the
future.

>>> is_valid("131052-308T")
True
>>> is_valid("131052Y308T")       # the same person with a 2023 century sign
True
>>> is_valid("010594Y9032")       # temporary code (individual number 903)
True
>>> is_valid("010594Y9032", allow_temporary=False)
False
>>> is_valid("131052-308U")       # wrong check character
False
>>> is_valid("290201A308K")       # 29 February 2001 did not exist
False
>>> is_valid("131052-001D")       # individual numbers start at 002
False
>>> is_valid("131052G308T")       # G is no century sign
False
>>> is_temporary("010594Y9032"), is_temporary("131052-308T")
(True, False)
>>> mask("131052-308T")           # never the full birth date
'13****-***T'
>>> mask("010594Y9032")
'01****Y9**2 (temporary)'
"""

from __future__ import annotations

import datetime
import re

from stdnum.fi import hetu as _hetu

from piiscan.recognizers.base import ValueRecognizer

_CENTURY = r"+\-YXWVUABCDEF"
_CHECK = "0-9ABCDEFHJKLMNPRSTUVWXY"  # the 31 check characters: no G I O Q Z
SHAPE = re.compile(rf"[0-3]\d[01]\d{{3}}[{_CENTURY}]\d{{3}}[{_CHECK}]", re.IGNORECASE)
IN_TEXT = re.compile(rf"(?<![\w+-])[0-3]\d[01]\d{{3}}[{_CENTURY}]\d{{3}}[{_CHECK}](?![\w-])", re.IGNORECASE)
_CENTURY_YEAR = {"+": 1800, **dict.fromkeys("-YXWVU", 1900), **dict.fromkeys("ABCDEF", 2000)}


def compact(value: str) -> str:
    """Upper case without surrounding spaces: ``' 131052-308t '`` -> ``'131052-308T'``."""
    return value.strip().upper()


def birth_date(value: str) -> datetime.date:
    """The birth date a code carries; raises ValueError when there is none."""
    value = compact(value)
    century = _CENTURY_YEAR[value[6]]
    return datetime.date(century + int(value[4:6]), int(value[2:4]), int(value[:2]))


def is_valid(value: str, allow_temporary: bool = True) -> bool:
    """Check date, century sign, individual number and check character."""
    if len(value) > 32:  # cheap refusal before any parsing: junk can be megabytes
        return False
    try:
        _hetu.validate(compact(value), allow_temporary=allow_temporary)
        return birth_date(value) <= datetime.date.today()
    except Exception:  # noqa: BLE001 - stdnum raises ValidationError (and TypeError/KeyError on junk)
        return False


def is_temporary(value: str) -> bool:
    """Individual numbers 900-999 are temporary codes (given e.g. before a permanent one exists)."""
    value = compact(value)
    return is_valid(value) and int(value[7:10]) >= 900


def mask(value: str) -> str:
    """Day of birth, century sign and check character only; temporary codes say so."""
    value = compact(value)
    if len(value) != 11:
        return "***********"
    if is_temporary(value):
        return f"{value[:2]}****{value[6]}9**{value[10]} (temporary)"
    return f"{value[:2]}****{value[6]}***{value[10]}"


RECOGNIZER = ValueRecognizer(
    name="fi.hetu",
    category="personal_identity_code",
    shape=SHAPE,
    validate=is_valid,
    mask=mask,
    in_text=IN_TEXT,
    context=("hetu", "henkilötunnus", "sotu", "syntymäaika", "ssn"),
    min_length=11,
    max_length=11,
    text_score=0.95,
)
