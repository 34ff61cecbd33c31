"""The data map CSV: one row per (source, table, column, category), safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io

from piiscan.reports.datamap import DATAMAP_COLUMNS, datamap_rows, render_datamap, write_datamap
from report_helpers import PG


def _read(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_one_row_per_finding_with_both_languages(sample_report):
    rows = _read(render_datamap(sample_report))
    assert len(rows) == len(sample_report["findings"])
    assert tuple(rows[0]) == DATAMAP_COLUMNS
    ssn = next(r for r in rows if r["column"] == "ssn")
    assert ssn == {
        "source": PG, "table": "public.customers", "column": "ssn", "meta_key": "",
        "category": "personal_identity_code", "category_fi": "Henkilötunnus", "category_en": "Personal identity code",
        "group": "identity", "declared": "no", "allowed": "", "verdict": "confirmed", "evidence": "value+name",
        "confidence": "0.99", "rows_sampled": "1000", "values_matched": "990", "free_text": "no", "change": "new",
    }
    meta = next(r for r in rows if r["meta_key"])
    assert (meta["table"], meta["column"], meta["meta_key"], meta["category"]) == (
        "public.wp_usermeta", "meta_value", "api_token", "credentials")
    allowed = next(r for r in rows if r["allowed"])
    assert allowed["allowed"] == "Tiiviste säilytetään kirjanpitolain vuoksi"


def test_rows_are_sorted_by_place(sample_report):
    rows = datamap_rows(sample_report)
    places = [(r["source"], r["table"], r["column"]) for r in rows]
    assert places == sorted(places)


def test_no_examples_and_no_formulas(sample_report):
    sample_report["findings"][0]["table"] = "=HYPERLINK(\"http://evil\")"
    text = render_datamap(sample_report)
    assert "'=HYPERLINK" in text
    assert "m***@example.fi" not in text  # the data map says where data is, not what it is


def test_file_opens_in_excel_with_finnish_letters(sample_report, tmp_path):
    path = tmp_path / "kartta.csv"
    write_datamap(sample_report, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "Henkilötunnus".encode() in raw


def test_demo_datamap(demo_report):
    rows = _read(render_datamap(demo_report))
    hetu = [r for r in rows if r["category"] == "personal_identity_code"]
    assert [(r["table"], r["column"], r["declared"]) for r in hetu] == [("asiakkaat", "hetu", "no")]
