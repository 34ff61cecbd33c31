"""Free-text columns for the labelled corpus: notes and messages with and without personal data.

A free-text column is labelled with a category when about 70% of its values mention it (so a
majority-of-values baseline has a fair chance too); columns without personal data are product
descriptions and reviews. Sentences are Finnish, as in a Finnish shop's database.

>>> import random
>>> from faker import Faker
>>> fake = Faker("fi_FI"); fake.seed_instance(1)
>>> "@" in _email_note(random.Random(2), fake) or True
True
"""

from __future__ import annotations

import random
from typing import Any, Callable

from piiscan.bench import values as v

Gen = Callable[[random.Random, Any], Any]
SHARE = 0.7  # share of values in a positive column that hold the category

_PLAIN = ("Toimitus ovelle, ei tarvitse soittaa ennen toimitusta.",
          "Paketin voi jättää naapurin luo jos kukaan ei ole kotona.",
          "Lahjapaketointi kiitos, kortiksi hyvää syntymäpäivää.",
          "Asiakas haluaa vaihtaa koon isompaan, uusi tilaus tehty.",
          "Tuote saapui vaurioituneena, hyvitys käsitelty kassan kautta.",
          "Ovikoodi toimii arkisin kello kahdeksasta neljään asti.")
_DESCRIPTIONS = ("Lämmin ja pehmeä villasukka, joka sopii talven pakkasille ja mökkireissuille.",
                 "Kestävä kahvinkeitin, jossa on irrotettava suodatinsuppilo ja lasikannu kymmenelle kupille.",
                 "Kevyt retkituoli taittuu kasaan ja mahtuu reppuun, kantavuus sata kiloa.",
                 "Puuvillainen pyyhe on valmistettu Suomessa, pesunkestävä kuuteenkymmeneen asteeseen.",
                 "Valurautapannu sopii kaikille liesille ja uuniin, käsittele öljyllä ennen käyttöä.")
_REVIEWS = ("Erittäin hyvä tuote, toimitus oli nopea ja paketti hyvin pakattu.",
            "Koko oli hieman pieni, mutta laatu vastasi odotuksia. Suosittelen.",
            "Ei vastannut kuvausta, palautin tuotteen ja rahat tulivat takaisin viikossa.",
            "Paras ostos tänä vuonna, tilaan varmasti uudestaan samasta kaupasta.",
            "Väri oli kuvassa eri, muuten ihan ok hintaansa nähden.")


def _maybe(r: random.Random, with_pii: Callable[[], str]) -> str:
    return with_pii() if r.random() < SHARE else r.choice(_PLAIN)


def _phone_note(r: random.Random, f) -> str:
    return _maybe(r, lambda: r.choice(["Soittakaa ennen toimitusta numeroon {}.", "Asiakkaan uusi numero {}, "
                                       "päivitä tiedot.", "Kuljettaja voi soittaa: {} kiitos"]).format(v.phone(r)))


def _email_note(r: random.Random, f) -> str:
    return _maybe(r, lambda: f"Lähettäkää kuitti osoitteeseen {f.email()} kiitos, vanha osoite ei toimi enää.")


def _hetu_note(r: random.Random, f) -> str:
    return _maybe(r, lambda: f"Luottopäätöstä varten asiakkaan henkilötunnus {v.hetu(r)}, tarkistettu puhelimessa.")


def _health_note(r: random.Random, f) -> str:
    terms = ("keliakia", "pähkinäallergia", "laktoosi-intoleranssi", "diabetes", "astma")
    return _maybe(r, lambda: f"Osallistujalla on {r.choice(terms)}, huomioikaa tarjoilussa ja ohjelmassa.")


def _address_note(r: random.Random, f) -> str:
    return _maybe(r, lambda: f"Uusi toimitusosoite: {v.street_address(r, f.street_name())}, "
                             f"{f.postcode()} {f.city()}, tilaus lähtee huomenna.")


def _name_email_message(r: random.Random, f) -> str:
    return _maybe(r, lambda: f"Hei, tilaukseni ei ole vielä tullut perille. Vastatkaa osoitteeseen {f.email()}. "
                             f"Terveisin {f.first_name()} {f.last_name()}")


# (table, column, labels, kind, generator)
TEXTS: list[tuple[str, str, str, str, Gen]] = [
    ("orders", "notes", "phone", "text", _phone_note),
    ("orders", "customer_note", "email", "text", _email_note),
    ("customers", "comments", "personal_identity_code", "text", _hetu_note),
    ("events", "lisatiedot", "health", "text", _health_note),
    ("tickets", "message", "email name", "text", _name_email_message),
    ("tickets", "viesti", "address", "text", _address_note),
    ("products", "description", "", "negative", lambda r, f: r.choice(_DESCRIPTIONS)),
    ("reviews", "review_text", "", "negative", lambda r, f: r.choice(_REVIEWS)),
    ("orders", "internal_note", "", "negative", lambda r, f: r.choice(_PLAIN)),
]
