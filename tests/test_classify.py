"""The column classifier: evidence, verdicts, thresholds and column types."""

import datetime

import pandas as pd
import pytest

from piiscan.classify import Thresholds, classify_column

EMAILS = [f"asiakas{i}@example.fi" for i in range(40)]
PHONES = [f"040 123 45{i:02d}" for i in range(40)]


def verdicts(values, column, **kw):
    return {v.category: v for v in classify_column(pd.Series(values), column, **kw)}


def test_value_evidence_alone_confirms():
    found = verdicts(EMAILS, "col1")
    assert found["email"].evidence == "value" and found["email"].verdict == "confirmed"
    assert found["email"].values_matched == 40 and found["email"].confidence == 0.99


def test_value_and_name_agree():
    found = verdicts(EMAILS[:5] + ["-"] * 35, "sahkoposti")
    assert found["email"].evidence == "value+name" and found["email"].verdict == "confirmed"
    assert found["email"].values_matched == 5


def test_a_minority_without_name_is_nothing():
    assert verdicts(EMAILS[:5] + ["tuote"] * 35, "kuvaus") == {}


def test_name_only_is_suspected():
    found = verdicts(["A", "B", "C"], "tilausnumero")
    assert found["order_history"].evidence == "name" and found["order_history"].verdict == "suspected"


def test_a_name_the_values_contradict_is_dropped():
    assert "email" not in verdicts([f"tuote {i}" for i in range(30)], "email")


def test_one_value_proves_nothing_by_value_alone():
    assert verdicts(["131052-308T"], "col") == {}
    assert "personal_identity_code" in verdicts(["131052-308T"], "hetu")


def test_thresholds_are_configurable():
    strict = Thresholds(value_share=0.9)
    assert verdicts(EMAILS[:30] + ["x"] * 10, "col") != {}
    assert verdicts(EMAILS[:30] + ["x"] * 10, "col", thresholds=strict) == {}


def test_empty_and_null_columns():
    assert verdicts([None, None], "sahkoposti") == {}
    assert verdicts([], "col") == {}


def test_booleans_and_bytes_only_by_name():
    found = verdicts([True, False, True], "uutiskirje")
    assert set(found) == {"marketing_consent"}
    assert verdicts([b"\x00\x01"] * 5, "kuva") == {}


def test_dates_are_birth_dates_only_under_a_birth_name():
    dates = [datetime.date(1970 + i, 1, 1 + i) for i in range(20)]
    assert verdicts(dates, "luotu") == {}
    assert verdicts(dates, "syntymaaika")["birth_date"].evidence == "value+name"


def test_integers_are_phones_only_under_a_phone_name():
    numbers = [358401234500 + i for i in range(30)]
    assert "phone" not in verdicts(numbers, "id")


def test_json_documents_are_searched_as_text():
    docs = [{"yhteys": {"email": e}, "n": 1} for e in EMAILS]
    found = verdicts(docs, "tiedot")
    assert found["email"].free_text and found["email"].values_matched == 40
    assert all("asiakas" not in ex for ex in found["email"].examples)


def test_product_names_are_not_people():
    names = ["Kenia tumma paahto", "Kolumbia espresso", "Etiopia luomu"] * 10
    assert "name" not in verdicts(names, "product_name")


def test_examples_are_masked():
    found = verdicts(PHONES, "puhelin")
    assert found["phone"].examples and not any(p in found["phone"].examples for p in PHONES)


@pytest.mark.parametrize("dtype", [object, "string"])
def test_string_dtypes_agree(dtype):
    assert verdicts(pd.Series(EMAILS, dtype=dtype), "col")["email"].values_matched == 40


def test_a_products_name_column_is_not_people():
    products = [f"{origin} {roast}" for origin in ("Kenia", "Kolumbia", "Etiopia", "Brasilia")
                for roast in ("tumma paahto", "espresso", "luomu", "suodatin", "vaalea paahto")]
    assert "name" not in verdicts(products, "nimi")
    assert "name" in verdicts(["Matti Virtanen", "Liisa Korhonen", "Aino Mäkinen"] * 8, "nimi")


def test_two_categories_in_every_value_are_both_kept():
    senders = [f"{n} <{n.split()[0].lower()}.{i}@example.fi>" for i, n in
               enumerate(["Matti Virtanen", "Liisa Korhonen", "Aino Mäkinen", "Juha Nieminen"] * 6)]
    assert {"name", "email"} <= set(verdicts(senders, "sender"))


def test_float_coordinates_under_a_coordinate_name():
    from decimal import Decimal

    latitudes = [60.1 + i / 997 for i in range(30)]
    assert verdicts(latitudes, "latitude")["location"].evidence == "value+name"
    assert verdicts([Decimal(str(round(x, 5))) for x in latitudes], "lat")["location"].verdict == "confirmed"
    assert verdicts(latitudes, "hinta") == {}


def test_a_personal_mail_domain_is_masked_too():
    found = verdicts([f"matti{i}@virtanen.fi" for i in range(5)] + [f"liisa{i}@gmail.com" for i in range(5)], "email")
    examples = " ".join(found["email"].examples)
    assert "virtanen" not in examples and "@v***.fi" in examples


def test_many_values_are_judged_on_a_spread_and_say_so():
    emails = [f"asiakas{i}@example.fi" for i in range(1000)]
    found = verdicts(emails, "col")["email"]
    assert found.estimated and found.values_matched == 1000
    few = verdicts(emails[:100], "col")["email"]  # 100 distinct values: tested one by one
    assert not few.estimated and few.values_matched == 100


def test_long_free_text_is_searched_on_a_spread_and_scaled():
    notes = [f"Asiakas soitti tilauksesta {i}, vastaus sähköpostiin asiakas{i}@example.fi" if i % 10 == 0
             else f"Asiakas kysyi tilauksen {i} toimitusajasta, vastattu puhelimessa." for i in range(1000)]
    found = verdicts(notes, "viesti")["email"]
    assert found.free_text and found.estimated and found.values_nonempty == 1000
    assert 70 <= found.values_matched <= 130
