"""Locations: coordinate pairs by value, single coordinates only under lat/lon names."""

import pandas as pd
import pytest

from piiscan.classify import classify_column
from piiscan.recognizers.location import IN_TEXT, RECOGNIZERS

PAIR, SINGLE = RECOGNIZERS

CASES = [
    ("60.1699, 24.9384", True),
    ("60.1699,24.9384", True),
    ("60.1699 24.9384", True),
    ("(65.0121, 25.4651)", True),
    ("-33.8688, 151.2093", True),
    ("POINT(24.9384 60.1699)", True),
    # hard negatives
    ("12.50, 3.20", False),  # prices
    ("1.5, 2.0", False),
    ("95.1234, 24.9384", False),
    ("60.1699, 190.1234", False),
    ("0.0000, 0.0000", False),
    ("24.11.2024", False),
    ("1.234.567", False),
    ("", False),
]


@pytest.mark.parametrize(("value", "expected"), CASES)
def test_pair_values(value: str, expected: bool) -> None:
    assert PAIR.matches(value) is expected


@pytest.mark.parametrize(
    ("value", "expected"), [("60.169857", True), ("-24.9384", True), ("60.1", False), ("181.1234", False),
                            ("0.000", False), ("12", False)],
)
def test_single_coordinate_values(value: str, expected: bool) -> None:
    assert SINGLE.matches(value) is expected


def test_single_coordinates_count_only_under_lat_lon_names() -> None:
    lat = pd.Series(["60.1699", "61.4978", "65.0121", "62.2426", "60.4518"] * 4)
    assert [v.evidence for v in classify_column(lat, "leveysaste") if v.category == "location"] == ["value+name"]
    assert [v for v in classify_column(lat, "weight_kg") if v.category == "location"] == []


def test_pair_in_text() -> None:
    text = "Nouto osoitteesta, sijainti 60.1699, 24.9384. Hinta 12.50, 3.20 alv."
    hits = [m.group() for m in IN_TEXT.finditer(text) if PAIR.validate(m.group())]
    assert hits == ["60.1699, 24.9384"]


def test_location_mask_keeps_the_region() -> None:
    assert PAIR.mask("60.1699, 24.9384") == "60.1*, 24.9*"
