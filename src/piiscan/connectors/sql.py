"""Database connector through SQLAlchemy: PostgreSQL (psycopg), MySQL/MariaDB (PyMySQL), SQLite.

One :class:`SqlConnector` per database URL. It lists the tables and views of every schema the user
can read (sql_catalog.py), samples each without reading a big table in full (sampling.py), on
read-only, time-limited sessions (sql_session.py). It is safe to call ``sample`` from several
threads: each call takes its own connection from a bounded pool.

Every failure leaves as one :class:`~piiscan.errors.SourceError` line that names the source (never
its password) and, for a table, the table; driver messages are cut to their first line and any
quoted value in them is blanked, so no cell value reaches an error.

>>> short_error(ValueError("boom\\nLINE 1: SELECT ..."))
'boom'
>>> short_error(ValueError('invalid input syntax for type integer: "131052-308T"'))
'invalid input syntax for type integer: "..."'
>>> short_error(ValueError("Can't connect to MySQL server: password y was rejected"), secret="y")
"Can't connect to MySQL server: password *** was rejected"
"""

from __future__ import annotations

import re
from typing import Callable, TypeVar
from piiscan.connectors import mask_source
from piiscan.connectors.base import Sample, ScanOptions, TableRef
from piiscan.connectors.sampling import SMALL_TABLE_FACTOR, Plan, Sampler
from piiscan.connectors.sql_catalog import (CatalogEntry, catalog_query, column_select_list, entry_from_row,
                                            leads_an_index)
from piiscan.connectors.sql_session import create_read_only_engine, engine_kind
from piiscan.errors import SourceError

T = TypeVar("T")
# Quoted literals after words that introduce a value in driver messages (PostgreSQL, MySQL).
_VALUE_IN_MESSAGE = re.compile(r"""((?:value|type \w+|for key)\s*:?\s*)("[^"]*"|'[^']*')""", re.IGNORECASE)


def short_error(exc: BaseException, secret: str | None = None) -> str:
    """One line that says what went wrong, from the driver's message, without SQL, values or secret."""
    orig = getattr(exc, "orig", None) or exc
    args = getattr(orig, "args", ())
    if len(args) >= 2 and isinstance(args[0], int) and isinstance(args[1], str):
        text = args[1]  # PyMySQL: (code, message)
    else:
        text = str(orig)
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    line = lines[0] if lines else type(orig).__name__
    if line == "interrupted":  # SQLite's progress handler stopped the statement
        line = "statement timeout (interrupted)"
    line = _VALUE_IN_MESSAGE.sub(lambda m: m.group(1) + m.group(2)[0] + "..." + m.group(2)[0], line)
    line = " ".join(line.split())
    if secret:  # drivers do not echo passwords; should one ever do, it is blanked here
        line = re.sub(rf"(?<![A-Za-z0-9]){re.escape(secret)}(?![A-Za-z0-9])", "***", line)
    return line[:300]


def _is_disconnect(exc: BaseException) -> bool:
    return bool(getattr(exc, "connection_invalidated", False))


