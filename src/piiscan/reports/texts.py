"""What a DPO adds to the notice: one sentence per category, and the legal limits that apply.

The sentences are written to be pasted into the notice's tietosisältö as they are; the legal
reminders name the provision a DPO must check before the category may stay in the register.

>>> notice_sentence("personal_identity_code", "fi")
'Rekisteriin tallennetaan rekisteröidyn henkilötunnus.'
>>> notice_sentence("email", "en")
"The register contains the data subject's email address."
>>> legal_reminder("email", "fi") is None
True
>>> "1050/2018" in legal_reminder("personal_identity_code", "fi")
True
"""

from __future__ import annotations

# (Finnish, English) object of "Rekisteriin tallennetaan ..." / "The register contains ...".
_CONTENT: dict[str, tuple[str, str]] = {
    "name": ("rekisteröidyn etu- ja sukunimi", "the data subject's first and last name"),
    "personal_identity_code": ("rekisteröidyn henkilötunnus", "the data subject's personal identity code"),
    "birth_date": ("rekisteröidyn syntymäaika", "the data subject's date of birth"),
    "gender": ("rekisteröidyn sukupuoli", "the data subject's gender"),
    "job_title": ("rekisteröidyn asema tai tehtävänimike", "the data subject's position or job title"),
    "organization": ("rekisteröidyn edustama yritys tai muu yhteisö",
                     "the company or other organisation the data subject represents"),
    "business_id": ("rekisteröidyn yrityksen tai toiminimen Y-tunnus",
                    "the business ID of the data subject's company or sole proprietorship"),
    "email": ("rekisteröidyn sähköpostiosoite", "the data subject's email address"),
    "phone": ("rekisteröidyn puhelinnumero", "the data subject's telephone number"),
    "address": ("rekisteröidyn postiosoite (katuosoite, postinumero ja postitoimipaikka)",
                "the data subject's postal address (street address, postal code and city)"),
    "ip_address": ("rekisteröidyn verkkoyhteyden IP-osoite", "the IP address of the data subject's network connection"),
    "website": ("rekisteröidyn verkkosivuston osoite", "the address of the data subject's website"),
    "social_media": ("rekisteröidyn käyttäjätunnukset ja profiilit sosiaalisen median palveluissa",
                     "the data subject's usernames and profiles in social media services"),
    "online_identifier": ("rekisteröidyn verkkotunnisteet, kuten käyttäjätunnus, evästetunniste ja laitetunniste",
                          "the data subject's online identifiers, such as username, cookie identifier and device "
                          "identifier"),
    "credentials": ("rekisteröidyn palveluun kirjautumiseen käyttämät tunnistautumistiedot "
                    "(käyttäjätunnus ja salasana)",
                    "the credentials the data subject uses to log in to the service (username and password)"),
    "location": ("rekisteröidyn sijaintitiedot", "the data subject's location data"),
    "billing": ("rekisteröidyn laskutus- ja maksutiedot, kuten laskut ja viitenumerot",
                "the data subject's billing and payment details, such as invoices and payment references"),
    "bank_account": ("rekisteröidyn pankkitilin numero (IBAN)", "the data subject's bank account number (IBAN)"),
    "payment_card": ("rekisteröidyn maksukortin numero", "the data subject's payment card number"),
    "order_history": ("tiedot rekisteröidyn tilauksista ja ostoista",
                      "details of the data subject's orders and purchases"),
    "coupons": ("rekisteröidyn käyttämät etu- ja kuponkikoodit sekä niiden käytöt",
                "the coupon and discount codes the data subject has used, and when they were used"),
    "marketing_consent": ("rekisteröidyn markkinointiluvat ja -kiellot",
                          "the data subject's marketing consents and direct marketing bans"),
    "health": ("rekisteröidyn terveydentilaa koskevat tiedot", "data concerning the data subject's health"),
    "special_category": ("erityisiin henkilötietoryhmiin kuuluvat tiedot rekisteröidystä",
                         "special categories of personal data about the data subject"),
}

