"""Health data: Finnish and English health terms; shop words that only look like health data are not."""

import pandas as pd
import pytest

from piiscan.classify import classify_column
from piiscan.recognizers.health import IN_TEXT, RECOGNIZER

CASES = [
    ("keliakia", True),
    ("Keliakia", True),
    ("pähkinäallergia", True),
    ("siitepölyallergia", True),
    ("laktoosi-intoleranssi", True),
    ("diabetes tyyppi 1", True),
    ("Olen raskaana", True),
    ("sairauslomalla 2 viikkoa", True),
    ("diagnoosi: astma", True),
    ("Lapsella epilepsia", True),
    ("allergic to peanuts", True),
    ("pregnant, due in June", True),
    ("on sick leave", True),
    # hard negatives: products, labels, groups, look-alikes
    ("Gluteeniton ruisleipä 400 g", False),
    ("Laktoositon maito 1 l", False),
    ("Allergeenit: maito, vehnä", False),
    ("Hypoallergeeninen tyyny", False),
    ("Sopii allergikoille", False),
    ("Sopii keliaakikoille", False),
    ("Raskas toimitus, 25 kg", False),
    ("Raskaat kalusteet", False),
    ("Sairaala-alue, nouto pääovelta", False),
    ("Suitable for diabetics", False),
    ("Lahjakortti 50 €", False),
    ("Allergiatiedot: sisältää maitoa", False),
    ("Allergy advice: see ingredients in bold", False),
    ("Ei suositella raskauden aikana", False),
    ("Ei sovellu raskauden ja imetyksen aikana", False),
    ("", False),
]


@pytest.mark.parametrize(("value", "expected"), CASES)
def test_health_values(value: str, expected: bool) -> None:
    assert RECOGNIZER.matches(value) is expected


def test_a_product_column_is_not_health_data() -> None:
    products = pd.Series(["Gluteeniton ruisleipä", "Laktoositon jogurtti", "Allergeeniton voide", "Villasukat",
                          "Sopii allergikoille: tyyny"] * 6)
    assert [v for v in classify_column(products, "tuotenimi") if v.category == "health"] == []


def test_a_diet_column_is_health_data() -> None:
    diets = pd.Series(["keliakia", "laktoosi-intoleranssi", "pähkinäallergia", "diabetes"] * 5)
    found = [v for v in classify_column(diets, "erityisruokavalio") if v.category == "health"]
    assert [(v.evidence, v.verdict) for v in found] == [("value+name", "confirmed")]


def test_health_in_text() -> None:
    text = "Asiakkaalla keliakia ja pähkinäallergia. Gluteeniton leipä sopii keliaakikoille."
    hits = [m.group() for m in IN_TEXT.finditer(text) if RECOGNIZER.validate(m.group())]
    assert hits == ["keliakia", "allergia"]  # a compound is found from its health head


def test_health_mask_reveals_no_condition() -> None:
    assert RECOGNIZER.mask("keliakia") == "k***"
