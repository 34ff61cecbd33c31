"""Users' header mapping files: validation errors name the file and line; mappings become column hints."""

from __future__ import annotations

import pytest

from piiscan.connectors.base import ScanOptions
from piiscan.connectors.files import FileConnector
from piiscan.connectors.layouts import detect_layout, header_hints, load_mapping
from piiscan.errors import ConfigError


def test_load_mapping_accepts_keys_and_terms(tmp_path):
    path = tmp_path / "mapping.yaml"
    path.write_text("# Kassajärjestelmän vienti\nAsiakkaan puh.: phone\nLähiosoite: katuosoite\n"
                    "Hlötunnus: henkilötunnus\nS-posti: sähköpostiosoite\n", encoding="utf-8")
    assert load_mapping(path) == {"Asiakkaan puh.": "phone", "Lähiosoite": "address",
                                  "Hlötunnus": "personal_identity_code", "S-posti": "email"}


@pytest.mark.parametrize("text,line,message", [
    ("Puh: phone\nLempiruoka: lempiruoka\n", 2, "unknown category 'lempiruoka'"),
    ("Puh: phone\nYhteys: yhteystiedot\n", 2, "is a group of categories"),
    ("Puh:\n", 1, "give one category key"),
    ("Puh: phone\nPuh: email\n", 2, "duplicate key"),
    ("- phone\n", None, "YAML mapping of 'header: category'"),
])
def test_load_mapping_errors_name_file_and_line(tmp_path, text, line, message):
    path = tmp_path / "mapping.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_mapping(path)
    assert message in str(caught.value)
    assert str(caught.value).startswith(f"{path}:{line}:" if line else f"{path}:")


def test_unknown_term_error_suggests_close_terms(tmp_path):
    path = tmp_path / "mapping.yaml"
    path.write_text("Sposti: emial\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="closest known: email"):
        load_mapping(path)


def test_mapping_hints_any_layout_folded(tmp_path):
    export = tmp_path / "kassa.csv"
    export.write_text("ASIAKKAAN PUH.;Lahiosoite;Tuote\n040 123 4567;Kotikatu 1;Sukat\n050 765 4321;Tie 2;Pipo\n",
                      encoding="utf-8")
    mapping = {"Asiakkaan puh.": "phone", "Lähiosoite": "address"}
    connector = FileConnector(str(export), ScanOptions(mapping=mapping))
    sample = connector.sample(connector.list_tables()[0])
    assert sample.column_hints == {"ASIAKKAAN PUH.": {"phone"}, "Lahiosoite": {"address"}}


def test_generic_headers_are_not_hinted_without_a_layout():
    # "Name" in a product export is a product: hints come only from a recognised layout or a mapping
    assert header_hints(["Name", "SKU", "Price", "Stock"]) == (None, {})
    assert detect_layout(["Etunimi", "Sukunimi", "Sähköposti"]).name == "Finnish web shop (Finqu-style)"


def test_cli_mapping_option(tmp_path):
    from typer.testing import CliRunner

    from piiscan.cli import app

    (tmp_path / "kassa.csv").write_text("ASIAKKAAN PUH.;Tuote\n040 123 4567;Sukat\n050 765 4321;Pipo\n",
                                        encoding="utf-8")
    (tmp_path / "good.yaml").write_text("Asiakkaan puh.: puhelinnumero\n", encoding="utf-8")
    (tmp_path / "bad.yaml").write_text("Tuote: lempiruoka\n", encoding="utf-8")
    (tmp_path / "seloste.yaml").write_text("register: Kassa\ncontroller: Kauppa Oy\ndeclared:\n  - email\n",
                                           encoding="utf-8")
    base = ["run", "--db", str(tmp_path / "kassa.csv"), "--notice", str(tmp_path / "seloste.yaml"), "-q"]
    runner = CliRunner()
    found = runner.invoke(app, base + ["--mapping", str(tmp_path / "good.yaml"), "--format", "json"])
    assert found.exit_code == 1
    assert "phone" in found.stdout and "040 123 4567" not in found.stdout
    refused = runner.invoke(app, base + ["--mapping", str(tmp_path / "bad.yaml")])
    assert refused.exit_code == 2
    assert f"{tmp_path / 'bad.yaml'}:1: header 'Tuote': unknown category 'lempiruoka'" in refused.output
