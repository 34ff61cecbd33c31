"""Person names: full names with a listed first name or surname; single names only in columns
named for names; product names and towns are not people."""

import pandas as pd
import pytest
from faker import Faker
from hypothesis import given
from hypothesis import strategies as st

from piiscan.classify import classify_column
from piiscan.recognizers.name import FULL_NAME, SINGLE_NAME, first_names, mask, surnames

CASES = [
    ("Matti Virtanen", True),
    ("Virtanen, Matti", True),
    ("Matti Juhani Virtanen", True),
    ("Anna-Liisa Korhonen-Mäkelä", True),
    ("MATTI VIRTANEN", True),
    ("Kevin Virtanen", True),  # listed surname, unlisted first name
    ("Aino Hämäläinen", True),
    ("Aino Kuusiniemi", True),
    ("Veeti Kuusniemi", True),
    ("Virtanen Matti", True),  # surname first, no comma
    ("Matti Virtanen <mv@example.fi>", True),  # a mail header's display name
    ("Kolumbia Espresso <tilaus@example.fi>", False),
    ("matti virtanen", True),  # lower case: both parts listed
    ("aino kahvila", False),  # lower case with one listed part proves nothing  # neither listed: a surname ending that few words have
    ("Sushi Ravintola", False),
    ("Eino Leinon", False),  # "Eino Leinon tie 5": a genitive names a street
    ("Ida Ekmanin", False),  # -la ends many words, so it is no surname evidence alone
    # hard negatives
    ("Kolumbia espresso", False),
    ("Kenia luomu", False),
    ("Kenia Tumma Paahto", False),
    ("Etiopia Sidamo", False),
    ("Aino Design Oy", False),  # a company
    ("Matti", False),  # a single name is the other recognizer's
    ("Helsinki Vantaa", False),
    ("Musta Tee", False),
    ("Mannerheimintie 12", False),
    ("Matti Virtanen 3", False),
    ("", False),
]


@pytest.mark.parametrize(("value", "expected"), CASES)
def test_full_name_values(value: str, expected: bool) -> None:
    assert FULL_NAME.matches(value) is expected


@pytest.mark.parametrize(("value", "expected"), [
    ("Matti", True), ("Aino", True), ("Virtanen", True), ("Aalto", True), ("VIRTANEN", True), ("Anna-Liisa", True),
    ("matti", True), ("Espresso", False), ("Kenia", False), ("Helsinki", False), ("Matti Virtanen", False),
    ("M", False), ("mATTI", False),
])
def test_single_name_values(value: str, expected: bool) -> None:
    assert SINGLE_NAME.matches(value) is expected


def test_single_names_need_a_column_name() -> None:
    assert SINGLE_NAME.needs_name and not FULL_NAME.needs_name


def test_lists_are_loaded_from_the_package() -> None:
    assert len(first_names()) >= 300 and len(surnames()) >= 300
    assert "Virtanen" in surnames() and "Matti" in first_names()


@given(st.sampled_from(sorted(first_names())), st.sampled_from(sorted(surnames())))
def test_every_listed_name_pair_is_found(first: str, last: str) -> None:
    assert FULL_NAME.matches(f"{first} {last}")
    assert FULL_NAME.matches(f"{last}, {first}")
    assert SINGLE_NAME.matches(first) and SINGLE_NAME.matches(last)
    assert FULL_NAME.in_text.search(f"Soitin asiakkaalle {first} {last} eilen")
    assert first not in mask(f"{first} {last}") and last not in mask(f"{first} {last}")


@pytest.mark.parametrize(("text", "found"), [
    ("Terveisin Matti Virtanen", True),  # a capitalised greeting before the name
    ("Soitin asiakkaalle Aino Korhonen eilen", True),
    ("Toimitus Eino Leinon tie 5", False),  # a street named after a person
    ("Kenia Tumma Paahto on loppu", False),
    ("Tilaus toimitettu perille", False),
])
def test_names_in_text(text: str, found: bool) -> None:
    hits = [m.group() for m in FULL_NAME.in_text.finditer(text) if FULL_NAME.validate(m.group())]
    assert bool(hits) is found


def test_mask_gives_initials() -> None:
    assert mask("Matti Virtanen") == "M*** V***"
    assert mask("Virtanen, Matti") == "V*** M***"


@pytest.fixture(scope="module")
def fake() -> Faker:
    faker = Faker("fi_FI")
    faker.seed_instance(11)
    return faker


def test_name_columns(fake: Faker) -> None:
    names = pd.Series([fake.name() for _ in range(80)])
    assert classify_column(names, "vastaanottaja")[0].category == "name"
    firsts = pd.Series([fake.first_name() for _ in range(80)])
    assert classify_column(firsts, "etunimi")[0].evidence == "value+name"
    assert all(v.category != "name" for v in classify_column(firsts, "koodi"))


def test_product_and_town_columns_are_no_names(fake: Faker) -> None:
    products = pd.Series(["Kolumbia espresso", "Kenia luomu", "Kenia tumma paahto", "Etiopia Sidamo", "Musta Tee",
                          "Juhla Mokka", "Brasilia Santos"] * 10)
    assert classify_column(products, "product_name") == []
    assert classify_column(products, "tuote") == []
    towns = pd.Series([fake.city() for _ in range(60)])
    assert all(v.category != "name" for v in classify_column(towns, "kaupunki"))
