"""The speed benchmark's database builder, on a tiny database in the local PostgreSQL."""

import pytest

from piiscan.bench.speed_db import BIG_TABLE, MEDIUM_TABLE, ensure_database, existing_shape

URL = "postgresql://postgres@127.0.0.1:5432/piiscan_bench_test"
pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def tiny_db():
    psycopg = pytest.importorskip("psycopg")
    try:
        psycopg.connect(host="127.0.0.1", user="postgres", dbname="postgres", connect_timeout=3).close()
    except psycopg.Error:
        pytest.skip("no local PostgreSQL")
    seconds = ensure_database(URL, tables=8, rebuild=True, log=lambda *_: None, big_rows=3000, medium_rows=1000)
    yield seconds
    with psycopg.connect(host="127.0.0.1", user="postgres", dbname="postgres", autocommit=True) as admin:
        admin.execute("DROP DATABASE IF EXISTS piiscan_bench_test WITH (FORCE)")


def test_built_with_the_planned_tables_and_valid_identifiers(tiny_db):
    import psycopg
    from stdnum import iban
    from stdnum.fi import hetu

    assert tiny_db > 0
    with psycopg.connect(host="127.0.0.1", user="postgres", dbname="piiscan_bench_test") as conn:
        tables = {r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
        assert len(tables) == 8 and {BIG_TABLE, MEDIUM_TABLE, "bench_meta"} <= tables
        assert conn.execute(f"SELECT count(*) FROM {BIG_TABLE}").fetchone()[0] == 3000
        codes = [r[0] for r in conn.execute("SELECT hetu FROM customers_000")]
        accounts = [r[0] for r in conn.execute("SELECT iban FROM invoices_004")]
    assert codes and all(hetu.is_valid(c) for c in codes)
    assert accounts and all(iban.is_valid(a) for a in accounts)


def test_reused_when_the_shape_matches(tiny_db):
    assert existing_shape(URL) is not None
    assert ensure_database(URL, tables=8, log=lambda *_: None, big_rows=3000, medium_rows=1000) == 0.0


@pytest.mark.slow
def test_speed_benchmark_runs_end_to_end(tiny_db, capsys):
    from piiscan.bench.__main__ import main

    code = main(["speed", "--url", URL, "--tables", "8", "--big-rows", "3000", "--medium-rows", "1000",
                 "--presidio-cells", "40"])
    out = capsys.readouterr().out
    assert code in (0, 1)
    assert "reused" in out  # the fixture built it with this shape
    for figure in ("ratio classifier / Presidio", "ratio run / bare fetch", "ratio 3,000 / 1,000 rows sampling",
                   "peak memory", "--help start time", "heavy modules imported by --help"):
        assert figure in out, figure
