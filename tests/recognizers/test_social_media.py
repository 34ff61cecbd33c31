"""Social-media profiles: profile URLs by value, @handles only under a social-named column."""

import pandas as pd
import pytest

from piiscan.classify import classify_column
from piiscan.recognizers.social_media import IN_TEXT, RECOGNIZERS

PROFILE, HANDLE = RECOGNIZERS

CASES = [
    ("https://www.facebook.com/matti.meikalainen", True),
    ("facebook.com/kahvilahelmi", True),
    ("https://m.facebook.com/kahvilahelmi", True),
    ("instagram.com/kahvila_helmi", True),
    ("https://twitter.com/kauppa_fi", True),
    ("https://x.com/kauppa_fi", True),
    ("https://fi.linkedin.com/in/maija-virtanen-123", True),
    ("https://www.tiktok.com/@tanssija", True),
    ("https://www.youtube.com/@kanava", True),
    # hard negatives: a service's own pages, posts and other sites
    ("https://www.facebook.com/sharer/sharer.php?u=https://kauppa.fi", False),
    ("https://www.instagram.com/p/Cx1234abc/", False),
    ("https://www.linkedin.com/company/esimerkki-oy", False),
    ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", False),
    ("https://www.facebook.com/", False),
    ("https://www.example.fi/matti", False),
    ("https://notfacebook.com/matti", False),
    ("@kahvila_helmi", False),  # a handle alone: needs the column name
    ("", False),
]


@pytest.mark.parametrize(("value", "expected"), CASES)
def test_profile_values(value: str, expected: bool) -> None:
    assert PROFILE.matches(value) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("@kahvila_helmi", True), ("@tanssija.fi", True), ("@", False), ("@a", False), ("matti@example.fi", False),
     ("@ 2024", False)],
)
def test_handle_values(value: str, expected: bool) -> None:
    assert HANDLE.matches(value) is expected


def test_handles_count_only_under_a_social_column() -> None:
    handles = pd.Series(["@kahvila_helmi", "@tanssija", "@matinpaja", "@kauppa_fi"] * 5)
    assert [v.category for v in classify_column(handles, "instagram") if v.evidence == "value+name"] == [
        "social_media"]
    assert [v for v in classify_column(handles, "mention") if v.category == "social_media"] == []


def test_profile_in_text() -> None:
    text = "Asiakas löytyy osoitteesta https://www.instagram.com/kahvila_helmi ja jakaa https://www.facebook.com/sharer/sharer.php"
    hits = [m.group() for m in IN_TEXT.finditer(text) if PROFILE.validate(m.group())]
    assert hits == ["instagram.com/kahvila_helmi"]  # from the host on: a cheap pattern to search for


def test_social_mask() -> None:
    assert PROFILE.mask("https://www.facebook.com/matti.meikalainen") == "facebook.com/m***"
    assert HANDLE.mask("@kahvila_helmi") == "@k***"
