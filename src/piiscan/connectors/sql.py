"""Database connector through SQLAlchemy: PostgreSQL (psycopg), MySQL/MariaDB (PyMySQL), SQLite.

Every session is read-only at the server and has a statement timeout:

- PostgreSQL: ``default_transaction_read_only=on`` and ``statement_timeout`` as connection options;
- MySQL/MariaDB: ``SET SESSION TRANSACTION READ ONLY`` and ``max_statement_time`` (MariaDB) or
  ``max_execution_time`` (MySQL) on connect;
- SQLite: the file is opened ``mode=ro`` with ``PRAGMA query_only``, and a progress handler
  enforces the timeout.

Sampling never sorts a big table: PostgreSQL uses ``TABLESAMPLE SYSTEM`` sized from the catalog's
row estimate, MySQL random primary-key ranges, SQLite random rowids; small tables (under
``SMALL_TABLE_FACTOR`` x the sample size) are sampled with ``ORDER BY random()``.
"""

from __future__ import annotations

import random
import time
from typing import Any

from piiscan.connectors import mask_source
from piiscan.connectors.base import Sample, ScanOptions, TableRef
from piiscan.errors import SourceError

SMALL_TABLE_FACTOR = 10
_SYSTEM_SCHEMAS = ("pg_catalog", "information_schema", "pg_toast", "mysql", "performance_schema", "sys")


def mask_url(spec: str) -> str:
    return mask_source(spec)


def glob_to_like(pattern: str) -> str:
    """'public.*' -> 'public.%' (SQL LIKE, with LIKE's own wildcards escaped)."""
    out = pattern.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return out.replace("*", "%").replace("?", "_")


def short_error(exc: BaseException) -> str:
    """One line that says what went wrong, from the driver's message, without SQL or parameters."""
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
    # PyMySQL: (1045, "Access denied ...") -> Access denied ...
    if text.startswith("(") and ", " in text:
        text = text.split(", ", 1)[1].rstrip(")").strip("\"'")
    return text[:300]


