"""Generated exports for the file-connector tests: Faker fi_FI people, CSV writing, scan helpers.

Phone numbers are built by hand because Faker's fi_FI numbers are often not valid Finnish numbers.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

from faker import Faker

from piiscan.connectors.base import ScanOptions
from piiscan.connectors.files import FileConnector
from piiscan.notice import DeclaredEntry, Notice


def people(count: int = 40, seed: int = 1) -> list[dict[str, str]]:
    fake = Faker("fi_FI")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    out = []
    for i in range(count):
        first, last = fake.first_name(), fake.last_name()
        out.append({
            "first": first, "last": last, "email": fake.email(safe=True),
            "phone": rng.choice(["040 ", "050 ", "+358 44 ", "045-"]) + f"{rng.randint(100, 999)} {rng.randint(1000, 9999)}",
            "street": fake.street_address(), "postcode": fake.postcode(), "city": fake.city(),
            "company": fake.company(), "business_id": fake.company_business_id(), "hetu": fake.ssn(),
            "ip": f"{rng.randint(11, 199)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            "order": str(10000 + i), "total": f"{rng.randint(5, 500)}.{rng.randint(0, 99):02d}",
            "username": f"{fake.user_name()}{i}", "date": fake.date_between("-2y").isoformat(),
        })
    return out


def write_csv(path: Path, header: list[str], rows: list[list[str]], delimiter: str = ",",
              encoding: str = "utf-8") -> Path:
    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def findings_by_column(result) -> dict[str, dict[str, str]]:
    """column -> {category: evidence}"""
    out: dict[str, dict[str, str]] = {}
    for f in result.findings:
        out.setdefault(f.column, {})[f.category] = f.evidence
    return out


def notice(*keys: str) -> Notice:
    return Notice(register="Testirekisteri", entries=[DeclaredEntry(k, k) for k in keys])


def sample_of(path: Path, **options):
    connector = FileConnector(str(path), ScanOptions(**options))
    tables = connector.list_tables()
    return {t.name: connector.sample(t) for t in tables}


FINNISH = ["Tilausnumero", "Etunimi", "Sukunimi", "Sähköposti", "Puhelin", "Osoite", "Postinumero",
           "Postitoimipaikka", "Yritys", "Y-tunnus", "Summa"]


def finnish_rows():
    return [[p["order"], p["first"], p["last"], p["email"], p["phone"], p["street"], p["postcode"], p["city"],
             p["company"], p["business_id"], p["total"].replace(".", ",")] for p in people()]
