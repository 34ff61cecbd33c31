"""Listing tables and views: every readable schema, globs pushed into the catalog query.

The globs are turned into LIKE patterns; these tests plant names that differ only where LIKE's own
wildcards would match ('_' and '%'), so an unescaped pattern would list too much.
"""

from __future__ import annotations

import pytest

from piiscan.connectors.base import ScanOptions
from piiscan.connectors.sql import SqlConnector
from piiscan.connectors.sql_catalog import catalog_query
from piiscan.pipeline import scan_source

# order_items and orderXitems: '_' must not match X; pct%x and pctAx: '%' must not match A.
NAMES = ("order_items", "orderXitems", "pct%x", "pctAx", "customers")


def listed(url: str, include=(), exclude=()) -> list[str]:
    connector = SqlConnector(url, ScanOptions(include=tuple(include), exclude=tuple(exclude)))
    try:
        return [t.name for t in connector.list_tables()]
    finally:
        connector.close()


@pytest.mark.postgres
def test_postgresql_lists_every_schema_and_escapes_like(make_pg_database):
    url = make_pg_database(
        "CREATE SCHEMA shop", "CREATE SCHEMA other",
        *[f'CREATE TABLE shop."{name}" (id int)' for name in NAMES],
        "CREATE TABLE other.customers (id int)",
        "CREATE VIEW shop.customer_view AS SELECT id FROM shop.customers",
        "CREATE MATERIALIZED VIEW other.stats AS SELECT count(*) AS n FROM other.customers",
    )
    everything = listed(url)
    assert everything == sorted(["other.customers", "other.stats"] + [f"shop.{n}" for n in NAMES]
                                + ["shop.customer_view"])
    assert listed(url, include=["shop.order_items"]) == ["shop.order_items"]
    assert listed(url, include=["shop.pct%x"]) == ["shop.pct%x"]
    assert listed(url, include=["other.*"]) == ["other.customers", "other.stats"]
    assert listed(url, include=["*.customers"], exclude=["other.*"]) == ["shop.customers"]
    assert listed(url, include=["SHOP.Customers"]) == ["shop.customers"]  # case-insensitive everywhere
    assert "shop.orderXitems" in listed(url, exclude=["*.order_items"])
    assert listed(url, include=["shop.order?items"]) == ["shop.orderXitems", "shop.order_items"]
    connector = SqlConnector(url, ScanOptions(include=("shop.customer*",)))
    kinds = {t.name: t.kind for t in connector.list_tables()}
    connector.close()
    assert kinds == {"shop.customers": "table", "shop.customer_view": "view"}


@pytest.mark.postgres
def test_postgresql_partitions_are_listed_through_their_parent(make_pg_database):
    url = make_pg_database(
        "CREATE TABLE events (id int, at date) PARTITION BY RANGE (at)",
        "CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')",
        "CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')",
        "INSERT INTO events SELECT g, date '2025-06-01' + (g % 400) FROM generate_series(1, 3000) g",
        "ANALYZE events",
    )
    connector = SqlConnector(url, ScanOptions(sample_size=100))
    tables = connector.list_tables()
    assert [t.name for t in tables] == ["public.events"]
    assert 2500 <= (tables[0].rows_estimated or 0) <= 3500  # the leaves' estimates, summed
    sample = connector.sample(tables[0])
    connector.close()
    assert len(sample.frame) == 100
    assert sample.method.startswith("tablesample system")


@pytest.mark.mysql
def test_mysql_lists_one_database_and_escapes_like(make_mysql_database):
    url = make_mysql_database(
        *[f"CREATE TABLE `{name}` (id int)" for name in NAMES],
        "CREATE VIEW customer_view AS SELECT id FROM customers",
    )
    schema = url.rsplit("/", 1)[1].split("?")[0]
    assert listed(url) == sorted(f"{schema}.{n}" for n in NAMES + ("customer_view",))
    assert listed(url, include=[f"{schema}.order_items"]) == [f"{schema}.order_items"]
    assert listed(url, include=["*.pct%x"]) == [f"{schema}.pct%x"]
    assert listed(url, include=["*.order?items"]) == [f"{schema}.orderXitems", f"{schema}.order_items"]
    assert listed(url, include=["*.customer*"], exclude=["*_view"]) == [f"{schema}.customers"]


@pytest.mark.mysql
def test_mysql_url_without_database_lists_all_user_schemas(make_mysql_database):
    first = make_mysql_database("CREATE TABLE customers (id int)")
    second = make_mysql_database("CREATE TABLE orders (id int)")
    server = first.rsplit("/", 1)[0] + "/?charset=utf8mb4"
    names = [n.rsplit("/", 1)[1].split("?")[0] for n in (first, second)]
    everything = listed(server)
    assert f"{names[0]}.customers" in everything and f"{names[1]}.orders" in everything
    assert not [t for t in everything if t.split(".")[0] in ("mysql", "information_schema",
                                                            "performance_schema", "sys")]
    assert listed(server, include=[f"{names[1]}.*"]) == [f"{names[1]}.orders"]


def test_sqlite_escapes_like_and_accepts_main_prefix(make_sqlite_database):
    url = make_sqlite_database(*[f'CREATE TABLE "{name}" (id int)' for name in NAMES],
                               "CREATE VIEW customer_view AS SELECT id FROM customers")
    assert listed(url) == sorted(NAMES + ("customer_view",))
    assert listed(url, include=["order_items"]) == ["order_items"]
    assert listed(url, include=["pct%x"]) == ["pct%x"]
    assert listed(url, include=["main.customer*"]) == ["customer_view", "customers"]
    assert listed(url, exclude=["*_*"]) == ["customers", "orderXitems", "pct%x", "pctAx"]


@pytest.mark.postgres
@pytest.mark.mysql
def test_empty_databases_scan_complete_with_no_tables(make_pg_database, make_mysql_database, make_sqlite_database):
    for url in (make_pg_database(), make_mysql_database(), make_sqlite_database()):
        source_scan, findings = scan_source(url, None, ScanOptions())
        assert (source_scan.status, source_scan.tables, findings) == ("ok", [], [])


def test_globs_are_part_of_the_catalog_query():
    for kind in ("postgresql", "mysql", "sqlite"):
        sql, params = catalog_query(kind, None, include=("public.*",), exclude=("*.tmp_?",))
        assert params == {"inc0": "public.%", "exc0": "%.tmp\\__"}
        assert ":inc0" in sql and ":exc0" in sql
