"""Expected category sets for holdout25, written by reading each notice (blind set)."""
EXPECTED: dict[str, set[str]] = {
    # koirakoulu-tassula.txt: Finnish plain text pasted from Word, Suomen Yrittäjät 2018 template
    #  (numbered headings, tab bullets). Data in "5. Mitä tietoja rekisteriin tallennetaan?", two
    #  groups. Owner: etu- ja sukunimi -> name; kotiosoite (katuosoite, postinumero,
    #  postitoimipaikka) -> address; puhelinnumero -> phone; sähköpostiosoite -> email; varatut kurssit
    #  ja yksityistunnit sekä ostetut kymppikortit -> order_history; laskut ja tieto maksetuista
    #  kurssimaksuista -> billing; lupa uutiskirjeen lähettämiseen -> marketing_consent; asiakkaan
    #  itse antamat lisätiedot -> nothing (free text). "Koirasta" list (dog's name, breed, sex,
    #  date of birth, registration/microchip number, vaccinations, health/allergies/injuries)
    #  -> nothing: data about animals. Controller's own Y-tunnus, staff käyttäjätunnus/salasana
    #  (security section), and the cookie sentence (only necessary cookies) -> nothing.
    "koirakoulu-tassula.txt": {
        "name", "address", "phone", "email", "order_history", "billing", "marketing_consent",
    },
    # perinta-kaarna.html: Finnish debt-collection agency, whole saved WordPress page (cookie banner,
    #  topbar, nav, breadcrumbs, footer); polished GDPR notice with question headings. Data in
    #  "Mitä henkilötietoja käsittelemme?" as a two-column HTML table per subject group.
    #  Debtors: nimi -> name; henkilötunnus -> personal_identity_code; elinkeinonharjoittajista
    #  Y-tunnus -> business_id; Yhteystiedot row lists osoite, puhelinnumero, sähköpostiosoite ->
    #  address, phone, email (group word followed by items); perittävät laskut, viitenumero, korot,
    #  perintäkulut -> billing; suoritetut maksut, maksusuunnitelmat -> billing; tilinumero ->
    #  bank_account; letters, customer-service notes, call recordings -> nothing.
    #  Clients' contact persons: Perustiedot row "nimi, asema, edustamansa yritys" -> name,
    #  job_title, organization (only the items); puhelinnumero, sähköpostiosoite -> phone, email.
    #  "Emme käsittele terveystietoja tai muita erityisiin ..." -> nothing (said NOT processed).
    #  Cookie section: data are "not combined with the register" -> not counted (no ip_address /
    #  online_identifier). Oma Kaarna login with bank ids (security section) -> nothing.
    "perinta-kaarna.html": {
        "name", "personal_identity_code", "business_id", "address", "phone", "email",
        "billing", "bank_account", "job_title", "organization",
    },
    # kiitolinja-kuljetus.txt: Finnish moving/transport company, text saved from a web page: site
    #  nav lines, then an offistore-style tab-separated two-column table with HTML (<p>, <ul>) in
    #  the cells and run-together "- " bullets, then footer lines. Data in the "Rekisteröityjen
    #  tiedot" row. Private customers: Nimi -> name; Puhelinnumero -> phone; Sähköpostiosoite ->
    #  email; Lähtö- ja kohdeosoite -> address; Pyydetyt tarjoukset ja tilatut palvelut ->
    #  order_history; Laskutustiedot -> billing; Suoramarkkinointikielto -> marketing_consent;
    #  move date and property details (floor, lift, piano...) -> nothing. Company customers'
    #  contact persons: nimi, edustamansa yritys, puhelinnumero, sähköpostiosoite -> name,
    #  organization, phone, email. Other sections mention data but do not add any: Posti
    #  address-change disclosure, kameravalvonta, staff käyttäjätunnus ja salasana, "emme
    #  tallenna maksukorttien tietoja" (-> no payment_card), and the cookie row (Google Analytics
    #  browser type / shortened IP, explicitly NOT stored in the register -> no ip_address or
    #  online_identifier).
    "kiitolinja-kuljetus.txt": {
        "name", "phone", "email", "address", "organization", "order_history", "billing",
        "marketing_consent",
    },
    # norda-panel.txt: English notice of a Finnish consumer research panel company, polished
    #  GDPR style with numbered question headings; data in "4. What personal data do we process?"
    #  as sub-headed dash lists. first and last name -> name; email address -> email; username ->
    #  online_identifier; password (hash) -> credentials; date of birth -> birth_date; gender ->
    #  gender; postal code and municipality of residence -> address; occupation -> job_title;
    #  mobile phone number -> phone; health answers (chronic conditions, allergies, medication,
    #  with explicit consent) -> health; bank account number (IBAN) -> bank_account; Technical
    #  data: IP address -> ip_address, device identifier / browser type and version ->
    #  online_identifier (listed in the data section itself, so counted); newsletter subscription
    #  / competition news consent -> marketing_consent. Nothing: household size, children,
    #  education, survey answers about opinions, pseudonymous panel ID; "We never ask for your
    #  personal identity code or payment card details" -> no personal_identity_code / payment_card.
    #  The cookie section (section 10) adds nothing beyond what section 4 already lists.
    "norda-panel.txt": {
        "name", "email", "online_identifier", "credentials", "birth_date", "gender", "address",
        "job_title", "phone", "health", "bank_account", "ip_address", "marketing_consent",
    },
    # strandvik-bibliotek.html: Swedish municipal library (låntagarregister), whole saved
    #  municipal web page (cookie banner, header, language switch, nav, side nav, breadcrumb,
    #  feedback widget, footer); old-style numbered dataskyddsbeskrivning, data in "6. Uppgifter
    #  som registret innehåller" as a <ul> for borrowers plus a sentence for guardians.
    #  namn -> name; personbeteckning -> personal_identity_code; födelsedatum (for those without a
    #  Finnish one) -> birth_date; adress, telefonnummer, e-postadress -> address, phone, email;
    #  lösenord (PIN-kod) for logging in -> credentials; aktuella lån, reserveringar och
    #  fjärrlånebeställningar + optional lånehistorik -> order_history (booked/ordered items,
    #  "beställningar" = orders); avgifter och ersättningsfakturor -> billing; samtycke till
    #  nyhetsbrev -> marketing_consent. Guardian: namn och kontaktuppgifter -> name + contact
    #  group (address, phone, email; already present). Nothing: lånekortets nummer (card number
    #  = customer number), reminder channel choice (reminders, not marketing), kontaktspråk,
    #  guardian's signature. Staff användarnamn/lösenord, kameraövervakning, the municipality's
    #  FO-nummer, and the Matomo cookie box (anonymised IPs "kopplas inte till
    #  låntagarregistret") -> not counted.
    "strandvik-bibliotek.html": {
        "name", "personal_identity_code", "birth_date", "address", "phone", "email",
        "credentials", "order_history", "billing", "marketing_consent",
    },
}
