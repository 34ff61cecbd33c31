"""Websites: URLs by value, bare domains only under a website-named column."""

import pandas as pd
import pytest

from piiscan.classify import classify_column
from piiscan.recognizers.website import IN_TEXT, RECOGNIZERS

URL, DOMAIN = RECOGNIZERS

URL_CASES = [
    ("https://www.matinpaja.fi", True),
    ("http://example.com/about", True),
    ("https://kahvila-helmi.fi/yhteystiedot/", True),
    ("www.esimerkki.fi", True),
    ("https://xn--kyttj-mua0b.fi", True),
    # hard negatives
    ("https://kauppa.fi/wp-content/uploads/2024/05/kuva.jpg", False),  # an image
    ("https://kauppa.fi/ehdot.pdf", False),
    ("https://www.facebook.com/matti.meikalainen", False),  # social_media's
    ("ftp://files.example.fi", False),
    ("kauppa.fi", False),  # bare domain: needs the column name
    ("https://localhost:8000", False),
    ("http://", False),
    ("https://1.2.3.4/", False),
    ("", False),
]

DOMAIN_CASES = [
    ("kauppa.fi", True),
    ("www.kahvila-helmi.fi", True),
    ("example.co.uk", True),
    ("raportti.pdf", False),
    ("kuva.jpg", False),
    ("1.2.3", False),
    ("v2.4", False),
    ("localhost", False),
    ("-bad-.fi", False),
]


@pytest.mark.parametrize(("value", "expected"), URL_CASES)
def test_url_values(value: str, expected: bool) -> None:
    assert URL.matches(value) is expected


@pytest.mark.parametrize(("value", "expected"), DOMAIN_CASES)
def test_domain_values(value: str, expected: bool) -> None:
    assert DOMAIN.matches(value) is expected


def test_bare_domains_count_only_under_a_website_column() -> None:
    domains = pd.Series(["kauppa.fi", "kahvila-helmi.fi", "esimerkki.com", "matinpaja.fi"] * 5)
    assert [v.category for v in classify_column(domains, "kotisivu") if v.evidence == "value+name"] == ["website"]
    assert [v for v in classify_column(domains, "filename") if v.category == "website"] == []


def test_url_in_text() -> None:
    text = "Asiakkaan sivu https://www.matinpaja.fi/yhteys. Kuva: https://kauppa.fi/kuva.png"
    hits = [m.group() for m in IN_TEXT.finditer(text) if URL.validate(m.group())]
    assert hits == ["https://www.matinpaja.fi/yhteys"]


def test_website_mask() -> None:
    assert URL.mask("https://www.matinpaja.fi/yhteys") == "https://www.m***.fi/***"
