"""Syntymäaika (birth date): a real calendar date between 1900-01-01 and today.

Written the ISO way (``1985-01-31``, also as a midnight timestamp ``1985-01-31 00:00:00`` or
``1985-01-31T00:00:00Z``, or compactly ``19850131``), the Finnish way (``31.1.1985``,
``31.01.1985``, ``31-01-1985``, ``31.1.85`` read as the latest century that is not in the
future), with slashes (``31/01/1985``, or American ``01/31/1985``), or as
a birth year alone (``1985``). Any date column holds such dates, so values
prove nothing alone: ``needs_name=True``, the column name must speak of birth (syntymäaika, dob,
födelsedatum...). The date must exist (no 30 February) and not lie in the future.

>>> is_valid("1985-01-31")
True
>>> is_valid("31.1.1985")
True
>>> is_valid("1985-01-31 00:00:00")
True
>>> is_valid("19850131")
True
>>> is_valid("01/31/1985")
True
>>> is_valid("1899-12-31")        # before 1900: not a living customer's birth date
False
>>> is_valid("1985-02-30")        # no such day
False
>>> is_valid("2999-01-01")        # the future
False
>>> is_valid("1985-01-31 14:23:05")   # a moment in a day is an event, not a birth date
False
>>> is_valid("31.1.85"), mask("31.1.85")
(True, '**.*.**')
>>> mask("31.1.1985")
'**.*.19**'
>>> is_age("34"), is_age("121"), mask_age("34")   # an age column (ikä) belongs here too
(True, False, '3*')
"""

from __future__ import annotations

import datetime
import re

from piiscan.recognizers.base import ValueRecognizer

_MIDNIGHT = r"(?:[ T]00:00(?::00(?:\.0+)?)?(?:Z|[+-][01]\d:?[0-5]\d)?)?"
SHAPE = re.compile(
    r"(?P<iso_y>(?:19|20)\d{2})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)" + _MIDNIGHT
    + r"|(?P<fi_d>[0-3]?\d)(?P<fi_sep>[.-])(?P<fi_m>[01]?\d)(?P=fi_sep)(?P<fi_y>(?:19|20)?\d{2})"
    + r"|(?P<sl_a>[0-3]?\d)/(?P<sl_b>[0-3]?\d)/(?P<sl_y>(?:19|20)\d{2})"
    + r"|(?P<c_y>(?:19|20)\d{2})(?P<c_m>[01]\d)(?P<c_d>[0-3]\d)"
    + r"|(?P<year>(?:19|20)\d{2})"
)


def parse(value: str) -> datetime.date | int | None:
    """The date (or, for a year alone, the year) a value writes; None when it writes none."""
    match = SHAPE.fullmatch(value.strip())
    if not match:
        return None
    if match["year"]:
        return int(match["year"])
    if match["sl_y"]:  # 31/01/1985 or, American, 01/31/1985: whichever is a date
        year, a, b = int(match["sl_y"]), int(match["sl_a"]), int(match["sl_b"])
        for day, month in ((a, b), (b, a)):
            try:
                return datetime.date(year, month, day)
            except ValueError:
                continue
        return None
    for prefix in ("iso_", "fi_", "c_"):
        if match[prefix + "y"]:
            year = int(match[prefix + "y"])
            if year < 100:  # "31.1.85": the latest century that does not put the birth in the future
                year += 2000 if year <= datetime.date.today().year % 100 else 1900
            try:
                return datetime.date(year, int(match[prefix + "m"]), int(match[prefix + "d"]))
            except ValueError:
                return None
    return None


def is_valid(value: str) -> bool:
    """A real date (or year) from 1900 up to today."""
    if len(value) > 64:  # cheap refusal before any parsing: junk can be megabytes
        return False
    try:
        parsed = parse(value)
    except Exception:  # noqa: BLE001 - junk is a non-match
        return False
    today = datetime.date.today()
    if isinstance(parsed, int):
        return 1900 <= parsed <= today.year
    return parsed is not None and datetime.date(1900, 1, 1) <= parsed <= today


def mask(value: str) -> str:
    """The century only: every digit but the first two of the year is hidden."""
    value = value.strip()
    match = SHAPE.fullmatch(value)
    year_at = None
    if match:
        for group in ("iso_y", "fi_y", "sl_y", "c_y", "year"):
            if match[group] and len(match[group]) == 4:  # a two-digit year shows nothing
                year_at = match.start(group)
    return "".join(
        ch if year_at is not None and year_at <= i < year_at + 2 else ("*" if ch.isdigit() else ch)
        for i, ch in enumerate(value[:10] if match and match["iso_y"] else value)
    )


AGE_SHAPE = re.compile(r"[0-9]{1,3}")


def is_age(value: str) -> bool:
    """An age in years, 0-120: what an ``ikä``/``age`` column holds instead of the date."""
    value = value.strip()
    return value.isascii() and value.isdigit() and len(value) <= 3 and int(value) <= 120


def mask_age(value: str) -> str:
    """The decade only."""
    value = value.strip()
    return f"{value[:-1] or '0'}*" if is_age(value) else "**"


RECOGNIZER = ValueRecognizer(
    name="birth_date",
    category="birth_date",
    shape=SHAPE,
    validate=is_valid,
    mask=mask,
    in_text=None,  # a date in free text is no birth date without a hetu around it
    needs_name=True,
    min_length=4,
    max_length=32,
)

AGE = ValueRecognizer(
    name="age",
    category="birth_date",
    shape=AGE_SHAPE,
    validate=is_age,
    mask=mask_age,
    needs_name=True,  # small integers are counts and prices everywhere else
    min_length=1,
    max_length=3,
)

RECOGNIZERS = [RECOGNIZER, AGE]
