"""Expected category sets for holdout41, written by reading each notice (blind set)."""
EXPECTED: dict[str, set[str]] = {
    # fysioterapia-kaarnalahti.txt: sole-trader physiotherapist, Finnish plain text pasted from Word,
    #  numbered template sections; data under "5. Rekisterin sisältämät tiedot" as run-together "•"
    #  bullets. Etu- ja sukunimi -> name; henkilötunnus -> personal_identity_code; "Yhteystiedot
    #  (osoite, puhelinnumero, sähköpostiosoite)" -> address, phone, email (group word with items);
    #  Ammatti -> job_title; huoltajan nimi ja puhelinnumero -> name, phone (already); lähete, esitiedot,
    #  diagnoosit, tutkimus- ja hoitotiedot -> health; ostetut palvelut ja tuotteet -> order_history;
    #  laskutustiedot ja maksutapa -> billing. Counted as nothing: lupa tietojen luovuttamiseen
    #  vakuutusyhtiölle and lupa tekstiviestimuistutuksiin (reminders, not marketing); card data said
    #  NOT stored (no payment_card); the controller's own Y-tunnus (no business_id: not data about
    #  the data subjects); staff käyttäjätunnus/salasana and lokitieto in the security section;
    #  "Kela-korvausta varten tarvittavat tiedot" in disclosures.
    "fysioterapia-kaarnalahti.txt": {
        "name", "personal_identity_code", "address", "phone", "email", "job_title",
        "health", "order_history", "billing",
    },
    # tuulikannel-energia.html: electricity retailer, Finnish, whole saved page (cookie banner, header
    #  nav, breadcrumbs, footer with Y-tunnus); polished GDPR text with question headings; data under
    #  "Mitä henkilötietoja käsittelemme?" as <ul> lists per group (kuluttaja-asiakkaat,
    #  yritysasiakkaiden yhteyshenkilöt, verkkosivujen ja sovelluksen käyttäjät).
    #  nimi -> name; henkilötunnus -> personal_identity_code; postiosoite / käyttöpaikan osoite ->
    #  address; puhelinnumero -> phone; sähköpostiosoite -> email; tilatut tuotteet ja palvelut,
    #  tarjoukset -> order_history; laskut, viitenumerot, e-lasku/suoramaksu, maksuhistoria -> billing;
    #  tilinumero hyvityksiin -> bank_account; markkinointiluvat ja suoramarkkinointikiellot ->
    #  marketing_consent; Oma Tuulikannel käyttäjätunnus, selain- ja laitetiedot, evästetunnisteet ->
    #  online_identifier; edustamansa yritys -> organization; tehtävänimike -> job_title; IP-osoite ->
    #  ip_address. Cookie decision: COUNTED, because the web-user group in the data section lists IP,
    #  browser/device data and cookie ids, and the cookie section points back to that list.
    #  Counted as nothing: käyttöpaikkatunnus, muuttopäivä, kulutustiedot, luottotietojen tarkistus,
    #  asiakaspalvelun yhteydenotot ja puhelutallenteet, usage times, kameravalvonta (security);
    #  no credentials (login by strong authentication, bank credentials said not stored).
    "tuulikannel-energia.html": {
        "name", "personal_identity_code", "address", "phone", "email", "order_history",
        "billing", "bank_account", "marketing_consent", "online_identifier", "organization",
        "job_title", "ip_address",
    },
    # jarvenkaari-opiskelija-asunnot.txt: student-housing foundation, Finnish, tab-separated two-column
    #  table copied from a web page with HTML inside cells (<p>, <ul><li>, run-together "- " bullets),
    #  multi-line cells continued with tab-indented lines. Data in the "Rekisterin tietosisältö" row,
    #  per group. Asunnonhakijat: nimi -> name; syntymäaika -> birth_date; "yhteystiedot" ALONE ->
    #  email, phone, address; terveydentilaa koskevat tiedot / lääkärintodistus -> health.
    #  Asukkaat: nimi ja henkilötunnus -> name, personal_identity_code; puhelinnumero, sähköposti ->
    #  phone, email; laskut, viitenumero, maksuhistoria -> billing; tilinumero -> bank_account;
    #  varatut ja ostetut lisäpalvelut -> order_history; Asukasportaalin käyttäjätunnus ->
    #  online_identifier. Counted as nothing: oppilaitos/opiskelijanumero (education), kansalaisuus,
    #  oleskelulupa, toivottu asunto, sopimusnumero/vuokrasopimuksen tiedot, avainten numerot,
    #  vika- ja huoltoilmoitukset, kameravalvonta and staff passwords (security row), the
    #  "nimi, asunto ja puhelinnumero" disclosed to the maintenance company (already counted anyway);
    #  "ei käytetä suoramarkkinointiin" -> no marketing_consent.
    "jarvenkaari-opiskelija-asunnot.txt": {
        "name", "birth_date", "email", "phone", "address", "health",
        "personal_identity_code", "billing", "bank_account", "order_history", "online_identifier",
    },
    # hankikanto-gear-rental.md: outdoor-gear rental in Rovaniemi, English Markdown, polished GDPR
    #  style with question headings; data under "What personal data do we collect?" as bullet lists
    #  per group (customers, guided-trip participants, account holders, newsletter subscribers).
    #  first and last name, emergency contact's name -> name; email -> email; phone -> phone;
    #  date of birth -> birth_date; billing address -> address; company or school name ->
    #  organization; bookings and rentals, guided trips booked -> order_history; payment method and
    #  transaction reference -> billing; discount codes -> coupons; allergies, medical conditions,
    #  medication -> health; password (hash) -> credentials; newsletter subscription ->
    #  marketing_consent. Counted as nothing: equipment sizes, car registration number, photo ID
    #  (looked at, not stored), card number (never stored; deposit authorisation), camera
    #  surveillance. Cookie decision: NOT counted — only strictly necessary session/language cookies,
    #  said not to identify the person nor be stored in customer data; no analytics.
    "hankikanto-gear-rental.md": {
        "name", "email", "phone", "birth_date", "address", "organization", "order_history",
        "billing", "coupons", "health", "credentials", "marketing_consent",
    },
    # simforeningen-kobbarna.html: Swedish-language swim club (rf) in Kristinestad, whole saved
    #  WordPress/WooCommerce page (cookie notice, nav, cart, shop footer); numbered sections, data
    #  under "5. Vilka personuppgifter behandlar vi?" as <ul> per group (medlemmar och simmare,
    #  simskolebarn och vårdnadshavare, tränare och funktionärer).
    #  för- och efternamn / namn -> name; födelsedatum -> birth_date; kön -> gender; adress ->
    #  address; telefonnummer -> phone; e-postadress -> email; vårdnadshavarens "kontaktuppgifter"
    #  alone -> email, phone, address (already); medlemsavgifter, träningsavgifter, betalningar,
    #  referensnummer -> billing; prenumeration på nyhetsbrev -> marketing_consent; simskolekurser och
    #  läger som barnet anmälts till -> order_history; allergier, epilepsi, diabetes -> health;
    #  kontonummer för arvoden -> bank_account. Counted as nothing: licens- och medlemsnummer,
    #  träningsgrupp, tävlingsresultat, tränarutbildning och domarbehörighet, fotografier,
    #  klubbshop orders (explicitly NOT part of this register), the club's FO-nummer, staff
    #  användarnamn/lösenord (security). Cookie decision: NOT counted — necessary cookies only and
    #  IP addresses explicitly not collected.
    "simforeningen-kobbarna.html": {
        "name", "birth_date", "gender", "address", "phone", "email", "billing",
        "marketing_consent", "order_history", "health", "bank_account",
    },
}
