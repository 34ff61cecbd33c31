"""Shared fixtures: real PostgreSQL and MariaDB databases, created and dropped per test module.

The servers are the machine's own (127.0.0.1:5432 trust auth; 127.0.0.1:3306 root without
password). In CI (PIISCAN_REQUIRE_SERVERS=1 or CI=true) a missing server fails the test; on a
developer's machine it skips it.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Callable, Iterator

import pytest

PG_ADMIN_URL = os.environ.get("PIISCAN_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
MYSQL_ADMIN_URL = os.environ.get("PIISCAN_TEST_MYSQL", "mysql+pymysql://root@127.0.0.1:3306/")


def _servers_required() -> bool:
    return bool(os.environ.get("PIISCAN_REQUIRE_SERVERS") or os.environ.get("CI"))


def _unavailable(what: str, exc: Exception) -> None:
    message = f"{what} is not reachable: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
    if _servers_required():
        pytest.fail(message)
    pytest.skip(message)


def _new_name(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:10]}"


@pytest.fixture
def make_pg_database() -> Iterator[Callable[..., str]]:
    """Factory: make_pg_database(*sql statements) -> URL of a fresh PostgreSQL database (dropped afterwards)."""
    from sqlalchemy import create_engine, text

    try:
        admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001
        _unavailable("PostgreSQL", exc)
    created: list[str] = []

    def make(*statements: str) -> str:
        name = _new_name("piiscan_test")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        created.append(name)
        url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
        if statements:
            engine = create_engine(url)
            with engine.begin() as conn:
                for statement in statements:
                    conn.execute(text(statement))
            engine.dispose()
        return url

    yield make
    with admin.connect() as conn:
        for name in created:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def make_mysql_database() -> Iterator[Callable[..., str]]:
    """Factory: make_mysql_database(*sql statements) -> URL of a fresh MariaDB database (dropped afterwards)."""
    from sqlalchemy import create_engine, text

    try:
        admin = create_engine(MYSQL_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001
        _unavailable("MariaDB/MySQL", exc)
    created: list[str] = []

    def make(*statements: str) -> str:
        name = _new_name("piiscan_test")
        with admin.connect() as conn:
            conn.execute(text(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4"))
        created.append(name)
        url = f"mysql+pymysql://root@127.0.0.1:3306/{name}?charset=utf8mb4"
        if statements:
            engine = create_engine(url)
            with engine.begin() as conn:
                for statement in statements:
                    conn.execute(text(statement))
            engine.dispose()
        return url

    yield make
    with admin.connect() as conn:
        for name in created:
            conn.execute(text(f"DROP DATABASE IF EXISTS `{name}`"))
    admin.dispose()


@pytest.fixture
def make_sqlite_database(tmp_path: Path) -> Callable[..., str]:
    """Factory: make_sqlite_database(*sql statements) -> sqlite:/// URL of a fresh file."""
    import sqlite3

    def make(*statements: str) -> str:
        path = tmp_path / f"{_new_name('db')}.sqlite"
        db = sqlite3.connect(path)
        for statement in statements:
            db.execute(statement)
        db.commit()
        db.close()
        return f"sqlite:///{path}"

    return make
