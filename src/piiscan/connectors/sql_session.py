"""Read-only database sessions: the engine every SQL scan runs on.

Every session is read-only at the server and every statement has a time limit:

- PostgreSQL: ``default_transaction_read_only=on`` and ``statement_timeout`` as connection options
  (the server applies them before piiscan sends anything);
- MySQL/MariaDB: ``SET SESSION TRANSACTION READ ONLY`` and ``max_statement_time`` (MariaDB) or
  ``max_execution_time`` (MySQL) when a connection is opened, plus the driver's read timeout;
- SQLite: the file is opened ``mode=ro`` with ``PRAGMA query_only``, and a progress handler aborts a
  statement that runs longer than the timeout. Its clock belongs to the connection and is reset
  before each statement, so threads sharing the pool never reset each other's clock.

Connections open lazily and each sampling thread holds at most one, so the pipeline's number of
sampling threads (``--max-connections``) is the number of connections a source gets; the pool's
own ceiling, ``MAX_CONNECTIONS``, only stops a runaway caller (more threads than that wait).
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from piiscan.connectors.base import ScanOptions
from piiscan.errors import SourceError

MAX_CONNECTIONS = 32  # the CLI's --max-connections allows up to 32
CONNECT_TIMEOUT_SECONDS = 10
SQLITE_PROGRESS_STEPS = 10000  # SQLite VM steps between two looks at the clock
_CLOCK = "piiscan_statement_started"
DRIVERS = {"postgresql": "postgresql+psycopg", "sqlite": "sqlite"}  # MySQL/MariaDB: PyMySQL


def engine_kind(backend: str) -> str:
    """'postgresql', 'mysql' or 'sqlite' for a SQLAlchemy backend name."""
    return {"postgresql": "postgresql", "mysql": "mysql", "mariadb": "mysql", "sqlite": "sqlite"}[backend]


def create_read_only_engine(url, kind: str, options: ScanOptions, display: str):
    """A SQLAlchemy engine whose every connection is read-only and time-limited."""
    from sqlalchemy import create_engine, event

    timeout_ms = max(1, int(options.statement_timeout * 1000))
    connect_args: dict[str, Any] = {}
    # piiscan ships one synchronous driver per engine: a URL naming another (psycopg2, mysqldb,
    # asyncpg...) is read with it, since the URL format is the same.
    driver = f"{url.get_backend_name()}+pymysql" if kind == "mysql" else DRIVERS[kind]  # mysql or mariadb
    url = url.set(drivername=driver)
    if kind == "postgresql":
        # the user's own options (search_path...) are kept; ours come last, so they win
        user_options = str(url.query.get("options", "")).strip()
        connect_args = {
            "options": f"{user_options} -c default_transaction_read_only=on -c statement_timeout={timeout_ms}".strip(),
            "connect_timeout": CONNECT_TIMEOUT_SECONDS, "application_name": "piiscan",
        }
    elif kind == "mysql":
        connect_args = {"connect_timeout": CONNECT_TIMEOUT_SECONDS,
                        "read_timeout": max(5, int(options.statement_timeout) + 5)}
    else:
        url = _read_only_sqlite_url(url, display)
        # Connections move between the sampling threads (never used by two at once).
        connect_args = {"check_same_thread": False}
    engine = create_engine(
        url, connect_args=connect_args, pool_size=MAX_CONNECTIONS, max_overflow=0,
        hide_parameters=True,  # parameters (meta keys, rowids) stay out of any SQLAlchemy message
        # a thread waiting for a connection waits at most for statements that have their own timeout
        pool_timeout=max(60.0, 4 * options.statement_timeout),
        # No pre-ping round trip per table: a connection found dead invalidates the pool and the
        # connector retries the table once on a fresh one (SqlConnector.sample).
    )
    if kind == "mysql":
        event.listen(engine, "connect", _mysql_session(options.statement_timeout))
    elif kind == "sqlite":
        event.listen(engine, "connect", _sqlite_session(options.statement_timeout))
        event.listen(engine, "before_cursor_execute", _restart_sqlite_clock)
    return engine


def _read_only_sqlite_url(url, display: str):
    database = url.database or ""
    if not database or database == ":memory:":
        raise SourceError("an in-memory SQLite database has nothing to scan", display)
    if database.startswith("file:"):
        raise SourceError("give the SQLite file as sqlite:///path, not as a file: URI", display)
    if not os.path.isfile(database):
        raise SourceError("SQLite file not found", display)
    uri = Path(database).resolve().as_uri() + "?mode=ro"
    return url.set(database=uri, query={"uri": "true"})


def _mysql_session(statement_timeout: float):
    def on_connect(dbapi_connection, _record) -> None:
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SELECT VERSION()")
            mariadb = "mariadb" in str(cursor.fetchone()[0]).lower()
            cursor.execute("SET SESSION TRANSACTION READ ONLY")
            if mariadb:
                cursor.execute(f"SET SESSION max_statement_time = {float(statement_timeout)}")
            else:
                cursor.execute(f"SET SESSION max_execution_time = {int(statement_timeout * 1000)}")

    return on_connect


def _sqlite_session(statement_timeout: float):
    def on_connect(dbapi_connection, record) -> None:
        dbapi_connection.execute("PRAGMA query_only = ON")
        clock = {"started": time.monotonic()}
        record.info[_CLOCK] = clock

        def abort_when_late() -> int:
            return 1 if time.monotonic() - clock["started"] > statement_timeout else 0

        dbapi_connection.set_progress_handler(abort_when_late, SQLITE_PROGRESS_STEPS)

    return on_connect


def _restart_sqlite_clock(conn, _cursor, _statement, _parameters, _context, _executemany) -> None:
    clock = conn.info.get(_CLOCK)
    if clock is not None:
        clock["started"] = time.monotonic()
