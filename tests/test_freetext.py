"""Free text: personal data inside customer-service notes, through Presidio, with nothing downloaded."""

import re

import pandas as pd
import pytest

from piiscan import freetext
from piiscan.classify import DEFAULT_THRESHOLDS, classify_column
from piiscan.freetext import classify_free_text, presidio_recognizer
from piiscan.recognizers import all_recognizers
from piiscan.recognizers.base import ValueRecognizer

NOTES_WITH_CONTACTS = [
    "Asiakas soitti, pyysi soittoa takaisin numeroon 040 123 4567 huomenna aamupäivällä.",
    "Puh. +358 50 765 4321, toimitus ovelle, koira pihalla.",
    "Lähetä kuitti osoitteeseen maija.virtanen@example.fi, edellinen meni roskapostiin.",
    "Asiakas antoi henkilötunnuksen 131052-308T osamaksuhakemusta varten, tarkistettu.",
    "Tilaus 100234: asiakas kysyi, voiko laskun lähettää osoitteeseen laskutus@example.com.",
    "Asiakkaalla keliakia, muista gluteeniton vaihtoehto. Yhteys 045 111 2233.",
    "Hetu 010594Y9032 korjattu asiakasrekisteriin, vanha oli väärin.",
]
NOTES_WITHOUT = [
    "Tilaus 100234 toimitettu 24.11.2024, summa 49,90 €. Asiakas tyytyväinen palveluun.",
    "Paketti lähti Postin kautta 2024-11-20, seurantakoodi JJFI64123450000012345.",
    "Palautus vastaanotettu 12.10.2024 klo 14.35, hyvitys 129,00 € tehty tilille.",
    "Tuote SKU 6417182012345 loppu varastosta, tilattu lisää toimittajalta viikolla 48.",
    "Asiakas kysyi versiosta 2.4.1.0 ja päivityksestä, ohjattu tukisivulle.",
    "Tilausnumero 2024112400123, toimitustapa nouto, maksettu 1 299,00 € kortilla.",
    "Gluteeniton ruisleipä loppu, korvattu laktoosittomalla vaihtoehdolla 400 g.",
]


def _by_category(verdicts):
    return {v.category: v for v in verdicts}


def test_contacts_in_notes_are_found_and_counted() -> None:
    notes = pd.Series(NOTES_WITH_CONTACTS + NOTES_WITHOUT)
    found = _by_category(classify_free_text(notes, all_recognizers(), set(), DEFAULT_THRESHOLDS))
    assert found["phone"].values_matched == 3
    assert found["email"].values_matched == 2
    assert found["personal_identity_code"].values_matched == 2
    for verdict in found.values():
        assert verdict.free_text is True
        assert verdict.values_nonempty == len(notes)
        assert verdict.evidence == "value"
    assert found["phone"].verdict == "confirmed"
    assert found["health"].verdict == "suspected"  # one note in the sample: not yet a pattern


def test_examples_are_masked_and_no_raw_value_leaks() -> None:
    notes = pd.Series(NOTES_WITH_CONTACTS)
    verdicts = classify_free_text(notes, all_recognizers(), set(), DEFAULT_THRESHOLDS)
    everything = " ".join(repr(v) for v in verdicts)
    for raw in ("040 123 4567", "765 4321", "maija.virtanen", "131052-308T", "010594Y9032", "keliakia"):
        assert raw not in everything
    assert "13****-***T" in _by_category(verdicts)["personal_identity_code"].examples


def test_notes_without_personal_data_yield_nothing() -> None:
    notes = pd.Series(NOTES_WITHOUT * 5)
    assert classify_free_text(notes, all_recognizers(), set(), DEFAULT_THRESHOLDS) == []


def test_a_column_named_for_the_category_gives_value_and_name_evidence() -> None:
    notes = pd.Series(NOTES_WITH_CONTACTS)
    found = _by_category(classify_free_text(notes, all_recognizers(), {"phone"}, DEFAULT_THRESHOLDS))
    assert found["phone"].evidence == "value+name"
    assert found["email"].evidence == "value"


def test_the_classifier_sends_long_text_columns_here() -> None:
    notes = pd.Series(NOTES_WITH_CONTACTS * 3 + NOTES_WITHOUT * 3)
    verdicts = [v for v in classify_column(notes, "lisatiedot") if v.evidence != "name"]
    assert {v.category for v in verdicts} >= {"phone", "email", "personal_identity_code"}
    assert all(v.free_text for v in verdicts)
    phone = _by_category(verdicts)["phone"]
    assert phone.values_matched == 9  # rows, not distinct values


