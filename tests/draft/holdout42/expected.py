"""Expected category sets for holdout42, written by reading each notice (blind set)."""
EXPECTED: dict[str, set[str]] = {
    # helmiainen-kauneushoitola.html: beauty salon (sole trader), whole saved WordPress page with
    #  cookie banner, nav, booking call-to-action and footer; Suomen Yrittäjät-style numbered <h3>
    #  sections; data in "5. Rekisterin tietosisältö" as a <ul>.
    #  Etu- ja sukunimi -> name; Syntymäaika -> birth_date; Puhelinnumero ja sähköpostiosoite ->
    #  phone, email; Postiosoite -> address; hoitokortti "tehdyt hoidot ... ostamat kotihoitotuotteet"
    #  -> order_history; allergiat, sairaudet, raskaus, lääkitys -> health; lupa uutiskirjeen ja
    #  tarjousten lähettämiseen -> marketing_consent.
    #  Counted as nothing: hoitajan muistiinpanot (free text), ennen-jälkeen-kuvat (photos, not in
    #  register), käyttäjätunnus ja salasana in the security section (staff login), Y-tunnus of the
    #  controller, "laskutamme 50 %" in the footer. Cookie section: Google Analytics collects IP
    #  address / browser type, but the notice says Google processes it and it is NOT stored in the
    #  register (also stated in section 5) -> ip_address / online_identifier NOT counted.
    "helmiainen-kauneushoitola.html": {
        "name", "birth_date", "phone", "email", "address",
        "order_history", "health", "marketing_consent",
    },
    # lakiasiaintoimisto-venho.txt: legal aid / criminal defence firm, plain text pasted from Word,
    #  numbered sections with dash bullets; data in "5. Rekisteröityjen ryhmät ja käsiteltävät
    #  henkilötiedot", listed per data-subject group a) päämiehet, b) vastapuolet ym., c) yhteistyö-
    #  kumppaneiden yhteyshenkilöt.
    #  a) nimi -> name; henkilötunnus -> personal_identity_code; osoite, puhelinnumero,
    #  sähköpostiosoite -> address, phone, email; epäillyt rikokset / aiemmat rikostuomiot ->
    #  special_category; terveydentilaa koskevat tiedot (lääkärinlausunnot, mielentilatutkimukset)
    #  -> health; laskutustiedot, maksut -> billing; tilinumero -> bank_account.
    #  b) nimi, henkilötunnus, "yhteystiedot" alone (-> email, phone, address; all already counted).
    #  c) edustamansa organisaatio -> organization; tehtävänimike -> job_title; phone, email.
    #  Counted as nothing: case documents (esitutkintapöytäkirjat, tuomiot), tulo-, meno- ja
    #  varallisuustiedot (income/assets: no key), oikeusapupäätökset (inside the billing item),
    #  "asemaa asiassa koskevat tiedot" (role in the case, not a job title; job_title is in the set
    #  anyway via c), kulunvalvonta / käyttäjätunnus ja salasana in the security section, sources
    #  (väestötietojärjestelmä) and disclosures.
    "lakiasiaintoimisto-venho.txt": {
        "name", "personal_identity_code", "address", "phone", "email",
        "special_category", "health", "billing", "bank_account",
        "organization", "job_title",
    },
    # ravintola-kuparipata.md: restaurant, polished GDPR-style Markdown with question headings and a
    #  purpose/legal-basis table; data under "## Mitä henkilötietoja käsittelemme?" with three ###
    #  per-group bullet lists (pöytävaraukset, tilaisuuksien yhteyshenkilöt, Kuparikerho).
    #  nimi -> name; puhelinnumero, sähköpostiosoite -> phone, email; allergiat ja
    #  erityisruokavaliot (keliakia) -> health; edustamasi yritys tai yhdistys -> organization;
    #  laskutusosoite -> address; laskutustiedot (verkkolaskuosoite, viitenumero) -> billing;
    #  tilatut menut, juomat ja tilat / ostohistoria -> order_history (table booking details would
    #  also map here); syntymäpäivä -> birth_date; postinumero -> address; etukoodit -> coupons;
    #  markkinointiluvat -> marketing_consent; salasana -> credentials.
    #  Counted as nothing: kertyneet pisteet, vapaamuotoiset lisätiedot, kameravalvonta (separate
    #  notice), muistutusviestit in the purpose table (reminders), "Emme tallenna
    #  maksukorttitietoja" (payment_card NOT declared), cookie section (only necessary cookies and
    #  aggregated statistics; no data items named).
    "ravintola-kuparipata.md": {
        "name", "phone", "email", "health", "organization", "address",
        "billing", "order_history", "birth_date", "coupons",
        "marketing_consent", "credentials",
    },
    # routakivi-recruitment-community.txt: Finnish software company, English, plain text copied
    #  from a web page with numbered question headings; data in "4. What personal data do we
    #  process?" as a tab-separated two-column table (group | cell with <ul><li> HTML run together).
    #  Job applicants: Name -> name; Email address and phone number -> email, phone; Home
    #  municipality -> address; LinkedIn profile -> social_media; personal website or portfolio
    #  link -> website. Community members: Username (and display name) -> online_identifier (name);
    #  Email address; Password (salted hash) -> credentials; company -> organization; job title ->
    #  job_title; IP address -> ip_address; browser and device information -> online_identifier;
    #  Newsletter subscription status -> marketing_consent.
    #  Counted as nothing: CV, education, work history, salary request, start date, interview notes,
    #  assessment results, posts/comments/private messages, "We do not ask for or store your
    #  personal identity code" (NOT declared), health mentioned only as "do not include", login
    #  logs in retention, cookie section (session cookie, aggregated analytics; not counted), the
    #  controller's business ID.
    "routakivi-recruitment-community.txt": {
        "name", "email", "phone", "address", "social_media", "website",
        "online_identifier", "credentials", "organization", "job_title",
        "ip_address", "marketing_consent",
    },
    # bokhandel-ankaret.html: Finland-Swedish bookshop with web shop, Swedish, whole saved shop page
    #  (cookie banner, topbar, search, cart, category nav, newsletter form, footer with payment
    #  icons); template-style numbered <h2> sections; data in "5. Personuppgifter som behandlas" as
    #  a <ul> for customers plus one sentence for business/school/library contact persons.
    #  för- och efternamn -> name; leverans- och faktureringsadress -> address; e-postadress,
    #  telefonnummer -> email, phone; lösenord -> credentials (login is with the e-mail, no separate
    #  username); orderhistorik / köpta produkter -> order_history; betalningssätt och fakturor ->
    #  billing; använda rabattkoder -> coupons; samtycke eller förbud ... direktmarknadsföring ->
    #  marketing_consent; IP-adress -> ip_address; webbläsaruppgifter -> online_identifier
    #  (these two are listed in the data section itself, so they count regardless of the cookie
    #  section); kontaktpersoner: organisation -> organization.
    #  Counted as nothing: kundnummer, reklamationer och korrespondens (customer-service messages),
    #  "Vi sparar inga kortnummer" (payment_card NOT declared), personbeteckning processed only by
    #  the payment provider and "vi ... sparar inte" (personal_identity_code NOT declared), Posten
    #  address updates (source), disclosures to Posti/Matkahuolto, staff användarnamn och lösenord
    #  in the security section, cookie section (adds nothing beyond the list), FO-nummer of the
    #  controller, newsletter signup form in the page chrome.
    "bokhandel-ankaret.html": {
        "name", "address", "email", "phone", "credentials", "order_history",
        "billing", "coupons", "marketing_consent", "ip_address",
        "online_identifier", "organization",
    },
}
