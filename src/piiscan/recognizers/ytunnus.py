"""Y-tunnus (Finnish business id) and its VAT form.

Seven digits, a hyphen and a mod-11 check digit; the VAT number is ``FI`` and the eight digits.
Checks from python-stdnum. Eight bare digits are as often an order number (one in eleven passes
mod-11 by chance), so that form counts only in a column whose name says Y-tunnus
(``needs_name=True``).

>>> is_valid("2859115-6")
True
>>> is_valid("FI28591156")
True
>>> is_valid("2859115-7")
False
>>> is_valid_compact("28591156"), is_valid_compact("28591157")
(True, False)
>>> mask("2859115-6")
'28*****-6'
"""

from __future__ import annotations

import re

from stdnum.fi import alv as _alv
from stdnum.fi import ytunnus as _ytunnus

from piiscan.recognizers.base import ValueRecognizer

SHAPE = re.compile(r"\d{7}-\d|FI\s?\d{8}", re.IGNORECASE)
COMPACT_SHAPE = re.compile(r"[0-9]{8}")
IN_TEXT = re.compile(r"(?<![\w-])(?:\d{7}-\d|FI\s?\d{8})(?![\w-])", re.IGNORECASE)


def is_valid(value: str) -> bool:
    """Mod-11 check digit of a Y-tunnus, or of the ALV (VAT) form."""
    if len(value) > 32:  # cheap refusal before any parsing: junk can be megabytes
        return False
    value = value.strip()
    try:
        if value[:2].upper() == "FI":
            _alv.validate(value)
        else:
            _ytunnus.validate(value)
    except Exception:  # noqa: BLE001
        return False
    return True


def is_valid_compact(value: str) -> bool:
    """Eight digits without the hyphen, as some systems store a Y-tunnus."""
    value = value.strip()
    return len(value) == 8 and value.isascii() and value.isdigit() and is_valid(f"{value[:7]}-{value[7]}")


def mask(value: str) -> str:
    """The first two characters and the check digit; digits between are hidden."""
    value = value.strip()
    if len(value) < 4:
        return "*" * len(value)
    return value[:2] + re.sub(r"\d", "*", value[2:-1]) + value[-1]


RECOGNIZER = ValueRecognizer(
    name="fi.ytunnus",
    category="business_id",
    shape=SHAPE,
    validate=is_valid,
    mask=mask,
    in_text=IN_TEXT,
    context=("y-tunnus", "ytunnus", "alv", "vat", "business id"),
    min_length=9,
    max_length=11,
)

COMPACT = ValueRecognizer(
    name="fi.ytunnus.compact",
    category="business_id",
    shape=COMPACT_SHAPE,
    validate=is_valid_compact,
    mask=mask,
    needs_name=True,
    min_share=0.5,  # a check digit that one number in ten passes: most of the column must pass
    min_length=8,
    max_length=8,
)

RECOGNIZERS = [RECOGNIZER, COMPACT]
