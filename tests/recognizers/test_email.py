"""E-mail addresses: syntax only, no DNS."""

import pytest

from piiscan.recognizers.email import IN_TEXT, RECOGNIZER

CASES = [
    ("matti.meikalainen@example.fi", True),
    ("MAIJA@EXAMPLE.COM", True),
    ("maija+kauppa@example.co.uk", True),
    ("info@kauppa-esimerkki.fi", True),
    ("not an email", False),
    ("a@b", False),
    ("matti@", False),
    ("@example.fi", False),
    ("matti..m@example.fi", False),  # two dots in a row
    ("matti@example", False),
    ("logo@2x.png", False),  # a retina image file name
    ("", False),
]


@pytest.mark.parametrize(("value", "expected"), CASES)
def test_email_values(value: str, expected: bool) -> None:
    assert RECOGNIZER.matches(value) is expected


def test_email_in_text() -> None:
    text = "Lähetä lasku osoitteeseen maija.virtanen@example.fi, kiitos. Kuva logo@2x.png liitteenä."
    hits = [m.group() for m in IN_TEXT.finditer(text) if RECOGNIZER.validate(m.group())]
    assert hits == ["maija.virtanen@example.fi"]


def test_email_mask_hides_the_local_part() -> None:
    assert RECOGNIZER.mask("maija.virtanen@example.fi") == "m***@example.fi"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Maija Virtanen <maija.virtanen@example.fi>", True),
        ('"Virtanen, Maija" <maija@example.fi>', True),
        ("<maija@example.fi>", True),
        ("Maija Virtanen", False),
        ("Maija <not an address>", False),
        ("Logo <logo@2x.png>", False),
        ("a < b and c > d", False),
    ],
)
def test_email_with_display_name(value: str, expected: bool) -> None:
    from piiscan.recognizers.email import RECOGNIZERS

    with_name = RECOGNIZERS[1]
    assert with_name.matches(value) is expected


def test_a_sender_column_is_email() -> None:
    import pandas as pd

    from piiscan.classify import classify_column

    senders = pd.Series([f"Asiakas {i} <asiakas{i}@example.fi>" for i in range(30)])
    found = [v for v in classify_column(senders, "sender") if v.category == "email"]
    assert [(v.evidence, v.verdict) for v in found] == [("value", "confirmed")]
    assert all("Asiakas" not in e for e in found[0].examples)
