"""Parts of the speed benchmark on a small SQLite database: capture, bare fetch, classifier timing."""

import pytest

from piiscan.bench.corpus import build_corpus
from piiscan.bench.labelled_db import export_sqlite
from piiscan.bench.speed import HEAVY_MODULES, bare_fetch, capture_samples, classifier_speed, help_startup


@pytest.fixture(scope="module")
def small_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("speed") / "shop.db"
    corpus = [c for c in build_corpus(rows=30) if c.table in {"customers", "products", "sessions"}]
    export_sqlite(corpus, path, path.with_suffix(".yaml"))
    return f"sqlite:///{path}"


def test_capture_replays_the_connectors_sampling_statements(small_db):
    captured = capture_samples(small_db, sample_size=20)
    assert set(captured.frames) == {"customers", "products", "sessions"}
    assert set(captured.statements) == set(captured.frames)
    for name, (statement, _params) in captured.statements.items():
        assert name in statement
    assert bare_fetch(small_db, captured.statements) > 0
    cells, seconds = classifier_speed(captured.frames)
    assert cells == sum(f.size for f in captured.frames.values()) and seconds > 0


def test_help_startup_reports_time_and_heavy_imports():
    seconds, cpu, heavy = help_startup(repeats=1)
    assert 0 < seconds < 30 and 0 < cpu < 30
    assert set(heavy) <= set(HEAVY_MODULES)


def test_table_plan_has_the_big_and_medium_tables():
    from piiscan.bench.speed_db import BIG_ROWS, MEDIUM_ROWS, table_plan

    plan = table_plan(200)
    assert len(plan) == 200 and len({name for name, _, _ in plan}) == 200
    assert sorted(rows for _, _, rows in plan)[-2:] == [MEDIUM_ROWS, BIG_ROWS]