class SqlConnector:
    """One database URL."""

    def __init__(self, spec: str, options: ScanOptions):
        from sqlalchemy import create_engine, event
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        self.spec = spec
        self.source = mask_source(spec)
        self.options = options
        try:
            url = make_url(spec)
        except ArgumentError:
            raise SourceError("not a valid database URL", self.source) from None
        backend = url.get_backend_name()
        self.kind = {"postgresql": "postgresql", "mysql": "mysql", "mariadb": "mysql", "sqlite": "sqlite"}[backend]
        timeout_ms = int(options.statement_timeout * 1000)
        connect_args: dict[str, Any] = {}
        if self.kind == "postgresql":
            if url.drivername == "postgresql":
                url = url.set(drivername="postgresql+psycopg")
            connect_args = {
                "options": f"-c default_transaction_read_only=on -c statement_timeout={timeout_ms}",
                "connect_timeout": 10, "application_name": "piiscan",
            }
        elif self.kind == "mysql":
            if "+" not in url.drivername:
                url = url.set(drivername=f"{url.drivername}+pymysql")
            connect_args = {"connect_timeout": 10, "read_timeout": max(5, int(options.statement_timeout) + 5)}
        else:
            url = self._read_only_sqlite_url(url)
        self.url = url
        self.engine = create_engine(url, connect_args=connect_args, poolclass=None if self.kind != "sqlite" else None,
                                    pool_pre_ping=False)
        if self.kind == "mysql":
            event.listen(self.engine, "connect", self._mysql_session)
        elif self.kind == "sqlite":
            event.listen(self.engine, "connect", self._sqlite_session)
        self._is_mariadb: bool | None = None
        self._check_connection()

    # -- sessions -------------------------------------------------------------------------------

    @staticmethod
    def _read_only_sqlite_url(url):
        import os
        from pathlib import Path

        database = url.database or ""
        if not database or database == ":memory:":
            raise SourceError("an in-memory SQLite database has nothing to scan", str(url))
        if not os.path.exists(database):
            raise SourceError("SQLite file not found", database)
        uri = Path(database).resolve().as_uri() + "?mode=ro"
        return url.set(database=uri, query={"uri": "true"})

    def _mysql_session(self, dbapi_connection, _record) -> None:
        seconds = self.options.statement_timeout
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SELECT VERSION()")
            version = str(cursor.fetchone()[0])
            self._is_mariadb = "mariadb" in version.lower()
            cursor.execute("SET SESSION TRANSACTION READ ONLY")
            if self._is_mariadb:
                cursor.execute(f"SET SESSION max_statement_time = {float(seconds)}")
            else:
                cursor.execute(f"SET SESSION max_execution_time = {int(seconds * 1000)}")

    def _sqlite_session(self, dbapi_connection, _record) -> None:
        dbapi_connection.execute("PRAGMA query_only = ON")
        deadline_holder = {"start": time.monotonic()}
        limit = self.options.statement_timeout

        def abort_when_late() -> int:
            return 1 if time.monotonic() - deadline_holder["start"] > limit else 0

        self._sqlite_clock = deadline_holder
        dbapi_connection.set_progress_handler(abort_when_late, 10000)

    def _check_connection(self) -> None:
        from sqlalchemy import text

        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except Exception as exc:  # noqa: BLE001 - every driver error becomes one clear line
            raise SourceError(f"cannot connect: {short_error(exc)}", self.source) from None

    def _connect(self):
        if self.kind == "sqlite" and hasattr(self, "_sqlite_clock"):
            self._sqlite_clock["start"] = time.monotonic()
        conn = self.engine.connect()
        if self.kind == "sqlite":
            self._sqlite_clock["start"] = time.monotonic()
        return conn

    # -- listing --------------------------------------------------------------------------------

    def list_tables(self) -> list[TableRef]:
        from sqlalchemy import text

        sql, params = self._catalog_query()
        try:
            with self._connect() as conn:
                rows = conn.execute(text(sql), params).fetchall()
        except Exception as exc:  # noqa: BLE001
            raise SourceError(f"cannot list tables: {short_error(exc)}", self.source) from None
        tables = []
        for schema, name, kind, estimate in rows:
            display = f"{schema}.{name}" if schema else name
            est = int(estimate) if estimate is not None and float(estimate) >= 0 else None
            tables.append(TableRef(display, schema, name, "view" if "VIEW" in str(kind).upper() else "table", est))
        return tables

    def _filters(self, full_name: str, params: dict[str, Any]) -> str:
        clauses = []
        escape = " ESCAPE '\\\\'" if self.kind == "mysql" else " ESCAPE '\\'"
        if self.options.include:
            ors = []
            for i, pattern in enumerate(self.options.include):
                params[f"inc{i}"] = glob_to_like(pattern)
                ors.append(f"{full_name} LIKE :inc{i}{escape}")
            clauses.append("(" + " OR ".join(ors) + ")")
        for i, pattern in enumerate(self.options.exclude):
            params[f"exc{i}"] = glob_to_like(pattern)
            clauses.append(f"{full_name} NOT LIKE :exc{i}{escape}")
        return "".join(f" AND {c}" for c in clauses)

    def _catalog_query(self) -> tuple[str, dict[str, Any]]:
        params: dict[str, Any] = {}
        if self.kind == "postgresql":
            full = "(n.nspname || '.' || c.relname)"
            sql = (
                "SELECT n.nspname, c.relname, CASE WHEN c.relkind IN ('v','m') THEN 'VIEW' ELSE 'TABLE' END, "
                "c.reltuples FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE c.relkind IN ('r','p','v','m','f') AND n.nspname NOT IN ('pg_catalog','information_schema') "
                "AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%' "
                "AND NOT c.relispartition AND has_schema_privilege(n.oid, 'USAGE')"
                + self._filters(full, params) + " ORDER BY 1, 2"
            )
        elif self.kind == "mysql":
            full = "CONCAT(table_schema, '.', table_name)"
            schema_filter = "table_schema = DATABASE()" if self.url.database else \
                "table_schema NOT IN ('mysql','information_schema','performance_schema','sys')"
            sql = (
                "SELECT table_schema, table_name, table_type, table_rows FROM information_schema.tables "
                f"WHERE {schema_filter}" + self._filters(full, params) + " ORDER BY 1, 2"
            )
        else:
            full = "name"
            sql = (
                "SELECT NULL, name, type, NULL FROM sqlite_master WHERE type IN ('table','view') "
                "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'" + self._filters(full, params) + " ORDER BY 2"
            )
        return sql, params

    # -- sampling -------------------------------------------------------------------------------

    def quote(self, table: TableRef) -> str:
        preparer = self.engine.dialect.identifier_preparer
        name = preparer.quote_identifier(table.table)
        return f"{preparer.quote_identifier(table.schema)}.{name}" if table.schema else name

    def sample(self, table: TableRef) -> Sample:
        import pandas as pd
        from sqlalchemy import text

        n = self.options.sample_size
        try:
            with self._connect() as conn:
                sql, params, method, estimate = self._sampling_plan(conn, table, n)
                result = conn.execute(text(sql), params)
                frame = pd.DataFrame(result.fetchall(), columns=list(result.keys()))
                if method.startswith("tablesample") and len(frame) < min(n, estimate or 0) // 2:
                    # the estimate was stale or the sampled blocks were sparse: fall back to the first rows
                    method = "first rows (tablesample came back short)"
                    result = conn.execute(text(f"SELECT * FROM {self.quote(table)} LIMIT :n"), {"n": n})
                    frame = pd.DataFrame(result.fetchall(), columns=list(result.keys()))
                conn.rollback()
        except SourceError:
            raise
        except Exception as exc:  # noqa: BLE001
            raise SourceError(f"cannot sample {table.name}: {short_error(exc)}", self.source) from None
        return Sample(frame.head(n), method, estimate)

    def _sampling_plan(self, conn, table: TableRef, n: int) -> tuple[str, dict[str, Any], str, int | None]:
        from sqlalchemy import text

        quoted = self.quote(table)
        estimate = table.rows_estimated
        if self.kind == "sqlite" and table.kind == "table":
            max_rowid = conn.execute(text(f"SELECT max(rowid) FROM {quoted}")).scalar()
            estimate = int(max_rowid or 0)
        if table.kind == "view":
            return f"SELECT * FROM {quoted} LIMIT :n", {"n": n}, "first rows (view)", estimate
        small = estimate is None or estimate <= SMALL_TABLE_FACTOR * n
        if self.kind == "postgresql":
            if small:
                return f"SELECT * FROM {quoted} ORDER BY random() LIMIT :n", {"n": n}, "order by random()", estimate
            percent = min(100.0, 100.0 * n * 3 / max(1, estimate))
            return (f"SELECT * FROM {quoted} TABLESAMPLE SYSTEM ({percent:.6f}) LIMIT :n", {"n": n},
                    f"tablesample system ({percent:.4g}%)", estimate)
        if self.kind == "mysql":
            if small:
                return f"SELECT * FROM {quoted} ORDER BY RAND() LIMIT :n", {"n": n}, "order by rand()", estimate
            pk = self._integer_primary_key(conn, table)
            if pk is None:
                return f"SELECT * FROM {quoted} LIMIT :n", {"n": n}, "first rows (no integer primary key)", estimate
            return self._pk_ranges(conn, quoted, pk, n) + (estimate,)
        if small:
            return f"SELECT * FROM {quoted} ORDER BY random() LIMIT :n", {"n": n}, "order by random()", estimate
        rowids = random.Random(0).sample(range(1, estimate + 1), min(estimate, int(n * 1.5)))
        ids = ",".join(map(str, rowids))
        return f"SELECT * FROM {quoted} WHERE rowid IN ({ids}) LIMIT :n", {"n": n}, "random rowids", estimate

    def _integer_primary_key(self, conn, table: TableRef) -> str | None:
        from sqlalchemy import text

        rows = conn.execute(text(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = :s "
            "AND table_name = :t AND column_key = 'PRI'"), {"s": table.schema, "t": table.table}).fetchall()
        if len(rows) == 1 and "int" in str(rows[0][1]).lower():
            return str(rows[0][0])
        return None

    def _pk_ranges(self, conn, quoted: str, pk: str, n: int, ranges: int = 10) -> tuple[str, dict[str, Any], str]:
        from sqlalchemy import text

        qpk = self.engine.dialect.identifier_preparer.quote_identifier(pk)
        low, high = conn.execute(text(f"SELECT MIN({qpk}), MAX({qpk}) FROM {quoted}")).one()
        if low is None:
            return f"SELECT * FROM {quoted} LIMIT :n", {"n": n}, "first rows"
        rng = random.Random(0)
        starts = sorted(rng.randint(int(low), int(high)) for _ in range(ranges))
        per = -(-n // ranges)
        parts = [f"(SELECT * FROM {quoted} WHERE {qpk} >= :s{i} ORDER BY {qpk} LIMIT {per})" for i in range(ranges)]
        params = {f"s{i}": s for i, s in enumerate(starts)}
        return " UNION ALL ".join(parts), params, f"primary-key ranges ({ranges} x {per} rows)"

    def close(self) -> None:
        self.engine.dispose()
