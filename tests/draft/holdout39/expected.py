"""Expected category sets for holdout39, written by reading each notice (blind set)."""
EXPECTED: dict[str, set[str]] = {
    # Taxi company with a booking app; Finnish; a whole saved web page (.html) with a cookie banner,
    # nav, a footer newsletter form and a polished GDPR text with question headings. The data are in
    # "Mitä henkilötietoja käsittelemme?" as three per-group <ul> lists (all customers / business
    # customers' passengers / Kela trips). Items: etu- ja sukunimi -> name; puhelinnumero -> phone;
    # sähköpostiosoite -> email; nouto-/määränpää-/suosikkiosoitteet -> address; laitteen
    # sijaintitieto -> location; tilatut ja toteutuneet kyydit -> order_history; maksutapa, kuitit ja
    # laskut -> billing; laitetunniste, push-tunniste, laitemalli, käyttöjärjestelmän versio ->
    # online_identifier; markkinointiluvat ja -kiellot -> marketing_consent; työnantajayrityksen nimi ->
    # organization; henkilötunnus -> personal_identity_code; terveydentilaa koskevat tiedot
    # (pyörätuoli, paarit) -> health. Counted as nothing: arviot/palautteet, asiakaspalvelun
    # yhteydenotot, puhelutallenteet, kustannuspaikka/tilausviite, matkakorvausoikeus (its omavastuu
    # adds nothing beyond billing), card numbers (stated NOT stored -> no payment_card), passwords
    # (stated not used -> no credentials), in-car kameravalvonta (security section only). The cookie
    # section's "selaimen tyyppi ja lyhennetty IP-osoite" is NOT counted: the notice says it is not
    # combined with the customer register, so no ip_address. Controller's Y-tunnus -> not counted.
    "kaarnavirta-taksi.html": {
        "name", "phone", "email", "address", "location", "order_history", "billing",
        "online_identifier", "marketing_consent", "organization", "personal_identity_code", "health",
    },
    # Hair salon run by a sole trader (Tmi); Finnish; .txt copied from a web page built on the
    # Suomen Yrittäjät/offistore-style template: two-column tab-separated table with HTML in cells,
    # one continuation line starting with a tab, site boilerplate at the end. Data in the row
    # "Rekisterin tietosisältö" as run-together "- item- item" bullets inside <ul>. Items: Nimi ->
    # name; Puhelinnumero -> phone; Sähköpostiosoite -> email; Syntymäpäivä -> birth_date; Tehdyt
    # palvelut, värisävyt, reseptit + Ostetut hoitotuotteet -> order_history; Allergiat ja
    # yliherkkyydet -> health; Markkinointilupa -> marketing_consent. Counted as nothing: Suostumus
    # ajanvarausmuistutuksiin (reminders, not marketing), vapaamuotoiset lisätiedot (free text).
    # The controller's own Y-tunnus / address / phone in controller & contact rows are not register
    # data (no business_id, no address). "Salasana" only in the security row -> no credentials.
    "hiushuone-sarastus.txt": {
        "name", "phone", "email", "birth_date", "order_history", "health", "marketing_consent",
    },
    # Municipal youth services (kunta, nuorisopalvelut); Finnish; plain .txt from a municipal web page,
    # numbered art. 13/14 template sections with "•" bullets. Data in "7. Käsiteltävät henkilötiedot",
    # listed per data-subject group (nuorisotalojen kävijät / leirien osallistujat / huoltajat /
    # nuorisovaltuusto). Items: nimi -> name; syntymäaika -> birth_date; sukupuoli -> gender;
    # puhelinnumero -> phone; henkilötunnus -> personal_identity_code; kotiosoite -> address;
    # allergiat, erityisruokavaliot, lääkitys, terveystiedot -> health; sähköpostiosoite -> email;
    # leirimaksun laskutustiedot -> billing; nuorisovaltuusto "yhteystiedot" alone -> email, phone,
    # address (all already in the set). Counted as nothing: jäsenkortin numero, valokuva,
    # käyntikerrat, koulu ja luokka, uimataito, kuvauslupa (photo-publication consent, not
    # marketing), kokouksiin osallistuminen; kameravalvonta and käyttäjätunnus/salasana appear only
    # in the security section; vahva tunnistautuminen only in sources.
    "lehtijarvi-nuorisopalvelut.txt": {
        "name", "birth_date", "gender", "phone", "personal_identity_code", "address", "health",
        "email", "billing",
    },
    # Finnish electronics web shop; English; a whole saved shop page (.html): top bar, search, empty
    # mini-cart, category nav, cookie notice, newsletter form, footer with payment-method logos.
    # Question-heading GDPR text; data in "3. What personal data do we process?" as a two-column
    # <table> (category | what it includes); the category labels have their items, so only the items
    # count. Items: first and last name / name of person ordering -> name; email address -> email;
    # phone number -> phone; delivery and billing address -> address; password (salted hash) ->
    # credentials; purchased products and order history -> order_history; payment method and
    # invoices -> billing; company name -> organization; business ID / VAT number -> business_id;
    # bank account number (IBAN) -> bank_account; newsletter subscription, consents and opt-outs ->
    # marketing_consent; IP address -> ip_address; browser type and version, device identifiers,
    # cookie IDs -> online_identifier. Here the technical data ARE listed in the data table and the
    # cookie section presents them as data the shop processes, so ip_address/online_identifier count.
    # Counted as nothing: customer number, saved shopping lists, product serial number, fault
    # description, chat/email messages; card numbers (stated never stored -> no payment_card);
    # personal identity code (stated not asked, handled by the finance company); footer payment
    # logos, newsletter form and controller's Business ID.
    "voltamo-privacy.html": {
        "name", "email", "phone", "address", "credentials", "order_history", "billing",
        "organization", "business_id", "bank_account", "marketing_consent", "ip_address",
        "online_identifier",
    },
    # Car repair shop (bilverkstad) in Ostrobothnia; Swedish; plain .txt, numbered sections, the
    # data in "5. Uppgifter som registret innehåller" as dash lists per group (Privatkunder /
    # Företagskunder). Items: för- och efternamn, kontaktpersonens namn -> name; adress, postnummer,
    # postanstalt, faktureringsadress -> address; telefonnummer -> phone; e-postadress -> email;
    # utförda service- och reparationsarbeten, offerter, köpta reservdelar -> order_history; fakturor
    # och betalningsuppgifter -> billing; personbeteckning -> personal_identity_code; företagets namn
    # -> organization; befattning -> job_title. Counted as nothing: registreringsnummer, märke, modell,
    # chassinummer, mätarställning, samtycke till servicepåminnelser (reminders, not marketing),
    # körkortsnummer, däckhotell data; kameraövervakning and användarnamn/lösenord only in the
    # security section; "inga betalkortsuppgifter" (not stored -> no payment_card); controller's
    # FO-nummer (no business_id).
    "bilservice-nyholm.txt": {
        "name", "address", "phone", "email", "order_history", "billing",
        "personal_identity_code", "organization", "job_title",
    },
}
