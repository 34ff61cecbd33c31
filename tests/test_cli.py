"""The command line: exit codes, messages, JSON contract, baselines, config runs, interrupts."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from piiscan.cli import app

runner = CliRunner()
HETUS = ["131052-308T", "010594Y9032", "211123A965F", "040404A123T", "280264-051U"]
CONTRACT_FIELDS = {"tool", "version", "started_at", "notice", "sources", "findings", "undeclared_categories",
                   "declared_not_observed"}
FINDING_FIELDS = {"source", "table", "column", "category", "declared", "evidence", "rows_sampled",
                  "values_matched", "confidence", "examples"}


def shop_db(make_sqlite_database, with_hetu: bool = True) -> str:
    rows = [f"('{h}', 'asiakas{i}@example.fi', '040 123 45{i:02d}')" for i, h in enumerate(HETUS)]
    statements = ["CREATE TABLE asiakkaat (hetu TEXT, sahkoposti TEXT, puhelin TEXT)",
                  f"INSERT INTO asiakkaat VALUES {', '.join(rows)}"]
    if not with_hetu:
        statements = [s.replace("hetu TEXT, ", "").replace("'%s', " % h, "") for s in statements for h in [""]]
        statements = ["CREATE TABLE asiakkaat (sahkoposti TEXT, puhelin TEXT)",
                      "INSERT INTO asiakkaat VALUES " + ", ".join(
                          f"('asiakas{i}@example.fi', '040 123 45{i:02d}')" for i in range(5))]
    return make_sqlite_database(*statements)


def notice(tmp_path: Path, *entries: str) -> Path:
    path = tmp_path / "seloste.yaml"
    path.write_text("register: Testirekisteri\ncontroller: Testi Oy\ndeclared:\n"
                    + "".join(f"  - {e}\n" for e in entries), encoding="utf-8")
    return path


def test_undeclared_hetu_exits_1_with_contract_json(make_sqlite_database, tmp_path):
    url = shop_db(make_sqlite_database)
    out = tmp_path / "report.json"
    result = runner.invoke(app, ["run", "--db", url, "--notice", str(notice(tmp_path, "sähköposti", "puhelin")),
                                 "--json", str(out), "--quiet"])
    assert result.exit_code == 1, result.output
    report = json.loads(out.read_text())
    assert CONTRACT_FIELDS <= set(report)
    assert report["undeclared_categories"] == ["personal_identity_code"]
    assert all(FINDING_FIELDS <= set(f) for f in report["findings"])
    assert report["notice"]["declared"] == ["email", "phone"]
    assert not any(h in out.read_text() for h in HETUS)


def test_declared_hetu_exits_0(make_sqlite_database, tmp_path):
    url = shop_db(make_sqlite_database)
    result = runner.invoke(app, ["run", "--db", url, "--notice",
                                 str(notice(tmp_path, "sähköposti", "puhelin", "henkilötunnus")), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["undeclared_categories"] == []
    assert not any(h in result.output for h in HETUS)


def test_text_summary_puts_undeclared_first(make_sqlite_database, tmp_path):
    url = shop_db(make_sqlite_database)
    result = runner.invoke(app, ["run", "--db", url, "--notice", str(notice(tmp_path, "sähköposti", "puhelin"))])
    assert result.exit_code == 1
    assert result.output.index("Undeclared personal data") < result.output.index("Declared and found")
    assert not any(h in result.output for h in HETUS)


@pytest.mark.parametrize("args, message", [
    (["run"], "nothing to scan"),
    (["run", "--db", "oracle://scott@db/x"], "unknown source kind 'oracle'"),
    (["run", "--db", "/no/such/export.csv"], "no such file or folder"),
    (["run", "--db", "sqlite:///x.db", "--baseline", "/no/such.json"], "baseline report not found"),
])
def test_bad_arguments_exit_2_with_one_line(args, message):
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_unknown_notice_term_exits_2_naming_file_and_line(make_sqlite_database, tmp_path):
    url = shop_db(make_sqlite_database)
    bad = notice(tmp_path, "sähköposti", "lempiväri")
    result = runner.invoke(app, ["run", "--db", url, "--notice", str(bad)])
    assert result.exit_code == 2
    assert f"{bad}:5: 'lempiväri' is not a known category" in result.output


def test_unreachable_server_is_incomplete_exit_3(make_sqlite_database, tmp_path):
    url = shop_db(make_sqlite_database, with_hetu=False)
    result = runner.invoke(app, ["run", "--db", "postgresql://piiscan:salasana123@127.0.0.1:1/shop", "--db", url,
                                 "--notice", str(notice(tmp_path, "sähköposti", "puhelin")), "--format", "json"])
    assert result.exit_code == 3, result.output
    report = json.loads(result.stdout)
    down, up = report["sources"]
    assert down["status"] == "error" and "cannot connect" in down["error"]
    assert down["source"] == "postgresql://piiscan@127.0.0.1:1/shop"
    assert up["status"] == "ok" and up["tables_scanned"] == 1
    assert "salasana123" not in result.output


def test_demo_command_of_the_readme():
    result = runner.invoke(app, ["demo", "--format", "json"])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["undeclared_categories"] == ["personal_identity_code"]
    hetu = [f for f in report["findings"] if f["category"] == "personal_identity_code"]
    assert [(f["table"], f["column"]) for f in hetu] == [("asiakkaat", "hetu")]


def test_baseline_last_and_fail_on_new(make_sqlite_database, tmp_path):
    import sqlite3

    url = shop_db(make_sqlite_database, with_hetu=False)
    seloste = notice(tmp_path, "sähköposti")  # phone is undeclared from the start
    state = tmp_path / "state"
    args = ["run", "--db", url, "--notice", str(seloste), "--state-dir", str(state), "--quiet"]
    assert runner.invoke(app, args).exit_code == 1  # first run: the phone column is undeclared
    again = runner.invoke(app, args + ["--baseline", "last", "--fail-on", "new", "--format", "json"])
    assert again.exit_code == 0, again.output  # nothing new since the last run
    assert {f["change"] for f in json.loads(again.stdout)["findings"]} == {"unchanged"}
    db = sqlite3.connect(url.removeprefix("sqlite:///"))
    db.execute("CREATE TABLE uusi (henkilotunnus TEXT)")
    db.executemany("INSERT INTO uusi VALUES (?)", [(h,) for h in HETUS])
    db.commit()
    db.close()
    third = runner.invoke(app, args + ["--baseline", "last", "--fail-on", "new", "--format", "json"])
    assert third.exit_code == 1
    new = [f for f in json.loads(third.stdout)["findings"] if f["change"] == "new"]
    assert [(f["table"], f["category"]) for f in new] == [("uusi", "personal_identity_code")]
    history = runner.invoke(app, ["history", "--state-dir", str(state)])
    assert history.exit_code == 0 and history.output.count("Testirekisteri") == 3
    runs = sorted((state / "runs").glob("*/*.json"))
    diff = runner.invoke(app, ["diff", str(runs[0]), str(runs[-1])])
    assert diff.exit_code == 1 and "1 new" in diff.output


def test_retention_keeps_newest(make_sqlite_database, tmp_path):
    url = shop_db(make_sqlite_database, with_hetu=False)
    state = tmp_path / "state"
    for _ in range(3):
        runner.invoke(app, ["run", "--db", url, "--state-dir", str(state), "--retention", "2", "--quiet"])
    assert len(list((state / "runs").glob("*/*.json"))) == 2


def test_config_with_three_sources_one_down(make_sqlite_database, tmp_path):
    first = shop_db(make_sqlite_database, with_hetu=False)
    second = shop_db(make_sqlite_database, with_hetu=False)
    notice(tmp_path, "yhteystiedot")
    config = tmp_path / "piiscan.yaml"
    config.write_text(f"""
