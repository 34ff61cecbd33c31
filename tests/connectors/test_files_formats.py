"""File formats and dialects: encodings, delimiters, XLSX, JSON, and what other systems write.

Every export is generated in the test (Faker fi_FI, see files_helpers.py).
"""

from __future__ import annotations

import json

import pytest

from files_helpers import FINNISH, finnish_rows, findings_by_column, notice, people, sample_of, write_csv
from piiscan.pipeline import scan


# -- Finnish exports: encodings and dialects -------------------------------------------------------

@pytest.mark.parametrize("encoding,expected", [("cp1252", "cp1252"), ("utf-8-sig", "utf-8-sig"), ("utf-8", "utf-8")])
def test_finnish_semicolon_export(tmp_path, encoding, expected):
    rows = finnish_rows()
    rows[0][1] = "Äijä-Öörni"  # a letter Windows-1252 and UTF-8 write differently
    path = write_csv(tmp_path / "tilaukset.csv", FINNISH, rows, delimiter=";", encoding=encoding)
    sample = sample_of(path)["tilaukset.csv"]
    assert sample.method.startswith(f"all rows; {expected}, semicolon-separated")
    assert "layout: Finnish web shop (Finqu-style)" in sample.method
    assert list(sample.frame.columns) == FINNISH  # no BOM left in the first header
    assert "Äijä-Öörni" in set(sample.frame["Etunimi"])
    assert sample.frame["Summa"].iloc[0] == rows[0][10]  # decimal commas are kept, not split into columns
    columns = findings_by_column(scan([str(path)], notice("email", "phone")))
    assert columns["Sähköposti"]["email"] == "value+name"
    assert columns["Puhelin"]["phone"] == "value+name"
    assert columns["Y-tunnus"]["business_id"] == "value+name"
    assert "name" in columns["Etunimi"] and "address" in columns["Postitoimipaikka"]


@pytest.mark.parametrize("delimiter,suffix", [("\t", ".tsv"), ("|", ".csv"), (",", ".csv"), ("\t", ".csv")])
def test_delimiters_are_sniffed(tmp_path, delimiter, suffix):
    path = write_csv(tmp_path / f"export{suffix}", ["Nimi", "Sähköposti", "Huom"],
                     [[p["first"], p["email"], "a, b; c | d"] for p in people(10)], delimiter=delimiter)
    sample = sample_of(path)[path.name]
    assert list(sample.frame.columns) == ["Nimi", "Sähköposti", "Huom"]
    assert set(sample.frame["Huom"]) == {"a, b; c | d"}


