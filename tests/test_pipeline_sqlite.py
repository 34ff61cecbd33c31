"""End-to-end through the pipeline on SQLite: planted data, declared and undeclared."""

from piiscan.connectors.base import ScanOptions
from piiscan.notice import Notice, DeclaredEntry
from piiscan.pipeline import scan

HETU = ["131052-308T", "010594Y9032", "211123A965F", "040404A123T"]


def _notice(*keys: str) -> Notice:
    return Notice(register="Testirekisteri", entries=[DeclaredEntry(k, k) for k in keys])


def _plant(make_sqlite_database):
    return make_sqlite_database(
        "CREATE TABLE asiakkaat (id INTEGER PRIMARY KEY, hetu TEXT, email TEXT, muistiinpano TEXT)",
        *[f"INSERT INTO asiakkaat (hetu, email) VALUES ('{h}', 'asiakas{i}@example.fi')" for i, h in enumerate(HETU)],
    )


def test_undeclared_hetu_is_reported(make_sqlite_database):
    url = _plant(make_sqlite_database)
    result = scan([url], _notice("email"))
    assert result.undeclared_categories == ["personal_identity_code"]
    finding = next(f for f in result.findings if f.category == "personal_identity_code")
    assert finding.table == "asiakkaat" and finding.column == "hetu"
    assert finding.values_matched == 4 and finding.evidence == "value+name"
    assert all(h not in " ".join(finding.examples) for h in HETU)
    assert result.exit_code() == 1


def test_declared_everything_exits_zero(make_sqlite_database):
    url = _plant(make_sqlite_database)
    result = scan([url], _notice("email", "personal_identity_code"))
    assert result.undeclared_categories == []
    assert result.exit_code() == 0


def test_failing_source_keeps_the_rest(make_sqlite_database, tmp_path):
    url = _plant(make_sqlite_database)
    result = scan(["sqlite:///" + str(tmp_path / "missing.db"), url], _notice("email", "personal_identity_code"))
    assert [s.status for s in result.sources] == ["error", "ok"]
    assert result.exit_code() == 3
