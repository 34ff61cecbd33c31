"""Hard negatives for the labelled corpus: columns that look like personal data and are not.

Order numbers, SKUs, EANs (some Luhn-valid by chance), prices, timestamps, UUID order ids, product
codes that fit a Y-tunnus or reference-number checksum by chance, foreign postal codes, 11-character
codes that fail the henkilötunnus checksum, dates written like phone numbers, product names, city
names of warehouses, four-part version strings that parse as IPv4, file checksums. Each column's
label is empty.

>>> import random
>>> from faker import Faker
>>> rng = random.Random(0)
>>> len(_four_part_version(rng, None).split("."))
4
"""

from __future__ import annotations

import random
import string
from typing import Any, Callable

from piiscan.bench import values as v

Gen = Callable[[random.Random, Any], Any]

_PRODUCTS = ("Villasukat", "Kahvinkeitin", "Retkituoli", "Lapaset", "Pipo", "Termospullo", "Leikkuulauta",
             "Kynttilä", "Pyyhe", "Sateenvarjo", "Reppu", "Kattila", "Paistinpannu", "Tyyny", "Torkkupeitto")
_COLOURS = ("harmaa", "musta", "sininen", "punainen", "valkoinen", "vihreä")


def _product_name(r: random.Random, f) -> str:
    return f"{r.choice(_PRODUCTS)}, {r.choice(_COLOURS)}, {r.choice(['S', 'M', 'L', '38-40', '1 l', '28 cm'])}"


def _sku(r: random.Random, f) -> str:
    letters = "".join(r.choice(string.ascii_uppercase) for _ in range(3))
    return f"{letters}-{r.randint(1000, 9999)}-{r.choice(['XS', 'S', 'M', 'L', 'XL', '00'])}"


def _price(r: random.Random, f) -> str:
    amount = r.randint(100, 150000) / 100
    return r.choice([f"{amount:.2f}", f"{amount:.2f}".replace(".", ",") + " €"])


def _timestamp(r: random.Random, f) -> str:
    d = v.random_date(r, 2019)
    return r.choice([f"{d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
                     f"{d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00Z"])


def _date_like_phone(r: random.Random, f) -> str:
    """Delivery dates as people type them: 05062024, 05-06-2024, 05 06 2024."""
    d = v.random_date(r, 2020)
    return r.choice([f"{d:%d%m%Y}", f"{d:%d-%m-%Y}", f"{d:%d %m %Y}", f"{d:%d/%m/%Y}"])


def _chance_ytunnus_code(r: random.Random, f) -> str:
    """Product codes shaped NNNNNNN-N: about one in eleven fits the Y-tunnus checksum."""
    return f"{r.randint(1000000, 9999999)}-{r.randint(0, 9)}"


def _chance_card_tracking(r: random.Random, f) -> str:
    """16-digit parcel tracking numbers: one in ten passes Luhn, a few start with 4 or 5."""
    return "".join(r.choice(string.digits) for _ in range(16))


def _foreign_postcode(r: random.Random, f) -> str:
    return r.choice(["10115", "75008", "SW1A 1AA", "EC1A 1BB", "111 22", "1010", "00-950", "28013", "D02 X285"])


def _four_part_version(r: random.Random, f) -> str:
    return f"{r.randint(1, 12)}.{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 250)}"


def _semver(r: random.Random, f) -> str:
    return r.choice([f"v{r.randint(0, 5)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
                     f"{r.randint(0, 5)}.{r.randint(0, 20)}.{r.randint(0, 9)}-beta.{r.randint(1, 4)}"])


def _order_number(r: random.Random, f) -> str:
    return str(r.randint(100000000, 999999999))


def _invoice_like_number(r: random.Random, f) -> str:
    """Numbers that start with 0 and are phone-length: batch numbers in a warehouse."""
    return "0" + "".join(r.choice(string.digits) for _ in range(r.randint(8, 9)))


def _broken_iban(r: random.Random) -> str:
    """A Finnish IBAN with its last digit changed: the mod-97 check fails."""
    number = v.iban(r)
    return number[:-1] + str((int(number[-1]) + 1) % 10)


