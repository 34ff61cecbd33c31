"""Masked examples: enough to recognise the kind of value, never the value.

>>> mask_middle("FI4950009420028730", keep_start=4, keep_end=2)
'FI49***30'
>>> mask_middle("ab")
'***'
>>> mask_email("matti.meikalainen@example.fi")
'm***@example.fi'
>>> mask_generic("Helatehtaankatu 3 B 29")
'H*** 3 B 29'
>>> mask_generic("Matti")
'M***'
"""

from __future__ import annotations

import re

_DIGIT = re.compile(r"\d")


def mask_middle(value: str, keep_start: int = 2, keep_end: int = 2, fill: str = "***") -> str:
    """Keep a few characters at each end (never more than a third of the value)."""
    value = value.strip()
    while keep_start + keep_end > len(value) // 3 and (keep_start or keep_end):
        if keep_start >= keep_end:
            keep_start -= 1
        else:
            keep_end -= 1
    head = value[:keep_start]
    tail = value[len(value) - keep_end:] if keep_end else ""
    return f"{head}{fill}{tail}"


def mask_digits(value: str, keep_end: int = 2) -> str:
    """Replace every digit but the last few with '*', keeping separators: '040 123 4567' -> '*** *** **67'."""
    value = value.strip()
    digits = [m.start() for m in _DIGIT.finditer(value)]
    hidden = set(digits[:-keep_end] if keep_end else digits)  # a set: linear time even on huge junk
    return "".join("*" if i in hidden else ch for i, ch in enumerate(value))


def mask_email(value: str) -> str:
    local, _, domain = value.strip().rpartition("@")
    return f"{local[:1]}***@{domain}" if local else "***"


def mask_generic(value: str) -> str:
    """First letter of the first word, then numbers as they are (house numbers, not people)."""
    value = value.strip()
    if not value:
        return ""
    first, _, rest = value.partition(" ")
    if rest and all(part.isdigit() or len(part) <= 3 for part in rest.split()):
        return f"{first[:1]}*** {rest}"
    return f"{first[:1]}***"