def test_only_prefiltered_values_reach_presidio(monkeypatch: pytest.MonkeyPatch) -> None:
    recognizers = tuple(r for r in all_recognizers() if r.in_text is not None and not r.needs_name)
    engine, entities = freetext._analyzer(recognizers)
    analysed: list[str] = []

    class CountingEngine:
        def analyze(self, text, **kwargs):
            analysed.append(text)
            return engine.analyze(text, **kwargs)

    monkeypatch.setattr(freetext, "_analyzer", lambda _: (CountingEngine(), entities))
    notes = pd.Series(NOTES_WITHOUT * 20 + NOTES_WITH_CONTACTS[:2])
    verdicts = classify_free_text(notes, list(recognizers), set(), DEFAULT_THRESHOLDS)
    assert [v.category for v in verdicts] == ["phone"]
    assert sorted(analysed) == sorted(NOTES_WITH_CONTACTS[:2])


def test_recognizers_without_in_text_are_skipped() -> None:
    no_text = ValueRecognizer(
        name="test.no_text", category="name", shape=re.compile(r"\w+"), validate=lambda v: True,
        mask=lambda v: "***",
    )
    notes = pd.Series(NOTES_WITH_CONTACTS)
    assert classify_free_text(notes, [no_text], set(), DEFAULT_THRESHOLDS) == []
    from piiscan.recognizers.phone import RECOGNIZER as phone

    found = classify_free_text(notes, [no_text, phone], set(), DEFAULT_THRESHOLDS)
    assert [v.category for v in found] == ["phone"]


def test_one_definition_serves_both_paths() -> None:
    from piiscan.recognizers.phone import RECOGNIZER as phone

    converted = presidio_recognizer(phone)
    assert converted.patterns[0].regex == phone.in_text.pattern
    assert converted.context == list(phone.context)
    assert converted.invalidate_result("2024-11-24") is True
    assert converted.invalidate_result("040 123 4567") is False


def test_no_network_access_is_attempted(no_network: None) -> None:
    freetext._build_analyzer.cache_clear()
    freetext._nlp_engine.cache_clear()
    try:
        notes = pd.Series(NOTES_WITH_CONTACTS + NOTES_WITHOUT)
        found = _by_category(classify_free_text(notes, all_recognizers(), set(), DEFAULT_THRESHOLDS))
        assert found["email"].values_matched == 2
    finally:
        freetext._build_analyzer.cache_clear()
        freetext._nlp_engine.cache_clear()


def test_empty_and_recognizer_less_input() -> None:
    assert classify_free_text(pd.Series([], dtype=object), all_recognizers(), set(), DEFAULT_THRESHOLDS) == []
    assert classify_free_text(pd.Series(NOTES_WITH_CONTACTS), [], set(), DEFAULT_THRESHOLDS) == []


def test_links_count_as_websites_only_beside_a_word_that_makes_them_somebodys_site() -> None:
    pasted_product_links = pd.Series([
        "Tilasin tuotteen https://kauppa.fi/tuote/villasukat mutta koko oli väärä.",
        "Katso https://kauppa.fi/tuote/pipo ja vaihda isompaan, kiitos.",
    ])
    assert classify_free_text(pasted_product_links, all_recognizers(), set(), DEFAULT_THRESHOLDS) == []
    homepages = pd.Series([
        "Kotisivuni on https://www.matinpaja.fi, sieltä näkee logon mallin.",
        "Yrityksen kotisivu www.kahvila-helmi.fi päivittyy pian, laskulle sama.",
    ])
    found = _by_category(classify_free_text(homepages, all_recognizers(), set(), DEFAULT_THRESHOLDS))
    assert found["website"].values_matched == 2


def test_a_pattern_with_a_global_inline_flag_still_works() -> None:
    shouting = ValueRecognizer(
        name="test.shouting", category="phone", shape=re.compile(r"\d+"), validate=lambda v: True,
        mask=lambda v: "***", in_text=re.compile(r"(?i)soita\s+\d{3}"),
    )
    from piiscan.recognizers.email import RECOGNIZER as email

    notes = pd.Series(["SOITA 040 heti", "soita 050 huomenna", "ei mitään tässä", "posti a@example.fi"])
    found = _by_category(classify_free_text(notes, [shouting, email], set(), DEFAULT_THRESHOLDS))
    assert found["phone"].values_matched == 2
    assert found["email"].values_matched == 1
