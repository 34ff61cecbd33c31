"""Expected category sets for holdout34, written by reading each notice (blind set)."""
EXPECTED: dict[str, set[str]] = {
    # Hair-salon chain with online booking; Finnish; whole saved WordPress page (.html) with cookie
    # banner, nav, cart widget, footer (salon addresses, newsletter form, payment logos). Data are an
    # <ul> under the question heading "5. Mitä tietoja käsittelemme?": etu- ja sukunimi -> name;
    # matkapuhelinnumero -> phone; sähköpostiosoite -> email; syntymäpäivä -> birth_date;
    # ajanvarauspalvelun käyttäjätunnus -> online_identifier; salasana -> credentials; varaushistoria
    # (varatut palvelut, ostetut hiustenhoitotuotteet) -> order_history; maksutiedot (maksutapa, maksun
    # tila, avoimet laskut) -> billing; allergiat ja yliherkkyydet -> health; markkinointilupa ja
    # uutiskirjeen tilaus -> marketing_consent. Counted as nothing: "emmekä tallenna korttinumeroita"
    # (no payment_card), värireseptit, käyntipäivät, vapaamuotoiset lisätiedot, ennen-jälkeen-kuvat,
    # kameravalvonta (security section), staff "henkilökohtaisilla tunnuksilla". Cookie section: Google
    # Analytics collects shortened IP-osoite and selaimen tyyppi, but the notice says Google processes
    # them, only aggregate statistics are seen, and they are not part of this register -> NOT counted
    # (no ip_address; online_identifier is in the set anyway because of the booking username).
    "kaarna-parturi-kampaamot.html": {
        "name", "phone", "email", "birth_date", "online_identifier", "credentials",
        "order_history", "billing", "health", "marketing_consent",
    },
    # Rental housing company (ARA vuokrataloyhtiö); Finnish; .txt copied from a web page's two-column
    # table: heading TAB cell with HTML (<p>, <ul><li>- ...), multi-paragraph cells continue on
    # tab-indented lines. Data heading "Rekisteriin talletettavat tiedot", listed per subject group.
    # Asunnonhakijat: nimi -> name; henkilötunnus -> personal_identity_code; "yhteystiedot" ALONE (no
    # items) -> email, phone, address; kotitalouden jäsenten syntymäajat -> birth_date; työnantaja ->
    # organization. Asukkaat: vuokranmaksutiedot, laskut ja viitenumero -> billing; tilinumero vakuuden
    # palauttamista varten -> bank_account. OmaKoti-portaalin käyttäjät: käyttäjätunnus ->
    # online_identifier. Counted as nothing: asumismuoto, tulo- ja varallisuustiedot,
    # luottotietomerkinnät, haettavat kohteet, vuokrasopimuksen tiedot, asukkaiden lukumäärä,
    # avainluovutukset, vika-/häiriöilmoitukset, autopaikka/saunavuoro, ajoneuvon rekisterinumero,
    # kirjautumisajat, portaalin viestit. Other sections: disclosures (isännöitsijä gets nimi,
    # puhelinnumero; Kela), sources (väestötietojärjestelmä osoitteet), security (staff käyttäjätunnus ja
    # salasana, kameravalvonta) add nothing -> no credentials.
    "kaislakoti-vuokra-asunnot.txt": {
        "name", "personal_identity_code", "email", "phone", "address", "birth_date",
        "organization", "billing", "bank_account", "online_identifier",
    },
    # Corporate event agency; Finnish; polished GDPR Markdown with question headings and pipe tables.
    # Data under "Mitä henkilötietoja käsittelemme?" as a table "Rekisteröityjen ryhmä | Käsiteltävät
    # tiedot". Yhteyshenkilöt: nimi -> name; edustamansa yritys -> organization; tehtävänimike ->
    # job_title; puhelinnumero -> phone; sähköpostiosoite -> email; tarjoukset ja tilatut tapahtumat ja
    # palvelut -> order_history; laskutustiedot -> billing. Osallistujat: organisaatio, sähköposti,
    # matkapuhelinnumero (same keys); erityisruokavaliot ja ruoka-aineallergiat -> health; syntymäaika
    # -> birth_date. Uutiskirjeen tilaajat: uutiskirjeen tilaus ja sen peruutus -> marketing_consent.
    # Verkkosivujen käyttäjät (a subject group in the data table, repeated in the cookie section as
    # data "keräämme"): IP-osoite -> ip_address; evästetunnisteet, selaimen ja laitteen tiedot ->
    # online_identifier (cookie data COUNTED here because the notice lists it as data it processes).
    # Counted as nothing: ilmoittautumistiedot, kansalaisuus, passin numero, valokuvat/videot; purpose
    # table, disclosures (hotellit, lentoyhtiöt, pitopalvelu) and retention add nothing new.
    "kajo-tapahtumat.md": {
        "name", "organization", "job_title", "phone", "email", "order_history", "billing",
        "health", "birth_date", "marketing_consent", "ip_address", "online_identifier",
    },
    # Finnish sauna-heater manufacturer; English; whole saved web page (.html) with consent banner,
    # language bar, dealer-login link, product nav, breadcrumb and footer. Data under "3. What personal
    # data do we process?" as an HTML table per data-subject group with <br>-separated items.
    # Dealer contact persons: Name -> name; Company -> organization; Business ID / VAT number ->
    # business_id; Position -> job_title; business email and phone -> email, phone; delivery address ->
    # address; orders -> order_history; invoices -> billing. Dealer portal: Username ->
    # online_identifier; password (salted hash) -> credentials. Warranty registrants: postal address,
    # email, phone, purchased product / date and place of purchase (order_history). Newsletter:
    # consent to receive marketing email -> marketing_consent. Counted as nothing: training courses,
    # login history, model/serial number, receipt copy, installation date, installer's name (name is in
    # anyway), fault description, photos, correspondence, language, country, factory camera
    # surveillance, staff user IDs/passwords in the security section. Cookie section says "we do not
    # collect or store visitors' IP addresses" and only aggregated reports are seen -> NOT counted
    # (no ip_address).
    "routala-saunatech-privacy.html": {
        "name", "organization", "business_id", "job_title", "email", "phone", "address",
        "order_history", "billing", "online_identifier", "credentials", "marketing_consent",
    },
    # Fishing club (förening r.f.); Swedish; plain .txt written by a volunteer from the numbered
    # register-description template. Data under "5. Uppgifter som registreras", mostly in one running
    # sentence plus short lines: namn -> name; födelseår -> birth_date; hemadress -> address;
    # telefonnummer -> phone; e-postadress -> email; betalda och obetalda medlemsavgifter och
    # båtplatsavgifter -> billing; kontonummer (IBAN) for styrelsemedlemmar/funktionärer ->
    # bank_account. Counted as nothing: medlemsnummer, medlemskategori, inträdesdatum, vårdnadshavarens
    # namn/telefon (keys already present), båtens registreringsnummer och platsnummer, tävlingsresultat
    # och fångstrapporter, bilder. Other sections: disclosure of namn och adresser to the central
    # association, "lösenord"/"användarnamn" protecting the Excel file (security), bankkonto as a source
    # -> nothing added; no marketing (stated not used for marketing).
    "fiskeklubben-strommingen.txt": {
        "name", "birth_date", "address", "phone", "email", "billing", "bank_account",
    },
}
