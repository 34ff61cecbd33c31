"""Identity and financial columns in real databases: the types each server returns (DATE,
BIGINT card numbers, INTEGER postal codes that lost their leading zeros) reach the right verdict
through the whole pipeline, and product or order columns stay silent."""

import datetime

import pytest
from stdnum import iban, luhn

from piiscan.notice import Notice
from piiscan.pipeline import scan
from piiscan.recognizers.billing import check_digit
from piiscan.recognizers.name import first_names, surnames

ROWS = 40
_CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def _hetu(i: int) -> str:
    day = datetime.date(1950, 1, 1) + datetime.timedelta(days=397 * i)
    sign = "-Y"[i % 2] if day.year < 2000 else "A"
    digits = f"{day:%d%m}{day.year % 100:02d}{100 + i:03d}"
    return f"{digits[:6]}{sign}{digits[6:]}{_CHECK_CHARS[int(digits) % 31]}"


def _card(i: int) -> int:
    """A Visa-shaped number with its Luhn digit, stored as an integer as some shops do."""
    body = f"4{i:014d}"
    return int(body + luhn.calc_check_digit(body))


def _rows() -> list[dict[str, object]]:
    firsts, lasts = sorted(first_names()), sorted(surnames())
    rows = []
    for i in range(ROWS):
        bban = f"{4000000 + i * 7919:014d}"
        rows.append({
            "hetu": _hetu(i),
            "tilinumero": iban.format(f"FI{iban.calc_check_digits('FI00' + bban)}{bban}"),
            "korttinumero": _card(i),
            "syntymaaika": datetime.date(1940, 1, 1) + datetime.timedelta(days=613 * i),
            "postinumero": [100, 700, 2100, 33100, 90440][i % 5],
            "katuosoite": f"{['Koivu', 'Rauhan', 'Kirkko'][i % 3]}katu {i + 1} B {i % 9 + 1}",
            "asiakas": f"{firsts[(i * 37) % len(firsts)]} {lasts[(i * 53) % len(lasts)]}",
            "viitenumero": f"{1000 + i}{check_digit(str(1000 + i))}",
            "tuote": ["Kolumbia espresso", "Kenia luomu", "Kenia tumma paahto", "Etiopia Sidamo"][i % 4],
            "tilausnumero": 4_000_000_000_000_000 + i * 104_729,
        })
    return rows


EXPECTED = {
    "hetu": {"personal_identity_code"},
    "tilinumero": {"bank_account"},
    "korttinumero": {"payment_card"},
    "syntymaaika": {"birth_date"},
    "postinumero": {"address"},
    "katuosoite": {"address"},
    "asiakas": {"name"},
    "viitenumero": {"billing"},
    "tuote": set(),
    "tilausnumero": {"order_history"},  # by its name only; the numbers are no cards
}

_TYPES = {"hetu": "VARCHAR(11)", "tilinumero": "VARCHAR(40)", "korttinumero": "BIGINT", "syntymaaika": "DATE",
          "postinumero": "INTEGER", "katuosoite": "VARCHAR(80)", "asiakas": "VARCHAR(80)", "viitenumero": "VARCHAR(20)",
          "tuote": "VARCHAR(80)", "tilausnumero": "BIGINT"}


def _statements() -> list[str]:
    create = "CREATE TABLE asiakkaat (id INTEGER PRIMARY KEY, " + ", ".join(f"{c} {t}" for c, t in _TYPES.items()) + ")"
    inserts = []
    for n, row in enumerate(_rows()):
        values = ", ".join(str(v) if isinstance(v, int) else f"'{v}'" for v in row.values())
        inserts.append(f"INSERT INTO asiakkaat (id, {', '.join(row)}) VALUES ({n + 1}, {values})")
    return [create, *inserts]


def _check(url: str) -> None:
    result = scan([url], Notice(register="Testi", entries=[]))
    assert [s.status for s in result.sources] == ["ok"], result.sources
    found: dict[str, set[str]] = {c: set() for c in _TYPES}
    for finding in result.findings:
        if finding.column in found:
            found[finding.column].add(finding.category)
    assert found == EXPECTED
    examples = " ".join(" ".join(f.examples) for f in result.findings)
    for row in _rows():  # masked examples only
        assert row["hetu"] not in examples and row["tilinumero"] not in examples and row["asiakas"] not in examples


def test_sqlite(make_sqlite_database) -> None:
    _check(make_sqlite_database(*_statements()))


@pytest.mark.postgres
def test_postgresql(make_pg_database) -> None:
    _check(make_pg_database(*_statements()))


@pytest.mark.mysql
def test_mariadb(make_mysql_database) -> None:
    _check(make_mysql_database(*_statements()))
