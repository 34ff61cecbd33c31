"""Column-name hints: which categories a column's *name* suggests, in Finnish, Swedish and English.

Names are split into words (``snake_case``, ``camelCase``, ``billing_first_name``, spaces,
hyphens, letters followed by digits), folded (case, diacritics) and matched as whole words or as
parts of Finnish compounds. There is no ``.*name.*`` rule: ``product_name`` is not a person, and
``tuotenimi`` (product name) is not either.

>>> sorted(name_hints("billing_first_name"))
['name']
>>> sorted(name_hints("product_name"))
[]
>>> sorted(name_hints("tuotenimi"))
[]
>>> sorted(name_hints("asiakkaanSahkopostiosoite"))
['email']
>>> sorted(name_hints("_customer_ip_address"))
['ip_address']
>>> sorted(name_hints("Y-tunnus"))
['business_id']
>>> sorted(name_hints("laskutusosoite"))
['address']
>>> sorted(name_hints("menu_order"))   # WordPress' sort position, not a purchase
[]
>>> split_words("billingFirstName")
['billing', 'first', 'name']
>>> split_words("_billing_address_1")
['billing', 'address', '1']
"""

from __future__ import annotations

import re
from functools import lru_cache

from piiscan.terms import fold

# camelCase humps, "IPAddress" -> "IP Address", and letters followed by digits ("address1").
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)")
_SPLIT = re.compile(r"[^0-9a-z]+")

