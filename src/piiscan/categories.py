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
        _C("name", "identity", ("nimi", "henkilön nimi", "etu- ja sukunimi", "etunimi", "sukunimi", "nimitiedot",
            "kutsumanimi", "koko nimi"),
           ("name", "first name", "last name", "full name", "surname", "given name", "family name", "forename",
            "display name"), "value+name",
           ("namn", "förnamn", "efternamn", "fullständigt namn", "för- och efternamn", "för- och släktnamn", "tilltalsnamn",
            "släktnamn", "namnuppgifter")),
        _C("personal_identity_code", "identity",
           ("henkilötunnus", "hetu", "sosiaaliturvatunnus", "sotu", "henkilötunnuksen"),
           ("personal identity code", "national id", "ssn", "social security number", "personal id",
            "personal identity number", "personal identification number", "national identification number",
            "national identity number", "identity code"), "value",
           ("personbeteckning", "personnummer")),
        _C("birth_date", "identity", ("syntymäaika", "syntymäpäivä", "ikä", "syntymävuosi", "syntymäpäivämäärä"),
           ("date of birth", "birth date", "birthday", "age", "year of birth", "birthdate", "birth year"), "value+name", ("födelsedatum", "ålder", "födelseår", "födelsetid", "födelsedag")),
        _C("gender", "identity", ("sukupuoli",), ("gender", "sex"), "name", ("kön", "könstillhörighet")),
        _C("job_title", "identity", ("asema", "titteli", "tehtävänimike", "ammatti", "nimike", "ammattinimike", "työnimike",
            "virkanimike"),
           ("job title", "position", "title", "occupation", "job position", "professional title", "job role"),
           "name", ("titel", "befattning", "yrke", "yrkestitel", "tjänsteställning", "tjänstebeteckning", "arbetstitel")),
        _C("organization", "identity",
           ("yritys", "organisaatio", "edustamansa yhteisö", "työnantaja", "yhteisö", "yrityksen nimi", "toiminimi",
            "organisaation nimi", "työnantajan nimi", "yhteisön nimi"),
           ("company", "organisation", "organization", "employer", "company name", "organisation name",
            "organization name", "business name", "employer name"), "name",
           ("företag", "organisation", "arbetsgivare", "företagsnamn", "firmanamn", "företagets namn", "arbetsgivarens namn",
            "organisationens namn")),
        _C("business_id", "identity", ("y-tunnus", "yritystunnus", "alv-numero", "alv-tunniste", "alv-tunnus"),
           ("business id", "vat number", "vat id", "business identity code", "business id code", "company id",
            "company registration number", "vat registration number", "vat code"), "value",
           ("fo-nummer", "företags- och organisationsnummer", "organisationsnummer", "momsnummer", "momsregistreringsnummer",
            "företags-id")),
        _C("email", "contact", ("sähköpostiosoite", "sähköposti", "s-posti", "s-postiosoite", "sposti", "spostiosoite"),
           ("email", "e-mail", "email address", "e-mail address"), "value",
           ("e-post", "e-postadress", "epost", "epostadress", "e-mailadress", "mejladress")),
        _C("phone", "contact", ("puhelinnumero", "puhelin", "matkapuhelin", "gsm", "matkapuhelinnumero", "puh", "gsm-numero",
            "kännykkä", "kännykkänumero", "puhelinnro"),
           ("phone", "mobile", "telephone", "phone number", "mobile number", "mobile phone number", "telephone number",
            "cell phone", "cellphone"), "value",
           ("telefon", "telefonnummer", "mobil", "mobiltelefon", "mobilnummer", "gsm-nummer", "telefonnr")),
        _C("address", "contact",
           ("osoite", "postiosoite", "katuosoite", "laskutusosoite", "toimitusosoite", "postinumero",
            "postitoimipaikka", "kotiosoite", "asuinpaikka", "kotikunta", "paikkakunta", "kotikaupunki", "osoitetiedot",
            "lähiosoite", "asuinosoite", "asuinkunta", "vakituinen osoite"),
           ("address", "postal address", "street address", "postal code", "zip code", "city", "billing address",
            "shipping address", "delivery address", "town", "home town", "home address", "mailing address",
            "residential address", "postcode", "post code", "place of residence", "municipality of residence",
            "home municipality"), "value+name",
           ("adress", "postadress", "postnummer", "postanstalt", "gatuadress", "hemort", "hemadress", "bostadsadress", "postort",
            "hemkommun", "boningsort", "bostadsort", "adressuppgifter")),
        _C("ip_address", "online", ("ip-osoite", "verkkoyhteyden ip-osoite", "ip-numero"), ("ip address", "ip"), "value",
           ("ip-adress", "ip-nummer")),
        _C("website", "online", ("www-sivustojen osoitteet", "kotisivu", "verkkosivu", "www-osoite", "verkkosivusto",
                                  "verkkoportfolio"),
           ("website", "url", "homepage", "web address", "online portfolio", "website address"), "value+name",
           ("webbplats", "hemsida", "webbadress")),
        _C("social_media", "online",
           ("tunnukset sosiaalisen median palveluissa", "profiilit sosiaalisen median palveluissa", "some-tunnus",
            "sosiaalisen median tunnukset", "sosiaalisen median profiili", "linkedin", "facebook", "instagram",
            "twitter", "tiktok", "some-tili", "some-profiili", "sosiaalisen median tili"),
           ("social media handle", "social media profile", "social media", "social media account"), "value+name",
           ("sociala medier",)),
        _C("online_identifier", "online",
           ("evästetunniste", "laitetunniste", "käyttäjätunnus", "selaintiedot", "evästeet", "selaintyyppi",
            "laitetiedot", "mac-osoite", "käyttäjänimi", "mainostunniste", "istuntotunniste", "laitetunnus",
            "käyttäjä-id", "pelaajatunniste", "evästetiedot", "selaimen tyyppi", "laitteen tunniste"),
           ("cookie id", "device id", "username", "user agent", "cookies", "browser data", "cookie identifier",
            "device identifier", "browser type", "mac address", "user name", "user id", "player id", "session id",
            "advertising id", "advertising identifier", "device information", "device info", "browser information",
            "cookie data"), "value+name",
           ("kakor", "användarnamn", "enhets-id", "mac-adress", "användar-id", "kak-id", "cookie-id", "webbläsartyp",
            "webbläsaruppgifter", "enhetsinformation", "enhetsuppgifter")),
        _C("credentials", "online", ("salasana", "käyttäjätunnus ja salasana", "salasanat", "tunnistautumistiedot",
                                      "pin-koodi", "tunnusluku", "salasanatiiviste", "salasanan tiiviste"),
           ("password", "password hash", "api token", "credentials", "pin code", "login credentials", "api key",
            "access token"), "value+name",
           ("lösenord", "pin-kod", "inloggningsuppgifter")),
        _C("location", "online", ("sijaintitieto", "koordinaatit", "sijainti", "paikkatieto", "paikannustieto", "paikannustiedot",
            "sijaintihistoria", "paikannus"),
           ("location", "gps coordinates", "coordinates", "geolocation", "gps", "gps route", "location data",
            "location information", "location history", "geographic location"),
           "value+name", ("plats", "koordinater", "platsuppgifter", "gps", "positionsuppgifter", "platsinformation",
                          "platsdata", "platshistorik")),
        _C("billing", "financial",
           ("laskutustiedot", "laskut", "maksutiedot", "viitenumero", "laskutus", "maksutapa", "maksuhistoria",
            "verkkolaskuosoite", "verkkolaskutusosoite", "perintätiedot", "maksut", "jäsenmaksut",
            "jäsenmaksutiedot", "maksusitoumus", "kuitit", "vastikkeet", "vastikerästit", "maksurästit", "laskutushistoria",
            "laskutiedot", "lasku", "maksutapahtuma", "maksumuistutukset"),
           ("billing", "invoices", "payment reference", "payment details", "payment information", "payments",
            "membership fees", "invoice", "invoicing", "invoice details", "invoicing details", "billing information",
            "billing history", "payment history", "payment method", "payment status", "receipts", "fees",
            "reference number", "payment reminders"),
           "value+name",
           ("faktureringsuppgifter", "betalningsuppgifter", "referensnummer", "fakturor", "faktura", "fakturering",
            "e-fakturaadress", "betalningar", "medlemsavgifter", "avgifter", "kvitton", "fakturauppgifter",
            "betalningshistorik", "betalningssätt", "nätfakturaadress", "kvitto", "betalningspåminnelser")),
        _C("bank_account", "financial", ("tilinumero", "pankkitili", "iban", "pankkitilin numero", "pankkiyhteystiedot",
                                                 "pankkiyhteys", "pankkitilitiedot", "pankkitiedot"),
           ("bank account", "iban", "account number", "bank details", "bank information"), "value",
           ("kontonummer", "bankkonto", "bankuppgifter", "bankförbindelse", "bankkontonummer")),
        _C("payment_card", "financial",
           ("maksukortti", "luottokortin numero", "luottokortti", "maksukortin numero", "korttitiedot", "pankkikortti",
            "luottokorttitiedot", "maksukorttitiedot"),
           ("payment card number", "credit card", "card number", "payment card", "card details", "debit card",
            "card information", "bank card"), "value",
           ("betalkort", "kreditkort", "kortnummer", "kortuppgifter", "bankkort", "kreditkortsnummer", "kortinformation",
            "betalkortsuppgifter", "kreditkortsuppgifter")),
        _C("order_history", "customer",
           ("tiedot tilauksista", "tilaushistoria", "ostot", "tarjoukset", "jäsenyydelle rekisteröidyt ostot",
            "tilaustiedot", "tilaukset", "ostohistoria", "ostotiedot", "tilauksista", "toimitustiedot",
            "tilatut tuotteet", "tilatut palvelut", "ostetut tuotteet", "ostoshistoria", "varaukset", "varaushistoria",
            "asiointihistoria", "palveluhistoria", "huoltohistoria", "ajanvaraukset", "ajanvaraustiedot",
            "vastaanottoajat", "varatut ajat", "hoitokäynnit", "käyntitiedot",
            "vuokrahistoria", "matkahistoria", "ostetut palvelut", "ostetut liput", "ostotapahtuma",
            "tuotepalautukset", "lipunostot", "lippuostot", "tilatut kurssit", "ostokäyttäytyminen",
            "varauksista"),
           ("order history", "purchases", "orders", "purchase history", "order details", "services purchased",
            "products purchased", "bookings", "reservations", "appointments", "appointment history", "trips", "trip history",
            "ride history", "rentals", "rental history", "purchased products", "purchased services", "purchase details",
            "purchase information", "order information", "order data", "booking history", "booking details",
            "bought tickets", "tickets bought", "ticket purchases", "returned products"), "name",
           ("orderhistorik", "beställningar", "köp", "köphistorik", "beställda tjänster", "beställda produkter", "bokningar", "tidsbokningar",
            "köpta produkter", "köpta tjänster", "beställningshistorik", "bokningshistorik", "orderuppgifter",
            "beställningsuppgifter", "bokningsuppgifter", "köpuppgifter", "köpta biljetter", "biljettköp")),
        _C("coupons", "customer",
           ("kuponkikoodit ja niiden käytöt", "etukoodit", "kuponkikoodi", "kupongit", "alennuskoodit", "etukoodi",
            "kampanjakoodit", "kuponki", "etuseteli"),
           ("coupon codes", "coupons", "discount codes", "vouchers", "coupon code", "coupon", "discount code",
            "promo code", "promotional code", "voucher code", "campaign code"), "name",
           ("kupongkoder", "rabattkoder", "rabattkod", "kampanjkoder", "kupong", "kuponger",
            "förmånskod", "förmånskoder")),
        _C("marketing_consent", "customer",
           ("markkinointilupa", "suoramarkkinointikielto", "lupa sähköpostitarjouksiin", "uutiskirje",
            "markkinointikielto", "markkinointiluvat", "uutiskirjeen tilaus", "suoramarkkinointilupa",
            "sähköpostitarjouksien lähettämiseen lupa", "markkinointisuostumus",
            "uutiskirjetilaus", "markkinointiasetukset"),
           ("marketing consent", "opt-in", "newsletter", "direct marketing ban", "marketing permission",
            "marketing preferences", "marketing consents", "newsletter subscription", "marketing opt-out",
            "marketing opt-in", "direct marketing consent"), "name",
           ("marknadsföringstillstånd", "nyhetsbrev", "direktmarknadsföringsförbud", "marknadsföringssamtycke",
            "nyhetsbrevsprenumeration", "marknadsföringsförbud", "marknadsföringslov", "direktreklamförbud")),
        _C("health", "special", ("terveystiedot", "diagnoosi", "allergiat", "terveydentila", "ruokavalio", "allergia",
                                 "sairaus", "lääkitys", "lääkkeet", "reseptilääkkeet", "reseptit", "potilastiedot",
                                 "sairaushistoria", "röntgenkuvat", "röntgenkuva", "hoitosuunnitelma", "hoitotiedot",
                                 "sairauskertomus", "hoitokertomus", "sairaudet", "yleissairaudet", "terveys",
                                 "toimintakyky", "työkyky", "vamma", "vammaisuus", "liikuntarajoite",
                                 "lääkärinlausunto", "lääkärintodistus", "sairauslomat",
                                 "kuntoutus", "raskaus", "laboratoriotulokset",
                                 "hoitohistoria", "potilaskertomus", "erityisruokavalio"),
           ("health data", "diagnosis", "allergies", "medical", "health", "medical history", "medication",
            "prescriptions", "x-rays", "treatment records", "health records", "dental records", "illnesses",
            "disability", "dietary requirements", "dietary restrictions", "special diet", "injuries",
            "injury", "sick leave", "reduced mobility", "functional capacity", "pregnancy",
            "patient records", "accessibility needs", "mobility impairment"),
           "value+name",
           ("hälsouppgifter", "diagnos", "allergier", "läkemedel", "patientuppgifter", "sjukdomar",
            "hälsotillstånd", "vårdplan", "röntgenbilder", "hälsa", "funktionsnedsättning",
            "funktionsförmåga", "arbetsförmåga", "handikapp", "specialkost", "specialdiet", "sjukfrånvaro",
            "sjukledighet", "medicinering", "nedsatt rörlighet", "rörelsehinder", "läkarintyg",
            "patientjournal", "journaluppgifter", "graviditet", "hälsorelaterade uppgifter")),
        _C("special_category", "special",
           ("etninen alkuperä", "uskonto", "ammattiliitto", "poliittinen kanta", "rikostiedot", "ammattiliiton jäsenyys",
            "uskonnollinen vakaumus", "seksuaalinen suuntautuminen", "biometriset tiedot", "geneettiset tiedot",
            "ammattiyhdistys", "ammattiyhdistyksen jäsenyys", "poliittinen mielipide",
            "poliittinen vakaumus", "puoluejäsenyys", "filosofinen vakaumus", "uskonnollinen katsomus",
            "elämänkatsomus", "maailmankatsomus", "uskontokunta", "uskonnollinen yhdyskunta", "uskonnollinen yhteisö",
            "kirkkoon kuuluminen", "kirkon jäsenyys", "uskonnollinen", "rodullinen alkuperä", "etninen tausta",
            "rikostuomiot", "rikosepäilyt", "sormenjälki"),
           ("ethnic origin", "religion", "trade union", "political opinion", "criminal records", "sexual orientation",
            "biometric data", "genetic data", "racial origin", "racial or ethnic origin", "ethnicity", "religious beliefs",
            "religious belief", "religious affiliation", "religious community", "philosophical beliefs",
            "political views", "union membership", "criminal convictions", "criminal offences", "criminal record",
            "sex life", "criminal history", "fingerprints", "biometric identifiers", "genetic information"), "name",
           ("etniskt ursprung", "religion", "fackförening", "politisk åsikt", "brottsuppgifter", "fackförbund", "trossamfund", "religiöst samfund", "samfundstillhörighet", "kyrkotillhörighet",
            "medlemskap i fackförbund", "fackföreningsmedlemskap", "fackmedlemskap", "facklig tillhörighet",
            "religiös övertygelse", "religiös tillhörighet", "trosuppfattning", "filosofisk övertygelse",
            "politiska åsikter", "sexuell läggning", "sexuell orientering", "biometriska uppgifter",
            "genetiska uppgifter", "brottsdomar")),
    ]
}

GROUPS: dict[str, Group] = {
    g.key: g
    for g in [
        Group("identity", ("henkilöllisyys", "perustiedot", "henkilötiedot", "tunnistetiedot"), ("identity", "basic information"), ("identitet", "grunduppgifter")),
        Group("contact", ("yhteystiedot",), ("contact details", "contact information", "contact info"), ("kontaktuppgifter", "kontaktinformation")),
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
