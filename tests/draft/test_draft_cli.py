"""`piiscan notice draft`: output, --out, stderr summary, and one-line errors with exit code 2."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from draft_expected import SHARED_NOTICES
from piiscan.cli import app
from piiscan.notice import load_notice

NOTICE = """Tietosuojaseloste – Kuntosali Voimala Oy:n jäsenrekisteri

1. Rekisterinpitäjä
Kuntosali Voimala Oy
Y-tunnus: 1572860-0

2. Rekisterin tietosisältö
- Nimi
- Puhelinnumero
- Lempiväri

3. Säännönmukaiset tietolähteet
Jäsen itse.
"""


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_draft_to_stdout_with_summary_on_stderr(runner, tmp_path):
    source = tmp_path / "seloste.txt"
    source.write_text(NOTICE, encoding="utf-8")
    result = runner.invoke(app, ["notice", "draft", str(source)])
    assert result.exit_code == 0, result.output
    assert "controller: Kuntosali Voimala Oy" in result.stdout
    assert "# not mapped: Lempiväri" in result.stdout
    assert "3 phrases, 2 mapped, 1 not mapped" in result.stderr
    assert "phrases" not in result.stdout


def test_draft_out_file_passes_notice_check(runner, tmp_path):
    source, out = tmp_path / "seloste.txt", tmp_path / "seloste.yaml"
    source.write_text(NOTICE, encoding="utf-8")
    result = runner.invoke(app, ["notice", "draft", str(source), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    check = runner.invoke(app, ["notice", "check", str(out)])
    assert check.exit_code == 0, check.output
    assert load_notice(out).declared == {"name", "phone"}
    assert load_notice(out).business_id == "1572860-0"


@pytest.mark.skipif(not SHARED_NOTICES.is_dir(), reason="shared/notices is not beside the clone")
@pytest.mark.parametrize("name", ["arjasmaa-yhtiot.txt", "jacks-mood.txt", "kruununjalokivi.txt", "offistore.txt",
                                  "rtj-group-ompastore.txt"])
def test_every_real_draft_passes_notice_check(runner, tmp_path, name):
    out = tmp_path / "seloste.yaml"
    assert runner.invoke(app, ["notice", "draft", str(SHARED_NOTICES / name), "-o", str(out)]).exit_code == 0
    check = runner.invoke(app, ["notice", "check", str(out)])
    assert check.exit_code == 0, check.output


@pytest.mark.parametrize("content, message", [
    (None, "file not found"),
    (b"", "file is empty"),
    (b"\xff\xfe\x00nimi", "not UTF-8"),
    ("Tervetuloa kauppaan!\nOstoskori on tyhjä.\n".encode(), "no data-content section found"),
    ("1. Rekisterin tietosisältö\n- Lempiväri\n- Kengännumero\n".encode(), "names no known category"),
])
def test_bad_input_is_one_line_error_naming_the_file_exit_2(runner, tmp_path, content, message):
    source = tmp_path / "seloste.txt"
    if content is not None:
        source.write_bytes(content)
    result = runner.invoke(app, ["notice", "draft", str(source)])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"piiscan: error: {source}") and message in lines[0]


def test_error_for_unmapped_section_names_the_line(runner, tmp_path):
    source = tmp_path / "seloste.txt"
    source.write_text("Tietosuojaseloste\n\n1. Rekisterin tietosisältö\n- Lempiväri\n", encoding="utf-8")
    result = runner.invoke(app, ["notice", "draft", str(source)])
    assert f"{source}:3:" in result.stderr


def test_out_to_a_missing_folder_is_one_line_error(runner, tmp_path):
    source = tmp_path / "seloste.txt"
    source.write_text(NOTICE, encoding="utf-8")
    out = tmp_path / "no-such-folder" / "seloste.yaml"
    result = runner.invoke(app, ["notice", "draft", str(source), "--out", str(out)])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"piiscan: error: {out}: cannot write: No such file or directory"


def test_evaluate_without_its_cases_file_exits_2(tmp_path, capsys):
    from piiscan.draft.evaluate import main

    assert main([str(tmp_path / "missing.py")]) == 2
    assert "cases file not found" in capsys.readouterr().err


def test_in_a_register_of_customers_and_newsletter_subscribers_orders_stay_orders():
    from piiscan.draft import draft_from_lines

    lines = ["Kundregister och register över nyhetsbrevsprenumeranter", "Vilka personuppgifter behandlar vi?",
             "- namn", "- beställda produkter och köphistorik", "- samtycke till nyhetsbrev"]
    assert draft_from_lines(lines, "shop.txt").declared == {"name", "order_history", "marketing_consent"}
    newsletter = ["Uutiskirjerekisteri", "Mitä tietoja keräämme?", "- sähköpostiosoite", "- uutiskirjeen tilaus"]
    assert draft_from_lines(newsletter, "news.txt").declared == {"email", "marketing_consent"}
