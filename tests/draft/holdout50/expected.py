"""Expected category sets for holdout50, written by reading each notice (blind set)."""
EXPECTED: dict[str, set[str]] = {
    # leipomo-pullakuu.html: bakery-café loyalty app + cake web orders, whole saved WordPress page
    #  (cookie banner, nav, cart link, footer with newsletter form). Data under "5. Mitä tietoja
    #  keräämme?" as an HTML two-column table (Tieto | Mihin sitä käytetään). Etu- ja sukunimi -> name;
    #  Sähköpostiosoite -> email; Salasana -> credentials; Puhelinnumero -> phone; Syntymäpäivä
    #  (päivä ja kuukausi) -> birth_date; Leimat ja ostotapahtumat + Kakku- ja pitotilaukset ->
    #  order_history; Allergiat ja erityisruokavaliot -> health; Etukoodit ja niiden käytöt -> coupons;
    #  Markkinointiluvat (push, uutiskirje) -> marketing_consent; laitetunniste / push-tunniste /
    #  käyttöjärjestelmän versio -> online_identifier. Counted as nothing: Pullakortin numero (loyalty
    #  number), "maksukorttisi tiedot eivät välity meille" (said not stored), kameravalvonta (security
    #  section, separate register), footer newsletter form and controller's own contact details
    #  (boilerplate). Cookie section: only necessary cookies, no data listed -> nothing.
    "leipomo-pullakuu.html": {
        "name", "email", "credentials", "phone", "birth_date", "order_history",
        "health", "coupons", "marketing_consent", "online_identifier",
    },
    # laakari-vuorijarvi.txt: sole-trader doctor's patient register, Word-pasted template with
    #  tab-separated key/value rows in section 1 and run-together "-" bullets. Data under
    #  "5. Rekisteriin talletettavat tiedot", partly in sentences: nimi -> name; henkilötunnus ->
    #  personal_identity_code; osoite -> address; puhelinnumero -> phone; sähköpostiosoite -> email;
    #  guardian's nimi/puhelinnumero (same keys); terveystiedot: esitiedot, tutkimus- ja
    #  laboratoriotulokset, diagnoosit, lääkitys, rokotukset... -> health; työterveys: työnantaja ->
    #  organization, ammatti ja tehtävänimike -> job_title; laskutustiedot (laskut, maksusuoritukset,
    #  Kela-korvaukset, maksusitoumukset) -> billing. Counted as nothing: ajanvaraustiedot (visit
    #  times), asiointikieli (language), suostumukset ja luovutuskiellot (Kanta disclosure consents,
    #  not marketing; notice says no marketing at all), tekstiviestimuistutus (reminders), työpaikka-
    #  selvityksen tiedot, retention's "120 vuotta syntymästä", staff käyttäjätunnus/salasana in the
    #  security section, the controller's own Y-tunnus (business_id not declared for data subjects).
    "laakari-vuorijarvi.txt": {
        "name", "personal_identity_code", "address", "phone", "email", "health",
        "organization", "job_title", "billing",
    },
    # virtaamo-valmennus.md: coaching company, polished Markdown with question headings, a purpose/
    #  legal-basis table, data listed per subject group under "Mitä henkilötietoja käsittelemme?".
    #  Participants: nimi -> name; sähköpostiosoite -> email; organisaatio -> organization;
    #  tehtävänimike -> job_title; verkkovalmennusalustan käyttäjätunnus -> online_identifier;
    #  allergiat ja erityisruokavaliot -> health. Client contacts: nimi, asema (job_title),
    #  organisaatio; työpuhelinnumero -> phone; työsähköpostiosoite -> email; LinkedIn-profiili ->
    #  social_media; tarjoukset, tilatut valmennukset, sopimukset -> order_history; laskutustiedot ->
    #  billing; markkinointiluvat ja -kiellot -> marketing_consent. Newsletter: sähköpostiosoite,
    #  uutiskirjeen tilaus -> marketing_consent. Counted as nothing: valmennusryhmä, osallistumis-
    #  merkinnät, suoritetut moduulit, itsearvioinnit, valmentajan muistiinpanot (free text). Cookie
    #  section says analytics stores no IP addresses, cookies or identifiers -> nothing (said not
    #  collected). No address anywhere in the data lists.
    "virtaamo-valmennus.md": {
        "name", "email", "phone", "organization", "job_title", "online_identifier",
        "health", "social_media", "order_history", "billing", "marketing_consent",
    },
    # huurre-home.txt: Finnish smart-home device maker, English, plain text saved from a web page,
    #  question headings; app-user data as run-together "•" bullets, warranty data as "-" bullets.
    #  App users: name -> name; email address (also the username) -> email (+ online_identifier);
    #  password (salted hash) -> credentials; serial numbers/device IDs, phone model, OS and app
    #  version, push token -> online_identifier; IP address of gateway/app -> ip_address; GPS
    #  coordinates of the home -> location; newsletter / product-news choices -> marketing_consent;
    #  Huurre Plus subscription level -> order_history. Warranty/support: name, email, phone number ->
    #  phone; postal address -> address; proof of purchase (retailer, date of purchase) ->
    #  order_history. Counted as nothing: home/room names, heating schedules, temperature/humidity
    #  measurements, fault description and correspondence, "we never receive your payment card
    #  details". Cookie section (shortened IP, browser type, "not linked to your account"): not
    #  relied on; ip_address and online_identifier are declared in the data section anyway.
    "huurre-home.txt": {
        "name", "email", "credentials", "online_identifier", "ip_address", "location",
        "marketing_consent", "order_history", "phone", "address",
    },
    # silverspanst.html: Swedish-language senior sports club (rf), whole saved WordPress page
    #  (cookie-law-info bar, nav with sub-menu, footer). Data under "5. Uppgifter som registret
    #  innehåller" as <ul> lists per group. Members: namn -> name; födelseår -> birth_date;
    #  hemadress -> address; telefonnummer -> phone; e-postadress -> email; betalda medlemsavgifter
    #  -> billing; anmälningar till kurser, resor och evenemang -> order_history; prenumeration på
    #  nyhetsbrev -> marketing_consent; hälsouppgifter (hjärtsjukdom, diabetes, allergier) -> health;
    #  emergency contact namn och telefonnummer (same keys). Leaders: namn och kontaktuppgifter
    #  (group word alone -> email, phone, address, already present); personbeteckning ->
    #  personal_identity_code; bankkontonummer -> bank_account. Counted as nothing: medlemsnummer,
    #  membership start year, ledarutbildningar (education), photos with consent (disclosure
    #  section), staff användarnamn och lösenord (security section), the association's FO-nummer.
    #  Cookie section: necessary cookies only -> nothing.
    "silverspanst.html": {
        "name", "birth_date", "address", "phone", "email", "billing", "order_history",
        "marketing_consent", "health", "personal_identity_code", "bank_account",
    },
}
