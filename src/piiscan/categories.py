"""Personal-data categories: the one vocabulary of notices, recognizers and reports.

Keys, groups, Finnish and English terms, how each category can be found, and severity, as in
shared/spec/categories.md.

>>> CATEGORIES["personal_identity_code"].group
'identity'
>>> sorted(expand(["contact"]))
['address', 'email', 'phone']
>>> severity_rank("special_category") < severity_rank("personal_identity_code") < severity_rank("email")
True
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True)
class Category:
    key: str
    group: str
    fi: tuple[str, ...]  # Finnish terms seen in notices; the first is the display name
    en: tuple[str, ...]  # English terms; the first is the display name
    found_by: str  # "value", "name" or "value+name"
    sv: tuple[str, ...] = ()  # Swedish terms (dataskyddsbeskrivning)


@dataclass(frozen=True)
class Group:
    key: str
    fi: tuple[str, ...]
    en: tuple[str, ...]
    sv: tuple[str, ...] = ()


_C = Category
CATEGORIES: dict[str, Category] = {
    c.key: c
    for c in [
        _C("name", "identity", ("nimi", "henkilön nimi", "etu- ja sukunimi", "etunimi", "sukunimi", "nimitiedot"),
           ("name", "first name", "last name", "full name", "surname"), "value+name",
           ("namn", "förnamn", "efternamn", "fullständigt namn")),
        _C("personal_identity_code", "identity",
           ("henkilötunnus", "hetu", "sosiaaliturvatunnus", "sotu", "henkilötunnuksen"),
           ("personal identity code", "national id", "ssn", "social security number", "personal id"), "value",
           ("personbeteckning", "personnummer")),
        _C("birth_date", "identity", ("syntymäaika", "syntymäpäivä", "ikä", "syntymävuosi"),
           ("date of birth", "birth date", "birthday", "age", "year of birth"), "value+name", ("födelsedatum", "ålder", "födelseår")),
        _C("gender", "identity", ("sukupuoli",), ("gender", "sex"), "name", ("kön",)),
        _C("job_title", "identity", ("asema", "titteli", "tehtävänimike", "ammatti", "nimike"),
           ("job title", "position", "title", "occupation"), "name", ("titel", "befattning", "yrke")),
        _C("organization", "identity",
           ("yritys", "organisaatio", "edustamansa yhteisö", "työnantaja", "yhteisö", "yrityksen nimi", "toiminimi"),
           ("company", "organisation", "organization", "employer", "company name", "organisation name",
            "organization name"), "name", ("företag", "organisation", "arbetsgivare")),
        _C("business_id", "identity", ("y-tunnus", "yritystunnus", "alv-numero", "alv-tunniste"),
           ("business id", "vat number", "vat id"), "value", ("fo-nummer", "företags- och organisationsnummer")),
        _C("email", "contact", ("sähköpostiosoite", "sähköposti", "s-posti", "s-postiosoite"),
           ("email", "e-mail", "email address", "e-mail address"), "value", ("e-post", "e-postadress")),
        _C("phone", "contact", ("puhelinnumero", "puhelin", "matkapuhelin", "gsm", "matkapuhelinnumero", "puh"),
           ("phone", "mobile", "telephone", "phone number"), "value", ("telefon", "telefonnummer", "mobil")),
        _C("address", "contact",
           ("osoite", "postiosoite", "katuosoite", "laskutusosoite", "toimitusosoite", "postinumero",
            "postitoimipaikka", "kotiosoite", "asuinpaikka", "kotikunta", "paikkakunta", "kotikaupunki"),
           ("address", "postal address", "street address", "postal code", "zip code", "city", "billing address",
            "shipping address", "delivery address", "town", "home town"), "value+name",
           ("adress", "postadress", "postnummer", "postanstalt", "gatuadress", "hemort")),
        _C("ip_address", "online", ("ip-osoite", "verkkoyhteyden ip-osoite"), ("ip address", "ip"), "value",
           ("ip-adress",)),
        _C("website", "online", ("www-sivustojen osoitteet", "kotisivu", "verkkosivu", "www-osoite", "verkkosivusto",
                                  "verkkoportfolio"),
           ("website", "url", "homepage", "web address", "online portfolio"), "value+name",
           ("webbplats", "hemsida")),
        _C("social_media", "online",
           ("tunnukset sosiaalisen median palveluissa", "profiilit sosiaalisen median palveluissa", "some-tunnus",
            "sosiaalisen median tunnukset", "sosiaalisen median profiili", "linkedin", "facebook", "instagram",
            "twitter", "tiktok"),
           ("social media handle", "social media profile", "social media"), "value+name", ("sociala medier",)),
        _C("online_identifier", "online",
           ("evästetunniste", "laitetunniste", "käyttäjätunnus", "selaintiedot", "evästeet", "selaintyyppi",
            "laitetiedot", "mac-osoite"),
           ("cookie id", "device id", "username", "user agent", "cookies", "browser data", "cookie identifier",
            "device identifier", "browser type", "mac address"), "value+name",
           ("kakor", "användarnamn", "enhets-id", "mac-adress")),
        _C("credentials", "online", ("salasana", "käyttäjätunnus ja salasana", "salasanat", "tunnistautumistiedot",
                                      "pin-koodi", "tunnusluku"),
           ("password", "password hash", "api token", "credentials", "pin code"), "value+name",
           ("lösenord", "pin-kod")),
        _C("location", "online", ("sijaintitieto", "koordinaatit", "sijainti", "paikkatieto"),
           ("location", "gps coordinates", "coordinates", "geolocation", "gps", "gps route", "location data"),
           "value+name", ("plats", "koordinater", "platsuppgifter", "gps")),
        _C("billing", "financial",
           ("laskutustiedot", "laskut", "maksutiedot", "viitenumero", "laskutus", "maksutapa", "maksuhistoria",
            "verkkolaskuosoite", "verkkolaskutusosoite", "perintätiedot", "maksut", "jäsenmaksut",
            "jäsenmaksutiedot", "maksusitoumus", "kuitit", "vastikkeet", "vastikerästit", "maksurästit"),
           ("billing", "invoices", "payment reference", "payment details", "payment information", "payments",
            "membership fees"),
           "value+name",
           ("faktureringsuppgifter", "betalningsuppgifter", "referensnummer", "fakturor", "faktura", "fakturering",
            "e-fakturaadress", "betalningar", "medlemsavgifter", "avgifter", "kvitton")),
        _C("bank_account", "financial", ("tilinumero", "pankkitili", "iban", "pankkitilin numero", "pankkiyhteystiedot"),
           ("bank account", "iban", "account number"), "value", ("kontonummer", "bankkonto")),
        _C("payment_card", "financial",
           ("maksukortti", "luottokortin numero", "luottokortti", "maksukortin numero", "korttitiedot"),
           ("payment card number", "credit card", "card number", "payment card", "card details"), "value",
           ("betalkort", "kreditkort", "kortnummer", "kortuppgifter")),
        _C("order_history", "customer",
           ("tiedot tilauksista", "tilaushistoria", "ostot", "tarjoukset", "jäsenyydelle rekisteröidyt ostot",
            "tilaustiedot", "tilaukset", "ostohistoria", "ostotiedot", "tilauksista", "toimitustiedot",
            "tilatut tuotteet", "tilatut palvelut", "ostetut tuotteet", "ostoshistoria", "varaukset", "varaushistoria",
            "asiointihistoria", "palveluhistoria", "huoltohistoria", "ajanvaraukset", "ajanvaraustiedot",
            "vastaanottoajat", "varatut ajat", "hoitokäynnit", "käyntitiedot", "vuokrasopimukset",
            "vuokrahistoria", "matkahistoria"),
           ("order history", "purchases", "orders", "purchase history", "order details", "services purchased",
            "products purchased", "bookings", "reservations", "appointments", "appointment history", "trips", "trip history",
            "ride history", "rentals", "rental history"), "name",
           ("orderhistorik", "beställningar", "köp", "köphistorik", "beställda tjänster", "beställda produkter", "bokningar", "tidsbokningar")),
        _C("coupons", "customer",
           ("kuponkikoodit ja niiden käytöt", "etukoodit", "kuponkikoodi", "kupongit", "alennuskoodit", "etukoodi"),
           ("coupon codes", "coupons", "discount codes", "vouchers"), "name", ("kupongkoder", "rabattkoder")),
        _C("marketing_consent", "customer",
           ("markkinointilupa", "suoramarkkinointikielto", "lupa sähköpostitarjouksiin", "uutiskirje",
            "markkinointikielto", "markkinointiluvat", "uutiskirjeen tilaus", "suoramarkkinointilupa",
            "sähköpostitarjouksien lähettämiseen lupa", "markkinointisuostumus"),
           ("marketing consent", "opt-in", "newsletter", "direct marketing ban", "marketing permission",
            "marketing preferences"), "name",
           ("marknadsföringstillstånd", "nyhetsbrev", "direktmarknadsföringsförbud")),
        _C("health", "special", ("terveystiedot", "diagnoosi", "allergiat", "terveydentila", "ruokavalio", "allergia",
                                 "sairaus", "lääkitys", "lääkkeet", "reseptilääkkeet", "reseptit", "potilastiedot",
                                 "sairaushistoria", "röntgenkuvat", "röntgenkuva", "hoitosuunnitelma", "hoitotiedot",
                                 "sairauskertomus", "hoitokertomus", "sairaudet", "yleissairaudet", "terveys"),
           ("health data", "diagnosis", "allergies", "medical", "health", "medical history", "medication",
            "prescriptions", "x-rays", "treatment records", "health records", "dental records", "illnesses"),
           "value+name",
           ("hälsouppgifter", "diagnos", "allergier", "läkemedel", "patientuppgifter", "sjukdomar",
            "hälsotillstånd", "vårdplan", "röntgenbilder", "hälsa")),
        _C("special_category", "special",
           ("etninen alkuperä", "uskonto", "ammattiliitto", "poliittinen kanta", "rikostiedot", "ammattiliiton jäsenyys",
            "uskonnollinen vakaumus", "seksuaalinen suuntautuminen", "biometriset tiedot", "geneettiset tiedot"),
           ("ethnic origin", "religion", "trade union", "political opinion", "criminal records", "sexual orientation",
            "biometric data", "genetic data"), "name",
           ("etniskt ursprung", "religion", "fackförening", "politisk åsikt", "brottsuppgifter")),
    ]
}

GROUPS: dict[str, Group] = {
    g.key: g
    for g in [
        Group("identity", ("henkilöllisyys", "perustiedot", "henkilötiedot", "tunnistetiedot"), ("identity", "basic information"), ("identitet", "grunduppgifter")),
        Group("contact", ("yhteystiedot",), ("contact details", "contact information"), ("kontaktuppgifter",)),
        Group("online", ("verkkotunnisteet",), ("online identifiers",), ("onlineidentifierare",)),
        Group("financial", ("maksu- ja laskutustiedot",), ("payment and billing details", "financial data"), ("betalnings- och faktureringsuppgifter",)),
        Group("customer", ("asiakassuhteen tiedot", "asiakassuhdetta koskevat tiedot"), ("customer relationship data",), ("kundrelationsuppgifter",)),
        Group("special", ("erityiset henkilötietoryhmät", "arkaluonteiset tiedot"), ("special categories of personal data", "sensitive data"), ("särskilda kategorier av personuppgifter",)),
    ]
}

# Highest first; everything not listed ranks after these, in table order.
_SEVERITY_FIRST = ["special_category", "health", "personal_identity_code", "payment_card", "bank_account", "credentials"]
_SEVERITY_LAST = ["business_id"]  # a company's id is personal data only for sole traders


def severity_rank(key: str) -> int:
    """Smaller is more severe. Special categories first, business ids last."""
    order = _SEVERITY_FIRST + [k for k in CATEGORIES if k not in _SEVERITY_FIRST + _SEVERITY_LAST] + _SEVERITY_LAST
    return order.index(key) if key in order else len(order)


def members(group: str) -> list[str]:
    """Category keys of a group, in table order."""
    return [c.key for c in CATEGORIES.values() if c.group == group]


def expand(keys: Iterable[str]) -> set[str]:
    """Category keys with every group key replaced by its members."""
    out: set[str] = set()
    for key in keys:
        if key in GROUPS:
            out.update(members(key))
        elif key in CATEGORIES:
            out.add(key)
        else:
            raise KeyError(key)
    return out


def label(key: str, lang: str = "fi") -> str:
    """Human name of a category or group key in Finnish ('fi') or English ('en')."""
    item = CATEGORIES.get(key) or GROUPS[key]
    terms = item.fi if lang == "fi" else item.en
    return terms[0][:1].upper() + terms[0][1:]
