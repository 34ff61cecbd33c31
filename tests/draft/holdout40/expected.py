"""Expected category sets for holdout40, written by reading each notice (blind set)."""
EXPECTED: dict[str, set[str]] = {
    # tilitoimisto-harjuvaara.txt: old henkilötietolaki 523/1999 §10 template pasted from a Word
    #  table (number<TAB>heading<TAB>first line of cell, rest of the cell on following lines).
    #  Data in row 5 "Rekisterin tietosisältö" as "- " lines: asiakasyrityksen nimi -> organization
    #  (company the contact represents), Y-tunnus -> business_id, postiosoite -> address,
    #  etu- ja sukunimi -> name, asema yrityksessä -> job_title, puhelinnumero -> phone,
    #  sähköpostiosoite -> email, henkilötunnus -> personal_identity_code, pankkitilin numero ->
    #  bank_account, tilatut palvelut ja tarjoukset -> order_history, laskutustiedot ja
    #  maksuhistoria -> billing, asiakasportaalin käyttäjätunnus -> online_identifier, uutiskirjeen
    #  tilaus -> marketing_consent. Nothing: asiakasnumero, catch-all "muut ... tiedot", the
    #  clients' payroll data (row 4 says it is NOT in this register), käyttäjätunnus ja salasana
    #  of the firm's own employees in the security row, suoramarkkinointikielto in the rights row.
    "tilitoimisto-harjuvaara.txt": {
        "name", "organization", "business_id", "address", "job_title", "phone", "email",
        "personal_identity_code", "bank_account", "order_history", "billing",
        "online_identifier", "marketing_consent",
    },
    # lehtolan-kaluste.html: whole saved furniture web-shop page (cookie banner, topbar, header
    #  with cart, nav, newsletter form and footer boilerplate around an <article>). Data under
    #  "3. Mitä henkilötietoja käsittelemme?" as two <ul> lists per group (h3).
    #  Consumers: etu- ja sukunimi -> name, toimitus-/laskutusosoite -> address, puhelinnumero ->
    #  phone, sähköpostiosoite -> email, tilaus- ja ostohistoria + tilatut kuljetus-/asennuspalvelut
    #  -> order_history, maksutapa ja laskutustiedot -> billing, alennus- ja kampanjakoodit ->
    #  coupons, asiakastilin käyttäjätunnus -> online_identifier, salasana -> credentials,
    #  markkinointiluvat ja -kiellot -> marketing_consent. Business contacts: titteli -> job_title,
    #  edustamasi yritys -> organization, Y-tunnus -> business_id (rest already counted).
    #  Nothing: delivery notes (kerros, hissi, ovikoodi = free text), reklamaatiot/asiakaspalvelu-
    #  viestit, payment cards and henkilötunnus (explicitly NOT stored, osamaksu by a finance
    #  company), kameravalvonta. Cookie section: analytics "voi kerätä IP-osoitteen ja selaimen
    #  tyypin", anonymised and not joined to the register -> NOT counted (no ip_address).
    "lehtolan-kaluste.html": {
        "name", "address", "phone", "email", "order_history", "billing", "coupons",
        "online_identifier", "credentials", "marketing_consent", "job_title", "organization",
        "business_id",
    },
    # koirahoitola-kuonokaisla.md: small dog daycare (toiminimi), Markdown, informal question
    #  headings; data in a two-column Markdown table under "Mitä tietoja hoitolaan tallennetaan?".
    #  Omistaja: nimi -> name, kotiosoite -> address, puhelinnumero -> phone, sähköpostiosoite ->
    #  email; varahenkilön nimi ja puhelinnumero (name, phone again); varatut hoitopäivät,
    #  hoitosopimuksen tyyppi ja ostetut lisäpalvelut -> order_history; laskut, maksut, maksutapa
    #  -> billing; lupa lähettää tiedotteita ja tarjouksia -> marketing_consent.
    #  Nothing: the whole "Koiran tiedot" row (dog's name, sukupuoli, syntymäaika, sirunumero,
    #  sairaudet, allergiat, lääkitys, eläinlääkäri = data about an animal, so no gender,
    #  birth_date or health), hoitopäivän muistiinpanot (free text), kameravalvonta, some-kuvat
    #  and the dog-name publication permission, Y-tunnus of the controller itself.
    "koirahoitola-kuonokaisla.md": {
        "name", "address", "phone", "email", "order_history", "billing", "marketing_consent",
    },
    # kielikettu-app.html: English, polished GDPR notice with question headings for a Finnish
    #  kids' language-learning app, saved with cookie bar, nav, app-store CTA and footer.
    #  Data under "What personal data do we collect?" in four h3 groups with <ul> lists.
    #  Parents: name -> name, email address -> email, password (hash) -> credentials, plan +
    #  purchase and renewal history -> order_history, payment method type, invoices, receipts ->
    #  billing, gift and campaign codes -> coupons, newsletter subscription/marketing choices ->
    #  marketing_consent. Children: first name/nickname -> name, age (year of birth) -> birth_date.
    #  Teachers: the school you work at -> organization, work email -> email. Technical: device
    #  identifier -> online_identifier, IP address -> ip_address (declared in the data list itself,
    #  so the cookie section's random visitor ID does not change anything).
    #  Nothing: card numbers (never stored), support messages, learning progress/scores/avatars,
    #  voice (on device only, never stored), class codes, crash reports, device model/OS/app
    #  version beyond online_identifier, things explicitly not asked (surname, address, photo,
    #  location).
    "kielikettu-app.html": {
        "name", "email", "credentials", "order_history", "billing", "coupons",
        "marketing_consent", "birth_date", "organization", "online_identifier", "ip_address",
    },
    # konstforeningen-kvarnbacken.txt: Swedish art association (rf), plain text, Finnish-template
    #  style numbered sections; data in "5. Vilka uppgifter samlas in?" as one run-together "•"
    #  line per group. Medlemmar: namn -> name, adress -> address, telefonnummer -> phone,
    #  e-postadress -> email, födelseår -> birth_date, betalda medlemsavgifter -> billing, köpta
    #  lotter och konstverk -> order_history, samtycke till nyhetsbrev -> marketing_consent.
    #  Konstnärer: kontaktuppgifter alone (email, phone, address - already counted), webbplats ->
    #  website, profiler i sociala medier -> social_media, bankkontonummer (IBAN) -> bank_account.
    #  Kursdeltagare: matallergier -> health. Nothing: medlemsnummer och medlemskapets typ,
    #  photos at vernissages (section 10), användarnamn och lösenord of the board in the security
    #  section, the association's own FO-nummer, cookies (only necessary ones, nothing listed).
    "konstforeningen-kvarnbacken.txt": {
        "name", "address", "phone", "email", "birth_date", "billing", "order_history",
        "marketing_consent", "website", "social_media", "bank_account", "health",
    },
}
