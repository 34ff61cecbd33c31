"""Finnish addresses: street addresses, post boxes, postal code + post office; postal-code and
municipality columns only by name. Faker fi_FI's addresses are the positive set."""

import pandas as pd
import pytest
from faker import Faker
from hypothesis import given
from hypothesis import strategies as st

from piiscan.classify import classify_column
from piiscan.recognizers.address import (
    IN_TEXT,
    MUNICIPALITY,
    POSTAL_CODE,
    RECOGNIZER_ADDRESS,
    STREET_WORDS,
    mask,
)

CASES = [
    ("Helatehtaankatu 3 B 29", True),
    ("Vihiluodontie 261 A1", True),
    ("PL 55", True),
    ("Orvokkibulevardi 184", True),
    ("90440 Kempele", True),
    ("00700 HELSINKI", True),
    ("Mannerheimintie 12 as 5", True),
    ("Kauppatori 1", True),
    ("Pohjoisesplanadi 11-13", True),
    ("Rantakuja 4 c 12", True),
    ("Kotikatu 5 B as. 12", True),
    ("Kotikatu 5A7", True),
    ("Bulevardi 5", True),  # Helsinki's street named just so
    ("Kuusireitti 4", True),
    ("Toinen linja 4", True),
    ("Nils Westermarckin bulevardi 533", True),
    ("Storgatan 4 A 2", True),
    ("Åbovägen 5", True),
    ("HÄMEENTIE 1", True),
    ("Kalevankatu 3 A 5, 00100 Helsinki", True),
    ("Hämeentie 1\n00530 Helsinki", True),
    ("PL 55, 00101 HELSINKI", True),
    ("90100 Oulu", True),
    ("02770 Espoon keskus", True),  # a post office that is no municipality
    # hard negatives
    ("10115 Berlin", False),  # German postal code and city
    ("75008 Paris", False),
    ("SE-123 45 Stockholm", False),
    ("Kenia tumma paahto", False),
    ("Kolumbia espresso 500 g", False),
    ("Moottori 250", False),
    ("Traktori 5", False),
    ("Linja 5", False),  # a bus line
    ("Mannerheimintie", False),  # a street without a number
    ("Tuote 12 A", False),
    ("SKU-12345", False),
    ("12345", False),
    ("2024-11-24 12:00:00", False),
    ("Tilaus 12345", False),
    ("", False),
]


@pytest.mark.parametrize(("value", "expected"), CASES)
def test_address_values(value: str, expected: bool) -> None:
    assert RECOGNIZER_ADDRESS.matches(value) is expected


@pytest.mark.parametrize(("value", "expected"), [
    ("00700", True), ("90440", True), ("FI-00100", True), ("700", True),  # leading zeros lost in a number column
    ("SE-123 45", False), ("00000", False), ("1234567", False), ("D-10115", False), ("12", False),
])
def test_postal_code_values(value: str, expected: bool) -> None:
    assert POSTAL_CODE.matches(value) is expected


@pytest.mark.parametrize(("value", "expected"), [
    ("Helsinki", True), ("HELSINKI", True), ("Hämeenlinna", True), ("hameenlinna", True), ("Pedersören kunta", True),
    ("Helsingfors", True), ("Haukipudas", True),  # Swedish name; a post office that is no municipality
    ("Berlin", False), ("Kenia", False), ("Espresso", False), ("Kahvi", False),
])
def test_municipality_values(value: str, expected: bool) -> None:
    assert MUNICIPALITY.matches(value) is expected


def test_postal_codes_and_towns_need_a_column_name() -> None:
    assert POSTAL_CODE.needs_name and MUNICIPALITY.needs_name and not RECOGNIZER_ADDRESS.needs_name


@pytest.fixture(scope="module")
def fake() -> Faker:
    faker = Faker("fi_FI")
    faker.seed_instance(20261124)
    return faker


def test_every_faker_address_is_found(fake: Faker) -> None:
    for _ in range(500):
        street, postal = fake.street_address(), f"{fake.postcode()} {fake.city()}"
        for value in (street, postal, fake.address(), f"{street}, {postal.upper()}"):
            assert RECOGNIZER_ADDRESS.matches(value), value


@given(st.sampled_from(["Koivu", "Rauhan", "Kirkko", "Mäntylän", "Ranta", "Kauppa", "Sjö", "Lill"]),
       st.sampled_from(STREET_WORDS), st.integers(1, 999), st.sampled_from(["", " A", " B 12", "a", " as 3"]))
def test_generated_street_addresses_are_found(stem: str, word: str, number: int, rest: str) -> None:
    address = f"{stem}{word} {number}{rest}"
    assert RECOGNIZER_ADDRESS.matches(address)
    assert IN_TEXT.search(f"Toimitus osoitteeseen {address}.")


def test_masks_hide_the_street_and_keep_the_number() -> None:
    assert mask("Helatehtaankatu 3 B 29") == "H*** 3 B 29"
    assert mask("90440 Kempele") == "90*** K***"
    assert "Kalevankatu" not in mask("Kalevankatu 3 A 5, 00100 Helsinki")


def test_address_columns(fake: Faker) -> None:
    streets = pd.Series([fake.street_address() for _ in range(60)])
    assert classify_column(streets, "rivi1")[0].category == "address"
    codes = pd.Series([fake.postcode() for _ in range(60)])
    assert classify_column(codes, "postinumero")[0].category == "address"
    assert classify_column(codes, "koodi") == []
    towns = pd.Series([fake.city() for _ in range(60)])
    assert classify_column(towns, "kaupunki")[0].evidence == "value+name"
    assert classify_column(towns, "toimipiste") == []


def test_product_names_are_no_addresses() -> None:
    products = pd.Series(["Kolumbia espresso", "Kenia luomu", "Kenia tumma paahto", "Moottori 250", "Tuote 12 A"] * 20)
    assert classify_column(products, "tuote") == []
