"""Locations: latitude/longitude pairs by value; single coordinates only in lat/lon-named columns.

A pair "60.1699, 24.9384" (also "60.1699 24.9384", "(60.1699,24.9384)", "POINT(24.9384 60.1699)")
needs at least three decimals in both numbers — GPS fixes have four to eight, prices and
measurements ("12.50, 3.20") two — and both numbers in range. A single number is a coordinate
only when the column is named latitude/longitude/lat/lon/leveysaste/pituusaste.

>>> is_coordinate_pair("60.1699, 24.9384")
True
>>> is_coordinate_pair("(65.0121,25.4651)")
True
>>> is_coordinate_pair("POINT(24.9384 60.1699)")
True
>>> is_coordinate_pair("12.50, 3.20")        # prices
False
>>> is_coordinate_pair("95.1234, 24.9384")   # no latitude beyond 90
False
>>> is_coordinate_pair("0.0000, 0.0000")     # "null island": an unset default
False
>>> is_coordinate("60.169857")
True
>>> is_coordinate("60.1")                    # one decimal locates nobody
False
>>> mask("60.1699, 24.9384")
'60.1*, 24.9*'
"""

from __future__ import annotations

import re

from piiscan.recognizers.base import ValueRecognizer

_NUMBER = r"-?\d{1,3}\.\d{3,10}"
_PAIR = rf"\(?{_NUMBER}\s*[,;]?\s*{_NUMBER}\)?"
SHAPE_PAIR = re.compile(rf"(?:POINT\s*\(\s*{_NUMBER}\s+{_NUMBER}\s*\))|{_PAIR}", re.IGNORECASE)
IN_TEXT = re.compile(rf"(?<![\w.,-])(?:POINT\s*\(\s*{_NUMBER}\s+{_NUMBER}\s*\)|-?\d{{1,3}}\.\d{{3,10}},\s?-?\d{{1,3}}\.\d{{3,10}})(?![\w.,]\d|\w)",
                     re.IGNORECASE)
SHAPE_SINGLE = re.compile(_NUMBER)
_NUMBERS = re.compile(_NUMBER)


def is_coordinate_pair(value: str) -> bool:
    """Two numbers with 3+ decimals, in range; POINT(x y) is longitude first (WKT), else latitude first."""
    value = value.strip()
    if not SHAPE_PAIR.fullmatch(value):
        return False
    numbers = _NUMBERS.findall(value)
    if len(numbers) != 2:  # "1.2345678901.234": the shape's split is not the only one
        return False
    first, second = (float(n) for n in numbers)
    lat, lon = (second, first) if value.upper().startswith("POINT") else (first, second)
    if abs(lat) < 1e-6 and abs(lon) < 1e-6:
        return False
    return -90 <= lat <= 90 and -180 <= lon <= 180


def is_coordinate(value: str) -> bool:
    """One latitude or longitude with 3+ decimals, within -180..180."""
    value = value.strip()
    return bool(SHAPE_SINGLE.fullmatch(value)) and -180 <= float(value) <= 180 and float(value) != 0


def mask(value: str) -> str:
    """Keep one decimal (about 10 km): the region, not the home."""
    return re.sub(r"(-?\d{1,3}\.\d)\d+", r"\1*", value.strip())


RECOGNIZERS = [
    ValueRecognizer(
        name="location.pair",
        category="location",
        shape=SHAPE_PAIR,
        validate=is_coordinate_pair,
        mask=mask,
        in_text=IN_TEXT,
        context=("sijainti", "koordinaat", "gps", "location", "lat", "lon"),
        min_length=11,
        max_length=60,
        text_score=0.7,
    ),
    ValueRecognizer(
        name="location.coordinate",
        category="location",
        shape=SHAPE_SINGLE,
        validate=is_coordinate,
        mask=mask,
        needs_name=True,
        min_length=5,
        max_length=16,
    ),
]
