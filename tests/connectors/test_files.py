"""File exports through the file connector and the pipeline: shop layouts, bad files, folders.

Every export is generated in the test (Faker fi_FI, see files_helpers.py).
"""

from __future__ import annotations

import hashlib
import json

import pytest

from files_helpers import FINNISH, finnish_rows, findings_by_column, notice, people, sample_of, write_csv
from piiscan.connectors.base import ScanOptions, TableRef
from piiscan.connectors.files import FileConnector
from piiscan.errors import SourceError
from piiscan.pipeline import scan


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


# -- bad files -------------------------------------------------------------------------------------

def test_bad_files_fail_alone_and_name_the_file(tmp_path):
    good = write_csv(tmp_path / "ok.csv", FINNISH, finnish_rows(), delimiter=";")
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


def test_sheets_can_be_included_and_excluded(tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.title = "Asiakkaat"
    workbook.create_sheet("Tilaukset")
    workbook.create_sheet("Ohje")
    workbook.save(tmp_path / "kirja.xlsx")
    write_csv(tmp_path / "a.csv", ["Sähköposti"], [[p["email"]] for p in people(3)])

    def listed(**filters):
        return [t.name for t in FileConnector(str(tmp_path), ScanOptions(**filters)).list_tables()]

    assert listed(include=("*:Tilaukset",)) == ["kirja.xlsx:Tilaukset"]
    assert listed(exclude=("kirja.xlsx:Ohje",)) == ["a.csv", "kirja.xlsx:Asiakkaat", "kirja.xlsx:Tilaukset"]
    assert listed(include=("kirja.xlsx",)) == ["kirja.xlsx:Asiakkaat", "kirja.xlsx:Tilaukset", "kirja.xlsx:Ohje"]
    assert listed(exclude=("*.xlsx",)) == ["a.csv"]


def test_scan_never_writes_and_never_reports_raw_values(tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    rows = finnish_rows()
    write_csv(folder / "tilaukset.csv", FINNISH, rows, delimiter=";", encoding="cp1252")
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.iterdir()}
    result = scan([str(folder)], notice())
    assert {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.iterdir()} == before
    text = json.dumps([f.to_json() for f in result.findings] + [s.to_json() for s in result.sources],
                      ensure_ascii=False)
    for row in rows:
        for raw in (row[3], row[4], row[9]):  # email, phone, Y-tunnus
            assert raw not in text


# -- sampling and the contract ---------------------------------------------------------------------

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
