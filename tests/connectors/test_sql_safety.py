"""Read-only sessions and statement timeouts, proven against the real servers.

A write is attempted through piiscan's own engine (the connections a scan uses) and must fail at
the server; the source is then checked, through an ordinary connection, to be unchanged. A slow
view must end as one failed table with a one-line timeout error while the others are scanned.
"""

from __future__ import annotations

import logging
import sqlite3
import time

import pytest
from sqlalchemy import create_engine, text

from piiscan.connectors.base import ScanOptions
from piiscan.connectors.sql import SqlConnector
from piiscan.pipeline import scan_source

WRITES = ("INSERT INTO kept VALUES (2)", "UPDATE kept SET id = 3", "DELETE FROM kept",
          "CREATE TABLE intruder (id int)", "DROP TABLE kept")


def attempt_writes(url: str) -> list[str]:
    """Every write statement through piiscan's engine; returns the error of each (all must fail)."""
    connector = SqlConnector(url, ScanOptions())
    errors = []
    try:
        for statement in WRITES:
            try:
                with connector.engine.connect() as conn:
                    conn.execute(text(statement))
                    conn.commit()
            except Exception as exc:  # noqa: BLE001
                errors.append(str(getattr(exc, "orig", exc)))
            else:
                errors.append("")
    finally:
        connector.close()
    return errors


def rows_of_kept(url: str) -> list[tuple]:
    engine = create_engine(url)
    with engine.connect() as conn:
        rows = [tuple(r) for r in conn.execute(text("SELECT id FROM kept"))]
        tables = conn.execute(text(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'intruder'"
            if not url.startswith("sqlite") else "SELECT count(*) FROM sqlite_master WHERE name = 'intruder'"
        )).scalar()
    engine.dispose()
    assert tables == 0
    return rows


@pytest.mark.postgres
def test_postgresql_session_is_read_only(make_pg_database):
    url = make_pg_database("CREATE TABLE kept (id int)", "INSERT INTO kept VALUES (1)")
    errors = attempt_writes(url)
    assert all("read-only transaction" in e for e in errors), errors
    assert rows_of_kept(url) == [(1,)]


@pytest.mark.mysql
@pytest.mark.parametrize("query", ["", "&autocommit=true", "&init_command=SET%20SESSION%20TRANSACTION%20READ%20WRITE"])
def test_mysql_session_is_read_only(make_mysql_database, query):
    url = make_mysql_database("CREATE TABLE kept (id int)", "INSERT INTO kept VALUES (1)")
    errors = attempt_writes(url + query)  # URL options cannot undo the read-only session either
    assert all("READ ONLY transaction" in e for e in errors), errors
    assert rows_of_kept(url) == [(1,)]


def test_sqlite_file_is_opened_read_only(make_sqlite_database):
    url = make_sqlite_database("CREATE TABLE kept (id int)", "INSERT INTO kept VALUES (1)")
    errors = attempt_writes(url)
    assert all("readonly" in e or "read-only" in e or "query_only" in e for e in errors), errors
    assert rows_of_kept(url) == [(1,)]
    # query_only holds even if the file could be opened for writing
    connector = SqlConnector(url, ScanOptions())
    with connector.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA query_only").scalar() == 1
    connector.close()


def scanned(url: str, timeout: float = 1.0):
    started = time.monotonic()
    source_scan, _ = scan_source(url, None, ScanOptions(sample_size=50, statement_timeout=timeout))
    return source_scan, {t.table.split(".")[-1]: t for t in source_scan.tables}, time.monotonic() - started


def assert_timed_out(source_scan, tables, seconds, words: tuple[str, ...]):
    slow = tables["slow"]
    assert slow.status == "error" and "\n" not in slow.error, slow
    assert slow.error.startswith("cannot sample ") and any(w in slow.error for w in words), slow.error
    assert tables["fast"].status == "ok" and tables["fast"].rows_sampled == 3
    assert source_scan.status == "partial"
    assert seconds < 8, seconds  # the slow view sleeps 20 s


@pytest.mark.postgres
def test_postgresql_statement_timeout_fails_only_the_slow_view(make_pg_database):
    url = make_pg_database("CREATE TABLE fast AS SELECT generate_series(1, 3) AS id",
                           "CREATE VIEW slow AS SELECT pg_sleep(20)::text AS pause, 1 AS id")
    assert_timed_out(*scanned(url), words=("statement timeout",))


@pytest.mark.mysql
def test_mysql_statement_timeout_fails_only_the_slow_view(make_mysql_database):
    url = make_mysql_database("CREATE TABLE fast (id int)", "INSERT INTO fast VALUES (1), (2), (3)",
                              "CREATE VIEW slow AS SELECT SLEEP(20) AS pause, 1 AS id")
    assert_timed_out(*scanned(url), words=("max_statement_time",))


def test_sqlite_statement_timeout_fails_only_the_slow_view(make_sqlite_database):
    url = make_sqlite_database(
        "CREATE TABLE fast (id int)", "INSERT INTO fast VALUES (1), (2), (3)",
        "CREATE VIEW slow AS WITH RECURSIVE s(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM s WHERE g < 2000000000) "
        "SELECT max(g) AS id FROM s")
    assert_timed_out(*scanned(url), words=("statement timeout",))


@pytest.mark.parametrize("statement", ["PRAGMA query_only = OFF", "ATTACH DATABASE ':memory:' AS other"])
def test_sqlite_cannot_be_switched_back_to_writing(make_sqlite_database, statement):
    url = make_sqlite_database("CREATE TABLE kept (id int)", "INSERT INTO kept VALUES (1)")
    connector = SqlConnector(url, ScanOptions())
    with connector.engine.connect() as conn:
        try:
            conn.exec_driver_sql(statement)
        except Exception:  # noqa: BLE001 - refusing is fine too
            pass
        with pytest.raises(Exception) as raised:
            conn.exec_driver_sql("INSERT INTO kept VALUES (2)")
    connector.close()
    assert "readonly" in str(raised.value) or "query_only" in str(raised.value)
    path = url.replace("sqlite:///", "")
    assert sqlite3.connect(path).execute("SELECT count(*) FROM kept").fetchone() == (1,)


@pytest.mark.postgres
def test_no_row_reaches_a_log_even_at_debug(make_pg_database, caplog):
    canary = "canary.4f9e1c@example.fi"
    url = make_pg_database("CREATE TABLE people (email text)", f"INSERT INTO people VALUES ('{canary}')")
    caplog.set_level(logging.DEBUG)  # the root logger at DEBUG, as an embedding application might set it
    source_scan, findings = scan_source(url, None, ScanOptions())
    assert source_scan.tables_scanned == 1 and findings
    assert canary not in caplog.text and canary.split("@")[0] not in caplog.text


@pytest.mark.postgres
def test_postgresql_url_options_cannot_undo_read_only(make_pg_database):
    url = make_pg_database("CREATE TABLE kept (id int)", "INSERT INTO kept VALUES (1)")
    sneaky = url + "?options=-c%20default_transaction_read_only%3Doff%20-c%20statement_timeout%3D0%20" \
                   "-c%20application_name%3Dmine"
    connector = SqlConnector(sneaky, ScanOptions(statement_timeout=7))
    with connector.engine.connect() as conn:
        settings = conn.execute(text("SELECT current_setting('default_transaction_read_only'), "
                                     "current_setting('statement_timeout')")).one()
    connector.close()
    assert tuple(settings) == ("on", "7s")
    assert attempt_writes(sneaky)[0]  # the INSERT failed
    assert rows_of_kept(url) == [(1,)]