class SqlConnector:
    """One database URL: list its tables, sample them, close."""

    def __init__(self, spec: str, options: ScanOptions):
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        self.source = mask_source(spec)
        self.options = options
        try:
            url = make_url(spec)
            self.kind = engine_kind(url.get_backend_name())
        except (ArgumentError, KeyError, ValueError):
            raise SourceError("not a valid database URL", self.source) from None
        self._secret = url.password if url.password else None
        self.database = url.database
        try:
            self.engine = create_read_only_engine(url, self.kind, options, self.source)
        except SourceError:
            raise
        except Exception as exc:  # noqa: BLE001 - e.g. a URL option the driver does not know
            raise self._fail("cannot open", exc) from None
        self._catalog: dict[str, CatalogEntry] = {}
        self._check_connection()

    def _fail(self, what: str, exc: BaseException) -> SourceError:
        return SourceError(f"{what}: {short_error(exc, self._secret)}", self.source)

    def _check_connection(self) -> None:
        from sqlalchemy import text

        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except Exception as exc:  # noqa: BLE001 - every driver error becomes one clear line
            self.engine.dispose()
            raise self._fail("cannot connect", exc) from None

    def quote(self, name: str) -> str:
        """An identifier quoted for this engine (spaces, quotes, reserved words, ä and ö are fine)."""
        return self.engine.dialect.identifier_preparer.quote_identifier(name)

    def _quoted_table(self, entry: CatalogEntry) -> str:
        return f"{self.quote(entry.schema)}.{self.quote(entry.table)}" if entry.schema else self.quote(entry.table)

    # -- listing --------------------------------------------------------------------------------

    def list_tables(self) -> list[TableRef]:
        """Tables and views of every readable schema that pass the include/exclude globs."""
        from sqlalchemy import text

        sql, params = catalog_query(self.kind, self.database, self.options.include, self.options.exclude)

        def read_catalog() -> list:
            with self.engine.connect() as conn:
                rows = conn.execute(text(sql), params).fetchall()
                conn.rollback()
            return rows

        rows = self._once_more_if_disconnected(read_catalog, "cannot list tables")
        tables = []
        for row in sorted(rows, key=lambda r: (str(r[0] or ""), str(r[1]))):  # one order on every engine
            entry = entry_from_row(self.kind, tuple(row))
            self._catalog[entry.display] = entry
            tables.append(TableRef(entry.display, entry.schema, entry.table, entry.kind, entry.rows_estimated))
        return tables

    # -- sampling -------------------------------------------------------------------------------

    def sample(self, table: TableRef) -> Sample:
        """Up to ``options.sample_size`` rows of one table; a dropped connection is retried once."""
        entry = self._catalog.get(table.name) or CatalogEntry(
            table.schema, table.table or table.name, table.kind, rows_estimated=table.rows_estimated)
        return self._once_more_if_disconnected(lambda: self._sample(entry), f"cannot sample {table.name}")

    def _once_more_if_disconnected(self, work: Callable[[], T], what: str) -> T:
        """`work()`, retried once when the connection died under it (server restarted, backend
        killed): the pool has then dropped its connections and a fresh one may work. Any other
        failure, or a second one, becomes one SourceError line."""
        for attempt in (1, 2):
            try:
                return work()
            except SourceError:
                raise
            except Exception as exc:  # noqa: BLE001 - every driver error becomes one clear line
                if attempt == 2 or not _is_disconnect(exc):
                    raise self._fail(what, exc) from None
        raise AssertionError("the loop returns or raises")

    def _sample(self, entry: CatalogEntry) -> Sample:
        import pandas as pd
        from sqlalchemy import text

        n = self.options.sample_size
        with self.engine.connect() as conn:
            columns = column_select_list(conn, self.kind, entry, self.quote)
            quoted = self._quoted_table(entry)
            if not columns:
                # no visible columns, or the table is gone: this raises "does not exist" if it is
                conn.execute(text(f"SELECT 1 FROM {quoted} LIMIT 1")).fetchall()
                conn.rollback()
                return Sample(pd.DataFrame(), "no columns", entry.rows_estimated)
            plan = Sampler(self.kind, conn, quoted, columns, self.quote).sample(entry, n)
            names = [name for name, _ in columns]
            frame = pd.DataFrame.from_records(plan.rows, columns=names, nrows=n) if plan.rows else \
                pd.DataFrame({name: pd.Series([], dtype=object) for name in names})
            frame, method = self._meta_aware(conn, entry, quoted, frame, plan)
            conn.rollback()
        return Sample(frame, method, plan.rows_estimated)

    def _meta_aware(self, conn, entry: CatalogEntry, quoted: str, frame, plan: Plan):
        """A key/value meta table (wp_postmeta...) re-sampled key by key, when that is cheap: the
        table is small or its key column leads an index. Otherwise the random sample stands."""
        from piiscan.meta import meta_aware_sample, meta_columns

        pair = meta_columns(frame)
        if pair is None or entry.kind == "view":
            return frame, plan.method
        estimate = plan.rows_estimated
        small = estimate is not None and estimate <= SMALL_TABLE_FACTOR * self.options.sample_size
        if not small and not leads_an_index(conn, self.kind, entry, pair[0], quoted):
            return frame, f"{plan.method}; meta keys not indexed, not re-sampled by key"
        meta_frame, how = meta_aware_sample(conn, quoted, self.quote, frame)
        return meta_frame, f"{plan.method}; {how}" if how else plan.method

    def close(self) -> None:
        self.engine.dispose()
