"""The labelled corpus is deterministic, labelled for every column, and its identifiers are what they claim."""

import pytest

from piiscan.bench import values as v
from piiscan.bench.corpus import build_corpus
from piiscan.categories import CATEGORIES


@pytest.fixture(scope="module")
def corpus():
    return build_corpus(rows=20)


def test_same_seed_same_corpus(corpus):
    again = build_corpus(rows=20)
    assert [c.key for c in again] == [c.key for c in corpus]
    for a, b in zip(again, corpus):
        assert a.values.equals(b.values), a.key
        assert a.labels == b.labels


def test_other_seed_other_values(corpus):
    other = {c.key: c for c in build_corpus(seed=1, rows=20)}
    assert not other["customers.hetu"].values.equals({c.key: c for c in corpus}["customers.hetu"].values)


def test_every_column_labelled_with_known_keys(corpus):
    assert len(corpus) > 100
    for column in corpus:
        assert column.labels <= set(CATEGORIES), column.key
        assert column.kind in {"value", "name", "text", "negative"}
        assert (column.kind == "negative") == (not column.labels), column.key
        assert len(column.values) == 20 and column.values.notna().any(), column.key


def test_neutral_names_carry_value_detectable_categories(corpus):
    neutral = {c.name for c in corpus if c.labels and c.name in {"col1", "value", "data", "info"}}
    assert neutral == {"col1", "value", "data", "info"}


def test_every_value_detectable_key_has_a_column(corpus):
    labelled = set().union(*(c.labels for c in corpus))
    assert {k for k, c in CATEGORIES.items() if "value" in c.found_by} <= labelled


def test_generated_identifiers_validate_with_the_reference_libraries():
    import random

    import phonenumbers
    from stdnum import iban, iso11649, luhn
    from stdnum.fi import hetu, ytunnus

    rng = random.Random(7)
    for _ in range(300):
        assert hetu.is_valid(v.hetu(rng))
        assert not hetu.is_valid(v.broken_hetu(rng))
        assert ytunnus.is_valid(v.ytunnus(rng))
        assert iban.is_valid(v.iban(rng, rng.choice(["FI", "SE", "DE", "EE"])))
        assert luhn.is_valid(v.payment_card(rng).replace(" ", "").replace("-", ""))
        assert iso11649.is_valid(v.rf_reference(rng))
        assert phonenumbers.is_valid_number(phonenumbers.parse(v.phone(rng), "FI"))


def test_new_century_signs_are_generated():
    import random

    rng = random.Random(3)
    signs = {v.hetu(rng)[6] for _ in range(2000)}
    assert set("+-YXWVUABCDEF") <= signs
