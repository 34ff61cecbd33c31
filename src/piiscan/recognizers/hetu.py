"""Henkilötunnus (HETU, Finnish personal identity code).

Six digits of birth date, a century sign (``+`` 1800s; ``-`` and, since 2023, ``Y X W V U`` 1900s;
``A`` and ``B C D E F`` 2000s), an individual number 002-899 (900-999 are temporary codes) and a
mod-31 check character. The checksum and date checks come from python-stdnum.

>>> is_valid("131052-308T")
True
>>> is_valid("131052Y308T")
True
>>> is_valid("010594Y9032")
True
>>> is_valid("131052-308U")   # wrong check character
False
>>> is_valid("290201A308K")   # 29 February 2001 did not exist
False
>>> is_temporary("131052-908T")
False
>>> mask("131052-308T")
'13****-***T'
"""

from __future__ import annotations

import re

from stdnum.fi import hetu as _hetu

from piiscan.recognizers.base import ValueRecognizer

_CENTURY = "+\\-YXWVUABCDEF"
SHAPE = re.compile(rf"\d{{6}}[{_CENTURY}]\d{{3}}[0-9A-Y]", re.IGNORECASE)
IN_TEXT = re.compile(rf"(?<![\w-])\d{{6}}[{_CENTURY}]\d{{3}}[0-9A-Ya-y](?![\w])")


def compact(value: str) -> str:
    return value.strip().upper()


def is_valid(value: str, allow_temporary: bool = True) -> bool:
    """Check date, century sign, individual number and check character."""
    try:
        _hetu.validate(compact(value), allow_temporary=allow_temporary)
    except Exception:  # noqa: BLE001 - stdnum raises ValidationError (and TypeError on junk)
        return False
    return True


def is_temporary(value: str) -> bool:
    """Individual numbers 900-999 are temporary codes."""
    value = compact(value)
    return is_valid(value) and int(value[7:10]) >= 900


def mask(value: str) -> str:
    value = compact(value)
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
