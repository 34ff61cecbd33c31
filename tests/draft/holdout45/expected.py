"""Expected category sets for holdout45, written by reading each notice (blind set)."""
EXPECTED: dict[str, set[str]] = {
    # tatuointistudio-korpinsulka.txt: tattoo studio (sole trader), Finnish plain text copied from the
    #  Suomen Yrittäjät GDPR template, numbered headings; data under "5. Rekisteriin tallennettavat
    #  tiedot" as Word bullets, the first four run together on one line. Etu- ja sukunimi -> name;
    #  Syntymäaika -> birth_date; Puhelinnumero -> phone; Sähköpostiosoite -> email; Instagram-tunnus
    #  -> social_media; varatut ja tehdyt tatuoinnit (aihe, kohta, koko, hinta) + lahjakorttiostot ->
    #  order_history; Ennakkomaksut ja maksutapa -> billing; terveyslomake (allergiat, ihosairaudet,
    #  lääkitys, diabetes, raskaus) -> health. Counted as nothing: valokuvat, tatuoijan muistiinpanot,
    #  "henkilötunnusta ei kirjata" (said NOT collected, so no personal_identity_code); "ikä
    #  tarkistetaan" in purpose only repeats birth_date; "maksutiedot" to tilitoimisto and photo
    #  publication "asiakkaan luvalla" are in the disclosure section only (not marketing_consent);
    #  "käyttäjätunnus ja salasana" in security is staff access, not data subjects' data. No address.
    "tatuointistudio-korpinsulka.txt": {
        "name", "birth_date", "phone", "email", "social_media", "order_history", "billing", "health",
    },
    # ravinnepuoti-lisaravinteet.html: supplements web shop, whole saved WordPress/WooCommerce
    #  (Storefront) page with nav, mini-cart, breadcrumb, newsletter form in footer and Complianz
    #  cookie banner; polished notice with question headings; data in an HTML <table> under "5. Mitä
    #  henkilötietoja keräämme?" (group word + items in every row, so only the items count).
    #  Etu- ja sukunimi -> name; laskutus-/toimitusosoite -> address; sähköpostiosoite -> email;
    #  puhelinnumero -> phone; käyttäjätunnus -> online_identifier; salasana -> credentials; tilatut
    #  tuotteet, tilaushistoria, palautukset -> order_history; alennuskoodit -> coupons; maksutapa,
    #  maksun tila, viitenumero -> billing; uutiskirjeen tilaus, markkinointiluvat/-kiellot ->
    #  marketing_consent; tilaushetken IP-osoite -> ip_address; selaimen tyyppi ja versio ->
    #  online_identifier. Review's etunimi only repeats name. Counted as nothing: terveystiedot (said
    #  NOT collected), maksukortin numero (said NOT stored, so no payment_card). The cookie section
    #  (GA4/Meta pixel collect IP, device and browser data) is presented as data processed, but adds
    #  nothing new (ip_address and online_identifier already declared in the table), so no decision
    #  hangs on it. Footer/banner boilerplate (newsletter e-mail field, "-10 % etukoodi") adds nothing.
    "ravinnepuoti-lisaravinteet.html": {
        "name", "address", "email", "phone", "online_identifier", "credentials", "order_history",
        "coupons", "billing", "marketing_consent", "ip_address",
    },
    # jarvikylan-meijeri-vierailijarekisteri.txt: dairy factory's visitor and contractor register
    #  (gate control), Finnish, tab-separated two-column table (heading TAB cell) exported from a web
    #  page with <p>/<ul>/<li>/<br> HTML inside cells, the data-content cell spilling over several
    #  lines; heading "Rekisteröityjen ryhmät ja käsiteltävät tiedot"; data listed per group.
    #  Visitors: nimi -> name; edustamansa yritys tai organisaatio -> organization; puhelinnumero ->
    #  phone; sähköpostiosoite -> email; hygieniaselvitys (ripuli, oksennus, kuume, ihotulehdukset,
    #  salmonella) -> health. Contractors' workers: nimi ja syntymäaika -> name, birth_date; työnantaja
    #  -> organization; ammatti tai tehtävä -> job_title. Counted as nothing: vierailun isäntä ja syy,
    #  saapumis-/poistumisajat (log times), vierailijakortin numero (badge number, like a member number),
    #  ajoneuvon rekisterinumero, veronumero (no key), työturvallisuus-/tulityökortti, perehdytyspäivä,
    #  kulkuoikeuden voimassaolo; kameravalvonta section (CCTV, separate notice); Verohallinto
    #  disclosure only repeats listed items; staff käyttäjätunnus/salasana in the security row.
    "jarvikylan-meijeri-vierailijarekisteri.txt": {
        "name", "organization", "phone", "email", "health", "birth_date", "job_title",
    },
    # clausewise-privacy-notice.md: Finnish legal-tech SaaS, English Markdown, polished GDPR notice
    #  with question headings and a purpose/legal-basis table; data under "What personal data do we
    #  process?" in ### sub-lists per group (Users, Customer contacts, Trial sign-ups). first and last
    #  name / name -> name; work email -> email; mobile phone number -> phone; organisation / company
    #  -> organization; job title / title -> job_title; username, single sign-on identifier, browser
    #  and device information -> online_identifier; salted hash of the password -> credentials; IP
    #  address -> ip_address; subscription and order history, quotes, trial plan -> order_history;
    #  invoices and payment history -> billing; newsletter/product-update subscription (marketing
    #  consent) -> marketing_consent. Counted as nothing: user role/access rights, log-in times,
    #  preferred language, notes on communication, how you heard about us; customer-uploaded document
    #  content (processor role, excluded by the notice); identity codes/special categories (said NOT
    #  collected); card numbers (said NOT stored); LinkedIn appears only as a source (no social_media).
    #  Cookie section (Matomo visitor ID, shortened IP) adds nothing new either way.
    "clausewise-privacy-notice.md": {
        "name", "email", "phone", "organization", "job_title", "online_identifier", "credentials",
        "ip_address", "order_history", "billing", "marketing_consent",
    },
    # tandkulan-barntandvard.txt: private children's dental clinic in Vasa, Swedish
    #  "dataskyddsbeskrivning" for the patient register, plain text with numbered headings (old
    #  registerbeskrivning layout updated for GDPR); data under "5. Uppgifter som behandlas i
    #  registret", split into the patient (child) and the guardian. för- och efternamn / namn -> name;
    #  personbeteckning -> personal_identity_code; födelsedatum (children without a Finnish one) ->
    #  birth_date; hemkommun / adress -> address; telefonnummer -> phone; e-postadress -> email;
    #  anamnes, sjukdomar, mediciner, allergier, diagnoser, behandlingsanteckningar, röntgenbilder ->
    #  health; fakturor, betalningar, FPA-ersättning -> billing. Counted as nothing: modersmål och
    #  kontaktspråk, daghem/skola, besökstider och uteblivna besök (visit times), samtycke till
    #  sms-påminnelser (reminders, not marketing), begränsningar i rätten att få uppgifter; Kanta/FPA
    #  disclosures, Suomi.fi identification in sources, staff användarnamn/lösenord in security.
    "tandkulan-barntandvard.txt": {
        "name", "personal_identity_code", "birth_date", "address", "phone", "email", "health",
        "billing",
    },
}