sources:
  kauppa: {{url: "{first}"}}
  arkisto: {{url: "{second}"}}
  crm: {{url: "postgresql://crm:${{CRM_PASSWORD}}@127.0.0.1:1/crm"}}
registers:
  asiakkaat:
    notice: seloste.yaml
    sources: [kauppa, arkisto, crm]
""")
    check = runner.invoke(app, ["config", "check", str(config)], env={"CRM_PASSWORD": "hunter2x"})
    assert check.exit_code == 0 and "hunter2x" not in check.output
    result = runner.invoke(app, ["run", "--config", str(config), "--format", "json"], env={"CRM_PASSWORD": "hunter2x"})
    assert result.exit_code == 3, result.output
    report = json.loads(result.stdout)
    assert [s["status"] for s in report["sources"]] == ["ok", "ok", "error"]
    assert all(s["tables_scanned"] == 1 for s in report["sources"][:2])
    assert "hunter2x" not in result.output


def test_config_check_reports_bad_file(tmp_path):
    config = tmp_path / "piiscan.yaml"
    config.write_text("sources:\n  a:\n    url: sqlite:///x.db\n    colour: blue\n")
    result = runner.invoke(app, ["config", "check", str(config)])
    assert result.exit_code == 2
    assert f"{config}:4: unknown key 'colour'" in result.output


def test_sigterm_writes_incomplete_report(make_pg_database, tmp_path):
    """SIGTERM mid-scan: the scan ends cleanly, writes what it has, marked incomplete, exit 3."""
    url = make_pg_database(
        "CREATE TABLE asiakkaat (sahkoposti text)",
        "INSERT INTO asiakkaat SELECT 'asiakas' || g || '@example.fi' FROM generate_series(1, 50) g",
        *[f"CREATE VIEW hidas{i} AS SELECT pg_sleep(3)::text AS odotus" for i in range(6)],
    )
    out = tmp_path / "report.json"
    seloste = notice(tmp_path, "sähköposti")
    process = subprocess.Popen([sys.executable, "-m", "piiscan", "-v", "run", "--db", url, "--notice", str(seloste),
                                "--json", str(out), "--quiet", "--max-connections", "1"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    started = process.stderr.readline().decode()  # "...: 7 tables to scan" once the scan runs
    assert "tables to scan" in started
    time.sleep(1.0)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 3, stderr.decode()
    report = json.loads(out.read_text())
    assert report["complete"] is False and report["incomplete_reason"] == "terminated"
    assert "Traceback" not in stderr.decode()


def test_time_budget_marks_incomplete(make_pg_database, tmp_path):
    url = make_pg_database(*[f"CREATE VIEW hidas{i} AS SELECT pg_sleep(1)::text AS odotus" for i in range(8)])
    result = runner.invoke(app, ["run", "--db", url, "--time-budget", "1", "--max-connections", "1",
                                 "--format", "json"])
    assert result.exit_code == 3
    report = json.loads(result.stdout)
    assert report["incomplete_reason"] == "time budget spent"
    assert any("not scanned" in (t["error"] or "") for t in report["sources"][0]["tables"])


def test_run_writes_the_dpo_reports(make_sqlite_database, tmp_path):
    url = shop_db(make_sqlite_database)
    html, md, datamap = tmp_path / "raportti.html", tmp_path / "raportti.md", tmp_path / "datamap.csv"
    result = runner.invoke(app, ["run", "--db", url, "--notice", str(notice(tmp_path, "sähköposti", "puhelin")),
                                 "--report", str(html), "--report", str(md), "--datamap", str(datamap), "--quiet"])
    assert result.exit_code == 1, result.output
    assert "henkilötunnus" in html.read_text(encoding="utf-8").lower()
    assert "asiakkaat" in md.read_text(encoding="utf-8")
    assert "personal_identity_code" in datamap.read_text(encoding="utf-8")
    for path in (html, md, datamap):
        assert not any(h in path.read_text(encoding="utf-8") for h in HETUS)


def test_run_in_english(make_sqlite_database, tmp_path):
    url = shop_db(make_sqlite_database)
    html = tmp_path / "report.html"
    runner.invoke(app, ["run", "--db", url, "--report", str(html), "--lang", "en", "--quiet"])
    assert 'lang="en"' in html.read_text(encoding="utf-8")


def test_unknown_report_suffix_fails_before_scanning(make_sqlite_database, tmp_path):
    result = runner.invoke(app, ["run", "--db", shop_db(make_sqlite_database), "--report", str(tmp_path / "r.pdf")])
    assert result.exit_code == 2 and "unknown report format" in result.output


def test_mapping_file_names_categories_of_unknown_headers(tmp_path):
    export = tmp_path / "asiakkaat.csv"
    export.write_text("Tunniste;Lisätieto\n" + "".join(f"{i};arvo{i}\n" for i in range(10)), encoding="utf-8")
    mapping = tmp_path / "mapping.yaml"
    mapping.write_text("Lisätieto: terveystiedot\n", encoding="utf-8")
    result = runner.invoke(app, ["run", "--db", str(export), "--mapping", str(mapping), "--format", "json"])
    findings = json.loads(result.stdout)["findings"]
    assert [(f["column"], f["category"]) for f in findings] == [("Lisätieto", "health")]


def test_a_scan_of_nothing_does_not_say_all_is_well(tmp_path):
    result = runner.invoke(app, ["run", "--db", "postgresql://reader@127.0.0.1:1/x"])
    assert result.exit_code == 3
    assert "Nothing was scanned" in result.output and "No undeclared" not in result.output
