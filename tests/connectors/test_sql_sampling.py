"""Sampling: each engine's method, its fallbacks, repeatability, and capped cell sizes."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from piiscan.connectors.base import ScanOptions
from piiscan.connectors.sql import SqlConnector
from piiscan.connectors.sql_catalog import MAX_BINARY_BYTES, MAX_TEXT_CHARS
from piiscan.errors import SourceError

N = 100  # sample size; "small" tables are up to 10 x N rows


def samples(url: str, n: int = N) -> dict:
    connector = SqlConnector(url, ScanOptions(sample_size=n))
    try:
        return {t.name.split(".")[-1]: connector.sample(t) for t in connector.list_tables()}
    finally:
        connector.close()


def execute(url: str, *statements: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        for statement in statements:
            conn.execute(text(statement))
    engine.dispose()


@pytest.mark.postgres
def test_postgresql_methods(make_pg_database):
    url = make_pg_database(
        "CREATE TABLE big WITH (autovacuum_enabled = false) AS SELECT g AS id, 'x' || g AS label "
        "FROM generate_series(1, 50000) g",
        "ANALYZE big",
        # never analyzed: reltuples = -1, the sampler measures the density itself
        "CREATE TABLE fresh WITH (autovacuum_enabled = false) AS SELECT g AS id FROM generate_series(1, 50000) g",
        # analyzed when small, then grown 100x: the estimate follows the relation's size
        "CREATE TABLE grown (id int) WITH (autovacuum_enabled = false)",
        "INSERT INTO grown SELECT generate_series(1, 500)", "ANALYZE grown",
        "INSERT INTO grown SELECT generate_series(501, 50000)",
        "CREATE TABLE small AS SELECT g AS id FROM generate_series(1, 300) g",
        "CREATE VIEW recent AS SELECT * FROM big WHERE id > 100",
    )
    got = samples(url)
    for name in ("big", "fresh", "grown"):
        sample = got[name]
        assert sample.method.startswith("tablesample system"), (name, sample.method)
        assert len(sample.frame) == N and sample.frame["id"].is_unique
        assert 30000 <= sample.rows_estimated <= 70000, (name, sample.rows_estimated)
        assert sample.frame["id"].max() > 1000  # not just the first rows
    assert "never analyzed" in got["fresh"].method
    assert got["small"].method == "order by random()" and len(got["small"].frame) == N
    assert got["recent"].method == "first rows (view)" and len(got["recent"].frame) == N
    again = samples(url)
    assert list(again["big"].frame["id"]) == list(got["big"].frame["id"])  # repeatable
    assert list(again["small"].frame["id"]) == list(got["small"].frame["id"])


@pytest.mark.mysql
def test_mysql_methods(make_mysql_database):
    url = make_mysql_database(
        "CREATE TABLE big (id INT PRIMARY KEY, label VARCHAR(20))",
        "INSERT INTO big SELECT seq * 3, CONCAT('x', seq) FROM seq_1_to_30000",  # gaps in the key
        "CREATE TABLE keyless (label VARCHAR(20))",
        "INSERT INTO keyless SELECT CONCAT('x', seq) FROM seq_1_to_30000",
        "CREATE TABLE composite (a BIGINT, b VARCHAR(5), PRIMARY KEY (a, b))",
        "INSERT INTO composite SELECT seq, 'k' FROM seq_1_to_30000",
        "CREATE TABLE small (id INT PRIMARY KEY)", "INSERT INTO small SELECT seq FROM seq_1_to_300",
        "ANALYZE TABLE big, keyless, composite, small",
        "CREATE VIEW recent AS SELECT * FROM big WHERE id > 30",
    )
    got = samples(url)
    assert got["big"].method.startswith("primary-key ranges")
    assert got["composite"].method.startswith("primary-key ranges")
    for name in ("big", "composite"):
        keys = got[name].frame.iloc[:, 0]
        assert len(keys) == N and keys.is_unique and keys.max() > 1000
        assert list(got[name].frame.columns) == (["id", "label"] if name == "big" else ["a", "b"])
    assert got["keyless"].method == "first rows (no integer primary key)" and len(got["keyless"].frame) == N
    assert got["small"].method == "order by rand()" and len(got["small"].frame) == N
    assert got["recent"].method == "first rows (view)"
    again = samples(url)
    assert list(again["big"].frame["id"]) == list(got["big"].frame["id"])


def test_sqlite_methods(make_sqlite_database):
    url = make_sqlite_database(
        "CREATE TABLE big (id INTEGER PRIMARY KEY, label TEXT)",
        "INSERT INTO big WITH RECURSIVE s(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM s WHERE g < 20000) "
        "SELECT g, 'x' || g FROM s",
        "DELETE FROM big WHERE id % 10 <> 0",  # 90 % of the rowids are gone: the sampler draws again
        "CREATE TABLE keyed (code TEXT PRIMARY KEY, label TEXT) WITHOUT ROWID",
        "INSERT INTO keyed SELECT 'c' || id, label FROM big",
        "CREATE TABLE small (id INTEGER PRIMARY KEY)", "INSERT INTO small SELECT id / 10 FROM big LIMIT 300",
        "CREATE VIEW recent AS SELECT * FROM big WHERE id > 100",
    )
    got = samples(url)
    assert got["big"].method == "random rowids" and len(got["big"].frame) == N
    assert got["big"].frame["id"].is_unique and got["big"].frame["id"].max() > 2000
    assert got["keyed"].method == "order by random() (without rowid) of the first 1000 rows"
    assert len(got["keyed"].frame) == N
    assert got["small"].method == "order by random()" and len(got["small"].frame) == N
    assert got["recent"].method == "first rows (view)"
    assert list(samples(url)["big"].frame["id"]) == list(got["big"].frame["id"])


@pytest.mark.postgres
@pytest.mark.mysql
def test_large_cells_are_capped_by_the_server(make_pg_database, make_mysql_database, make_sqlite_database):
    ten_mb = 10 * 1024 * 1024
    pg = make_pg_database(
        "CREATE TABLE docs (id int, body text, data bytea, meta jsonb)",
        f"INSERT INTO docs SELECT g, repeat('a', {ten_mb}), decode(repeat('ff', 1048576), 'hex'), "
        "jsonb_build_object('k', repeat('b', 100000)) FROM generate_series(1, 3) g",
    )
    my = make_mysql_database(
        "CREATE TABLE docs (id INT, body LONGTEXT, data LONGBLOB)",
        f"INSERT INTO docs SELECT seq, REPEAT('a', {ten_mb}), REPEAT(x'ff', 1048576) FROM seq_1_to_3",
    )
    lite = make_sqlite_database(
        "CREATE TABLE docs (id int, body text, data blob)",
        f"INSERT INTO docs VALUES (1, printf('%.*c', {ten_mb}, 'a'), zeroblob(1048576))",
    )
    for url in (pg, my, lite):
        frame = samples(url)["docs"].frame
        assert frame["body"].str.len().max() == MAX_TEXT_CHARS, url
        assert max(len(v) for v in frame["data"]) == MAX_BINARY_BYTES, url
        if "meta" in frame:
            assert frame["meta"].str.len().max() == MAX_TEXT_CHARS


@pytest.mark.postgres
def test_postgresql_odd_types_arrive_as_text(make_pg_database):
    url = make_pg_database(
        "CREATE TYPE mood AS ENUM ('happy', 'sad')",
        "CREATE TABLE odd (tags text[], mood mood, place point, doc json, nothing text, blob bytea)",
        "INSERT INTO odd SELECT ARRAY['a', 'b'], 'happy', point(60.17, 24.94), '{\"k\": 1}', NULL, "
        "'\\x0001'::bytea FROM generate_series(1, 5)",
    )
    frame = samples(url)["odd"].frame
    row = frame.iloc[0]
    assert (row["tags"], row["mood"], row["place"], row["doc"]) == ("{a,b}", "happy", "(60.17,24.94)", '{"k": 1}')
    assert frame["nothing"].isna().all() and row["blob"] == b"\x00\x01"


@pytest.mark.postgres
def test_dropped_after_listing_is_one_clear_error(make_pg_database):
    url = make_pg_database("CREATE TABLE gone (id int)", "CREATE TABLE kept (id int)")
    connector = SqlConnector(url, ScanOptions())
    tables = {t.name: t for t in connector.list_tables()}
    execute(url, "DROP TABLE gone")
    with pytest.raises(SourceError) as raised:
        connector.sample(tables["public.gone"])
    message = str(raised.value)
    assert message.startswith("postgresql+psycopg://postgres@127.0.0.1:5432/")
    assert ": cannot sample public.gone: " in message and "does not exist" in message and "\n" not in message
    assert len(connector.sample(tables["public.kept"]).frame) == 0
    connector.close()


@pytest.mark.postgres
@pytest.mark.mysql
def test_meta_tables_are_resampled_by_key_only_when_cheap(make_pg_database, make_mysql_database):
    """A rare personal key of a big key/value table is fetched through the key's index; without an
    index the random sample stands (a rare key would cost a full scan)."""
    def meta_table(indexed: bool, kind: str) -> list[str]:
        key = "SERIAL PRIMARY KEY" if kind == "pg" else "INT AUTO_INCREMENT PRIMARY KEY"
        pick = "FROM generate_series(1, 20000) g" if kind == "pg" else "FROM seq_1_to_20000"
        return [
            f"CREATE TABLE wp_postmeta (meta_id {key}, post_id INT, meta_key VARCHAR(255), meta_value TEXT)",
            *(["CREATE INDEX meta_key ON wp_postmeta (meta_key)"] if indexed else []),
            f"INSERT INTO wp_postmeta (post_id, meta_key, meta_value) SELECT 1, '_edit_lock', 'x' {pick}",
            "INSERT INTO wp_postmeta (post_id, meta_key, meta_value) SELECT post_id, '_billing_phone', "
            "'040 123 4567' FROM wp_postmeta LIMIT 30",
            "ANALYZE wp_postmeta" if kind == "pg" else "ANALYZE TABLE wp_postmeta",
        ]

    for url in (make_pg_database(*meta_table(True, "pg")), make_mysql_database(*meta_table(True, "my"))):
        sample = samples(url)["wp_postmeta"]
        assert "meta-aware" in sample.method, sample.method
        assert sample.frame["meta_key"].value_counts()["_billing_phone"] == 30
    sample = samples(make_pg_database(*meta_table(False, "pg")))["wp_postmeta"]
    assert sample.method.endswith("meta keys not indexed, not re-sampled by key")
    assert len(sample.frame) == N


@pytest.mark.mysql
def test_keys_far_beyond_the_rows_fall_back_to_random_order(make_mysql_database, make_sqlite_database):
    """One huge key makes random key ranges (or rowids) miss almost every row."""
    my = make_mysql_database("CREATE TABLE t (id BIGINT PRIMARY KEY, label TEXT)",
                             "INSERT INTO t SELECT seq, 'x' FROM seq_1_to_5000", "INSERT INTO t VALUES (9000000000, 'y')",
                             "ANALYZE TABLE t")
    lite = make_sqlite_database("CREATE TABLE t (id INTEGER PRIMARY KEY, label TEXT)",
                                "INSERT INTO t WITH RECURSIVE s(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM s "
                                "WHERE g < 5000) SELECT g, 'x' FROM s", "INSERT INTO t VALUES (9000000000, 'y')")
    for url, note in ((my, "order by rand() (key ranges came back short)"),
                      (lite, "order by random() (rowids too sparse)")):
        sample = samples(url)["t"]
        assert sample.method.startswith(note), sample.method
        assert len(sample.frame) == N and sample.frame["id"].is_unique


def test_sqlite_rowid_sample_is_not_the_lowest_rowids(make_sqlite_database):
    url = make_sqlite_database("CREATE TABLE t (id INTEGER PRIMARY KEY)",
                               "INSERT INTO t WITH RECURSIVE s(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM s "
                               "WHERE g < 50000) SELECT g FROM s")
    ids = samples(url)["t"].frame["id"]
    assert ids.max() > 40000 and ids.min() < 10000  # spread over the whole table
