"""Expected category sets for holdout36, written by reading each notice (blind set)."""
EXPECTED: dict[str, set[str]] = {
    # kotileipomo-korpikallio.txt: sole-trader home bakery (markets + web shop), Finnish, Suomen
    #  Yrittäjät/offistore-style export: tab-separated two-column rows with <p>/<ul> HTML in the
    #  cells, run-together "- " bullets, web-shop boilerplate at the end. Data in the row
    #  "Rekisterin sisältämät tiedot": etu- ja sukunimi -> name; puhelinnumero -> phone;
    #  sähköpostiosoite -> email; toimitusosoite -> address; tiedot tilauksista (tilatut tuotteet,
    #  noutopäivä/-paikka) -> order_history; ruoka-aineallergiat ja erityisruokavaliot -> health;
    #  maksutapa ja tieto maksun suorittamisesta -> billing; uutiskirjeen tilaus -> marketing_consent;
    #  yritysasiakkaiden yrityksen nimi -> organization, verkkolaskutusosoite -> billing.
    #  Counted as nothing: lisätoiveet (free text); the controller's own Y-tunnus (controller section,
    #  not register data); card numbers at the market ("emme tallenna") -> no payment_card; the
    #  cookie row (cart + visitor statistics, "ei tunnisteta yksittäisiä kävijöitä", no IP/ids named,
    #  not joined to the register) -> no online categories.
    "kotileipomo-korpikallio.txt": {
        "name", "phone", "email", "address", "order_history", "health", "billing",
        "marketing_consent", "organization",
    },
    # laakariasema-kaarnaportti.html: private medical clinic with online booking, Finnish, whole saved
    #  page (cookie banner, header/nav, footer), polished GDPR text with question headings; data
    #  under "Mitä tietoja käsittelemme?" as two <ul> lists per subject group (Potilaat,
    #  Verkkoajanvarauksen käyttäjät). nimi -> name; henkilötunnus -> personal_identity_code;
    #  sukupuoli -> gender; osoite, puhelinnumero, sähköpostiosoite -> address, phone, email (guardian's
    #  "nimi ja yhteystiedot" adds nothing new); esitiedot/oireet/diagnoosit/lääkitys/allergiat/
    #  tutkimus- ja hoitotiedot -> health; työnantaja -> organization; ammatti -> job_title;
    #  laskutustiedot ja maksutapa, Kela-korvaukset, maksusitoumus -> billing; varatut ja perutut ajat
    #  sekä varatut palvelut -> order_history.
    #  Counted as nothing: äidinkieli/asiointikieli (language); suostumukset ja kiellot (data
    #  disclosure / Kanta, not marketing); SMS reminder wish (reminders, not marketing); free-text
    #  lisätieto; bank credentials for strong authentication (explicitly not received/stored -> no
    #  credentials); log entries and CCTV in the security section; cookie section (only necessary
    #  cookies, no data named, not joined to the register) -> no online categories.
    "laakariasema-kaarnaportti.html": {
        "name", "personal_identity_code", "gender", "address", "phone", "email", "health",
        "organization", "job_title", "billing", "order_history",
    },
    # seurakuntayhtyma-kerhot.txt: parish union's club and camp participant register, Finnish, plain
    #  numbered text pasted from Word, data in "6. Käsiteltävät henkilötiedot" as tab-indented "•"
    #  bullet lists per subject group (Lapset ja nuoret, Huoltajat, Vapaaehtoiset ohjaajat).
    #  etu- ja sukunimi/kutsumanimi, nimi -> name; syntymäaika -> birth_date; kotiosoite -> address;
    #  henkilötunnus (camps) -> personal_identity_code; allergiat, erityisruokavaliot,
    #  pitkäaikaissairaudet ja lääkitys -> health; tieto evankelis-luterilaisen kirkon jäsenyydestä
    #  (religion) -> special_category; puhelinnumero/sähköposti(osoite) -> phone, email;
    #  laskutustiedot (kerho- ja leirimaksut, viitenumero) -> billing; perhetoiminnan uutiskirjeen
    #  tilaus -> marketing_consent.
    #  Counted as nothing: äidinkieli (language); päiväkoti/koulu ja luokka (education); photo
    #  permission; permission to walk home alone; ohjaajakoulutukset (education); the date a criminal
    #  record extract was shown (its content is explicitly not copied or stored; special_category is
    #  in the set anyway via church membership); kameravalvonta in the disclosures section; Kirjuri
    #  membership check and insurer disclosure (sources/disclosures, nothing new).
    "seurakuntayhtyma-kerhot.txt": {
        "name", "birth_date", "address", "personal_identity_code", "health", "special_category",
        "phone", "email", "billing", "marketing_consent",
    },
    # ski-resort-kaamosvaara.html: Finnish ski resort (lift tickets, web shop, rental, ski school),
    #  English, whole saved WordPress page (cookie banner, conditions bar, nav, cart, newsletter
    #  footer); polished question headings; data in section 3 as an HTML <table> "Who | Data we
    #  process" with one row per subject group. name/pupil's/guardian's/contact person's name -> name;
    #  email address -> email; (mobile) phone number -> phone; password of customer account ->
    #  credentials; orders and purchase history, rented equipment and rental period, booked lessons
    #  -> order_history; discount codes used -> coupons; payment method and transaction reference,
    #  invoicing details -> billing; newsletter subscription and electronic marketing consents ->
    #  marketing_consent; date of birth, age -> birth_date; allergies or medical conditions ->
    #  health; company, club or school they represent -> organization; IP address -> ip_address;
    #  device and browser information, cookie identifiers -> online_identifier. The online items are
    #  counted because the data table itself lists them as processed ("Website and app users" row);
    #  the cookie section only describes the same cookies and adds nothing.
    #  Counted as nothing: KeyCard numbers (pass/card numbers, like customer numbers); photo on the
    #  pass; times of lift gate readings (log times); boot size, skier type, skiing level; payment
    #  card numbers (explicitly not stored -> no payment_card); camera surveillance (security
    #  section). No postal address is collected anywhere ("email address"/"IP address" only).
    "ski-resort-kaamosvaara.html": {
        "name", "email", "phone", "credentials", "order_history", "coupons", "billing",
        "marketing_consent", "birth_date", "health", "organization", "ip_address",
        "online_identifier",
    },
    # renovering-holmstrom.md: renovation contractor, Swedish, Markdown, Yrittäjät-template-like
    #  numbered ## headings; data in "## 5. Vilka uppgifter registret innehåller" as a Markdown table
    #  per group (Privatkunder, kontaktpersoner hos företags-/husbolagskunder, Underleverantörer,
    #  Arbetssökande) plus one sentence after it. namn -> name; hemadress, arbetsobjektets adress ->
    #  address; telefonnummer -> phone; e-postadress -> email; offerter och beställda arbeten ->
    #  order_history; fakturor och betalningar -> billing; kontonummer (refunds) -> bank_account;
    #  företag eller husbolag som personen representerar, företag -> organization; FO-nummer of
    #  subcontractors (sole traders) -> business_id; job applicants' "kontaktuppgifter" alone ->
    #  email, phone, address (already present).
    #  Counted as nothing: utbildning och arbetserfarenhet; körkortsklass; practical notes about the
    #  site (key handover, pets = data about animals, free text); photos of the site; the
    #  controller's own FO-nummer (controller section); credit checks (sources section only); no
    #  newsletter/marketing ("Vi skickar inte nyhetsbrev") -> no marketing_consent; cookies (only
    #  necessary cookies, nothing named).
    "renovering-holmstrom.md": {
        "name", "address", "phone", "email", "order_history", "billing", "bank_account",
        "organization", "business_id",
    },
}
