"""Expected category sets for holdout31, written by reading each notice (blind set)."""
EXPECTED: dict[str, set[str]] = {
    # kr-tilintarkastus.txt: audit firm (tilintarkastusyhteisö), Finnish, Suomen Yrittäjät template
    #  pasted as a tab-separated two-column table with <p>/<ul>/<strong> HTML in the cells; multi-
    #  paragraph cells continue on lines that start with a tab. Data: "Rekisterin tietosisältö" cell,
    #  per subject group. Contact persons: nimi -> name, asema / tehtävänimike -> job_title,
    #  edustamansa yhteisö -> organization, sähköpostiosoite -> email, puhelinnumero -> phone.
    #  Customer due diligence (AML): henkilötunnus -> personal_identity_code, syntymäaika ->
    #  birth_date; kansalaisuus, identity document name/number/issuer, beneficial owners' names
    #  (name already) and omistusosuudet -> nothing. Sole traders: Y-tunnus -> business_id,
    #  laskutustiedot ja maksuhistoria -> billing. Audit material: palkansaajien nimet (name) ja
    #  pankkitilinumerot -> bank_account. Counted as nothing: the controller's own Y-tunnus/address,
    #  "Osoite- ja yhteystietojen päivityksiä" (sources section only, so NO address), staff
    #  "käyttäjätunnus ja salasana" (security section), "laskutusta varten" (purpose), necessary
    #  cookies (no data named).
    "kr-tilintarkastus.txt": {
        "name", "job_title", "organization", "email", "phone", "personal_identity_code",
        "birth_date", "business_id", "billing", "bank_account",
    },
    # hautauspalvelu-iltarusko.html: funeral home, Finnish, whole saved WordPress page (cookie
    #  banner, top bar, nav, footer with phone/address). Polished question headings; data under
    #  "Mitä henkilötietoja käsittelemme?" as <h3> groups with <ul> lists. Deceased: nimi -> name,
    #  henkilötunnus -> personal_identity_code, viimeinen kotiosoite ja kotikunta -> address,
    #  kirkkoon / uskonnolliseen yhdyskuntaan kuuluminen -> special_category (religion), terveystiedot
    #  (sydämentahdistin, tartuntavaara) -> health; kuolinaika/-paikka, hautapaikka -> nothing.
    #  Relatives/orderer: nimi; "yhteystiedot (puhelinnumero, sähköpostiosoite, postiosoite)" ->
    #  phone, email, address (group word followed by items -> only the items, here all three);
    #  suhde vainajaan -> nothing; tilatut palvelut ja tuotteet -> order_history; laskutustiedot ->
    #  billing. Memorial page: nimi (name) ja viesti (nothing). Cookie section: Google Analytics
    #  "selaimen tyyppi ja lyhennetty IP-osoite" is explicitly NOT joined to the register and
    #  anonymised -> decided NOT counted (no ip_address, no online_identifier). Also nothing:
    #  kukkakauppa gets "toimitusosoite" (disclosures), kameravalvonta and käyttäjätunnukset/salasanat
    #  (security), "Emme käytä tietoja suoramarkkinointiin" (no marketing_consent).
    "hautauspalvelu-iltarusko.html": {
        "name", "personal_identity_code", "address", "special_category", "health",
        "phone", "email", "order_history", "billing",
    },
    # sointula-musiikkiopisto.md: choir and music school association, Finnish Markdown, numbered
    #  question-style headings; data under "## 5. Käsiteltävät henkilötiedot" as a Markdown table
    #  per subject group plus a bullet list. Pupils: nimi -> name, syntymäaika -> birth_date,
    #  kotiosoite ja kotikunta -> address; soitin/ääniala, opettaja, opintosuoritukset/tasot ->
    #  nothing. Guardians: puhelinnumero -> phone, sähköpostiosoite -> email. Choir members: same
    #  plus kotiosoite. Payer: laskutusosoite -> address, lukukausi- ja kuoromaksut + maksutilanne ->
    #  billing. Bullets: camp allergiat/erityisruokavaliot/terveystiedot -> health; käyttäjätunnus
    #  oppilashallintojärjestelmään -> online_identifier; tieto uutiskirjeen tilaamisesta ->
    #  marketing_consent; kuvauslupa (photo permission, mentions "sosiaalisessa mediassa") -> nothing
    #  (no social_media, photos count nothing). "Emme kerää oppilaiden henkilötunnuksia" -> NO
    #  personal_identity_code. Only necessary cookies, no data named.
    "sointula-musiikkiopisto.md": {
        "name", "birth_date", "address", "phone", "email", "billing", "health",
        "online_identifier", "marketing_consent",
    },
    # otter-and-dice-privacy.txt: indie board-game web shop, English, plain text saved from the shop
    #  page (skip link, shipping banner, menu, cart, newsletter box and footer around it); GDPR
    #  question headings, data under "What personal data do we collect?" as one line per item group.
    #  Account: name, email address -> email, username -> online_identifier, password (hash) ->
    #  credentials. Orders: delivery and billing address -> address, phone number -> phone, products
    #  ordered / pre-orders / wishlist -> order_history, payment method and payment status -> billing.
    #  "We never receive or store your card number" -> NO payment_card. Business customers: company
    #  name -> organization, VAT number -> business_id. Discount codes -> coupons. Newsletter
    #  subscription -> marketing_consent. Game-night sign-ups (events signed up for) -> order_history
    #  (already). Technical data line lists IP address -> ip_address and browser/device info, cookie
    #  identifiers -> online_identifier, so the cookie data ARE declared as processed (the Cookies
    #  section, self-hosted analytics, agrees). Customer-service messages -> nothing. Controller's
    #  business ID and "offers" in the newsletter purpose are not data items.
    "otter-and-dice-privacy.txt": {
        "name", "email", "online_identifier", "credentials", "address", "phone",
        "order_history", "billing", "organization", "business_id", "coupons",
        "marketing_consent", "ip_address",
    },
    # kustbo-dataskydd.html: real-estate agency (fastighetsförmedling), Swedish, whole saved web page
    #  (cookie bar, nav with language switch, footer). Numbered question headings; data under
    #  "4. Vilka personuppgifter behandlar vi?" in an HTML <table> per group. Sellers: namn -> name,
    #  personbeteckning -> personal_identity_code, "kontaktuppgifter (adress, telefonnummer,
    #  e-postadress)" -> address, phone, email (items only), förmedlingsuppdraget och de tjänster du
    #  köpt av oss -> order_history, kontonummer -> bank_account, faktureringsuppgifter -> billing.
    #  Buyers/tenants: same contact items, yrke -> job_title, uppgifter om identitetshandling ->
    #  nothing, givna köpanbud -> order_history (offers; already). Showing visitors: namn,
    #  telefonnummer, e-postadress. Subscribers: e-postadress, önskemål om bostad (nothing), samtycke
    #  till direktmarknadsföring -> marketing_consent. Nothing from: FO-nummer of the controller,
    #  "Adressuppgifter ... befolkningsdatasystemet" (sources), användarnamn och lösenord and
    #  kameraövervakning (security), Google Analytics "förkortad IP-adress"/webbläsartyp which the
    #  cookie section says are anonymised and not in the register -> decided NOT counted.
    "kustbo-dataskydd.html": {
        "name", "personal_identity_code", "address", "phone", "email", "order_history",
        "bank_account", "billing", "job_title", "marketing_consent",
    },
}
