"""Expected category sets for holdout44, written by reading each notice (blind set)."""
EXPECTED: dict[str, set[str]] = {
    # Optician with online eye-test booking, Finnish, whole saved web-shop page (.html: cookie banner,
    # header, nav, footer with newsletter form and payment logos). Data in section 5 "Käsiteltävät
    # henkilötiedot", a two-column <table> per data group. Items: nimi -> name; syntymäaika ->
    # birth_date; matkapuhelinnumero -> phone; sähköpostiosoite -> email; varattu palvelu (näöntutkimus,
    # piilolinssisovitus) + ostetut silmälasit/piilolinssit, verkkokaupan tilaukset -> order_history;
    # henkilötunnus -> personal_identity_code; postiosoite -> address; näöntutkimuksen tulokset,
    # silmien terveyteen liittyvät esitiedot, lääkitys -> health; sähköisen suoramarkkinoinnin lupa,
    # uutiskirjeen tilaus -> marketing_consent. Counted as nothing: toimipiste/ajankohta, vapaamuotoinen
    # lisätieto, lasi-/linssimääritykset (covered by health anyway), takuu- ja reklamaatiotiedot,
    # asiakasnumero, reminder-message choice (not marketing), asiakaspalveluviestit. Other sections only:
    # carrier gets nimi/osoite/puhelinnumero (disclosure), "emme tallenna maksukorttien numeroita"
    # (nothing), personal käyttäjätunnukset of staff (security). Cookie section: analytics cookies
    # collect browser/device data and a shortened IP address but are explicitly NOT linked to the
    # register -> not counted (no ip_address, no online_identifier).
    "kaukoranta-optiikka.html": {
        "name", "birth_date", "phone", "email", "order_history",
        "personal_identity_code", "address", "health", "marketing_consent",
    },
    # Forest owners' association (metsänhoitoyhdistys) member register, Finnish, .txt in the
    # Suomen Yrittäjät 2018 template shape: tab-separated two-column rows with HTML (<p>, <ul>, <br>)
    # in the cells, except the data section "5. Rekisteriin talletettavat tiedot", which is plain
    # text with per-group lists. Members/customers: nimi (also osakkaiden/yhteyshenkilön nimet) ->
    # name; henkilötunnus -> personal_identity_code; "yhteystiedot" ALONE -> email, phone, address;
    # Y-tunnus -> business_id; jäsenmaksut ja niiden maksutiedot -> billing; tilinumero -> bank_account;
    # tilatut palvelut ja tarjoukset (metsäsuunnitelmat, puukaupat, metsänhoitotyöt) -> order_history;
    # Oma Metsä -palvelun käyttäjätunnus -> online_identifier; jäsenkirjeen/uutiskirjeen tilaus ja
    # suoramarkkinointikielto -> marketing_consent. Partners/contractors (one sentence): nimi, edustettu
    # yritys -> organization, Y-tunnus, puhelinnumero, sähköpostiosoite. Counted as nothing: jäsennumero,
    # jäsenyyden alkamispäivä, kiinteistötunnukset, tilan nimi/pinta-ala, kuviotiedot. Other sections
    # only: buyer receives tilinumero (disclosure), osoitetiedot from väestötietojärjestelmä (source),
    # staff käyttäjätunnus ja salasana (security) -> no credentials.
    "mhy-kuusivaara.txt": {
        "name", "personal_identity_code", "email", "phone", "address", "business_id",
        "billing", "bank_account", "order_history", "online_identifier",
        "marketing_consent", "organization",
    },
    # Children's science/robotics hobby club (ry), Finnish, .md written by volunteers with question
    # headings; data under "## Mitä tietoja meille tallentuu" in a Markdown table per group.
    # Child: etu- ja sukunimi -> name; syntymäaika -> birth_date; sukupuoli -> gender; allergiat,
    # erityisruokavaliot, terveystiedot, lääkitys -> health. Guardian: nimi, puhelinnumero -> phone,
    # sähköpostiosoite -> email, laskutusosoite -> address, kerho-/leirimaksujen laskut ja maksutilanne
    # -> billing, uutiskirjeen tilaus -> marketing_consent. Instructor: henkilötunnus ->
    # personal_identity_code, tilinumero -> bank_account (plus name/phone/email). Counted as nothing:
    # kerhoryhmä, koulu ja luokka-aste, läsnäolot, permission to walk home alone, ohjattavat ryhmät.
    # "Emme kysy lapsen henkilötunnusta" does not remove the instructors' henkilötunnus. The photo
    # permission lives only in the separate "Valokuvat" section (photos count nothing; not a marketing
    # consent). Disclosure of names/birth dates to the insurer is another section (already counted).
    "vipuvarsi-kerho.md": {
        "name", "birth_date", "gender", "health", "phone", "email", "address",
        "billing", "marketing_consent", "personal_identity_code", "bank_account",
    },
    # Finnish game-development school, English, polished GDPR-style .txt with question headings; data
    # under "What personal data do we process?" as dash lists per group (Applicants, Students,
    # Internship partners). Applicants: full name -> name; date of birth -> birth_date; contact details
    # (email address, phone number, home address) -> email, phone, address; health-related needs for
    # special arrangements -> health; newsletter subscription -> marketing_consent. Students: personal
    # identity code -> personal_identity_code; "contact details" alone (same members); username for IT
    # services/learning platform -> online_identifier; password in hashed form -> credentials; tuition
    # fee invoices and payment status -> billing; dyslexia diagnosis/health information -> health;
    # emergency contact's name and phone (name, phone). Internship partners: company -> organization;
    # job title -> job_title; work email, phone. Counted as nothing: previous education, certificates,
    # portfolio samples, motivation letter, scores, student number, study programme, study records,
    # grades, attendance. Cookie section: shortened IP address and browser information collected by
    # analytics but explicitly NOT linked to the register -> not counted (no ip_address; the
    # online_identifier comes from the username only). Security section's usernames/passwords repeat
    # data already declared.
    "northgrid-game-academy.txt": {
        "name", "birth_date", "email", "phone", "address", "health", "marketing_consent",
        "personal_identity_code", "online_identifier", "credentials", "billing",
        "organization", "job_title",
    },
    # Car dealer (bilförsäljare), Swedish "dataskyddsbeskrivning", whole saved WordPress page (.html:
    # cookie-notice banner, masthead with nav, footer with opening hours); data under "5. Vilka
    # personuppgifter behandlar vi?" as <ul> lists per group. Private customers: namn -> name;
    # personbeteckning -> personal_identity_code; adress, telefonnummer, e-postadress -> address, phone,
    # email; köpta och inbytta fordon, offerter, bokade/utförda servicearbeten -> order_history;
    # fakturor, betalningssätt, finansieringsavtal -> billing; bankkontonummer -> bank_account; samtycke
    # till eller förbud mot direktmarknadsföring -> marketing_consent. Business customers: titel ->
    # job_title; företagets namn -> organization; FO-nummer -> business_id. Counted as nothing:
    # registreringsnummer, chassinummer, kundnummer, körkortets nummer och giltighetstid, tidpunkt för
    # provkörningen, camera surveillance (security section), cookie statistics (anonymous, not linked
    # to the register -> not counted).
    "bilhuset-strandvik.html": {
        "name", "personal_identity_code", "address", "phone", "email", "order_history",
        "billing", "bank_account", "marketing_consent", "job_title", "organization",
        "business_id",
    },
}