# Words that, written alone or as a phrase of whole words, name a category. A leading "*" also
# matches the word as the end of a Finnish compound ("katuosoite"); a trailing "*" as its start
# ("puhelinnumero"). Longer matches win, so list compounds whose head misleads ("sahkopostiosoite").
RULES: dict[str, tuple[str, ...]] = {
    "name": ("first name", "last name", "full name", "firstname", "lastname", "fullname", "surname", "given name",
             "family name", "etunimi*", "sukunimi*", "*nimi", "kokonimi", "fornamn", "efternamn", "namn",
             "contact name", "customer name", "name", "contact person", "yhteyshenkilo*", "nick name", "nickname",
             "display name", "middle name"),
    "personal_identity_code": ("hetu", "henkilotunnu*", "sotu", "ssn", "personal id", "personal identity code",
                               "national id", "personbeteckning", "personnummer", "social security number",
                               "henktunnus", "hlotunnus", "sosiaaliturvatunnus", "national identification number"),
    "birth_date": ("birth date", "birthdate", "date of birth", "dob", "birthday", "syntymaaika*", "syntymapaiva*",
                   "syntymavuosi", "syntaika", "fodelsedatum", "fodelsedag", "age", "ika", "alder", "birth year",
                   "year of birth"),
    "gender": ("gender", "sex", "sukupuoli", "kon", "salutation", "sukupuoli*"),
    "job_title": ("job title", "jobtitle", "position", "titteli", "tehtavanimike", "ammatti*", "asema", "yrke",
                  "titel", "occupation", "nimike", "befattning", "profession", "job"),
    "organization": ("company", "organization", "organisation", "employer", "yritys*", "organisaatio*",
                     "tyonantaja*", "foretag", "yrityksen", "yhtio", "firma", "company name", "yrityksen nimi", "toiminimi",
                     "arbetsgivare", "organisation name", "business name"),
    "business_id": ("ytunnus", "y tunnus", "business id", "vat", "vat number", "vat id", "vat no", "alv numero",
                    "alvnumero", "alv tunnus", "yritystunnus", "business code", "fo nummer", "orgnr",
                    "organisationsnummer", "company id", "vat code"),
    "email": ("email", "e mail", "mail", "sahkopost*", "spost*", "s posti", "epost", "e post", "epostadress",
              "sahkopostiosoite*", "email address", "mail address"),
    "phone": ("phone", "telephone", "mobile", "gsm", "puheli*", "matkapuhelin*", "puh", "tel", "telefon*",
              "mobil", "puhnro", "phone number", "cell", "cellphone", "mobilnummer", "phonenumber", "fax"),
    "address": ("address", "street", "street address", "postcode", "post code", "postal code", "zip", "zipcode",
                "city", "*osoite", "katuosoite", "postinumero*", "postitoimipaikka*", "postinro", "postitoimipaikka",
                "kaupunki", "kunta", "kotikunta", "paikkakunta", "adress", "postnummer", "postort", "gatuadress",
                "postadress", "address 1", "address 2", "laskutusosoite", "toimitusosoite", "postiosoite",
                "kotiosoite", "billing state", "shipping state", "billing country", "shipping country",
                "billing city", "shipping city", "asuinpaikka", "ort", "stad", "town", "house number", "katu",
                "osoitetiedot", "address index"),
    "ip_address": ("ip", "ip address", "ipaddress", "ip osoite", "ipaddr", "remote addr", "client ip", "ip adress",
                   "ip addr", "ipv4", "ipv6", "remote ip"),
    "website": ("website", "url", "homepage", "web site", "web address", "webpage", "kotisivu*", "verkkosivu*",
                "www", "site url", "webbplats", "hemsida", "user url", "www osoite"),
    "social_media": ("twitter", "instagram", "facebook", "linkedin", "tiktok", "social", "some", "social media",
                     "social handle", "twitter handle", "instagram handle", "facebook url", "instagram url",
                     "linkedin url", "twitter url", "tiktok url", "youtube url", "profile url", "some tunnus",
                     "sociala medier", "youtube", "mastodon", "snapchat"),
    "online_identifier": ("user agent", "useragent", "cookie", "cookie id", "device id", "deviceid", "session id",
                          "session", "username", "user name", "login", "kayttajatunnus*", "evaste*",
                          "laitetunniste*", "selain*", "browser", "visitor id", "client id", "anvandarnamn",
                          "session token", "device", "laite id", "nicename", "user login", "fingerprint",
                          "tracking id", "advertising id", "push token", "kakor", "istunto*", "ga client id", "kayttajanimi"),
    "credentials": ("password", "passwd", "pwd", "password hash", "pass", "salasana*", "api key", "api token",
                    "token", "secret", "losenord", "pin", "pin code", "activation key", "reset token",
                    "remember token", "auth token", "access token", "refresh token", "secret key", "apikey",
                    "otp secret", "tunnussana", "passphrase"),
    "location": ("latitude", "longitude", "lat", "lon", "lng", "coordinates", "geo", "location", "sijainti*",
                 "koordinaatit", "leveysaste", "pituusaste", "gps", "geolocation", "koordinater", "geo location",
                 "lat lng", "latlng"),
    "billing": ("invoice", "billing", "payment reference", "reference number", "viitenumero*", "viite", "lasku*",
                "maksutapa", "payment method", "maksu*", "ref number", "invoice number", "faktura*",
                "referensnummer", "transaction id", "payment", "laskutus*", "betalning*", "payment method title"),
    "bank_account": ("iban", "bank account", "account number", "tilinumero*", "pankkitil*", "kontonummer", "bic",
                     "bankkonto", "swift", "bank account number"),
    "payment_card": ("card number", "cardnumber", "credit card", "cc number", "pan", "korttinumero*",
                     "luottokort*", "maksukort*", "kortnummer", "card no", "kreditkort", "betalkort",
                     "cc num", "card pan"),
    "order_history": ("order", "orders", "order id", "tilau*", "tilaukset", "purchase", "purchases", "osto*",
                      "order total", "order key", "bestallning*", "kop", "order number", "ostohistoria",
                      "money spent", "paying customer", "order count", "purchase history"),
    "coupons": ("coupon", "coupons", "coupon code", "kuponki*", "etukoodi*", "alennuskoodi*", "voucher",
                "discount code", "promo code", "kupong*", "rabattkod*", "used coupons", "vouchers"),
    "marketing_consent": ("newsletter", "marketing", "marketing consent", "opt in", "optin", "uutiskirje*",
                          "markkinointilupa*", "markkinointikielto*", "suoramarkkinointi*", "accepts marketing",
                          "subscribed", "email marketing", "sms marketing", "markkinointi lupa", "markkinointi kielto", "nyhetsbrev*",
                          "marketing opt in", "email consent", "sms consent", "direct marketing",
                          "marknadsforing*", "opt out", "unsubscribed"),
    "health": ("health", "diagnosis", "allergy", "allergies", "allergia*", "allergiat", "diagnoosi*", "terveys*",
               "sairaus*", "medical", "medication", "laakitys", "ruokavalio*", "erityisruokavalio*", "halsa",
               "diagnos", "allergi*", "terveydentila*", "dietary requirements", "special diet", "disability",
               "sairausloma*", "raskaus*"),
    "special_category": ("religion", "uskonto*", "ethnicity", "ethnic origin", "etninen", "trade union",
                         "ammattiliitto*", "political", "criminal record", "rikostausta*", "rikostiedot",
                         "sexual orientation", "religion", "fackforening*", "etniskt ursprung", "biometric",
                         "genetic", "political party", "vakaumus"),
}

