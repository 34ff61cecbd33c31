"""Identity and financial data inside notes and messages: the same recognizers, through the
free-text path (in_text patterns, validate, Presidio), report how many notes hold it, masked."""

import pandas as pd
import pytest

from piiscan.classify import classify_column

PLAIN = "Ei huomautettavaa tämän tilauksen osalta, kaikki kunnossa ja valmiina lähtöön."

NOTES = [
    ("personal_identity_code", "Asiakas kertoi henkilötunnuksensa 131052-308T puhelimessa, tarkistettu ja kirjattu.",
     "131052-308T"),
    ("personal_identity_code", "Uusi tunnus 131052Y308T (2023 alkaen käytössä oleva välimerkki), päivitetty rekisteriin.",
     "131052Y308T"),
    ("bank_account", "Palautus tilille FI49 5000 9420 0287 30 viikon sisällä, asiakas pyysi vahvistusta.",
     "FI49 5000 9420 0287 30"),
    ("payment_card", "Asiakas luki puhelimessa korttinumeron 4111 1111 1111 1111, ohjattu verkkomaksuun.",
     "4111 1111 1111 1111"),
    ("billing", "Lasku maksettu viitteellä RF18 5390 0754 7034, kiitos maksusta ja tervetuloa uudelleen.",
     "RF18 5390 0754 7034"),
    ("address", "Uusi toimitusosoite: Helatehtaankatu 3 B 29, 00700 Helsinki, tilaus lähtee huomenna.",
     "Helatehtaankatu"),
    ("name", "Hei, tilaukseni ei ole vielä tullut perille. Terveisin Matti Virtanen ja perhe, kiitos.",
     "Virtanen"),
    ("business_id", "Yritysasiakas, laskutus Y-tunnukselle 2859115-6, toimitus normaalisti ensi viikolla.",
     "2859115-6"),
]


@pytest.mark.parametrize(("category", "note", "raw"), NOTES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(NOTES)])
def test_found_in_notes_and_masked(category: str, note: str, raw: str) -> None:
    verdicts = classify_column(pd.Series([note] * 12 + [PLAIN] * 8), "muistiinpano")
    found = {v.category: v for v in verdicts}
    assert category in found and found[category].free_text
    assert found[category].values_matched == 12
    assert all(raw not in example for example in found[category].examples)


@pytest.mark.parametrize("note", [
    "Tilaus 100234 toimitettu 24.11.2024, summa 49,90 €, seurantakoodi JJFI64123450001234567.",
    "Tuote 6410000000003 (EAN) loppui varastosta, uusi erä saapuu viikolla 48 toimittajalta.",
    "Kenia Tumma Paahto ja Kolumbia Espresso ovat tämän viikon tarjouksessa, hinta 8,90 €.",
    "Virheellinen tunnus 131052-308U hylättiin tarkistuksessa, asiakasta pyydetty tarkistamaan.",
])
def test_lookalikes_in_notes_are_nothing(note: str) -> None:
    verdicts = classify_column(pd.Series([note] * 12 + [PLAIN] * 8), "muistiinpano")
    assert {v.category for v in verdicts} & {
        "personal_identity_code", "bank_account", "payment_card", "billing", "name", "business_id", "address"} == set()
