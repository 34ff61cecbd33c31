"""No raw personal value reaches any report file: planted values absent from the JSON are absent everywhere.

Every format is written in both languages from a real scan: the demo shop, and a database with
identifiers planted in columns and in free text.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from piiscan.reports.files import write_report

OUTPUTS = ["raportti.html", "raportti.md", "report-en.html", "report-en.md", "kartta.csv"]


def _write_all(report: dict, folder: Path) -> dict[str, str]:
    texts = {}
    for name in OUTPUTS:
        path = folder / name
        write_report(report, path, "en" if "-en" in name else "fi")
        texts[name] = path.read_text(encoding="utf-8-sig")
    return texts


def _assert_absent(values: set[str], report_json: str, outputs: dict[str, str]) -> None:
    assert values, "nothing planted: the test would prove nothing"
    # The premise: the JSON holds no raw value (masking is the pipeline's job) ...
    assert not [v for v in values if v in report_json]
    # ... and no renderer may bring one back, in text, attributes, comments or hidden elements.
    for name, text in outputs.items():
        leaked = sorted(v for v in values if v in text)
        assert not leaked, f"{name} reveals {len(leaked)} raw values"


def _demo_raw_values() -> set[str]:
    from piiscan.demo import demo_paths

    db_path, _ = demo_paths()
    db = sqlite3.connect(db_path)
    try:
        values: set[str] = set()
        for first, last, email, phone, street, hetu in db.execute(
                "SELECT etunimi, sukunimi, sahkoposti, puhelin, katuosoite, hetu FROM asiakkaat"):
            values.update({f"{first} {last}", email, phone, street, hetu})
        values.update(ip for (ip,) in db.execute("SELECT ip_osoite FROM tilaukset"))
        values.update(text for (text,) in db.execute("SELECT viesti FROM asiakaspalvelu"))
    finally:
        db.close()
    return values


def test_demo_raw_values_reach_no_output(demo_json, tmp_path):
    report_json = demo_json.read_text(encoding="utf-8")
    outputs = _write_all(json.loads(report_json), tmp_path)
    _assert_absent(_demo_raw_values(), report_json, outputs)


PLANTED = {
    "hetu": ["131052-308T", "010594Y9032", "211123A965F", "040404A123T", "120464-121C"],
    "sahkoposti": ["maija.virtanen@yritys.fi", "pekka.korhonen@example.com", "ville.nieminen@posti.fi",
                   "anna-liisa.makinen@example.org", "jussi.heikkinen@example.net"],
    "puhelin": ["040 123 4567", "+358 50 765 4321", "0451234567", "044 987 6543", "+358 41 222 3344"],
    "tilinumero": ["FI21 1234 5600 0007 85", "FI4950009420028730", "FI37 1590 3000 0007 76",
                   "FI79 4055 0010 4620 17", "FI14 1009 3000 1234 58"],
    "kortti": ["4111 1111 1111 1111", "5555555555554444", "4012888888881881", "378282246310005",
               "6011111111111117"],
}


@pytest.fixture
def planted_report(make_sqlite_database, tmp_path) -> str:
    from piiscan.pipeline import scan
    from piiscan.reports.json import dumps, report_dict

    columns = list(PLANTED)
    rows = list(zip(*PLANTED.values()))
    statements = [f"CREATE TABLE asiakkaat (id INTEGER PRIMARY KEY, {', '.join(c + ' TEXT' for c in columns)}, "
                  "muistiinpano TEXT)"]
    for row in rows:
        note = f"Soita numeroon {row[2]} tai kirjoita osoitteeseen {row[1]}, hetu {row[0]}."
        values = ", ".join(f"'{v}'" for v in (*row, note))
        statements.append(f"INSERT INTO asiakkaat ({', '.join(columns)}, muistiinpano) VALUES ({values})")
    url = make_sqlite_database(*statements)
    return dumps(report_dict(scan([url], None)))


def test_planted_raw_values_reach_no_output(planted_report, tmp_path):
    report = json.loads(planted_report)
    assert report["findings"], "the scan found nothing: the outputs would trivially hold no raw value"
    outputs = _write_all(report, tmp_path)
    planted = {v for values in PLANTED.values() for v in values}
    planted |= {v.replace(" ", "") for v in planted}  # also without the spaces a renderer might drop
    _assert_absent(planted, planted_report, outputs)