# (table, column, generator); the column names carry no personal-data word on purpose.
NEGATIVES: list[tuple[str, str, Gen]] = [
    ("products", "id", lambda r, f: r.randint(1, 10**6)),
    ("products", "sku", _sku),
    ("products", "ean", lambda r, f: v.ean13(r, r.choice(["64", "40", "41", "73"]))),
    ("products", "gtin", lambda r, f: v.ean13(r, "4")),
    ("products", "product_name", _product_name),
    ("products", "tuotenimi", _product_name),
    ("products", "price", _price),
    ("products", "hinta", lambda r, f: r.randint(100, 99900) / 100),
    ("products", "weight_g", lambda r, f: r.randint(10, 5000)),
    ("products", "tuotekoodi", _chance_ytunnus_code),
    ("products", "uuid", lambda r, f: v.uuid(r)),
    ("products", "created_at", _timestamp),
    ("products", "updated", _timestamp),
    ("shipments", "tracking_code", _chance_card_tracking),
    ("shipments", "dest_code", _foreign_postcode),
    ("shipments", "toimituspaiva", _date_like_phone),
    ("shipments", "erakoodi", _invoice_like_number),
    ("shipments", "ext_id", lambda r, f: v.uuid(r)),
    ("shipments", "nro", _order_number),
    ("shipments", "varasto", lambda r, f: f.city()),
    ("shipments", "col1", _order_number),
    ("shipments", "value", _price),
    ("shipments", "data", _timestamp),
    ("shipments", "info", _product_name),
    ("builds", "version", _four_part_version),
    ("builds", "release", _semver),
    ("builds", "checksum", lambda r, f: v.hex_digest(r)),
    ("builds", "koodi", lambda r, f: v.broken_hetu(r)),
    ("builds", "serial", lambda r, f: f"{r.randint(10, 99)}{r.randint(1000, 9999)}-{r.randint(100, 999)}"
                                       f"{r.choice('ABCDEFHJKLMNPRSTUVWXY')}"),
    ("builds", "sisainen_koodi", lambda r, f: "".join(r.choice(string.digits) for _ in range(r.randint(6, 12)))),
    ("builds", "amount", lambda r, f: round(r.uniform(60.0, 70.0), 5)),
    ("builds", "ratio", lambda r, f: f"{r.uniform(59.8, 70.0):.2f}"),
    ("builds", "qty", lambda r, f: r.randint(1, 40)),
    ("builds", "color", lambda r, f: r.choice(_COLOURS)),
    ("builds", "category", lambda r, f: r.choice(["Vaatteet", "Keittiö", "Retkeily", "Koti", "Lahjat"])),
    ("orders", "created", lambda r, f: v.datetime(2024, 1, 1) + v.timedelta(minutes=r.randint(0, 10**6))),
    ("orders", "currency", lambda r, f: r.choice(["EUR", "SEK", "USD"])),
    ("orders", "country", lambda r, f: r.choice(["FI", "SE", "EE", "DE"])),
    ("orders", "payload", lambda r, f: f'{{"sku": "{_sku(r, f)}", "qty": {r.randint(1, 9)}, '
                                       f'"price": {_price(r, f)!r}}}'),
    ("orders", "discount_pct", lambda r, f: f"{r.randint(0, 70)} %"),
    ("products", "mallisto", lambda r, f: f"{f.first_name()}-{r.choice(['muki', 'tuoli', 'sukat', 'lasi'])}"),
    ("products", "toimipiste", lambda r, f: f"{f.city()} {r.choice(['keskusta', 'Citymarket', 'outlet'])}"),
    ("products", "locale", lambda r, f: r.choice(["fi_FI", "sv_FI", "en_GB"])),
    ("builds", "build_time", lambda r, f: f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"),
    ("builds", "tarkiste", lambda r, f: _broken_iban(r)),
    ("products", "nimi", _product_name),
    ("products", "puhelinmalli", lambda r, f: r.choice(["iPhone 15", "Galaxy S23", "Pixel 8", "Nokia G42"])),
    ("users", "email_verified", lambda r, f: r.random() < 0.8),
    ("products", "title", _product_name),
    ("categories", "name", lambda r, f: r.choice(["Vaatteet", "Keittiö", "Retkeily", "Koti", "Lahjat", "Lelut"])),
    ("categories", "parent", lambda r, f: r.choice(["Koti ja sisustus", "Urheilu", "Ale"])),
    ("shipments", "weight_kg", lambda r, f: f"{r.uniform(0.1, 30):.3f}"),
]
