"""Odd shapes of data through the whole pipeline: column types, identifiers, many tables.

Each database holds, besides the odd columns, five planted e-mail addresses in a column whose
table and column names need quoting (spaces, quotes, reserved words, ä and ö): the scan must find
them under exactly those names, and every table must be scanned.
"""

from __future__ import annotations

import time

import pytest

from piiscan.connectors.base import ScanOptions
from piiscan.pipeline import scan_source

EMAILS = [f"planted.{i}@example.fi" for i in range(5)]


def scanned(url: str, **options):
    source_scan, findings = scan_source(url, None, ScanOptions(**options))
    assert source_scan.status == "ok", [(t.table, t.error) for t in source_scan.tables if t.status != "ok"]
    return source_scan, findings


def assert_planted_email_found(findings, table: str) -> None:
    emails = [f for f in findings if f.category == "email" and f.table == table]
    assert [(f.column, f.values_matched) for f in emails] == [("sähköposti \"osoite\" ö", 5)], findings
    assert not any(e in repr(findings) for e in EMAILS)  # examples are masked


@pytest.mark.postgres
def test_postgresql_odd_types_and_identifiers(make_pg_database):
    values = ", ".join(f"('{e}', 'x', {i})" for i, e in enumerate(EMAILS))
    url = make_pg_database(
        'CREATE SCHEMA "Myynti & asiakkaat"',
        'CREATE TABLE "Myynti & asiakkaat"."Asiakas ""VIP"" ä" ("sähköposti ""osoite"" ö" text, "select" text, '
        '"order" int)',
        f'INSERT INTO "Myynti & asiakkaat"."Asiakas ""VIP"" ä" VALUES {values}',
        "CREATE TYPE mood AS ENUM ('happy', 'sad')",
        "CREATE TABLE odd (body text, data bytea, doc json, docb jsonb, tags text[], nums int[], feeling mood, "
        "place point, box box, nothing text, nothing_int int)",
        "INSERT INTO odd SELECT repeat('lorem ipsum ', 900000), decode(repeat('00ff', 500000), 'hex'), "
        "'{\"a\": [1, 2]}', '{\"b\": null}', ARRAY['x', NULL], ARRAY[1, 2], 'sad', point(60.1, 24.9), "
        "box(point(0, 0), point(1, 1)), NULL, NULL FROM generate_series(1, 4)",
        "CREATE TABLE nulls_only (a text, b int, c bytea)",
        "INSERT INTO nulls_only SELECT NULL, NULL, NULL FROM generate_series(1, 10)",
        "CREATE TABLE no_columns ()",
    )
    source_scan, findings = scanned(url)
    tables = {t.table: t for t in source_scan.tables}
    assert set(tables) == {'Myynti & asiakkaat.Asiakas "VIP" ä', "public.odd", "public.nulls_only",
                           "public.no_columns"}
    assert (tables["public.odd"].rows_sampled, tables["public.odd"].columns) == (4, 11)
    assert (tables["public.nulls_only"].rows_sampled, tables["public.no_columns"].columns) == (10, 0)
    assert_planted_email_found(findings, 'Myynti & asiakkaat.Asiakas "VIP" ä')


@pytest.mark.mysql
def test_mysql_odd_types_and_identifiers(make_mysql_database):
    values = ", ".join(f"('{e}', 'x', {i})" for i, e in enumerate(EMAILS))
    url = make_mysql_database(
        'CREATE TABLE `Asiakas "VIP" ä` (`sähköposti "osoite" ö` text, `select` text, `order` int)',
        f'INSERT INTO `Asiakas "VIP" ä` VALUES {values}',
        "CREATE TABLE odd (body LONGTEXT, data LONGBLOB, doc JSON, feeling ENUM('happy', 'sad'), "
        "flags SET('a', 'b'), place POINT, shape GEOMETRY, nothing TEXT, nothing_int INT, bits BIT(8))",
        "INSERT INTO odd SELECT REPEAT('lorem ipsum ', 900000), REPEAT(x'00ff', 500000), '{\"a\": [1, 2]}', "
        "'sad', 'a,b', POINT(60.1, 24.9), ST_GeomFromText('POLYGON((0 0,1 0,1 1,0 0))'), NULL, NULL, b'101' "
        "FROM seq_1_to_4",
        "CREATE TABLE nulls_only (a TEXT, b INT, c BLOB)",
        "INSERT INTO nulls_only SELECT NULL, NULL, NULL FROM seq_1_to_10",
    )
    database = url.rsplit("/", 1)[1].split("?")[0]
    source_scan, findings = scanned(url)
    tables = {t.table: t for t in source_scan.tables}
    assert (tables[f"{database}.odd"].rows_sampled, tables[f"{database}.odd"].columns) == (4, 10)
    assert tables[f"{database}.nulls_only"].rows_sampled == 10
    assert_planted_email_found(findings, f'{database}.Asiakas "VIP" ä')


def test_sqlite_odd_types_and_identifiers(make_sqlite_database):
    values = ", ".join(f"('{e}', 'x', {i})" for i, e in enumerate(EMAILS))
    url = make_sqlite_database(
        'CREATE TABLE "Asiakas ""VIP"" ä" ("sähköposti ""osoite"" ö" text, "select" text, "order" int)',
        f'INSERT INTO "Asiakas ""VIP"" ä" VALUES {values}',
        # SQLite keeps whatever comes: one column, many types
        "CREATE TABLE odd (anything, data blob, empty text)",
        "INSERT INTO odd VALUES (1, zeroblob(2000000), NULL), ('text', x'00ff', NULL), (2.5, NULL, NULL), "
        "(x'41', 'not a blob', NULL)",
    )
    source_scan, findings = scanned(url)
    tables = {t.table: t for t in source_scan.tables}
    assert (tables["odd"].rows_sampled, tables["odd"].columns) == (4, 3)
    assert_planted_email_found(findings, 'Asiakas "VIP" ä')


@pytest.mark.slow
@pytest.mark.postgres
def test_a_thousand_tables(make_pg_database, make_sqlite_database):
    """Listing and sampling stay cheap per table (about 5 ms of connector time each on PostgreSQL)."""
    # plain numbers: this measures listing and sampling, not the classifier
    create = ("DO $$ BEGIN FOR i IN 1..1000 LOOP "
              "EXECUTE format('CREATE TABLE t%s AS SELECT generate_series(1, 3) AS id', i); END LOOP; END $$")
    pg = make_pg_database(create)
    lite = make_sqlite_database(*[f"CREATE TABLE t{i} (id int)" for i in range(1000)],
                                *[f"INSERT INTO t{i} VALUES (1), (2), (3)" for i in range(1000)])
    for url in (pg, lite):
        started = time.monotonic()
        source_scan, _ = scanned(url)
        seconds = time.monotonic() - started
        assert source_scan.tables_scanned == 1000
        assert {t.rows_sampled for t in source_scan.tables} == {3}
        assert seconds < 60, seconds  # ~15 s on an idle 2-core machine
