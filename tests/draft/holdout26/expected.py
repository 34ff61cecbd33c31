"""Expected category sets for holdout26, written by reading each notice (blind set)."""
EXPECTED: dict[str, set[str]] = {
    # Law firm, Finnish, Markdown, polished GDPR style with question headings ("## 4. Mitä
    # henkilötietoja käsittelemme?"), data listed per group of data subjects in bold-labelled
    # bullet lists.
    # Päämiehet: nimi -> name; henkilötunnus -> personal_identity_code; yhteystiedot (postiosoite,
    # puhelinnumero, sähköpostiosoite) -> address, phone, email; laskutustiedot ja maksuhistoria ->
    # billing; pankkitilin numero -> bank_account; terveydentilaa koskevat tiedot -> health;
    # rikoksia ja rikostuomioita koskevat tiedot -> special_category.
    # Yhteyshenkilöt: edustamansa yritys tai yhteisö -> organization; tehtävänimike -> job_title.
    # Vastapuolet: syntymäaika -> birth_date; "yhteystiedot" alone -> contact (email, phone,
    # address, already present). Uutiskirje: markkinointiluvat ja -kiellot, uutiskirjeen tilaus ->
    # marketing_consent.
    # Counted as nothing: toimeksiantoa koskevat tiedot ja asiakirjat, oikeusturvavakuutus/
    # oikeusapu, henkilöllisyystodistuksen tiedot (ID document), staff käyttäjätunnus/salasana in
    # the security section, kulunvalvonta. Cookie section: IP is anonymised and cookie data is
    # "not combined with the register", so it is NOT counted (no ip_address, no online_identifier).
    "asianajotoimisto-kallioniemi-rautavaara.md": {
        "name", "personal_identity_code", "birth_date", "organization", "job_title",
        "email", "phone", "address", "billing", "bank_account", "health",
        "special_category", "marketing_consent",
    },
    # Bakery-café with online cake orders, Finnish, .txt saved from a web shop (MyCashflow):
    # tab-separated two-column table (heading<TAB>cell) with HTML inside cells, shop boilerplate
    # around it. Data-content row headed "Mitä tietoja keräämme", a <ul> of "- item" <li>s.
    # etu- ja sukunimi -> name; puhelinnumero -> phone; sähköpostiosoite -> email; toimitusosoite
    # -> address; tilatut tuotteet -> order_history; ruoka-aineallergiat -> health; maksutapa ja
    # maksun tila -> billing; alennuskoodit -> coupons; uutiskirjeen tilaus -> marketing_consent.
    # Counted as nothing: noutopäivä/-aika, kakun tekstit ja koristelut (free text); the
    # controller's own Y-tunnus (controller section, not data content); "emme tallenna
    # maksukorttien numeroita" -> no payment_card; kameravalvonta (CCTV, separate section);
    # cookie section lists no data items.
    "leipomo-kahvila-sokerihiiri.txt": {
        "name", "phone", "email", "address", "order_history", "health", "billing",
        "coupons", "marketing_consent",
    },
    # Municipal adult-education centre course register, Finnish, whole saved web page (.html)
    # with cookie banner, header, nav, breadcrumbs and footer. Data under the question heading
    # "6. Mitä tietoja rekisteriin tallennetaan?" in a <table> Tietoryhmä | Tiedot.
    # etu- ja sukunimi (+ huoltajan nimi) -> name; syntymäaika -> birth_date; sukupuoli -> gender;
    # lähiosoite, postinumero, kotikunta -> address; puhelinnumero -> phone; sähköpostiosoite ->
    # email; ostetut kurssit, ilmoittautumiset -> order_history; kurssimaksut, laskut,
    # viitenumerot, maksutapahtumat -> billing; käyttäjätunnus -> online_identifier; salasana ->
    # credentials; terveydentilaa koskevat tiedot -> health; lupa uutiskirjeen lähettämiseen ->
    # marketing_consent.
    # Counted as nothing: äidinkieli (language), peruutukset/jonopaikat/läsnäolot, "Henkilötunnusta
    # ei kerätä" (said NOT collected -> no personal_identity_code). Cookie section: analytics may
    # collect IP/browser data but "ei tallenneta kurssirekisteriin" -> NOT counted (no ip_address;
    # online_identifier comes from the käyttäjätunnus row anyway). Footer/contact numbers are
    # boilerplate.
    "harjuvaaran-kansalaisopisto-kurssirekisteri.html": {
        "name", "birth_date", "gender", "address", "phone", "email", "order_history",
        "billing", "online_identifier", "credentials", "health", "marketing_consent",
    },
    # HR SaaS for Finnish employers, English, whole saved web page (.html) with cookie banner,
    # nav, footer; polished GDPR style with question headings. "What personal data do we
    # process?" lists data per group (<h3> + <ul>): contact persons, users, newsletter/event
    # participants, website visitors.
    # name -> name; organisation you represent -> organization; job title -> job_title; work email
    # -> email; phone number -> phone; subscriptions/modules ordered and offers -> order_history;
    # invoices and payment status -> billing; username, cookie identifiers, device/browser info
    # (user agent) -> online_identifier; password (hash) -> credentials; IP address (login events,
    # website visitors) -> ip_address; marketing consents/opt-outs, newsletter subscription ->
    # marketing_consent; food allergies -> health.
    # The cookie section here IS presented as data the controller processes (the "Website
    # visitors" group lists IP address, cookie identifiers, browser info), so it counts; it adds
    # nothing beyond the user-group items anyway.
    # Counted as nothing: correspondence/support requests, user role and access rights, login time
    # stamps, dietary restrictions as such; employee data customers store in the service is
    # explicitly out of scope (processor role) and is not itemised; job applicants are referred
    # to a separate notice.
    "kadenssi-hr-privacy-notice.html": {
        "name", "organization", "job_title", "email", "phone", "order_history", "billing",
        "online_identifier", "credentials", "ip_address", "marketing_consent", "health",
    },
    # Garden shop with web shop, Swedish, plain .txt in the old registerbeskrivning template
    # (numbered headings, pasted from Word). Data in ONE sentence under "5. Registrets
    # datainnehåll".
    # för- och efternamn -> name; adress och leveransadress -> address; e-postadress -> email;
    # telefonnummer -> phone; födelsedatum -> birth_date; köp och beställningar, bokade
    # trädgårdsplaneringar -> order_history; betalnings- och faktureringsuppgifter -> billing;
    # rabattkoder -> coupons; användarnamn -> online_identifier; lösenord -> credentials;
    # samtycke/förbud direktmarknadsföring och nyhetsbrev -> marketing_consent.
    # Counted as nothing: kundnummer, fotografier av trädgården, egna anteckningar; "sparar inte
    # betalkortsnummer" -> no payment_card; staff användarnamn/lösenord in the security section;
    # cookie section (Google Analytics, IP anonymised, not linked to the register) -> NOT counted.
    "tradgardsbutik-gronfinken.txt": {
        "name", "address", "email", "phone", "birth_date", "order_history", "billing",
        "coupons", "online_identifier", "credentials", "marketing_consent",
    },
}
