"""Expected category sets for holdout32, written by reading each notice (blind set)."""
EXPECTED: dict[str, set[str]] = {
    # kuusirannan-lomamokit.html: cottage rental, whole saved WordPress page (cookie banner, nav,
    #  cart link, newsletter form in footer); numbered h2 sections, data in section 5 "Mitä tietoja
    #  rekisteriin tallennetaan?" as a two-column <table> (label cell | items cell).
    #  etu- ja sukunimi -> name; syntymäaika -> birth_date; "Yhteystiedot" row followed by its items:
    #  lähiosoite/postinumero/postitoimipaikka -> address, puhelinnumero -> phone, sähköpostiosoite ->
    #  email; yrityksen nimi -> organization (+ laskutusosoite -> address); varattu mökki, tilatut
    #  lisäpalvelut, aiemmat varaukset -> order_history; maksutapa, maksut, laskut -> billing;
    #  salasana (Omat varaukset login) -> credentials; uutiskirjeen tilaus ja markkinointiluvat ->
    #  marketing_consent.
    #  Counted as nothing: ajoneuvon rekisterinumero, lemmikit, lisätiedot/toiveet, "we do not store
    #  card numbers" (no payment_card), kameravalvonta in the security section, staff
    #  käyttäjätunnukset/salasanat in security. Cookie section: analytics cookies collect IP address
    #  and browser data but the notice says they are NOT joined to the register -> NOT counted
    #  (no ip_address, no online_identifier).
    "kuusirannan-lomamokit.html": {
        "name", "birth_date", "address", "phone", "email", "organization",
        "order_history", "billing", "credentials", "marketing_consent",
    },
    # tyoterveys-kaarna.txt: occupational health provider, plain text pasted from Word, numbered
    #  template sections; data in "5. Rekisteriin talletettavat tiedot", listed per subject group
    #  with tab-indented • bullets (patients; customer companies' contact persons).
    #  Patients: nimi -> name; henkilötunnus -> personal_identity_code; "yhteystiedot (kotiosoite ja
    #  puhelinnumero)" = group word followed by items -> address, phone only; työnantaja ->
    #  organization; ammatti/tehtävänimike -> job_title; terveydentilaa koskevat tiedot, diagnoosit,
    #  lääkitys, tulokset, rokotukset, työkykylausunnot -> health.
    #  Contact persons: edustamansa yritys -> organization; asema -> job_title; sähköpostiosoite ->
    #  email; puhelinnumero -> phone; laskutustiedot ja laskut -> billing.
    #  Counted as nothing: äidinkieli/asiointikieli, aiemmat työpaikat (work history), käyntien
    #  ajankohdat (visit times), hoitavat ammattihenkilöt; sources section (väestötietojärjestelmä
    #  address updates), Kela disclosures, lokitiedot, kameravalvonta, staff passwords in security.
    #  No birth_date (only implied by henkilötunnus / retention "120 vuotta syntymästä").
    "tyoterveys-kaarna.txt": {
        "name", "personal_identity_code", "address", "phone", "email",
        "organization", "job_title", "health", "billing",
    },
    # ylasavon-kyyti.md: taxi / Kela-kyydit company, Markdown with question headings; data under
    #  "## Mitä henkilötietoja käsittelemme?" as a Markdown table for passengers plus one sentence
    #  for corporate (tilitaksi) contact persons.
    #  Passengers: "Perustiedot | nimi, henkilötunnus" (group word + items) -> name,
    #  personal_identity_code; "Yhteystiedot | puhelinnumero, kotiosoite" (group + items) -> phone,
    #  address only (no email from this row); tilatut ja ajetut matkat, hinta -> order_history;
    #  GPS route/location -> location; apuvälineet, avustamisen tarve, terveydentilaa koskevat
    #  tiedot -> health; omavastuuosuus, maksutapa, laskut -> billing.
    #  Contact persons: nimi -> name; yritys -> organization; sähköpostiosoite -> email;
    #  laskutusosoite -> address.
    #  Counted as nothing: matkustajien määrä, "Emme tallenna maksukorttien numeroita" (no
    #  payment_card), turvakamera recordings (own section), no call recording, cookies (none used),
    #  the Kela disclosure sentence repeating items.
    "ylasavon-kyyti.md": {
        "name", "personal_identity_code", "phone", "address", "email", "organization",
        "order_history", "location", "health", "billing",
    },
    # lumora-nursing.html: English, nurse recruitment agency, whole saved page (consent banner,
    #  nav with Log in, footer); polished GDPR style with question headings; data under "What
    #  personal data do we process?" as <h3> per subject group + <ul> lists.
    #  Candidates: name -> name; date of birth -> birth_date; "contact details: email address,
    #  phone number and home address" (group + items) -> email, phone, address; profession, current
    #  job title -> job_title; vaccination data -> health.
    #  Employed nurses: personal identity code -> personal_identity_code; bank account number (IBAN)
    #  -> bank_account; trade union membership -> special_category.
    #  Client contact persons: name, organisation -> organization, job title, email, phone.
    #  Website visitors group (inside the data section, so counted as processed data): IP address ->
    #  ip_address; cookie identifiers and browser information -> online_identifier.
    #  Counted as nothing: education/degrees/work history/references, language skills,
    #  nationality, passport number, residence permit, Terhikki licence registration, CV,
    #  photograph, interview notes, tax card, shifts and hours worked; candidate login mentioned in
    #  nav/cookies but no username/password listed as data (no credentials).
    "lumora-nursing.html": {
        "name", "birth_date", "email", "phone", "address", "job_title", "health",
        "personal_identity_code", "bank_account", "special_category", "organization",
        "ip_address", "online_identifier",
    },
    # ridskolan-vindangen.txt: Swedish riding school (association), Suomen Yrittäjät-style template
    #  saved from the web page: tab-separated two-column table with <p> in cells, continuation rows
    #  starting with a tab, and a run-together "<ul>- Namn- Födelseår-..." list; site nav and footer
    #  around it. Data in row "Vilka uppgifter registreras".
    #  Student: Namn -> name; Födelseår -> birth_date; Telefonnummer och e-postadress -> phone,
    #  email; hälsa (allergier, epilepsi, diabetes) -> health; bokade lektioner, kurser och läger
    #  -> order_history; lektionskort, fakturor, betalningshistorik -> billing; samtycke till
    #  nyhetsbrev -> marketing_consent. Guardians: namn och kontaktuppgifter -> name + group word
    #  ALONE -> email, phone, address (this is the only source of address).
    #  Counted as nothing: ridkunskapsnivå och grupp, fotografier, kameraövervakning (security),
    #  staff användarnamn/lösenord (security), direktmarknadsföring ban in the rights section,
    #  cookies (only necessary, nothing collected stated).
    "ridskolan-vindangen.txt": {
        "name", "birth_date", "phone", "email", "address", "health",
        "order_history", "billing", "marketing_consent",
    },
}
