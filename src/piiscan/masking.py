"""Masked examples: enough to recognise the kind of value, never the value.

>>> mask_middle("FI4950009420028730", keep_start=4, keep_end=2)
'FI49***30'
>>> mask_middle("ab")
'***'
>>> mask_email("matti.meikalainen@example.fi")
'm***@example.fi'
>>> mask_email("matti@virtanen.fi")
'm***@v***.fi'
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


# Mail services shared by many people: their domain says nothing about whom an address belongs to.
# Any other domain may be a person's own ("matti@virtanen.fi") and is masked but for its last label.
PUBLIC_MAIL_DOMAINS = frozenset({
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.fi", "live.com", "live.fi", "msn.com",
    "yahoo.com", "yahoo.fi", "icloud.com", "me.com", "aol.com", "gmx.com", "gmx.net", "proton.me",
    "protonmail.com", "luukku.com", "suomi24.fi", "kolumbus.fi", "elisanet.fi", "welho.com", "saunalahti.fi",
    "pp.inet.fi", "netti.fi", "dnainternet.net", "mail.com", "example.com", "example.fi", "example.org",
    "example.net",
})


def mask_email(value: str) -> str:
    """'matti.meikalainen@gmail.com' -> 'm***@gmail.com'; 'matti@virtanen.fi' -> 'm***@v***.fi'."""
    local, _, domain = value.strip().rpartition("@")
    if not local:
        return "***"
    domain = domain.casefold()
    if domain not in PUBLIC_MAIL_DOMAINS:
        name, _, tld = domain.rpartition(".")
        domain = f"{name[:1]}***.{tld}" if name else "***"
    return f"{local[:1]}***@{domain}"


def mask_generic(value: str) -> str:
    """First letter of the first word, then numbers as they are (house numbers, not people)."""
    value = value.strip()
    if not value:
        return ""
    first, _, rest = value.partition(" ")
    if rest and all(part.isdigit() or len(part) <= 3 for part in rest.split()):
        return f"{first[:1]}*** {rest}"
    return f"{first[:1]}***"
