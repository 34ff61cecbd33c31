"""Sampling cost benchmark: a 10M-row table against a 100k-row one, on each SQL engine.

    python -m piiscan.connectors.sql_bench [--engines postgresql,mysql,sqlite] [--big 10000000]

For every engine it creates its own database (PostgreSQL and MariaDB: ``piiscan_sqlbench_<random>``
on the local servers; SQLite: a temporary file), builds both tables server-side
(``generate_series``, MariaDB's ``seq_1_to_N``, a recursive CTE), analyzes them, times
``SqlConnector.sample`` (1,000 rows; one warm-up, then the best of five) and drops the database.
It prints seconds per sample, the method each table got, and the ratio big/small; the target of
issue #8 is a ratio of at most 2. A benchmark, not a test: its figures depend on the machine.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
import uuid

PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
MYSQL_ADMIN = "mysql+pymysql://root@127.0.0.1:3306/"
SMALL_ROWS = 100_000
ROUNDS = 5


def _execute(url: str, statements: list[str], autocommit: bool = False) -> None:
    from sqlalchemy import create_engine

    engine = create_engine(url, isolation_level="AUTOCOMMIT") if autocommit else create_engine(url)
    with engine.begin() as conn:
        for statement in statements:
            conn.exec_driver_sql(statement)
    engine.dispose()


def _tables_sql(kind: str, big: int) -> list[str]:
    """Statements that build t_small and t_big with an id key, an e-mail, an amount and a time."""
    statements = []
    for name, rows in (("t_small", SMALL_ROWS), ("t_big", big)):
        if kind == "postgresql":
            statements += [
                f"CREATE TABLE {name} AS SELECT i AS id, 'user' || i || '@example.fi' AS email, mod(i, 1000) AS amount, "
                f"timestamp '2024-01-01' + i * interval '1 second' AS created FROM generate_series(1, {rows}) i",
                f"ALTER TABLE {name} ADD PRIMARY KEY (id)", f"ANALYZE {name}"]
        elif kind == "mysql":
            statements += [
                f"CREATE TABLE {name} (id INT PRIMARY KEY, email VARCHAR(40), amount INT, created DATETIME)",
                f"INSERT INTO {name} SELECT seq, CONCAT('user', seq, '@example.fi'), MOD(seq, 1000), "
                f"TIMESTAMP '2024-01-01 00:00:00' + INTERVAL seq SECOND FROM seq_1_to_{rows}",
                f"ANALYZE TABLE {name}"]
        else:
            statements += [
                f"CREATE TABLE {name} (id INTEGER PRIMARY KEY, email TEXT, amount INT, created TEXT)",
                f"INSERT INTO {name} WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < {rows}) "
                f"SELECT i, 'user' || i || '@example.fi', i % 1000, datetime(1704067200 + i, 'unixepoch') FROM s"]
    return statements


def _create(kind: str, big: int) -> tuple[str, str]:
    """(URL of a new database holding both tables, name to drop afterwards)."""
    name = f"piiscan_sqlbench_{uuid.uuid4().hex[:8]}"
    if kind == "postgresql":
        _execute(PG_ADMIN, [f'CREATE DATABASE "{name}"'], autocommit=True)
        url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    elif kind == "mysql":
        _execute(MYSQL_ADMIN, [f"CREATE DATABASE `{name}`"], autocommit=True)
        url = f"mysql+pymysql://root@127.0.0.1:3306/{name}"
    else:
        name = os.path.join(tempfile.gettempdir(), f"{name}.sqlite")
        url = f"sqlite:///{name}"
    _execute(url, _tables_sql(kind, big))
    return url, name


def _drop(kind: str, name: str) -> None:
    if kind == "postgresql":
        _execute(PG_ADMIN, [f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'], autocommit=True)
    elif kind == "mysql":
        _execute(MYSQL_ADMIN, [f"DROP DATABASE IF EXISTS `{name}`"], autocommit=True)
    elif os.path.exists(name):
        os.remove(name)


def measure(kind: str, big: int, sample_size: int = 1000) -> dict[str, tuple[float, str, int]]:
    """Best seconds, method and rows of sampling each table of a freshly built database."""
    from piiscan.connectors.base import ScanOptions
    from piiscan.connectors.sql import SqlConnector

    started = time.perf_counter()
    url, name = _create(kind, big)
    print(f"{kind}: built in {time.perf_counter() - started:.0f} s", flush=True)
    try:
        connector = SqlConnector(url, ScanOptions(sample_size=sample_size))
        figures = {}
        for table in connector.list_tables():
            connector.sample(table)  # warm-up: catalog and first blocks cached, as in a real scan
            best = float("inf")
            for _ in range(ROUNDS):
                t0 = time.perf_counter()
                sample = connector.sample(table)
                best = min(best, time.perf_counter() - t0)
            figures[table.table] = (best, sample.method, len(sample.frame))
        connector.close()
        return figures
    finally:
        _drop(kind, name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engines", default="postgresql,mysql,sqlite")
    parser.add_argument("--big", type=int, default=10_000_000, help="rows of the big table")
    args = parser.parse_args(argv)
    worst = 0.0
    for kind in args.engines.split(","):
        figures = measure(kind, args.big)
        small, large = figures["t_small"], figures["t_big"]
        ratio = large[0] / small[0]
        worst = max(worst, ratio)
        for label, (seconds, method, rows) in (("100k", small), (f"{args.big // 1_000_000}M", large)):
            print(f"  {label:>5}: {seconds * 1000:8.1f} ms  {rows:5} rows  {method}")
        print(f"  ratio big/small: {ratio:.2f} (target <= 2)", flush=True)
    return 0 if worst <= 2 else 1


if __name__ == "__main__":
    raise SystemExit(main())