def test_excel_sep_line(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_text("sep=;\nNimi;Sähköposti\n" + "".join(f"{p['first']};{p['email']}\n" for p in people(5)),
                    encoding="cp1252")
    sample = sample_of(path)["excel.csv"]
    assert list(sample.frame.columns) == ["Nimi", "Sähköposti"] and len(sample.frame) == 5


def test_utf16_unicode_text_export(tmp_path):
    path = write_csv(tmp_path / "unicode.txt", ["Sähköposti", "Puhelin"],
                     [[p["email"], p["phone"]] for p in people(10)], delimiter="\t", encoding="utf-16")
    sample = sample_of(path)["unicode.txt"]
    assert "utf-16, tab-separated" in sample.method and len(sample.frame) == 10


def test_broken_row_is_skipped_and_counted(tmp_path):
    rows = finnish_rows()
    rows.insert(5, rows[5] + ["ylimääräinen", "kenttä"])
    path = write_csv(tmp_path / "rikki.csv", FINNISH, rows, delimiter=";")
    sample = sample_of(path)["rikki.csv"]
    assert "1 broken row skipped" in sample.method
    assert len(sample.frame) == 40


def test_broken_rows_are_counted_per_file_when_files_are_read_at_once(tmp_path):
    for n in range(1, 7):
        rows = finnish_rows() * 50
        for i in range(n):
            rows.insert(10 + i * 100, rows[0] + ["ylimääräinen"])
        write_csv(tmp_path / f"rikki{n}.csv", FINNISH, rows, delimiter=";")
    result = scan([str(tmp_path)], notice(), jobs=4)
    methods = {t.table: t.sample_method for t in result.sources[0].tables}
    for n in range(1, 7):
        assert f"; {n} broken row{'s' if n > 1 else ''} skipped" in methods[f"rikki{n}.csv"]


def test_numbers_are_typed_but_phones_and_postcodes_stay_text(tmp_path):
    path = write_csv(tmp_path / "t.csv", ["id", "Puhelin", "Postinumero", "Summa"],
                     [["1", "0401234567", "00100", "12,50"], ["2", "0501234567", "33100", "3"]], delimiter=";")
    frame = sample_of(path)["t.csv"].frame
    assert str(frame["id"].dtype) == "Int64"
    assert frame["Puhelin"].tolist() == ["0401234567", "0501234567"] and frame["Postinumero"][0] == "00100"


# -- XLSX and JSON ---------------------------------------------------------------------------------

def test_xlsx_each_sheet_is_a_table(tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Asiakkaat"
    sheet.append(["Etunimi", "Sukunimi", "Sähköposti", "Puhelin", "Asiakas nro"])
    for i, p in enumerate(people()):
        sheet.append([p["first"], p["last"], p["email"], p["phone"], i + 1])
    orders = workbook.create_sheet("Tilaukset")
    orders.append([None, None])
    orders.append(["Tilausnumero", "Y-tunnus"])
    for p in people(seed=2):
        orders.append([int(p["order"]), p["business_id"]])
    workbook.create_sheet("Tyhjä")
    workbook.save(tmp_path / "asiakkaat.xlsx")
    result = scan([str(tmp_path / "asiakkaat.xlsx")], notice())
    assert [t.table for t in result.sources[0].tables] == [
        "asiakkaat.xlsx:Asiakkaat", "asiakkaat.xlsx:Tilaukset", "asiakkaat.xlsx:Tyhjä"]
    found = {(f.table, f.column, f.category) for f in result.findings}
    assert ("asiakkaat.xlsx:Asiakkaat", "Sähköposti", "email") in found
    assert ("asiakkaat.xlsx:Asiakkaat", "Puhelin", "phone") in found
    assert ("asiakkaat.xlsx:Tilaukset", "Y-tunnus", "business_id") in found  # header found below an empty row


def test_json_array_with_nested_objects(tmp_path):
    records = [{"id": int(p["order"]), "billing": {"first_name": p["first"], "email": p["email"], "phone": p["phone"]},
                "line_items": [{"name": "Villasukat", "quantity": 2}], "customer_ip_address": p["ip"]}
               for p in people()]
    (tmp_path / "orders.json").write_text(json.dumps(records, ensure_ascii=False, indent=2), encoding="utf-8")
    sample = sample_of(tmp_path / "orders.json")["orders.json"]
    assert "JSON array" in sample.method and len(sample.frame) == 40
    columns = findings_by_column(scan([str(tmp_path / "orders.json")], notice()))
    assert columns["billing.email"]["email"] == "value+name" and columns["billing.phone"]["phone"] == "value+name"


def test_woocommerce_rest_api_orders(tmp_path):
    records = [{"id": int(p["order"]), "order_key": "wc_order_x", "customer_id": 0, "date_created": p["date"],
                "billing": {"first_name": p["first"], "last_name": p["last"], "address_1": p["street"],
                            "postcode": p["postcode"], "city": p["city"], "state": "", "country": "FI",
                            "email": p["email"], "phone": p["phone"]},
                "shipping": {"first_name": p["first"], "address_1": p["street"], "country": "FI"},
                "payment_method_title": "Paytrail", "customer_ip_address": p["ip"], "customer_user_agent": "Mozilla/5.0",
                "customer_note": "", "cart_hash": "abc", "line_items": [{"name": "Pipo", "quantity": 1}],
                "meta_data": [{"id": 1, "key": "_billing_vat", "value": ""}]} for p in people()]
    (tmp_path / "rest.json").write_text(json.dumps(records), encoding="utf-8")
    sample = sample_of(tmp_path / "rest.json")["rest.json"]
    assert "layout: WooCommerce REST API orders (JSON)" in sample.method
    assert sample.column_hints["billing.country"] == {"address"}
    assert sample.column_hints["customer_ip_address"] == {"ip_address"}


@pytest.mark.parametrize("name", ["orders.jsonl", "orders.json"])
def test_json_lines_with_a_broken_line(tmp_path, name):
    lines = [json.dumps({"email": p["email"], "puhelin": p["phone"]}) for p in people()]
    lines.insert(3, '{"email": "katkennut')
    (tmp_path / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    sample = sample_of(tmp_path / name)[name]
    assert "JSON-lines" in sample.method and "1 broken line skipped" in sample.method
    assert len(sample.frame) == 40


def test_json_object_wrapping_records(tmp_path):
    data = {"exported": "2024-11-01", "customers": [{"sahkoposti": p["email"]} for p in people(5)]}
    (tmp_path / "customers.json").write_text(json.dumps(data), encoding="utf-8")
    frame = sample_of(tmp_path / "customers.json")["customers.json"].frame
    assert list(frame.columns) == ["sahkoposti"] and len(frame) == 5


# -- what other systems write ------------------------------------------------------------------------

def test_title_lines_above_the_header_are_skipped(tmp_path):
    path = tmp_path / "raportti.csv"
    body = "".join(f"{p['first']};{p['email']};=\"{p['phone'].replace(' ', '')}\"\n" for p in people(10))
    path.write_text("Asiakasraportti\nTulostettu 1.11.2024\n\nNimi;Sähköposti;Puhelin\n" + body, encoding="cp1252")
    sample = sample_of(path)["raportti.csv"]
    assert list(sample.frame.columns) == ["Nimi", "Sähköposti", "Puhelin"] and len(sample.frame) == 10
    assert "broken" not in sample.method
    assert all(not v.startswith("=") for v in sample.frame["Puhelin"])  # ="040..." keeps Excel's zero, not ours


def test_xlsx_title_row_above_the_header(tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Asiakasrekisteri 2024"])
    sheet.append(["Nimi", "Sähköposti", "Puhelin"])
    for p in people(10):
        sheet.append([p["first"], p["email"], p["phone"]])
    workbook.save(tmp_path / "rekisteri.xlsx")
    sample = sample_of(tmp_path / "rekisteri.xlsx")["rekisteri.xlsx:Sheet"]
    assert list(sample.frame.columns) == ["Nimi", "Sähköposti", "Puhelin"] and len(sample.frame) == 10


def test_json_array_bigger_than_the_read_buffer(tmp_path):
    """Records are streamed across read-buffer boundaries (1 MB) without loss."""
    shoppers = people(50)
    records = [{"id": i, "email": shoppers[i % 50]["email"], "note": "x" * (i % 700)} for i in range(6000)]
    (tmp_path / "big.json").write_text(json.dumps(records, indent=1), encoding="utf-8")
    assert (tmp_path / "big.json").stat().st_size > 2 * 1024 * 1024
    sample = sample_of(tmp_path / "big.json", sample_size=100)["big.json"]
    assert sample.rows_estimated == 6000 and len(sample.frame) == 100
    assert sample.method.startswith("reservoir sample, one pass (100 of 6000 rows); JSON array")


def test_quoted_crlf_export(tmp_path):
    path = write_csv(tmp_path / "crlf.csv", ["Nimi", "Sähköposti", "Viesti"],
                     [[p["first"], p["email"], "Rivi 1\r\nRivi 2, \"lainaus\""] for p in people(10)])
    raw = path.read_bytes()
    assert b"\r\n" in raw and b'""lainaus""' in raw
    frame = sample_of(path)["crlf.csv"].frame
    assert len(frame) == 10 and frame["Viesti"][0] == 'Rivi 1\r\nRivi 2, "lainaus"'


def test_empty_header_cells_are_named_by_position(tmp_path):
    path = write_csv(tmp_path / "t.csv", ["Nimi", "", "Sähköposti"], [["a", "b", "c@example.fi"]])
    assert list(sample_of(path)["t.csv"].frame.columns) == ["Nimi", "column_2", "Sähköposti"]


def test_data_wider_than_the_header_is_kept(tmp_path):
    path = tmp_path / "leveä.csv"
    path.write_text("Nimi;Sähköposti\n" + "".join(f"{p['first']};{p['email']};{p['phone']};x\n" for p in people(8)),
                    encoding="utf-8")
    sample = sample_of(path)["leveä.csv"]
    assert list(sample.frame.columns) == ["Nimi", "Sähköposti", "column_3", "column_4"]
    assert len(sample.frame) == 8 and "broken" not in sample.method
    columns = findings_by_column(scan([str(path)], notice()))
    assert columns["column_3"]["phone"] == "value"


def test_mysql_style_export_with_backslash_escapes_and_nulls(tmp_path):
    path = tmp_path / "outfile.csv"
    lines = [f'"{p["first"]}","{p["email"]}","sanoi \\"hei\\", kiitos"' for p in people(8)]
    path.write_text('"name","email","note"\n' + "\n".join(lines) + "\n", encoding="utf-8")
    frame = sample_of(path)["outfile.csv"].frame
    assert len(frame) == 8 and frame["note"][0] == 'sanoi "hei", kiitos'
    nulls = tmp_path / "nulls.csv"
    nulls.write_text("email;phone;note\n" + "".join(f"{p['email']};\\N;NULL\n" for p in people(4)), encoding="utf-8")
    frame = sample_of(nulls)["nulls.csv"].frame
    assert frame["phone"].isna().all() and frame["note"].isna().all()


def test_utf16_without_byte_order_mark(tmp_path):
    path = tmp_path / "ilman-bom.csv"
    text = "Sähköposti;Puhelin\n" + "".join(f"{p['email']};{p['phone']}\n" for p in people(6))
    path.write_bytes(text.encode("utf-16-le"))
    sample = sample_of(path)["ilman-bom.csv"]
    assert "utf-16-le, semicolon-separated" in sample.method and list(sample.frame.columns) == ["Sähköposti", "Puhelin"]


def test_a_file_without_header_never_shows_values_as_column_names(tmp_path):
    shoppers = people(12)
    csv_path = write_csv(tmp_path / "ilman-otsikkoa.csv", [shoppers[0]["first"], shoppers[0]["email"],
                                                          shoppers[0]["phone"]],
                         [[p["first"], p["email"], p["phone"]] for p in shoppers[1:]], delimiter=";")
    from openpyxl import Workbook

    workbook = Workbook()
    for p in shoppers:
        workbook.active.append([p["first"], p["email"], p["phone"]])
    workbook.save(tmp_path / "ilman-otsikkoa.xlsx")
    (tmp_path / "keyed.json").write_text(json.dumps({p["email"]: {"puhelin": p["phone"]} for p in shoppers}))
    samples = sample_of(tmp_path)
    for name in (csv_path.name, "ilman-otsikkoa.xlsx:Sheet"):
        assert list(samples[name].frame.columns) == ["column_1", "column_2", "column_3"]
        assert len(samples[name].frame) == 12  # the first row is data too
    assert all(c.startswith("column_") for c in samples["keyed.json"].frame.columns)
    result = scan([str(tmp_path)], notice())
    text = json.dumps([f.to_json() for f in result.findings] + [s.to_json() for s in result.sources])
    assert not any(p["email"] in text or p["phone"] in text for p in shoppers)
    assert {f.category for f in result.findings if f.column == "column_2"} == {"email"}


def test_gzip_compressed_exports(tmp_path):
    import gzip

    shoppers = people(30)
    text = "Sähköposti;Puhelin\n" + "".join(f"{p['email']};{p['phone']}\n" for p in shoppers)
    (tmp_path / "tilaukset.csv.gz").write_bytes(gzip.compress(text.encode("cp1252")))
    lines = "".join(json.dumps({"email": p["email"]}) + "\n" for p in shoppers)
    (tmp_path / "events.jsonl.gz").write_bytes(gzip.compress(lines.encode("utf-8")))
    (tmp_path / "cut.csv.gz").write_bytes(gzip.compress(text.encode("utf-8"))[:200])
    result = scan([str(tmp_path)], notice("email", "phone"))
    tables = {t.table: t for t in result.sources[0].tables}
    assert tables["tilaukset.csv.gz"].sample_method == "all rows; cp1252, semicolon-separated"
    assert tables["events.jsonl.gz"].rows_sampled == 30
    assert tables["cut.csv.gz"].status == "error" and "cut short" in tables["cut.csv.gz"].error
    found = {(f.table, f.column, f.category) for f in result.findings}
    assert ("tilaukset.csv.gz", "Puhelin", "phone") in found and ("events.jsonl.gz", "email", "email") in found