# Phrases that hold a hint word but name nothing personal; matched like RULES (longest first) and
# consuming their words: "vat_rate" is a tax rate, "menu_order" a sort position.
NOT_PERSONAL: tuple[str, ...] = (
    "vat rate", "vat amount", "vat percent", "vat percentage", "vat total", "vat class", "sort order",
    "menu order", "order by", "purchase price", "ostohinta*", "stock location", "warehouse location",
    "store location", "varasto*", "location id", "tax location", "menu position", "sort position", "is mobile",
    "mobile friendly", "laskuri*", "site name", "job id", "job status", "job name", "cron job", "product url",
    "image url", "tuote url", "thumbnail url", "download url", "callback url", "webhook url", "api url",
    "session expiry", "session expires", "last login", "login count", "password reset sent", "ip range",
    "social proof", "geo zone", "age restriction", "age limit", "default address", "email verified",
    "email confirmed", "email validated", "email sent", "email bounced", "mail sent", "phone verified",
    "phone confirmed", "puhelinmalli", "phone model", "mobile model", "sahkoposti vahvistettu",
)


# Whole column names of well-known schemas whose words say too little (or too much) on their own;
# matched on the complete split name only, so "comment_author_email" stays an e-mail.
WHOLE_NAMES: dict[tuple[str, ...], frozenset[str]] = {
    ("comment", "author"): frozenset({"name"}),  # WordPress wp_comments
    ("comment", "agent"): frozenset({"online_identifier"}),
    ("address", "type"): frozenset(),  # WooCommerce wp_wc_order_addresses: 'billing' or 'shipping'
    ("meta", "key"): frozenset(),
}

# "name"/"nimi" words name a person only beside these words (or alone): not in product_name.
_PERSON_WORDS = {
    "customer", "user", "contact", "person", "client", "member", "billing", "shipping", "first", "last", "full",
    "given", "family", "display", "nick", "recipient", "sender", "owner", "employee", "asiakas", "asiakkaan",
    "kayttaja", "kayttajan", "yhteyshenkilo", "yhteyshenkilon", "henkilo", "henkilon", "jasen", "jasenen", "etu",
    "suku", "vastaanottaja", "lahettaja", "tilaaja", "tilaajan", "kuljettaja", "kokonimi", "middle", "patient",
    "guardian", "parent", "huoltaja", "huoltajan", "student", "opiskelija", "author", "buyer", "ostaja", "kund",
    "mottagare", "avsandare", "delivery", "toimitus", "laskutus", "payer", "maksaja", "account", "holder",
    "cardholder", "kortinhaltija", "teacher", "opettaja", "emergency", "lapsen", "lapsi", "child",
}

# Words that qualify another field in shop schemas ("billing_first_name", "order_ip_address").
_QUALIFIERS = {"billing", "shipping", "order", "orders", "laskutus", "toimitus", "tilaus", "customer", "user",
               "invoice", "payment", "lasku", "maksu", "purchase", "session", "device", "faktura", "bestallning",
               "tilauksen", "laskun", "asiakkaan"}


def split_words(column: str) -> list[str]:
    """'billingFirstName' -> ['billing', 'first', 'name']; diacritics and case folded."""
    return [w for w in _SPLIT.split(fold(_CAMEL.sub(" ", column))) if w]


@lru_cache(maxsize=1)
def _compiled() -> list[tuple[str, tuple[str, ...], str, str]]:
    """(category or "" for NOT_PERSONAL, words, compound-mode, stem), longest stem first."""
    out = []
    rules = [(category, phrase) for category, phrases in RULES.items() for phrase in phrases]
    rules += [("", phrase) for phrase in NOT_PERSONAL]
    for category, phrase in rules:
        mode = "exact"
        core = phrase
        if phrase.startswith("*"):
            mode, core = "suffix", phrase[1:]
        elif phrase.endswith("*"):
            mode, core = "prefix", phrase[:-1]
        out.append((category, tuple(core.split()), mode, core))
    # Longest first; at equal length a NOT_PERSONAL phrase first, then whole words before compounds.
    out.sort(key=lambda r: (-len(r[3]), r[0] != "", r[2] != "exact"))
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
    if tuple(tokens) in WHOLE_NAMES:
        return WHOLE_NAMES[tuple(tokens)]
    found: set[str] = set()
    qualifiers: set[str] = set()
    taken = [False] * len(tokens)
    for category, words, mode, _stem in _compiled():
        for i in range(len(tokens)):
            if any(taken[i:i + len(words)]) or not _matches_at(tokens, i, words, mode):
                continue
            if category == "name" and not _names_a_person(tokens, i, len(words)):
                continue
            if category:
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
            return token[:-4] in _PERSON_WORDS or token[:-4] in ("asiakas", "kayttaja", "jasen", "henkilo")
        return all(t in _PERSON_WORDS or t.isdigit() for t in others)
    return True
