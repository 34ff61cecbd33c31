"""Column-name hints: which categories a column's *name* suggests.

Names are split into words (``snake_case``, ``camelCase``, ``billing_first_name``, spaces,
hyphens), folded (case, diacritics) and matched as whole words or as parts of Finnish compounds.
There is no ``.*name.*`` rule: ``product_name`` is not a person.

>>> sorted(name_hints("billing_first_name"))
['name']
>>> sorted(name_hints("product_name"))
[]
>>> sorted(name_hints("asiakkaanSahkopostiosoite"))
['email']
>>> sorted(name_hints("hetu"))
['personal_identity_code']
>>> sorted(name_hints("Postinumero"))
['address']
"""

from __future__ import annotations

import re
from functools import lru_cache

from piiscan.terms import fold

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_SPLIT = re.compile(r"[^0-9a-z]+")

# Words that, written alone or as the end of a compound, name a category. A leading "*" also
# matches the word as the end of a Finnish compound ("katuosoite"); a trailing "*" as its start
# ("puhelinnumero"). Longer matches win, so list compounds whose head misleads ("sahkopostiosoite").
RULES: dict[str, tuple[str, ...]] = {
    "name": ("first name", "last name", "full name", "firstname", "lastname", "fullname", "surname", "given name",
             "family name", "etunimi*", "sukunimi*", "*nimi", "kokonimi", "fornamn", "efternamn", "namn",
             "contact name", "customer name", "name"),
    "personal_identity_code": ("hetu", "henkilotunnus*", "sotu", "ssn", "personal id", "personal identity code",
                               "national id", "personbeteckning", "social security number", "henktunnus"),
    "birth_date": ("birth date", "birthdate", "date of birth", "dob", "birthday", "syntymaaika*", "syntymapaiva*",
                   "syntymavuosi", "syntaika", "fodelsedatum", "age", "ika"),
    "gender": ("gender", "sex", "sukupuoli", "kon"),
    "job_title": ("job title", "jobtitle", "position", "titteli", "tehtavanimike", "ammatti", "asema", "yrke",
                  "titel", "occupation", "nimike"),
    "organization": ("company", "organization", "organisation", "employer", "yritys*", "organisaatio", "tyonantaja",
                     "foretag", "yhtio", "firma", "company name", "yrityksen nimi"),
    "business_id": ("ytunnus", "y tunnus", "business id", "vat", "vat number", "vat id", "alv numero", "alvnumero",
                     "yritystunnus", "business code", "fo nummer", "orgnr"),
    "email": ("email", "e mail", "mail", "sahkoposti*", "spost*", "s posti", "epost", "e post",
              "sahkopostiosoite*", "email address"),
    "phone": ("phone", "telephone", "mobile", "gsm", "puhelin*", "matkapuhelin*", "puh", "tel", "telefon*",
              "mobil", "puhnro", "phone number", "cell"),
    "address": ("address", "street", "street address", "postcode", "post code", "postal code", "zip", "zipcode", "city",
                "*osoite", "katuosoite", "postinumero*", "postitoimipaikka", "postitoimipaikka*", "postinro",
                "kaupunki", "kunta", "kotikunta", "paikkakunta", "adress", "postnummer", "postort", "gatuadress",
                "address 1", "address 2", "laskutusosoite", "toimitusosoite", "postiosoite", "kotiosoite"),
    "ip_address": ("ip", "ip address", "ipaddress", "ip osoite", "ipaddr", "remote addr", "client ip"),
    "website": ("website", "url", "homepage", "web", "kotisivu*", "verkkosivu*", "www", "site url"),
    "social_media": ("twitter", "instagram", "facebook", "linkedin", "tiktok", "social", "some", "social media",
                     "handle"),
    "online_identifier": ("user agent", "useragent", "cookie", "cookie id", "device id", "deviceid", "session id",
                          "username", "user name", "login", "kayttajatunnus*", "evaste*", "laitetunniste*",
                          "selain", "browser", "visitor id", "client id", "anvandarnamn"),
    "credentials": ("password", "passwd", "pwd", "password hash", "pass", "salasana*", "api key", "api token",
                    "token", "secret", "losenord", "pin"),
    "location": ("latitude", "longitude", "lat", "lon", "lng", "coordinates", "geo", "location", "sijainti*",
                 "koordinaatit", "leveysaste", "pituusaste", "gps"),
    "billing": ("invoice", "billing", "payment reference", "reference number", "viitenumero*", "viite", "lasku*",
                "maksutapa", "payment method", "maksu*", "ref number", "invoice number"),
    "bank_account": ("iban", "bank account", "account number", "tilinumero*", "pankkitili*", "kontonummer", "bic"),
    "payment_card": ("card number", "cardnumber", "credit card", "cc number", "pan", "korttinumero*",
                     "luottokortti*", "maksukortti*", "kortnummer"),
    "order_history": ("order", "orders", "order id", "tilaus*", "tilaukset", "purchase", "osto*", "order total"),
    "coupons": ("coupon", "coupons", "coupon code", "kuponki*", "etukoodi*", "alennuskoodi*", "voucher",
                "discount code", "promo code"),
    "marketing_consent": ("newsletter", "marketing", "marketing consent", "opt in", "optin", "uutiskirje*",
                          "markkinointilupa*", "markkinointikielto*", "suoramarkkinointi*", "accepts marketing",
                          "subscribed"),
    "health": ("health", "diagnosis", "allergy", "allergies", "allergia*", "diagnoosi*", "terveys*", "sairaus*",
               "medical", "medication", "laakitys", "ruokavalio*", "erityisruokavalio*"),
    "special_category": ("religion", "uskonto*", "ethnicity", "ethnic origin", "etninen", "trade union",
                         "ammattiliitto*", "political", "criminal record", "rikostausta*", "sexual orientation"),
}

