"""Big scans classify in worker processes; the findings are the same as in one process."""

import piiscan.pipeline as pipeline
from piiscan.pipeline import scan

HETUS = ["131052-308T", "010594Y9032", "211123A965F", "040404A123T", "280264-051U"]


def _many_tables(make_sqlite_database, n=45):
    statements = []
    for i in range(n):
        statements.append(f"CREATE TABLE asiakkaat_{i} (hetu TEXT, sahkoposti TEXT, tuote TEXT)")
        statements += [f"INSERT INTO asiakkaat_{i} VALUES ('{h}', 'a{j}@example.fi', 'Kahvi {j}')"
                       for j, h in enumerate(HETUS)]
    return make_sqlite_database(*statements)


def _key(result):
    return sorted((f.table, f.column, f.category, f.values_matched) for f in result.findings)


def test_worker_processes_find_the_same(make_sqlite_database, monkeypatch):
    url = _many_tables(make_sqlite_database)
    monkeypatch.setattr(pipeline, "PROCESS_TABLES", 10**9)
    here = scan([url], None)
    monkeypatch.setattr(pipeline, "PROCESS_TABLES", 10)
    in_workers = scan([url], None)
    assert _key(here) == _key(in_workers)
    assert len({f.table for f in in_workers.findings}) == 45
    assert in_workers.complete


def test_what_a_worker_cannot_take_is_classified_here(make_sqlite_database, monkeypatch):
    import threading

    url = _many_tables(make_sqlite_database, n=3)
    real_reshape = pipeline.reshape_meta

    def with_a_lock(table, sample):  # a value pickle cannot carry to a worker process
        sample = real_reshape(table, sample)
        sample.frame["lukko"] = [threading.Lock() for _ in range(len(sample.frame))]
        return sample

    monkeypatch.setattr(pipeline, "reshape_meta", with_a_lock)
    monkeypatch.setattr(pipeline, "PROCESS_TABLES", 1)
    result = scan([url], None)
    assert result.complete
    assert {(f.table, f.category) for f in result.findings if f.column == "hetu"} == {
        (f"asiakkaat_{i}", "personal_identity_code") for i in range(3)}
