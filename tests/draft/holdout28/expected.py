"""Expected category sets for holdout28, written by reading each notice (blind set)."""
EXPECTED: dict[str, set[str]] = {
    # Bus company (tilausliikenne, koulukuljetukset, ryhmämatkat), Finnish .txt, numbered GDPR-era
    # sections; data under "5. Mitä tietoja rekisteriin tallennetaan", dash lists per subject group.
    # Tilaajat: etu- ja sukunimi -> name; edustamansa yritys tai yhteisö -> organization; sen
    # Y-tunnus -> business_id; puhelinnumero -> phone; sähköpostiosoite -> email; laskutusosoite ->
    # address; tarjoukset ja tilatut ajot -> order_history; laskut ja maksutiedot -> billing;
    # suoramarkkinointiluvat ja -kiellot -> marketing_consent. Matkustajaluettelo: nimi -> name,
    # syntymäaika -> birth_date. Koulukuljetus: kotiosoite -> address, huoltajan puhelinnumero ->
    # phone, terveystiedot (apuvälineet, epilepsia, allergia) -> health.
    # Counted as nothing: kansalaisuus, passin numero, koulu ja luokka, noutopaikka; the controller's
    # own Y-tunnus/phone/e-mail; "Postin osoitepalvelu" (sources); kameravalvonta (security section,
    # separate register); käyttäjätunnukset ja salasanat (staff logins, security). Cookie section:
    # Google Analytics IP/browser data are said to be anonymous and NOT joined to the register ->
    # decided NOT counted (no ip_address / online_identifier).
    "honkavuoren-liikenne.txt": {
        "name", "organization", "business_id", "phone", "email", "address",
        "order_history", "billing", "marketing_consent", "birth_date", "health",
    },
    # Second-hand shop with rented seller tables + small click-and-collect web shop, Finnish, whole
    # saved .html page (cookie banner, header/nav with cart and seller login, footer with Paytrail
    # logo). Data under the question heading "Mitä tietoja meillä on sinusta?", split by group:
    # sellers in a two-column <table> (Tietoryhmä | Tiedot), buyers in a <ul>, newsletter and site
    # users in paragraphs.
    # Sellers: etu- ja sukunimi -> name ("Perustiedot" is followed by items, so only items);
    # "Yhteystiedot" row lists items: puhelinnumero -> phone, sähköpostiosoite -> email, postinumero
    # ja postitoimipaikka -> address; tilinumero (IBAN) -> bank_account; varatut pöydät ja
    # varausjaksot -> order_history (booked services); pöytävuokran maksutiedot ja maksutapa ->
    # billing; salasana -> credentials (login is by e-mail, no separate username). Buyers: nimi,
    # sähköposti, puhelin; tilatut/varatut tuotteet -> order_history; maksutapa ja maksun tila ->
    # billing. Newsletter: tieto uutiskirjeen tilauksesta (markkinointilupa) -> marketing_consent.
    # Site users (listed IN the data section, so counted): IP-osoite -> ip_address; selaimen tyyppi
    # ja versio, evästetunnisteet -> online_identifier.
    # Counted as nothing: myyjänumero; maksukorttien numerot (explicitly NOT stored); kameravalvonta
    # and tallenteet (own section); the controller's Y-tunnus and contact data in header/footer.
    "kirpputori-kaarnakontti.html": {
        "name", "phone", "email", "address", "bank_account", "order_history", "billing",
        "credentials", "marketing_consent", "ip_address", "online_identifier",
    },
    # Psychotherapist, sole trader (toiminimi), Finnish .txt pasted from a Word/web template:
    # tab-separated two-column rows with HTML (<p>, <ul><li>, <br>) inside the cells, blank lines
    # between rows, one cell continued on its own tab-indented line. Data in the row
    # "5. Potilasrekisteriin kirjattavat tiedot" as a one-line <ul>.
    # Potilaan nimi -> name; henkilötunnus -> personal_identity_code; "Yhteystiedot: osoite,
    # puhelinnumero, sähköpostiosoite" (group word followed by items) -> address, phone, email;
    # huoltajan nimi ja puhelinnumero -> name, phone; terveydentilaa koskevat tiedot, diagnoosit,
    # lääkitys, lähetteet, Kelan kuntoutuspäätökset, hoitomerkinnät -> health; laskutustiedot
    # (laskut, maksusitoumukset, viitenumerot) -> billing.
    # Counted as nothing: käyntikertojen päivämäärät (visit times); the controller's own Y-tunnus,
    # address, phone and e-mail in row 1; käyttäjätunnus/salasana (security row, therapist's own
    # login); evästeet (the page says no cookies are used).
    "psykoterapia-kuusisalo.txt": {
        "name", "personal_identity_code", "address", "phone", "email", "health", "billing",
    },
    # Finnish EdTech platform for schools, English .md, polished GDPR style with question headings,
    # a purpose/legal-basis Markdown table, and "What personal data do we process?" split into
    # ### subsections per group (pupils, teachers, guardians, customer contacts, everyone).
    # Pupils: first and last name -> name; year of birth -> birth_date; MPASSid identifier /
    # username -> online_identifier; password (salted hash) -> credentials. Teachers: name; school
    # or municipality (employer) -> organization; role (class teacher, principal) -> job_title; work
    # email -> email; mobile phone number -> phone; MPASSid/Microsoft/Google account identifier ->
    # online_identifier; newsletter subscription status -> marketing_consent. Guardians: name, email.
    # Customer contacts: job title -> job_title; organisation -> organization; licence orders and
    # quotes -> order_history; invoices -> billing. Everyone: IP address -> ip_address; device
    # identifier, browser type and version -> online_identifier.
    # Counted as nothing: school/grade/teaching group of pupils (adds nothing new anyway), answers,
    # assignments, feedback, progress data, UI language, login times, error logs; personal identity
    # codes, home addresses and support needs are explicitly NOT collected (so no
    # personal_identity_code, no address, no health); cookie section adds nothing.
    "tuohi-learning-privacy.md": {
        "name", "birth_date", "online_identifier", "credentials", "organization", "job_title",
        "email", "phone", "marketing_consent", "order_history", "billing", "ip_address",
    },
    # Audit/accounting firm (revisionsbyrå), Swedish .txt, translated Suomen Yrittäjät-style
    # template with numbered sections; data under "5. Vilka uppgifter registret innehåller", per
    # group: clients (• bullets one per line), KYC (• bullets run together on one line), clients'
    # employees for payroll (one sentence), job applicants (one sentence).
    # Clients: namn -> name; befattning -> job_title; företag eller sammanslutning som personen
    # representerar -> organization; FO-nummer -> business_id; telefonnummer -> phone; e-postadress
    # -> email; postadress -> address; fakturerings- och betalningsuppgifter -> billing. KYC:
    # personbeteckning -> personal_identity_code. Payroll: adress -> address; bankkontonummer ->
    # bank_account; medlemskap i fackförbund -> special_category; sjukfrånvaro -> health.
    # Applicants: "kontaktuppgifter" alone -> email, phone, address (already present).
    # Counted as nothing: medborgarskap, uppgifter från identitetshandling, PEP-status, lön,
    # skattekortsuppgifter, ansökan och CV, utbildning, arbetserfarenhet; nyhetsbrev appears only in
    # the purpose section (no marketing_consent); användarnamn och lösenord are staff logins in the
    # security section; "endast nödvändiga cookies" declares nothing; the firm's own FO-nummer.
    "revisionsbyra-sandvik-nyholm.txt": {
        "name", "job_title", "organization", "business_id", "phone", "email", "address",
        "billing", "personal_identity_code", "bank_account", "special_category", "health",
    },
}
