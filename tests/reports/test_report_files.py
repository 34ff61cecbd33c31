"""write_report chooses the format by suffix; 'piiscan report' renders from a saved JSON report."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from piiscan.cli import app
from piiscan.errors import PiiscanError
from piiscan.reports.files import ReportFileError, load_report, write_report


@pytest.mark.parametrize("name, start", [("r.html", "<!DOCTYPE html>"), ("r.HTM", "<!DOCTYPE html>"),
                                         ("r.md", "# Henkilötietojen"), ("r.csv", "\ufeffsource,table,column"),
                                         ("r.json", "{")])
def test_suffix_picks_the_format(sample_report, tmp_path, name, start):
    path = tmp_path / name
    write_report(sample_report, path)
    assert path.read_text(encoding="utf-8").startswith(start)


def test_json_round_trip(sample_report, tmp_path):
    write_report(sample_report, tmp_path / "r.json")
    assert load_report(tmp_path / "r.json") == sample_report


def test_unknown_suffix_and_language_are_refused(sample_report, tmp_path):
    with pytest.raises(PiiscanError, match="unknown report format '.pdf'"):
        write_report(sample_report, tmp_path / "r.pdf")
    with pytest.raises(PiiscanError, match="unknown report language 'sv'"):
        write_report(sample_report, tmp_path / "r.html", lang="sv")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("content, message", [
    (None, "no such file"),
    ("{\"tool\": ", "r.json:1: not valid JSON"),
    ("[1, 2]", "expected a JSON object"),
    ("{\"tool\": \"piiscan\"}", "no 'findings' list"),
    ("{\"findings\": [{\"table\": \"t\"}], \"sources\": []}", "finding 1 lacks source, column, category"),
])
def test_load_report_says_what_is_wrong(tmp_path, content, message):
    path = tmp_path / "r.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ReportFileError, match=message):
        load_report(path)


def test_cli_renders_every_format_from_saved_json(demo_json, tmp_path):
    html, md, csv = tmp_path / "raportti.html", tmp_path / "report.md", tmp_path / "kartta.csv"
    result = CliRunner().invoke(app, ["report", str(demo_json), "--report", str(html), "--report", str(md),
                                      "--datamap", str(csv), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "does not declare: personal identity code." in html.read_text(encoding="utf-8")
    assert md.read_text(encoding="utf-8").startswith("# Personal data scan report")
    assert "asiakkaat,hetu" in csv.read_text(encoding="utf-8-sig")


def test_cli_default_language_is_finnish(demo_json, tmp_path):
    html = tmp_path / "raportti.html"
    result = CliRunner().invoke(app, ["report", str(demo_json), "--report", str(html)])
    assert result.exit_code == 0, result.output
    assert '<html lang="fi">' in html.read_text(encoding="utf-8")


@pytest.mark.parametrize("setup, args, message", [
    ("missing", ["--report", "x.html"], "missing.json: no such file"),
    ("broken", ["--report", "x.html"], "broken.json:1: not valid JSON"),
    ("good", [], "nothing to write"),
    ("good", ["--report", "x.pdf"], "unknown report format '.pdf'"),
    ("good", ["--report", "x.html", "--lang", "de"], "unknown report language 'de'"),
])
def test_cli_errors_are_one_line_and_exit_2(sample_report, tmp_path, monkeypatch, setup, args, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "broken.json").write_text("{oops", encoding="utf-8")
    (tmp_path / "good.json").write_text(json.dumps(sample_report), encoding="utf-8")
    result = CliRunner().invoke(app, ["report", f"{setup}.json", *args])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("piiscan: error: ") and message in lines[0]
    assert not (tmp_path / "x.html").exists()
