"""Sampling from several threads: a bounded number of connections, and per-connection timeouts."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import create_engine, text

from piiscan.connectors.base import ScanOptions
from piiscan.connectors.sql import SqlConnector
from piiscan.errors import SourceError
from piiscan.pipeline import scan_source
from tests.conftest import PG_ADMIN_URL

SLOW_VIEW = ("CREATE VIEW slow AS WITH RECURSIVE s(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM s "
             "WHERE g < 300000000) SELECT max(g) AS id FROM s")


def test_sqlite_timeout_clock_belongs_to_each_connection(make_sqlite_database):
    """Other threads starting statements must not keep a slow statement alive past its timeout."""
    url = make_sqlite_database("CREATE TABLE fast (id int)", "INSERT INTO fast VALUES (1), (2)", SLOW_VIEW)
    connector = SqlConnector(url, ScanOptions(statement_timeout=1.0, sample_size=10))
    tables = {t.name: t for t in connector.list_tables()}
    stop = threading.Event()
    fast_samples = []

    def keep_sampling_fast_table() -> None:
        while not stop.is_set():
            fast_samples.append(len(connector.sample(tables["fast"]).frame))

    workers = [threading.Thread(target=keep_sampling_fast_table) for _ in range(2)]
    for worker in workers:
        worker.start()
    started = time.monotonic()
    try:
        with pytest.raises(SourceError, match="statement timeout"):
            connector.sample(tables["slow"])
    finally:
        elapsed = time.monotonic() - started
        stop.set()
        for worker in workers:
            worker.join()
        connector.close()
    assert elapsed < 4, elapsed
    assert len(fast_samples) > 10 and set(fast_samples) == {2}


@pytest.mark.postgres
def test_threads_share_a_bounded_pool(make_pg_database):
    url = make_pg_database(*[f"CREATE VIEW v{i} AS SELECT pg_sleep(0.3)::text AS pause, {i} AS id" for i in range(12)])
    database = url.rsplit("/", 1)[1]
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    seen: list[int] = []
    stop = threading.Event()

    def count_backends() -> None:
        with admin.connect() as conn:
            while not stop.is_set():
                seen.append(conn.execute(text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = :db AND application_name = 'piiscan'"),
                    {"db": database}).scalar())
                time.sleep(0.02)

    watcher = threading.Thread(target=count_backends)
    watcher.start()
    try:
        source_scan, _ = scan_source(url, None, ScanOptions(), jobs=4)
    finally:
        stop.set()
        watcher.join()
        admin.dispose()
    assert source_scan.status == "ok" and source_scan.tables_scanned == 12
    assert 2 <= max(seen) <= 4, seen  # concurrent, and never more connections than sampling threads


@pytest.mark.mysql
def test_concurrent_and_serial_scans_agree(make_mysql_database):
    url = make_mysql_database(*[f"CREATE TABLE t{i} (id INT PRIMARY KEY, email TEXT)" for i in range(8)],
                              *[f"INSERT INTO t{i} SELECT seq, CONCAT('user', seq, '@example.fi') FROM seq_1_to_{50 + i}"
                                for i in range(8)])
    serial, serial_findings = scan_source(url, None, ScanOptions(sample_size=20), jobs=1)
    parallel, parallel_findings = scan_source(url, None, ScanOptions(sample_size=20), jobs=4)
    shape = [(t.table, t.status, t.sample_method, t.rows_sampled) for t in serial.tables]
    assert shape == [(t.table, t.status, t.sample_method, t.rows_sampled) for t in parallel.tables]
    assert sorted((f.table, f.column, f.category) for f in serial_findings) == \
        sorted((f.table, f.column, f.category) for f in parallel_findings)
    assert len(serial_findings) >= 8
