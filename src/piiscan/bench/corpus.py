"""The labelled corpus: shop-like columns, each with the set of categories it truly holds.

Generated deterministically from a seed (Faker ``fi_FI`` for names, streets, cities, jobs; values.py
for identifiers; hand-written hard negatives in negatives.py). Every column carries a label, a set
of category keys of shared/spec/categories.md, empty when the column holds no personal data.

Column names are realistic, and value-detectable categories also appear under neutral names
("col1", "value", "data", "info") so that value evidence is tested on its own. ``kind`` says how
a column can be recognised: ``value`` (its values prove it), ``name`` (only its name can),
``text`` (free text), ``negative`` (a hard negative: looks like something, is nothing).

>>> corpus = build_corpus(rows=20)
>>> len(corpus) > 100 and all(isinstance(c.labels, frozenset) for c in corpus)
True
>>> [c.labels for c in corpus if c.table == "customers" and c.name == "email"]
[frozenset({'email'})]
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

from piiscan.bench import values as v
from piiscan.bench.negatives import NEGATIVES
from piiscan.bench.texts import TEXTS

if TYPE_CHECKING:
    import pandas as pd

DEFAULT_ROWS = 200
DEFAULT_SEED = 2026


@dataclass(frozen=True)
class LabelledColumn:
    """One corpus column: where it lives, its values, and the categories it truly holds."""

    table: str
    name: str
    values: "pd.Series"
    labels: frozenset[str]
    kind: str  # "value", "name", "text" or "negative"

    @property
    def key(self) -> str:
        return f"{self.table}.{self.name}"


Gen = Callable[[random.Random, Any], Any]  # (rng, faker) -> one value


def _full_name(r: random.Random, f) -> str:
    return f"{f.first_name()} {f.last_name()}"


def _postcode_city(r: random.Random, f) -> str:
    return f"{f.postcode()} {f.city().upper() if r.random() < 0.3 else f.city()}"


def _coords(r: random.Random, f) -> str:
    return f"{r.uniform(59.8, 70.0):.5f}, {r.uniform(20.5, 31.5):.5f}"


def _unicast_ipv6(f) -> str:
    """Faker's IPv6 addresses, without the multicast ones (ff00::/8 is no host's address)."""
    while True:
        address = f.ipv6()
        if not address.lower().startswith("ff"):
            return address


def _handle(f) -> str:
    """A user name as social media allow it: letters, digits, dots and underscores."""
    return f.user_name().replace("-", "_")


def _social(r: random.Random, f) -> str:
    handle = _handle(f)
    return r.choice([f"@{handle}", f"https://www.instagram.com/{handle}/", f"https://twitter.com/{handle}",
                     f"https://www.facebook.com/{handle}", f"https://www.linkedin.com/in/{handle}"])


def _birth_date_text(r: random.Random, f) -> str:
    d = v.random_date(r, 1935, v.date(2008, 1, 1))
    return r.choice([f"{d:%Y-%m-%d}", f"{d.day}.{d.month}.{d.year}", f"{d:%d.%m.%Y}"])


_HEALTH = ("laktoosi-intoleranssi", "keliakia", "pähkinäallergia", "diabetes", "astma", "gluteeniton ruokavalio",
           "siitepölyallergia", "kananmuna-allergia", "epilepsia", "penisilliiniallergia", "nut allergy",
           "coeliac disease", "migreeni", "verenpainetauti")

# (table, column, labels, kind, generator). Labels are space-separated category keys.
POSITIVES: list[tuple[str, str, str, str, Gen]] = [
    # identity
    ("customers", "hetu", "personal_identity_code", "value", lambda r, f: v.hetu(r)),
    ("customers", "henkilotunnus", "personal_identity_code", "value",
     lambda r, f: v.hetu(r, v.random_date(r, 2000, v.TODAY))),
    ("patients", "ssn", "personal_identity_code", "value", lambda r, f: v.hetu(r, temporary=r.random() < 0.2)),
    ("import_rows", "col1", "personal_identity_code", "value", lambda r, f: v.hetu(r)),
    ("members", "tunniste", "personal_identity_code", "value", lambda r, f: v.hetu(r)),
    ("customers", "first_name", "name", "value", lambda r, f: f.first_name()),
    ("customers", "last_name", "name", "value", lambda r, f: f.last_name()),
    ("orders", "billing_first_name", "name", "value", lambda r, f: f.first_name()),
    ("orders", "shipping_last_name", "name", "value", lambda r, f: f.last_name()),
    ("members", "etunimi", "name", "value", lambda r, f: f.first_name()),
    ("members", "sukunimi", "name", "value", lambda r, f: f.last_name()),
    ("contacts", "full_name", "name", "value", _full_name),
    ("contacts", "yhteyshenkilo", "name", "value", _full_name),
    ("import_rows", "col3", "name", "value", _full_name),
    ("tickets", "value", "name", "value", _full_name),
    ("customers", "birth_date", "birth_date", "value", lambda r, f: f"{v.random_date(r, 1935, v.date(2008, 1, 1))}"),
    ("members", "syntymaaika", "birth_date", "value", _birth_date_text),
    ("patients", "dob", "birth_date", "value", _birth_date_text),
    ("suppliers", "y_tunnus", "business_id", "value", lambda r, f: v.ytunnus(r)),
    ("suppliers", "vat_number", "business_id", "value", lambda r, f: v.ytunnus(r, vat=True)),
    ("import_rows", "info", "business_id", "value", lambda r, f: v.ytunnus(r)),
    # contact
    ("customers", "email", "email", "value", lambda r, f: f.email()),
    ("orders", "billing_email", "email", "value", lambda r, f: f.free_email()),
    ("members", "sahkoposti", "email", "value", lambda r, f: f.email()),
    ("import_rows", "data", "email", "value", lambda r, f: f.email()),
    ("newsletter", "value", "email", "value", lambda r, f: f.free_email()),
    ("customers", "phone", "phone", "value", lambda r, f: v.phone(r)),
    ("orders", "billing_phone", "phone", "value", lambda r, f: v.mobile(r)),
    ("members", "puhelin", "phone", "value", lambda r, f: v.phone(r)),
    ("contacts", "gsm", "phone", "value", lambda r, f: v.mobile(r)),
    ("import_rows", "col2", "phone", "value", lambda r, f: v.phone(r)),
    ("tickets", "info", "phone", "value", lambda r, f: v.mobile(r)),
    ("customers", "street_address", "address", "value", lambda r, f: v.street_address(r, f.street_name())),
    ("members", "katuosoite", "address", "value", lambda r, f: f.street_address()),
    ("orders", "shipping_address", "address", "value", lambda r, f: f.address()),
    ("customers", "postinumero", "address", "value", lambda r, f: f.postcode()),
    ("customers", "city", "address", "value", lambda r, f: f.city()),
    ("members", "postitoimipaikka", "address", "value", _postcode_city),
    ("import_rows", "col4", "address", "value", lambda r, f: v.street_address(r, f.street_name())),
    # online
    ("sessions", "ip_address", "ip_address", "value", lambda r, f: f.ipv4()),
    ("sessions", "remote_addr", "ip_address", "value",
     lambda r, f: _unicast_ipv6(f) if r.random() < 0.5 else f.ipv4()),
    ("access_log", "value", "ip_address", "value", lambda r, f: f.ipv4_public()),
    ("contacts", "website", "website", "value", lambda r, f: f.url()),
    ("suppliers", "kotisivu", "website", "value", lambda r, f: f.domain_name()),
    ("import_rows", "col5", "website", "value", lambda r, f: f"https://www.{f.domain_name()}/{f.slug()}"),
    ("contacts", "instagram", "social_media", "value", lambda r, f: "@" + _handle(f)),
    ("customers", "some_profiili", "social_media", "value", _social),
    ("sessions", "user_agent", "online_identifier", "value", lambda r, f: f.user_agent()),
    ("access_log", "data", "online_identifier", "value", lambda r, f: f.user_agent()),
    ("sessions", "device_id", "online_identifier", "value", lambda r, f: v.uuid(r)),
    ("sessions", "cookie_id", "online_identifier", "value", lambda r, f: v.hex_digest(r, 32)),
    ("customers", "username", "online_identifier", "value", lambda r, f: f.user_name()),
    ("users", "password_hash", "credentials", "value", lambda r, f: v.bcrypt_like(r)),
    ("users", "salasana", "credentials", "value", lambda r, f: v.argon2_like(r)),
    ("wp_users", "user_pass", "credentials", "value", lambda r, f: v.pbkdf2_like(r)),
    ("users", "api_token", "credentials", "value", lambda r, f: v.hex_digest(r, 40)),
    ("import_rows", "value", "credentials", "value", lambda r, f: v.bcrypt_like(r)),
    ("deliveries", "coordinates", "location", "value", _coords),
    ("deliveries", "sijainti", "location", "value", _coords),
    ("import_rows", "col6", "location", "value", _coords),
    ("deliveries", "latitude", "location", "value", lambda r, f: round(r.uniform(59.8, 70.0), 6)),
    ("deliveries", "longitude", "location", "value", lambda r, f: round(r.uniform(20.5, 31.5), 6)),
    # financial
    ("customers", "iban", "bank_account", "value", lambda r, f: v.iban(r, spaced=r.random() < 0.5)),
    ("refunds", "tilinumero", "bank_account", "value",
     lambda r, f: v.iban(r, r.choice(["FI", "FI", "SE", "DE", "EE"]))),
    ("import_rows", "col7", "bank_account", "value", lambda r, f: v.iban(r)),
    ("payments", "card_number", "payment_card", "value", lambda r, f: v.payment_card(r)),
    ("payments", "pan", "payment_card", "value", lambda r, f: v.payment_card(r)),
    ("import_rows", "col8", "payment_card", "value", lambda r, f: v.payment_card(r)),
    ("invoices", "viitenumero", "billing", "value", lambda r, f: v.reference_number(r)),
    ("invoices", "payment_reference", "billing", "value", lambda r, f: v.rf_reference(r)),
    ("import_rows", "col9", "billing", "value", lambda r, f: v.rf_reference(r)),
    # special
    ("members", "allergiat", "health", "value", lambda r, f: r.choice(_HEALTH)),
    ("patients", "diagnosis", "health", "value", lambda r, f: r.choice(_HEALTH)),
    # harder written forms
    ("customers", "asiakkaan_nimi", "name", "value", lambda r, f: f"{f.last_name()}, {f.first_name()}"),
    ("orders", "EMAIL", "email", "value", lambda r, f: f.email().upper()),
    ("customers", "lisapuhelin", "phone", "value", lambda r, f: v.phone(r) if r.random() < 0.3 else ""),
    ("contacts", "tyopuhelin", "phone", "value", lambda r, f: v.landline(r)),
    ("contacts", "phone_intl", "phone", "value",
     lambda r, f: v.foreign_mobile(r)),
    ("customers", "syntymapaiva", "birth_date", "value", lambda r, f: v.random_date(r, 1935, v.date(2008, 1, 1))),
    ("customers", "postal_code", "address", "value", lambda r, f: f.postcode()),
    ("customers", "osoite", "address", "value", lambda r, f: f"{f.street_address()}, {f.postcode()} {f.city()}"),
    ("sessions", "last_login_ip", "ip_address", "value", lambda r, f: _unicast_ipv6(f)),
    ("contacts", "url", "website", "value", lambda r, f: f"http://{f.domain_name()}/"),
    ("suppliers", "ytunnus", "business_id", "value", lambda r, f: v.ytunnus(r) if r.random() < 0.9 else ""),
    ("refunds", "iban_tili", "bank_account", "value", lambda r, f: v.iban(r, spaced=True)),
    ("import_rows", "col10", "personal_identity_code", "value", lambda r, f: v.hetu(r, temporary=True)),
    ("customers", "phone_number", "phone", "value", lambda r, f: int("358" + v.mobile(r).replace(" ", "")[-9:])),
    ("tickets", "sender", "email name", "value", lambda r, f: f"{f.first_name()} {f.last_name()} <{f.free_email()}>"),
    ("payments", "payer", "name", "value", lambda r, f: f"{f.last_name().upper()} {f.first_name().upper()}"),
    ("members", "syntymaaika_raw", "birth_date", "value",
     lambda r, f: f"{v.random_date(r, 1935, v.date(2008, 1, 1)):%Y%m%d}"),
    ("members", "ika", "birth_date", "name", lambda r, f: r.randint(18, 90)),
    # found by name only
    ("customers", "sukupuoli", "gender", "name", lambda r, f: r.choice(["mies", "nainen", "muu"])),
    ("users", "gender", "gender", "name", lambda r, f: r.choice(["M", "F", "X"])),
    ("contacts", "titteli", "job_title", "name", lambda r, f: f.job()),
    ("contacts", "company", "organization", "name", lambda r, f: f.company()),
    ("customers", "newsletter", "marketing_consent", "name", lambda r, f: r.random() < 0.4),
    ("coupon_uses", "coupon_code", "coupons", "name", lambda r, f: r.choice(["KESA24", "JOULU10", "ALE15", "BF2025"])),
    ("members", "ammattiliitto", "special_category", "name", lambda r, f: r.choice(["PAM", "JHL", "Pro", "TEK"])),
]


def _series(values: list[Any], rng: random.Random, nulls: float) -> "pd.Series":
    import pandas as pd

    values = [None if rng.random() < nulls else x for x in values]
    if all(isinstance(x, bool) or x is None for x in values):
        return pd.Series(values, dtype="boolean")
    if all(isinstance(x, float) or x is None for x in values):
        return pd.Series(values, dtype="float64")
    if all(isinstance(x, int) or x is None for x in values) and None not in values:
        return pd.Series(values, dtype="int64")
    return pd.Series(values, dtype=object)


def build_corpus(seed: int = DEFAULT_SEED, rows: int = DEFAULT_ROWS) -> list[LabelledColumn]:
    """Every labelled column of the corpus, the same for the same seed and row count."""
    from faker import Faker

    out: list[LabelledColumn] = []
    specs = [(t, c, frozenset(lab.split()), k, g) for t, c, lab, k, g in POSITIVES]
    specs += [(t, c, frozenset(lab.split()), k, g) for t, c, lab, k, g in TEXTS]
    specs += [(t, c, frozenset(), "negative", g) for t, c, g in NEGATIVES]
    for index, (table, column, labels, kind, gen) in enumerate(specs):
        rng = random.Random(f"{seed}:{index}:{table}.{column}")
        fake = Faker("fi_FI")
        fake.seed_instance(rng.getrandbits(32))
        nulls = rng.choice([0.0, 0.0, 0.05, 0.2])
        values = [gen(rng, fake) for _ in range(rows)]
        out.append(LabelledColumn(table, column, _series(values, rng, nulls), labels, kind))
    keys = [c.key for c in out]
    assert len(keys) == len(set(keys)), "corpus columns must be unique per table"
    return out


def tables(corpus: list[LabelledColumn]) -> dict[str, "pd.DataFrame"]:
    """The corpus as one DataFrame per table (columns of a table have the same row count)."""
    import pandas as pd

    by_table: dict[str, dict[str, pd.Series]] = {}
    for column in corpus:
        by_table.setdefault(column.table, {})[column.name] = column.values
    return {t: pd.DataFrame(cols) for t, cols in by_table.items()}


def labels_of(corpus: list[LabelledColumn]) -> dict[str, dict[str, list[str]]]:
    """{table: {column: [keys]}}: the labels file format (see accuracy.load_labels)."""
    out: dict[str, dict[str, list[str]]] = {}
    for column in corpus:
        out.setdefault(column.table, {})[column.name] = sorted(column.labels)
    return out
