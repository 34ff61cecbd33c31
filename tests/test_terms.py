"""Term matching: every term of categories.py maps back to its own key; inflected forms match."""

from __future__ import annotations

import pytest

from piiscan.categories import CATEGORIES, GROUPS
from piiscan.terms import closest_terms, match_term

ALL_TERMS = [(item.key, term) for item in list(CATEGORIES.values()) + list(GROUPS.values())
             for term in item.fi + item.en + item.sv]


@pytest.mark.parametrize("key, term", ALL_TERMS)
def test_every_term_maps_to_its_own_key(key, term):
    # a term added to two categories, or one that another term swallows, would fail here
    assert match_term(term) == key


@pytest.mark.parametrize("entry, key", [
    ("Sähköpostiosoitteet", "email"), ("puhelinnumeron", "phone"), ("kuponkikoodien", "coupons"),
    ("laskutusosoitteiden", "address"), ("tilatuista tuotteista", "order_history"),
    ("Verkkolaskuosoite", "billing"), ("fakturor", "billing"), ("marketing preferences", "marketing_consent"),
])
def test_inflected_forms(entry, key):
    assert match_term(entry) == key


def test_unknown_entry_gets_suggestions():
    assert match_term("sähköpostiosote") is None or match_term("sähköpostiosote") == "email"
    assert "sähköpostiosoite" in closest_terms("sähköpostiosote")


@pytest.mark.parametrize("entry", ["A", "os", "henkilön", "puhe", "yhteys", "tieto", "asiakas"])
def test_short_or_unrelated_words_are_not_guessed(entry):
    # "henkilön" shares a stem with "henkilötunnus" and "puhe" with "puhelin", but names neither
    assert match_term(entry) is None
