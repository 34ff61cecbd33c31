"""The fault suite at connector level, run through the pipeline against the real servers.

Every case must end as one clear line (no traceback, no newline) on the source or the table, with
the rest of the scan complete, and no password in any text.

Wrong password: the machine's PostgreSQL trusts every connection from 127.0.0.1 (pg_hba.conf
``host all all 127.0.0.1/32 trust``), so it accepts any password and the case cannot be produced
there without changing the shared server; it is tested on MariaDB, which checks passwords.
"""

from __future__ import annotations

import threading
import time
import uuid

import pytest
from sqlalchemy import create_engine, text

from piiscan.connectors.base import ScanOptions
from piiscan.connectors.sql import SqlConnector
from piiscan.pipeline import scan, scan_source
from tests.conftest import MYSQL_ADMIN_URL, PG_ADMIN_URL

SECRET = "Pw-9f3k2Zq"


def database_of(url: str) -> str:
    return url.rsplit("/", 1)[1].split("?")[0]


def with_user(url: str, user: str, password: str | None = None) -> str:
    scheme, rest = url.split("://", 1)
    return f"{scheme}://{user}{':' + password if password else ''}@{rest.split('@', 1)[1]}"


def assert_one_line(message: str | None) -> None:
    assert message and "\n" not in message and "Traceback" not in message and SECRET not in message, message


def tables_of(source_scan) -> dict:
    return {t.table.split(".")[-1]: t for t in source_scan.tables}


@pytest.mark.mysql
def test_unreachable_sources_fail_alone(make_sqlite_database, make_mysql_database):
    good = make_sqlite_database("CREATE TABLE products (price int)", "INSERT INTO products VALUES (10)")
    unknown_db = make_mysql_database().rsplit("/", 1)[0] + "/no_such_database"
    bad = {
        f"postgresql://postgres:{SECRET}@127.0.0.1:1/shop": "Connection refused",
        f"mysql+pymysql://root:{SECRET}@127.0.0.1:1/shop": "Connection refused",
        f"postgresql://postgres:{SECRET}@127.0.0.1:5432/no_such_database": 'database "no_such_database" does not exist',
        unknown_db: "Unknown database 'no_such_database'",
        f"postgresql://reader:{SECRET}@no-such-host.invalid/shop": "failed to resolve host",
        f"mysql+pymysql://reader:{SECRET}@no-such-host.invalid/shop": "Name or service not known",
        # another driver's name is read with piiscan's own driver
        f"postgresql+psycopg2://postgres:{SECRET}@127.0.0.1:1/shop": "Connection refused",
        f"mysql+mysqldb://root:{SECRET}@127.0.0.1:1/shop": "Connection refused",
    }
    result = scan(list(bad) + [good], None, ScanOptions(statement_timeout=5))
    by_source = {s.source: s for s in result.sources}
    for url, reason in bad.items():
        source_scan = by_source[url.replace(f":{SECRET}", "")]
        assert source_scan.status == "error" and source_scan.error.startswith("cannot connect: ")
        assert reason in source_scan.error, source_scan.error
        assert_one_line(source_scan.error)
    assert by_source[good].status == "ok" and by_source[good].tables_scanned == 1
    assert result.exit_code() == 3
    assert SECRET not in repr(result.sources)


