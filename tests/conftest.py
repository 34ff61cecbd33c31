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


def _server_databases(what: str, admin_url: str, create: str, drop: str, url: str) -> Iterator[Callable[..., str]]:
    """A factory of fresh databases on one server; every database it made is dropped afterwards."""
    from sqlalchemy import create_engine, text

    try:
        admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001
        _unavailable(what, exc)
    created: list[str] = []

    def make(*statements: str) -> str:
        name = _new_name("piiscan_test")
        with admin.connect() as conn:
            conn.execute(text(create.format(name=name)))
        created.append(name)
        database_url = url.format(name=name)
        if statements:
            engine = create_engine(database_url)
            with engine.begin() as conn:
                for statement in statements:
                    conn.execute(text(statement))
            engine.dispose()
        return database_url

    yield make
    with admin.connect() as conn:
        for name in created:
            conn.execute(text(drop.format(name=name)))
    admin.dispose()


@pytest.fixture
def make_pg_database() -> Iterator[Callable[..., str]]:
    """Factory: make_pg_database(*sql statements) -> URL of a fresh PostgreSQL database (dropped afterwards)."""
    yield from _server_databases("PostgreSQL", PG_ADMIN_URL, 'CREATE DATABASE "{name}"',
                                 'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)',
                                 "postgresql+psycopg://postgres@127.0.0.1:5432/{name}")


@pytest.fixture
def make_mysql_database() -> Iterator[Callable[..., str]]:
    """Factory: make_mysql_database(*sql statements) -> URL of a fresh MariaDB database (dropped afterwards)."""
    yield from _server_databases("MariaDB/MySQL", MYSQL_ADMIN_URL, "CREATE DATABASE `{name}` CHARACTER SET utf8mb4",
                                 "DROP DATABASE IF EXISTS `{name}`",
                                 "mysql+pymysql://root@127.0.0.1:3306/{name}?charset=utf8mb4")


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


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every way out to the network raises: for tests proving nothing is downloaded at run time."""
    import socket

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
