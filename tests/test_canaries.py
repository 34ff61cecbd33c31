"""No raw personal data and no password anywhere: canaries planted in every column kind of a real
PostgreSQL database, every output format and log level produced, and none of them found."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

PASSWORD = "Kanari-Salasana-77"
# Unique values that the scan will find (and must mask) or read (and must never echo).
CANARIES = {
    "hetu": "170391-917E",
    "email": "kanarialintu.ylikoski@example.fi",
    "phone": "040 736 1942",
    "iban": "FI21 1234 5600 0007 85",
    "name": "Kanarialintu Ylikoski",
    "street": "Kanarialinnunkuja 17 B 4",
    "note": "Soita asiakkaalle numeroon 0451237788 ennen toimitusta",
    "ip": "203.0.113.77",
    "json": "kanari-json-arvo-4411",
    "array": "kanari-taulukko-5522",
    "enum": "kanarienum",
    "bytes": "kanari-bytea-6633",
    "uuid": "9f1c2b7e-5d1a-4c3b-8e2f-7a6b5c4d3e2f",
}


def _plant(make_pg_database) -> str:
    c = CANARIES
    rows = [(c["hetu"], c["email"], c["phone"], c["iban"], c["name"], c["street"], c["note"], c["ip"])] * 30
    values = ", ".join("(" + ", ".join(f"'{v}'" for v in row) + ")" for row in rows)
    return make_pg_database(
        f"CREATE TYPE mieliala AS ENUM ('{c['enum']}', 'muu')",
        "CREATE TABLE asiakkaat (hetu text, sahkoposti varchar(200), puhelin text, tilinumero text, nimi text, "
        "katuosoite text, muistiinpano text, ip_osoite inet)",
        f"INSERT INTO asiakkaat VALUES {values}",
        "CREATE TABLE sekalaiset (tiedot jsonb, tunnisteet text[], mieli mieliala, kuva bytea, laite uuid, "
        "piste point, kpl integer, hinta numeric(8,2), luotu timestamptz, aktiivinen boolean)",
        f"""INSERT INTO sekalaiset SELECT '{{"arvo": "{c["json"]}", "email": "{c["email"]}"}}', """
        f"""ARRAY['{c["array"]}', '{c["hetu"]}'], '{c["enum"]}', convert_to('{c["bytes"]}', 'UTF8'), """
        f"""'{c["uuid"]}', point(60.17, 24.94), 3, 12.50, now(), true FROM generate_series(1, 20)""",
    )


def _run(args: list[str], cwd: Path) -> tuple[int, str]:
    process = subprocess.run([sys.executable, "-m", "piiscan", *args], cwd=cwd, capture_output=True, text=True,
                             timeout=300)
    return process.returncode, process.stdout + process.stderr


@pytest.mark.postgres
def test_no_canary_and_no_password_in_any_output(make_pg_database, tmp_path):
    url = _plant(make_pg_database)
    with_password = url.replace("postgres@", f"postgres:{PASSWORD}@")  # trust auth ignores it; we must not print it
    seloste = tmp_path / "seloste.yaml"
    seloste.write_text("register: Kanarialintu\ndeclared: [email]\n", encoding="utf-8")
    outputs: list[str] = []
    files = [tmp_path / name for name in ("report.json", "raportti.html", "raportti.md", "report-en.html",
                                          "datamap.csv")]
    for verbosity, fmt in (([], ["--format", "text"]), (["-v"], ["--format", "json"]),
                           (["-vv"], ["--format", "text"])):
        code, printed = _run([*verbosity, "run", "--db", with_password, "--notice", str(seloste), *fmt,
                              "--json", str(files[0]), "--report", str(files[1]), "--report", str(files[2]),
                              "--datamap", str(files[4])], tmp_path)
        assert code == 1, printed
        outputs += [printed] + [f.read_text(encoding="utf-8") for f in (files[0], files[1], files[2], files[4])]
    code, printed = _run(["report", str(files[0]), "--report", str(files[3]), "--lang", "en"], tmp_path)
    assert code == 0, printed
    outputs += [printed, files[3].read_text(encoding="utf-8")]
    # a source that fails (wrong port) with the password in its URL
    code, printed = _run(["-vv", "run", "--db", f"postgresql://postgres:{PASSWORD}@127.0.0.1:1/x"], tmp_path)
    assert code == 3
    outputs.append(printed)
    everything = "\n".join(outputs)
    assert "personal_identity_code" in everything  # the scan did see the data...
    leaked = [name for name, value in CANARIES.items() if value in everything]
    assert leaked == []  # ...and printed none of it
    assert PASSWORD not in everything