_PIC_FI = (
    "Henkilötunnusta saa käsitellä vain tietosuojalain (1050/2018) 29 §:ssä säädetyin edellytyksin: "
    "rekisteröidyn yksiselitteisellä suostumuksella, kun käsittelystä säädetään laissa, tai kun "
    "rekisteröidyn yksiselitteinen yksilöinti on tärkeää laissa säädetyn tehtävän suorittamiseksi tai "
    "rekisteröidyn tai rekisterinpitäjän oikeuksien ja velvollisuuksien toteuttamiseksi (esimerkiksi "
    "luotonanto ja perintä). Henkilötunnusta ei saa merkitä tarpeettomasti rekisteristä tulostettuihin "
    "asiakirjoihin. Arvioi, tarvitaanko henkilötunnusta lainkaan; jos ei tarvita, se on poistettava."
)
_PIC_EN = (
    "Under § 29 of the Finnish Data Protection Act (1050/2018), the personal identity code may be "
    "processed only with the data subject's unambiguous consent, where processing is provided for by "
    "law, or where unambiguous identification is important to perform a task laid down by law or to "
    "exercise the rights and obligations of the data subject or the controller (for example credit and "
    "debt collection). It must not be included unnecessarily in documents printed from the register. "
    "Assess whether the code is needed at all; if it is not, it must be deleted."
)
_ART9_FI = (
    "Tieto kuuluu EU:n yleisen tietosuoja-asetuksen 9 artiklan mukaisiin erityisiin henkilötietoryhmiin. "
    "Niiden käsittely on kielletty, ellei jokin 9 artiklan 2 kohdan poikkeuksista (esimerkiksi "
    "rekisteröidyn nimenomainen suostumus) sovellu. Kirjaa käsittelyperuste selosteeseen ja arvioi, "
    "onko tietosuojaa koskeva vaikutustenarviointi (35 artikla) tehtävä."
)
_ART9_EN = (
    "This is a special category of personal data under Article 9 of the GDPR. Processing it is "
    "prohibited unless one of the exceptions of Article 9(2) applies (for example the data subject's "
    "explicit consent). Record the legal basis in the notice and assess whether a data protection "
    "impact assessment (Article 35) is required."
)
_SPECIAL_FI = _ART9_FI + (
    " Rikostuomioita ja rikkomuksia koskevia tietoja saa käsitellä vain tietosuoja-asetuksen 10 artiklan "
    "ja tietosuojalain 7 §:n mukaisesti."
)
_SPECIAL_EN = _ART9_EN + (
    " Data relating to criminal convictions and offences may be processed only as allowed by Article 10 "
    "of the GDPR and § 7 of the Data Protection Act."
)
_CARD_FI = (
    "Tietoturva: maksukorttien numeroiden tallentaminen omiin järjestelmiin edellyttää korttialan "
    "tietoturvastandardin (PCI DSS) noudattamista ja tietosuoja-asetuksen 32 artiklan mukaisia "
    "suojatoimia. Selvitä, onko tallentaminen tarpeen; yleensä korttitiedot jätetään maksupalvelun "
    "tarjoajalle."
)
_CARD_EN = (
    "Security: storing payment card numbers in your own systems requires compliance with the card "
    "industry's security standard (PCI DSS) and the safeguards of Article 32 of the GDPR. Find out "
    "whether storing them is necessary; card data is normally left with the payment service provider."
)
_CREDENTIALS_FI = (
    "Tietoturva: salasanat saa tallentaa vain suolattuina tiivisteinä (esimerkiksi Argon2 tai bcrypt), "
    "ei koskaan selväkielisinä (tietosuoja-asetuksen 32 artikla, käsittelyn turvallisuus). Selvitä, "
    "missä muodossa löydetyt tunnistautumistiedot on tallennettu ja kenellä on niihin pääsy."
)
_CREDENTIALS_EN = (
    "Security: passwords may only be stored as salted hashes (for example Argon2 or bcrypt), never in "
    "plain text (Article 32 of the GDPR, security of processing). Find out in which form the credentials "
    "found are stored and who can access them."
)

_REMINDERS: dict[str, tuple[str, str]] = {
    "personal_identity_code": (_PIC_FI, _PIC_EN),
    "health": (_ART9_FI, _ART9_EN),
    "special_category": (_SPECIAL_FI, _SPECIAL_EN),
    "payment_card": (_CARD_FI, _CARD_EN),
    "credentials": (_CREDENTIALS_FI, _CREDENTIALS_EN),
}


def notice_sentence(category: str, lang: str = "fi") -> str:
    """The sentence to add to the notice's tietosisältö for one category key."""
    fi, en = _CONTENT[category]
    if lang == "fi":
        return f"Rekisteriin tallennetaan {fi}."
    return f"The register contains {en}."


def legal_reminder(category: str, lang: str = "fi") -> str | None:
    """The legal limit or security note for a category, or None where no special rule applies."""
    texts = _REMINDERS.get(category)
    if texts is None:
        return None
    return texts[0] if lang == "fi" else texts[1]
