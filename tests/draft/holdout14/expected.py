"""Expected category sets for holdout14, written by reading each notice (blind set)."""
EXPECTED: dict[str, set[str]] = {
    # optiikka-nakotaito.txt: optician's asiakas- ja potilasrekisteri, plain text pasted from Word,
    #  numbered sections, data under "5. Rekisteriin tallennettavat tiedot" in numbered sub-lists
    #  5.1-5.5 with "o" bullets (purpose section uses Symbol-font "\uf0b7" bullets).
    #  etu- ja sukunimi -> name; henkilötunnus -> personal_identity_code; syntymäaika (when no
    #  hetu) -> birth_date; katuosoite/postinumero -> address; matkapuhelinnumero -> phone;
    #  sähköpostiosoite -> email; yleissairaudet, lääkitys, allergiat, näöntutkimuksen tulokset,
    #  lähetteet -> health; ammatti -> job_title; ostetut silmälasit/tuotteet, tilausten tila ->
    #  order_history; maksutapa, laskut, osamaksusopimukset -> billing; työnantajan nimi ->
    #  organization; suoramarkkinointilupa/-kielto -> marketing_consent.
    #  Nothing: asiakasnumero, "maksukortin numeroa ei tallenneta" (no payment_card), SMS reminder
    #  consent for next eye test (reminder, not marketing), kameravalvonta / käyttäjätunnukset ja
    #  salasanat in the security section, Postin osoitepalvelu in sources.
    "optiikka-nakotaito.txt": {
        "name", "personal_identity_code", "birth_date", "address", "phone", "email", "health",
        "job_title", "order_history", "billing", "organization", "marketing_consent",
    },
    # partio-kotkanpesa.txt: scout group (lippukunta) jäsenrekisteri, .txt in the old
    #  henkilötietolaki/Suomen Yrittäjät two-column layout: tab-separated label | text, cells
    #  continued on tab-indented lines, <p>/<b> HTML left inside cells. Data under
    #  "6. Rekisterin sisältämät tiedot", listed per group (Jäsenet / huoltajat).
    #  nimi -> name; syntymäaika -> birth_date; sukupuoli -> gender; kotiosoite, kotikunta ->
    #  address; puhelinnumero -> phone; sähköpostiosoite -> email; jäsenmaksut, maksutilanne,
    #  leirimaksut -> billing; Kuksa-käyttäjätunnus -> online_identifier; allergiat,
    #  erityisruokavaliot, lääkitys (terveystiedot) -> health; suostumus markkinointiviesteihin ->
    #  marketing_consent. Huoltajat: nimi, puhelinnumero, sähköpostiosoite (already counted).
    #  Nothing: jäsennumero, liittymispäivä, ikäkausiryhmä (birth_date already declared anyway),
    #  taitomerkit ja partiokoulutukset (education), photo permission (rights section only),
    #  käyttäjätunnus ja salasana of officials in the security section.
    "partio-kotkanpesa.txt": {
        "name", "birth_date", "gender", "address", "phone", "email", "billing",
        "online_identifier", "health", "marketing_consent",
    },
    # b2b-virtasalmen-laakeri.md: industrial supplier's B2B customer/marketing register, polished
    #  GDPR text with question headings; data in a Markdown table under "Mitä henkilötietoja
    #  käsittelemme?". etu- ja sukunimi -> name; titteli/tehtävänimike -> job_title; edustamasi
    #  yritys -> organization; sen Y-tunnus -> business_id; Yhteystiedot row lists only
    #  työsähköpostiosoite -> email and työpuhelinnumero -> phone (so NO address);
    #  LinkedIn-profiilin osoite -> social_media; tarjoukset, tilaushistoria -> order_history;
    #  markkinointiluvat ja -kiellot, uutiskirjeen tilaus -> marketing_consent; evästetunnisteet,
    #  selaintiedot -> online_identifier; IP-osoite -> ip_address (listed in the data table itself).
    #  Nothing: toimiala, käyntien ajankohdat, kiinnostuksen kohteena olevat tuoteryhmät,
    #  avaukset/klikkaukset, "emme käsittele henkilötunnuksia / erityisiä tietoryhmiä",
    #  "nimesi ja yhteystietosi" in the disclosure section (does not add address).
    "b2b-virtasalmen-laakeri.md": {
        "name", "job_title", "organization", "business_id", "email", "phone", "social_media",
        "order_history", "marketing_consent", "online_identifier", "ip_address",
    },
    # sarvilahti-studio-privacy.html: Finnish design brand's web shop, English, full saved
    #  Shopify-style page (announcement bar, nav, cart, newsletter form, footer, cookie banner);
    #  data in a <ul> under "3. What personal data do we collect?" with bold group labels.
    #  first and last name -> name; email address -> email; phone number -> phone; delivery and
    #  billing address -> address; username -> online_identifier; password -> credentials; date
    #  of birth -> birth_date; products bought, order history -> order_history; payment method,
    #  payment status -> billing; newsletter subscription, marketing permissions ->
    #  marketing_consent; discount codes used -> coupons; IP address -> ip_address; browser type,
    #  device identifiers -> online_identifier. The cookie section only refers back to the
    #  technical data of section 3, so it adds nothing new (counted via section 3).
    #  Nothing: card number (explicitly not stored -> no payment_card), personal identity code
    #  (not asked), returns/exchanges (order_history already), sharing list in section 5.
    "sarvilahti-studio-privacy.html": {
        "name", "email", "phone", "address", "online_identifier", "credentials", "birth_date",
        "order_history", "billing", "marketing_consent", "coupons", "ip_address",
    },
    # lovkulla-barnklader.html: Swedish-language children's clothing web shop (Jakobstad),
    #  full saved WordPress/WooCommerce page; "Dataskyddsbeskrivning"; data in an HTML table per
    #  group of data subjects (kunder / klubbmedlemmar / nyhetsbrevsprenumeranter /
    #  tävlingsdeltagare) under "5. Vilka personuppgifter behandlar vi?".
    #  för- och efternamn, barnets förnamn -> name; leveransadress, postnummer -> address;
    #  e-postadress -> email; telefonnummer -> phone; beställda produkter och köphistorik ->
    #  order_history; betalningssätt och fakturor -> billing; använda rabattkoder -> coupons;
    #  barnets födelsedatum -> birth_date; kön -> gender; samtycke till nyhetsbrev ->
    #  marketing_consent; Instagramprofil -> social_media.
    #  Nothing: kortuppgifter (explicitly not stored), no customer accounts (no username or
    #  password), date of consent; cookie section's Google Analytics "förkortad IP-adress" and
    #  browser data is presented as anonymous statistics not kept in the customer register, so
    #  decided NOT counted (no ip_address, no online_identifier); användarnamn och lösenord in the
    #  security section belong to staff.
    "lovkulla-barnklader.html": {
        "name", "address", "email", "phone", "order_history", "billing", "coupons",
        "birth_date", "gender", "marketing_consent", "social_media",
    },
}