@pytest.mark.mysql
def test_wrong_password_on_mariadb(make_mysql_database):
    url = make_mysql_database("CREATE TABLE t (id int)")
    user = f"piiscan_{uuid.uuid4().hex[:8]}"
    admin = create_engine(MYSQL_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE USER '{user}'@'%' IDENTIFIED BY 'right-password'"))
        conn.execute(text(f"GRANT SELECT ON `{database_of(url)}`.* TO '{user}'@'%'"))
    try:
        wrong, _ = scan_source(with_user(url, user, SECRET), None, ScanOptions())
        right, _ = scan_source(with_user(url, user, "right-password"), None, ScanOptions())
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP USER '{user}'@'%'"))
        admin.dispose()
    assert wrong.status == "error" and "Access denied for user" in wrong.error
    assert_one_line(wrong.error)
    assert SECRET not in wrong.source and "right-password" not in right.source
    assert right.status == "ok" and right.tables_scanned == 1


@pytest.mark.postgres
@pytest.mark.mysql
def test_table_the_role_may_not_select(make_pg_database, make_mysql_database):
    role = f"piiscan_{uuid.uuid4().hex[:8]}"
    pg = make_pg_database("CREATE TABLE open (id int)", "INSERT INTO open VALUES (1)",
                          "CREATE TABLE secret (id int)", f"CREATE ROLE {role} LOGIN",
                          f"GRANT SELECT ON open TO {role}",
                          "CREATE TABLE partly (id int, hetu text)", "INSERT INTO partly VALUES (1, NULL)",
                          f"GRANT SELECT (id) ON partly TO {role}")
    my = make_mysql_database("CREATE TABLE open (id int)", "INSERT INTO open VALUES (1)",
                             "CREATE TABLE secret (id int)")
    mysql_admin = create_engine(MYSQL_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with mysql_admin.connect() as conn:
        conn.execute(text(f"CREATE USER '{role}'@'%' IDENTIFIED BY '{SECRET}'"))
        conn.execute(text(f"GRANT SELECT ON `{database_of(my)}`.`open` TO '{role}'@'%'"))
        # column-level rights make the table visible in the catalog without letting it be read
        conn.execute(text(f"GRANT INSERT (id) ON `{database_of(my)}`.`secret` TO '{role}'@'%'"))
    try:
        results = [scan_source(with_user(pg, role), None, ScanOptions())[0],
                   scan_source(with_user(my, role, SECRET), None, ScanOptions())[0]]
    finally:
        pg_owner = create_engine(pg)
        with pg_owner.begin() as conn:
            conn.execute(text(f"DROP OWNED BY {role}"))
        pg_owner.dispose()
        pg_admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with pg_admin.connect() as conn:
            conn.execute(text(f"DROP ROLE {role}"))
        pg_admin.dispose()
        with mysql_admin.connect() as conn:
            conn.execute(text(f"DROP USER '{role}'@'%'"))
        mysql_admin.dispose()
    for source_scan, denied in zip(results, ("permission denied for table secret", "SELECT command denied")):
        tables = tables_of(source_scan)
        assert source_scan.status == "partial"
        assert tables["open"].status == "ok" and tables["open"].rows_sampled == 1
        assert tables["secret"].status == "error" and denied in tables["secret"].error, tables["secret"].error
        assert_one_line(tables["secret"].error)
    pg_tables = tables_of(results[0])
    assert (pg_tables["partly"].status, pg_tables["partly"].columns) == ("ok", 1)  # the granted column only


@pytest.mark.postgres
@pytest.mark.mysql
def test_table_dropped_between_listing_and_sampling(make_pg_database, make_mysql_database, make_sqlite_database):
    statements = ("CREATE TABLE gone (id int)", "CREATE TABLE kept (id int)", "INSERT INTO kept VALUES (1)")
    for url in (make_pg_database(*statements), make_mysql_database(*statements), make_sqlite_database(*statements)):
        def drop_after_listing(_source, table, _done, _total, url=url):
            if table is None:  # called once the tables are listed, before any is sampled
                engine = create_engine(url)
                with engine.begin() as conn:
                    conn.execute(text("DROP TABLE gone"))
                engine.dispose()

        source_scan, _ = scan_source(url, None, ScanOptions(), progress=drop_after_listing)
        tables = tables_of(source_scan)
        assert tables["kept"].status == "ok" and tables["kept"].rows_sampled == 1
        gone = tables["gone"]
        assert gone.status == "error" and gone.error.startswith("cannot sample "), gone
        assert any(w in gone.error for w in ("does not exist", "doesn't exist", "no such table")), gone.error
        assert_one_line(gone.error)


def _kill_when_running(find_sql: str, kill_sql: str, admin_url: str, params: dict, killed: list) -> None:
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    deadline = time.monotonic() + 15
    with admin.connect() as conn:
        while time.monotonic() < deadline and not killed:
            found = conn.execute(text(find_sql), params).scalar()
            if found is not None:
                conn.execute(text(kill_sql.format(id=int(found))))
                killed.append(found)
            time.sleep(0.05)
    admin.dispose()


@pytest.mark.postgres
@pytest.mark.mysql
def test_connection_killed_mid_scan_is_retried(make_pg_database, make_mysql_database):
    pg = make_pg_database("CREATE TABLE fast AS SELECT generate_series(1, 3) AS id",
                          "CREATE VIEW slow AS SELECT pg_sleep(1.5)::text AS pause, 1 AS id")
    my = make_mysql_database("CREATE TABLE fast (id int)", "INSERT INTO fast VALUES (1), (2), (3)",
                             "CREATE VIEW slow AS SELECT SLEEP(1.5) AS pause, 1 AS id")
    cases = [
        (pg, PG_ADMIN_URL, "SELECT pid FROM pg_stat_activity WHERE datname = :db AND application_name = 'piiscan' "
                           "AND state = 'active' AND query LIKE '%slow%' AND pid <> pg_backend_pid()",
         "SELECT pg_terminate_backend({id})"),
        (my, MYSQL_ADMIN_URL, "SELECT id FROM information_schema.processlist WHERE db = :db AND command = 'Query' "
                              "AND info LIKE '%slow%' AND id <> CONNECTION_ID()", "KILL CONNECTION {id}"),
    ]
    for url, admin_url, find_sql, kill_sql in cases:
        killed: list = []
        killer = threading.Thread(target=_kill_when_running,
                                  args=(find_sql, kill_sql, admin_url, {"db": database_of(url)}, killed))
        killer.start()
        source_scan, _ = scan_source(url, None, ScanOptions())
        killer.join()
        tables = tables_of(source_scan)
        assert killed, "the scan's connection was never seen running"
        assert source_scan.status == "ok", source_scan.tables
        assert tables["slow"].rows_sampled == 1 and tables["slow"].seconds >= 1.5  # it ran again
        assert tables["fast"].rows_sampled == 3


@pytest.mark.postgres
def test_idle_connections_killed_between_tables(make_pg_database):
    url = make_pg_database(*[f"CREATE TABLE t{i} AS SELECT generate_series(1, 5) AS id" for i in range(6)])
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")

    def kill_idle(_source, table, done, _total):
        if table is not None and done % 2 == 0:
            with admin.connect() as conn:
                conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :db "
                                  "AND application_name = 'piiscan' AND state = 'idle'"), {"db": database_of(url)})

    source_scan, _ = scan_source(url, None, ScanOptions(), progress=kill_idle, jobs=1)
    admin.dispose()
    assert source_scan.status == "ok" and source_scan.tables_scanned == 6


@pytest.mark.postgres
def test_listing_survives_a_connection_killed_before_it(make_pg_database):
    url = make_pg_database("CREATE TABLE t (id int)")
    connector = SqlConnector(url, ScanOptions())  # its first connection now waits, idle, in the pool
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        killed = conn.execute(text("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = :db "
                                   "AND application_name = 'piiscan'"), {"db": database_of(url)}).scalar()
    admin.dispose()
    try:
        assert killed == 1
        assert [t.name for t in connector.list_tables()] == ["public.t"]
    finally:
        connector.close()
