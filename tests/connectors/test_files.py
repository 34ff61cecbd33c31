"""File exports through the file connector and the pipeline: layouts, dialects, encodings, bad files.

Every export is generated here with Faker fi_FI; phone numbers are built by hand because Faker's
fi_FI numbers are often not valid Finnish numbers.
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
from pathlib import Path

import pytest
from faker import Faker

from piiscan.connectors.base import ScanOptions, TableRef
from piiscan.connectors.files import FileConnector
from piiscan.errors import SourceError
from piiscan.notice import DeclaredEntry, Notice
from piiscan.pipeline import scan


def people(count: int = 40, seed: int = 1) -> list[dict[str, str]]:
    fake = Faker("fi_FI")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    out = []
    for i in range(count):
        first, last = fake.first_name(), fake.last_name()
        out.append({
            "first": first, "last": last, "email": fake.email(safe=True),
            "phone": rng.choice(["040 ", "050 ", "+358 44 ", "045-"]) + f"{rng.randint(100, 999)} {rng.randint(1000, 9999)}",
            "street": fake.street_address(), "postcode": fake.postcode(), "city": fake.city(),
            "company": fake.company(), "business_id": fake.company_business_id(), "hetu": fake.ssn(),
            "ip": f"{rng.randint(11, 199)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            "order": str(10000 + i), "total": f"{rng.randint(5, 500)}.{rng.randint(0, 99):02d}",
            "username": f"{fake.user_name()}{i}", "date": fake.date_between("-2y").isoformat(),
        })
    return out


def write_csv(path: Path, header: list[str], rows: list[list[str]], delimiter: str = ",",
              encoding: str = "utf-8") -> Path:
    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def findings_by_column(result) -> dict[str, dict[str, str]]:
    """column -> {category: evidence}"""
    out: dict[str, dict[str, str]] = {}
    for f in result.findings:
        out.setdefault(f.column, {})[f.category] = f.evidence
    return out


def notice(*keys: str) -> Notice:
    return Notice(register="Testirekisteri", entries=[DeclaredEntry(k, k) for k in keys])


def sample_of(path: Path, **options):
    connector = FileConnector(str(path), ScanOptions(**options))
    tables = connector.list_tables()
    return {t.name: connector.sample(t) for t in tables}


# -- WooCommerce layouts ---------------------------------------------------------------------------

def test_woocommerce_analytics_customers(tmp_path):
    header = ["Name", "Username", "Email", "Last active", "Date registered", "Orders", "Total spend", "AOV",
              "Country / Region", "City", "Region", "Postal code"]
    rows = [[f"{p['first']} {p['last']}", p["username"], p["email"], p["date"], p["date"], "3", p["total"], "12.30",
             "FI", p["city"], "", p["postcode"]] for p in people()]
    path = write_csv(tmp_path / "wc-customer-export.csv", header, rows)
    sample = sample_of(path)["wc-customer-export.csv"]
    assert "layout: WooCommerce Analytics customers" in sample.method
    assert sample.column_hints["Total spend"] == {"order_history"}
    assert sample.column_hints["Country / Region"] == {"address"}
    columns = findings_by_column(scan([str(path)], notice("email")))
    assert columns["Email"]["email"] == "value+name"
    assert "name" in columns["Name"] and "address" in columns["Postal code"]
    assert "online_identifier" in columns["Username"] and "order_history" in columns["Total spend"]


COCE_DEFAULT = ["order_id", "order_number", "order_date", "status", "order_total", "payment_method", "customer_id",
                "billing_first_name", "billing_last_name", "billing_company", "billing_email", "billing_phone",
                "billing_address_1", "billing_postcode", "billing_city", "billing_state", "billing_country",
                "shipping_first_name", "shipping_last_name", "shipping_address_1", "shipping_postcode",
                "shipping_city", "customer_note", "coupon_items"]


def _coce_rows():
    return [[p["order"], p["order"], p["date"], "completed", p["total"], "paytrail", str(i), p["first"], p["last"],
             p["company"], p["email"], p["phone"], p["street"], p["postcode"], p["city"], "", "FI", p["first"],
             p["last"], p["street"], p["postcode"], p["city"], "Jättäkää oven taakse,\nkiitos!" if i % 3 else "",
             "code:KESA24|amount:5.00" if i % 4 == 0 else ""] for i, p in enumerate(people())]


@pytest.mark.parametrize("style", ["default", "legacy"])
def test_customer_order_coupon_export(tmp_path, style):
    header = COCE_DEFAULT if style == "default" else [h.replace("_", " ").title() for h in COCE_DEFAULT]
    path = write_csv(tmp_path / f"orders-{style}.csv", header, _coce_rows())
    sample = sample_of(path)[f"orders-{style}.csv"]
    assert "layout: WooCommerce Customer/Order/Coupon Export (orders)" in sample.method
    assert len(sample.frame) == 40  # the quoted multi-line notes are one row each
    state = "billing_state" if style == "default" else "Billing State"
    assert "address" in sample.column_hints[state]
    columns = findings_by_column(scan([str(path)], notice()))
    email, phone = header[COCE_DEFAULT.index("billing_email")], header[COCE_DEFAULT.index("billing_phone")]
    assert columns[email]["email"] == "value+name" and columns[phone]["phone"] == "value+name"
    first = header[COCE_DEFAULT.index("billing_first_name")]
    assert "name" in columns[first] and "address" in columns[header[COCE_DEFAULT.index("shipping_postcode")]]


def test_customer_export_with_password_hashes(tmp_path):
    header = ["customer_id", "first_name", "last_name", "user_login", "user_pass", "email", "date_registered",
              "billing_phone", "total_spent", "order_count"]
    rows = [[str(i), p["first"], p["last"], p["username"], "$P$B" + hashlib.md5(p["email"].encode()).hexdigest()[:27],
             p["email"], p["date"], p["phone"], p["total"], "2"] for i, p in enumerate(people())]
    sample = sample_of(write_csv(tmp_path / "customers.csv", header, rows))["customers.csv"]
    assert "(customers)" in sample.method
    assert sample.column_hints["user_pass"] == {"credentials"}
    assert sample.column_hints["user_login"] == {"online_identifier"}


def test_advanced_order_export(tmp_path):
    header = ["Order Number", "Order Status", "Order Date", "First Name (Billing)", "Last Name (Billing)",
              "Company (Billing)", "Email (Billing)", "Phone (Billing)", "Address 1&2 (Billing)", "City (Billing)",
              "Postcode (Billing)", "Customer IP address", "Customer User Agent", "Coupon Code", "Item Name",
              "Order Total Amount"]
    agent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36"
    rows = [[p["order"], "processing", p["date"], p["first"], p["last"], p["company"], p["email"], p["phone"],
             p["street"], p["city"], p["postcode"], p["ip"], agent, "", "Villasukat", p["total"]] for p in people()]
    path = write_csv(tmp_path / "aoe.csv", header, rows, delimiter=";")
    sample = sample_of(path)["aoe.csv"]
    assert "layout: WooCommerce Advanced Order Export" in sample.method
    assert sample.column_hints["Customer IP address"] == {"ip_address"}
    assert sample.column_hints["Email (Billing)"] == {"email"}
    columns = findings_by_column(scan([str(path)], notice()))
    assert columns["Email (Billing)"]["email"] == "value+name"
    assert columns["Phone (Billing)"]["phone"] == "value+name"
    assert "ip_address" in columns["Customer IP address"] and "online_identifier" in columns["Customer User Agent"]


# -- Finnish exports: encodings and dialects -------------------------------------------------------

FINNISH = ["Tilausnumero", "Etunimi", "Sukunimi", "Sähköposti", "Puhelin", "Osoite", "Postinumero",
           "Postitoimipaikka", "Yritys", "Y-tunnus", "Summa"]


def _finnish_rows():
    return [[p["order"], p["first"], p["last"], p["email"], p["phone"], p["street"], p["postcode"], p["city"],
             p["company"], p["business_id"], p["total"].replace(".", ",")] for p in people()]


@pytest.mark.parametrize("encoding,expected", [("cp1252", "cp1252"), ("utf-8-sig", "utf-8-sig"), ("utf-8", "utf-8")])
def test_finnish_semicolon_export(tmp_path, encoding, expected):
    rows = _finnish_rows()
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
    rows = _finnish_rows()
    rows.insert(5, rows[5] + ["ylimääräinen", "kenttä"])
    path = write_csv(tmp_path / "rikki.csv", FINNISH, rows, delimiter=";")
    sample = sample_of(path)["rikki.csv"]
    assert "1 broken row skipped" in sample.method
    assert len(sample.frame) == 40


def test_broken_rows_are_counted_per_file_when_files_are_read_at_once(tmp_path):
    for n in range(1, 7):
        rows = _finnish_rows() * 50
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


# -- bad files -------------------------------------------------------------------------------------

def test_bad_files_fail_alone_and_name_the_file(tmp_path):
    good = write_csv(tmp_path / "ok.csv", FINNISH, _finnish_rows(), delimiter=";")
    (tmp_path / "empty.csv").write_bytes(b"")
    (tmp_path / "binary.csv").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0 not really")
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not a workbook")
    (tmp_path / "open-quote.csv").write_text('Nimi,Email\n"Matti,matti@example.fi\nMaija,maija@example.fi\n')
    result = scan([str(tmp_path)], notice("email", "phone", "name", "address", "organization", "business_id",
                                          "order_history"))
    tables = {t.table: t for t in result.sources[0].tables}
    assert tables[good.name].status == "ok"
    errors = {name: t.error for name, t in tables.items() if t.status == "error"}
    assert set(errors) == {"empty.csv", "binary.csv", "old.xls", "broken.xlsx", "open-quote.csv"}
    assert errors["empty.csv"] == "empty.csv: file is empty"
    assert "binary data" in errors["binary.csv"]
    assert ".xls format is not supported" in errors["old.xls"]
    assert "not a valid XLSX file" in errors["broken.xlsx"]
    assert "never closed" in errors["open-quote.csv"] and "matti" not in errors["open-quote.csv"].lower()
    assert all("\n" not in e for e in errors.values())
    assert result.sources[0].status == "partial" and result.exit_code() == 3


def test_header_only_file_is_scanned_with_no_rows(tmp_path):
    (tmp_path / "header.csv").write_text("Nimi;Sähköposti\n", encoding="utf-8")
    sample = sample_of(tmp_path / "header.csv")["header.csv"]
    assert list(sample.frame.columns) == ["Nimi", "Sähköposti"] and len(sample.frame) == 0


def test_empty_folder_is_a_source_error(tmp_path):
    (tmp_path / "README.md").write_text("not an export")
    with pytest.raises(SourceError, match="no export files"):
        FileConnector(str(tmp_path), ScanOptions()).list_tables()


# -- folders ---------------------------------------------------------------------------------------

def test_folder_is_searched_recursively_and_filtered(tmp_path):
    (tmp_path / "2024" / "q1").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    for place in ("a.csv", "2024/b.csv", "2024/q1/c.tsv", ".git/d.csv", "~$lock.csv", ".hidden.csv", "notes.txt"):
        write_csv(tmp_path / place, ["Sähköposti"], [[p["email"]] for p in people(3)])
    names = [t.name for t in FileConnector(str(tmp_path), ScanOptions()).list_tables()]
    assert names == ["2024/b.csv", "2024/q1/c.tsv", "a.csv"]
    names = [t.name for t in FileConnector(str(tmp_path), ScanOptions(exclude=("2024/*",))).list_tables()]
    assert names == ["a.csv"]
    names = [t.name for t in FileConnector(str(tmp_path), ScanOptions(include=("*.tsv",))).list_tables()]
    assert names == ["2024/q1/c.tsv"]


def test_scan_never_writes_and_never_reports_raw_values(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    rows = _finnish_rows()
    write_csv(folder / "tilaukset.csv", FINNISH, rows, delimiter=";", encoding="cp1252")
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.iterdir()}
    result = scan([str(folder)], notice())
    assert {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.iterdir()} == before
    text = json.dumps([f.to_json() for f in result.findings] + [s.to_json() for s in result.sources],
                      ensure_ascii=False)
    for row in rows:
        for raw in (row[3], row[4], row[9]):  # email, phone, Y-tunnus
            assert raw not in text


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


def test_sampling_takes_a_random_subset(tmp_path):
    path = write_csv(tmp_path / "many.csv", ["id", "Sähköposti"],
                     [[str(i), p["email"]] for i, p in enumerate(people(300))])
    sample = sample_of(path, sample_size=50)["many.csv"]
    assert sample.method.startswith("reservoir sample, one pass (50 of 300 rows)")
    assert sample.rows_estimated == 300 and len(sample.frame) == 50
    ids = sample.frame["id"].tolist()
    assert ids == sorted(ids) and max(ids) > 100  # file order kept, not just the first rows


def test_connector_contract(tmp_path):
    path = write_csv(tmp_path / "a.csv", ["Sähköposti"], [[p["email"]] for p in people(3)])
    connector = FileConnector(str(path), ScanOptions())
    assert connector.kind == "files" and connector.source == str(path)
    assert connector.list_tables() == [TableRef("a.csv", None, "a.csv", "file")]
    connector.close()


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


@pytest.mark.parametrize("layout,header,hinted", [
    ("Shopify customers", ["First Name", "Last Name", "Email", "Accepts Email Marketing", "Default Address Company",
                           "Default Address Address1", "Default Address City", "Default Address Province Code",
                           "Default Address Zip", "Default Address Phone", "Total Spent", "Total Orders"],
     {"Default Address Province Code": {"address"}, "Accepts Email Marketing": {"marketing_consent"}}),
    ("Shopify orders", ["Name", "Email", "Financial Status", "Paid at", "Billing Name", "Billing Street",
                        "Billing Zip", "Billing Phone", "Shipping Name", "Lineitem name", "Discount Code"],
     {"Name": {"order_history"}, "Billing Name": {"name"}, "Discount Code": {"coupons"}}),
    ("Mailchimp audience", ["Email Address", "First Name", "Last Name", "Phone Number", "MEMBER_RATING", "OPTIN_TIME",
                            "OPTIN_IP", "CONFIRM_IP", "LATITUDE", "LONGITUDE", "LEID", "EUID"],
     {"OPTIN_IP": {"ip_address"}, "LATITUDE": {"location"}, "Email Address": {"email"}}),
])
def test_other_shop_and_mailing_list_layouts(tmp_path, layout, header, hinted):
    path = write_csv(tmp_path / "export.csv", header, [["x"] * len(header)])
    sample = sample_of(path)["export.csv"]
    assert f"layout: {layout}" in sample.method
    for column, categories in hinted.items():
        assert sample.column_hints[column] == categories


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