# "name"/"nimi" words name a person only beside these words (or alone): not in product_name.
_PERSON_WORDS = {
    "customer", "user", "contact", "person", "client", "member", "billing", "shipping", "first", "last", "full",
    "given", "family", "display", "nick", "recipient", "sender", "owner", "employee", "asiakas", "asiakkaan",
    "kayttaja", "kayttajan", "yhteyshenkilo", "yhteyshenkilon", "henkilo", "henkilon", "jasen", "jasenen", "etu",
    "suku", "vastaanottaja", "lahettaja", "tilaaja", "tilaajan", "kuljettaja", "kokonimi",
}


# Words that qualify another field in shop schemas ("billing_first_name", "order_ip_address").
_QUALIFIERS = {"billing", "shipping", "order", "orders", "laskutus", "toimitus", "tilaus", "customer", "user",
               "invoice", "payment", "lasku", "maksu"}


def split_words(column: str) -> list[str]:
    """'billingFirstName' -> ['billing', 'first', 'name']; diacritics and case folded."""
    return [w for w in _SPLIT.split(fold(_CAMEL.sub(" ", column))) if w]


@lru_cache(maxsize=1)
def _compiled() -> list[tuple[str, tuple[str, ...], str, str]]:
    """(category, words, compound-mode, stem) sorted longest first."""
    out = []
    for category, phrases in RULES.items():
        for phrase in phrases:
            mode = "exact"
            core = phrase
            if phrase.startswith("*"):
                mode, core = "suffix", phrase[1:]
            elif phrase.endswith("*"):
                mode, core = "prefix", phrase[:-1]
            out.append((category, tuple(core.split()), mode, core))
    out.sort(key=lambda r: -len(r[3]))
    return out


def _matches_at(tokens: list[str], i: int, words: tuple[str, ...], mode: str) -> bool:
    if i + len(words) > len(tokens):
        return False
    if len(words) > 1 or mode == "exact":
        return tuple(tokens[i:i + len(words)]) == words
    token, word = tokens[i], words[0]
    if mode == "prefix":
        return token.startswith(word)
    return token.endswith(word) and len(token) > len(word) + 2 or token == word


@lru_cache(maxsize=4096)
def name_hints(column: str) -> frozenset[str]:
    """Categories that a column name suggests; empty when it suggests none."""
    tokens = split_words(column)
    found: set[str] = set()
    qualifiers: set[str] = set()
    taken = [False] * len(tokens)
    for category, words, mode, _stem in _compiled():
        for i in range(len(tokens)):
            if any(taken[i:i + len(words)]) or not _matches_at(tokens, i, words, mode):
                continue
            if category == "name" and not _names_a_person(tokens, i, len(words)):
                continue
            found.add(category)
            if len(words) == 1 and tokens[i] in _QUALIFIERS:
                qualifiers.add(category)
            for j in range(i, i + len(words)):
                taken[j] = True
    # "billing_email" is an email, "order_phone" a phone: a qualifier word counts only alone.
    if found - qualifiers:
        found -= qualifiers
    return frozenset(found)


def _names_a_person(tokens: list[str], i: int, width: int) -> bool:
    token = tokens[i]
    if token in ("name", "namn", "nimi") or (width == 1 and token.endswith("nimi") and token not in (
            "etunimi", "sukunimi", "kokonimi")):
        others = [t for j, t in enumerate(tokens) if not i <= j < i + width]
        if token.endswith("nimi") and token != "nimi":
            return token[:-4] in _PERSON_WORDS
        return all(t in _PERSON_WORDS or t.isdigit() for t in others)
    return True
