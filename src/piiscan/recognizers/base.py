"""The contract every value recognizer follows.

A recognizer is data, not a class hierarchy: a cheap *shape* (one regular expression that a whole
value must match, applied to a whole pandas Series at once), a *validate* function that runs only on
candidates (checksums from python-stdnum, phonenumbers, email-validator...), a *mask* that makes a
safe example, and for free text an *in_text* pattern plus Presidio context words. The column
classifier and the Presidio adapter both use these same fields, so no pattern exists twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class ValueRecognizer:
    name: str  # dotted id, e.g. "fi.hetu"; shown in findings
    category: str  # key of shared/spec/categories.md
    shape: re.Pattern[str]  # fullmatch on the stripped value: the vectorised pre-filter
    validate: Callable[[str], bool]  # the real check, on candidates only; never raises
    mask: Callable[[str], str]  # a masked example that reveals no personal data
    in_text: re.Pattern[str] | None = None  # finds the value inside free text; None: not looked for there
    context: tuple[str, ...] = ()  # words that make a free-text hit likelier (Presidio context)
    needs_name: bool = False  # values alone prove nothing (bare dates, hex digests): a column-name hint must agree
    min_share: float = 0.0  # the column share below which matches are chance (1 in 10 integers passes 7-3-1)
    min_length: int = 1  # stripped values shorter than this are never candidates
    max_length: int = 200  # nor longer ones
    text_score: float = 0.85  # Presidio score of a validated hit in free text

    def matches(self, value: str) -> bool:
        """The per-value path: shape, then validation. The column engine must agree with this."""
        value = value.strip()
        if not (self.min_length <= len(value) <= self.max_length):
            return False
        return bool(self.shape.fullmatch(value)) and safe_validate(self.validate, value)


def safe_validate(validate: Callable[[str], bool], value: str) -> bool:
    """Validation never raises out of a recognizer: junk in, False out."""
    try:
        return bool(validate(value))
    except Exception:  # noqa: BLE001 - a library's odd exception on junk is a non-match
        return False
