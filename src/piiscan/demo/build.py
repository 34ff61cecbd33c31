"""Builds the demo shop database deterministically: ``python -m piiscan.demo.build [PATH]``.

A small Finnish web shop ("Kahvipaahtimo Esimerkki Oy", invented): customers, orders, order
lines, products, newsletter subscribers and customer-service notes. Every person is generated
with Faker ``fi_FI`` from a fixed seed. The deliberate gap for the demo: ``asiakkaat.hetu``
holds henkilötunnus, which the demo notice does not declare.
"""

from __future__ import annotations

import random
import sqlite3
import sys
from pathlib import Path

SEED = 2026
CUSTOMERS = 400


def finnish_mobile(rng: random.Random) -> str:
    prefix = rng.choice(["040", "041", "044", "045", "046", "050"])
    number = f"{rng.randint(0, 9999999):07d}"
    style = rng.random()
    if style < 0.5:
        return f"{prefix} {number[:3]} {number[3:]}"
    if style < 0.8:
        return f"+358 {prefix[1:]} {number[:3]} {number[3:]}"
    return f"{prefix}{number}"


def build(path: Path) -> None:
    from faker import Faker

    fake = Faker("fi_FI")
    Faker.seed(SEED)
    rng = random.Random(SEED)
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path)
    db.executescript(
        """
        CREATE TABLE asiakkaat (
            id INTEGER PRIMARY KEY, etunimi TEXT, sukunimi TEXT, sahkoposti TEXT, puhelin TEXT,
            katuosoite TEXT, postinumero TEXT, postitoimipaikka TEXT, hetu TEXT, luotu TEXT);
        CREATE TABLE tuotteet (
            id INTEGER PRIMARY KEY, nimi TEXT, sku TEXT, ean TEXT, hinta REAL, kuvaus TEXT);
        CREATE TABLE tilaukset (
            id INTEGER PRIMARY KEY, tilausnumero TEXT, asiakas_id INTEGER REFERENCES asiakkaat(id),
            summa REAL, tila TEXT, viitenumero TEXT, alennuskoodi TEXT, ip_osoite TEXT, luotu TEXT);
        CREATE TABLE tilausrivit (
            id INTEGER PRIMARY KEY, tilaus_id INTEGER, tuote_id INTEGER, maara INTEGER, rivihinta REAL);
        CREATE TABLE uutiskirje (
            id INTEGER PRIMARY KEY, sahkoposti TEXT, markkinointilupa INTEGER, liittynyt TEXT);
        CREATE TABLE asiakaspalvelu (
            id INTEGER PRIMARY KEY, asiakas_id INTEGER, viesti TEXT, kasitelty INTEGER);
        """
    )
    customers = []
    for i in range(1, CUSTOMERS + 1):
        first, last = fake.first_name(), fake.last_name()
        customers.append((
            i, first, last, fake.email(), finnish_mobile(rng), fake.street_address(), fake.postcode(),
            fake.city(), fake.ssn(), fake.date_time_between("-3y", "now").isoformat(timespec="seconds"),
        ))
    db.executemany("INSERT INTO asiakkaat VALUES (?,?,?,?,?,?,?,?,?,?)", customers)
    products = []
    for i in range(1, 41):
        name = f"{rng.choice(['Kenia', 'Kolumbia', 'Etiopia', 'Brasilia', 'Guatemala'])} "
        name += rng.choice(["tumma paahto", "vaalea paahto", "espresso", "suodatin", "luomu"])
        products.append((i, name, f"KP-{rng.randint(1000, 9999)}", f"64{rng.randint(10**10, 10**11 - 1)}",
                         round(rng.uniform(6, 30), 2), fake.sentence(nb_words=8)))
    db.executemany("INSERT INTO tuotteet VALUES (?,?,?,?,?,?)", products)
    orders, lines = [], []
    for i in range(1, 1201):
        base = str(100000 + i)
        reference = base + _reference_check(base)
        orders.append((
            i, f"T{2024000 + i}", rng.randint(1, CUSTOMERS), round(rng.uniform(10, 250), 2),
            rng.choice(["maksettu", "toimitettu", "peruttu"]), reference,
            rng.choice([None, None, None, "KESA10", "TERVETULOA"]), fake.ipv4_public(),
            fake.date_time_between("-2y", "now").isoformat(timespec="seconds"),
        ))
        for _ in range(rng.randint(1, 3)):
            lines.append((len(lines) + 1, i, rng.randint(1, 40), rng.randint(1, 4), round(rng.uniform(6, 60), 2)))
    db.executemany("INSERT INTO tilaukset VALUES (?,?,?,?,?,?,?,?,?)", orders)
    db.executemany("INSERT INTO tilausrivit VALUES (?,?,?,?,?)", lines)
    subscribers = [(i, c[3], rng.choice([0, 1]), c[9]) for i, c in enumerate(customers[:250], 1)]
    db.executemany("INSERT INTO uutiskirje VALUES (?,?,?,?)", subscribers)
    notes = []
    for i in range(1, 151):
        c = customers[rng.randint(0, CUSTOMERS - 1)]
        text = rng.choice([
            f"Asiakas kysyi toimitusajasta tilaukselle, soittakaa numeroon {c[4]} iltapäivällä.",
            "Paketti saapui rikkinäisenä, lähetetään uusi kahvipussi ja pahoittelut.",
            f"Asiakas pyysi vaihtamaan sähköpostin osoitteeseen {c[3]} jatkossa.",
            "Kysyi, onko tumma paahto saatavilla myös papuina. Vastattu että on.",
            "Palautus hyväksytty, hyvitys tehdään viiden arkipäivän kuluessa.",
        ])
        notes.append((i, c[0], text, rng.choice([0, 1])))
    db.executemany("INSERT INTO asiakaspalvelu VALUES (?,?,?,?)", notes)
    db.commit()
    db.execute("VACUUM")
    db.close()


def _reference_check(base: str) -> str:
    """Finnish reference number check digit (weights 7, 3, 1 from the right)."""
    total = sum(int(d) * (7, 3, 1)[i % 3] for i, d in enumerate(reversed(base)))
    return str((10 - total % 10) % 10)


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "kauppa.db")
