"""Expected category sets for holdout24, written by reading each notice (blind set)."""
EXPECTED: dict[str, set[str]] = {
    # hoivaketo-kotihoito.txt: plain text pasted from Word, Suomen Yrittäjät-style numbered template
    #  (home nursing / kotihoito company). Data in "5. Rekisteriin tallennettavat tiedot", listed per
    #  group with Word tab-bullets; the omaiset list is run together on one line.
    #  Asiakkaat: etu- ja sukunimi -> name; henkilötunnus -> personal_identity_code; kotiosoite -> address;
    #  puhelinnumero -> phone; terveydentilaa koskevat tiedot (diagnoosit, lääkitys, allergiat,
    #  hoitokirjaukset) -> health; tiedot asiakkaan tilaamista palveluista -> order_history;
    #  laskutustiedot / palveluseteli / kotitalousvähennys -> billing.
    #  Omaiset: nimi -> name; puhelinnumero -> phone; sähköpostiosoite -> email.
    #  Counted as nothing: kulkuohjeet/avainsäilytys, äidinkieli/asiointikieli, kotikäyntien ajankohdat
    #  and workers (visit times), suhde asiakkaaseen; staff käyttäjätunnus ja salasana (security section);
    #  "lääkelista, yhteystiedot" in the security section and perintä "nimi, osoite, laskun tiedot" in
    #  disclosures (other sections; all already declared anyway). No cookie section.
    "hoivaketo-kotihoito.txt": {
        "name", "personal_identity_code", "address", "phone", "email",
        "health", "order_history", "billing",
    },
    # kodinkonehuolto-rautakoski.md: Markdown, polished GDPR-style with question headings (appliance
    #  repair shop). Data under "## Mitä tietoja meillä on sinusta?" as a two-column Markdown table per
    #  data-subject group. Kuluttajat: nimi -> name; puhelinnumero -> phone; sähköpostiosoite -> email;
    #  huoltokohteen osoite -> address; tilatut huollot ja varaosat -> order_history; laskutustiedot ->
    #  billing; markkinointiluvat ja -kiellot -> marketing_consent. Elinkeinonharjoittajat: Y-tunnus ->
    #  business_id (toiminimi -> organization). Yhteyshenkilöt: edustamansa yritys/taloyhtiö ->
    #  organization; tehtävänimike -> job_title; nimi/puhelin/sähköposti as above.
    #  Counted as nothing: appliance data (merkki, malli, sarjanumero, ostopäivä of the appliance),
    #  vikakuvaus, asentajan vapaamuotoiset huomiot (ovikoodi), henkilötunnus (said NOT collected),
    #  kameravalvonta (security section), "henkilökohtaiset tunnukset" of staff; cookie section says
    #  only necessary cookies and names no data -> nothing.
    "kodinkonehuolto-rautakoski.md": {
        "name", "phone", "email", "address", "organization", "job_title", "business_id",
        "order_history", "billing", "marketing_consent",
    },
    # johdinpuu-verkkokauppa.html: whole saved WooCommerce/Storefront page (electronics web shop) with
    #  nav (product category "Puhelimet ja tarvikkeet"), mini cart, product sidebar ("GPS-paikannin",
    #  "ovikello kameralla"), newsletter form in footer and a Complianz cookie banner. Data in
    #  "5. Käsiteltävät henkilötiedot" as a two-column <table>: etu- ja sukunimi -> name; yrityksen nimi
    #  -> organization; sähköposti -> email; puhelinnumero -> phone; laskutus- ja toimitusosoite ->
    #  address; käyttäjätunnus -> online_identifier, salasana -> credentials; tilatut tuotteet,
    #  tilaushistoria -> order_history; maksutapa ja maksun tila -> billing; alennuskoodit ja lahjakortit
    #  -> coupons; uutiskirje, suoramarkkinoinnin luvat -> marketing_consent; "Tekniset tiedot" row:
    #  IP-osoite -> ip_address, selain- ja laitetiedot, evästetunnisteet -> online_identifier. The cookie
    #  section (IP, selaintyyppi, laite) is presented as data the shop processes and the data table
    #  lists the same items, so counted (no extra keys beyond the table anyway).
    #  Counted as nothing: payment_card (card numbers explicitly NOT stored, Paytrail handles them),
    #  tilin luontipäivä, noutopiste, palautukset (part of orders), asiakaspalveluviestit/reklamaatiot;
    #  page boilerplate (nav "Puhelimet", GPS-paikannin product, footer phone/e-mail, newsletter form).
    "johdinpuu-verkkokauppa.html": {
        "name", "organization", "email", "phone", "address", "online_identifier", "credentials",
        "order_history", "billing", "coupons", "marketing_consent", "ip_address",
    },
    # vaihtopiha-marketplace.md: English Markdown, polished GDPR-style notice with question headings
    #  (online second-hand marketplace), data under "## 3. What personal data do we process?" as bullet
    #  lists per data-subject group (registered users / visitors / customer-support contacts); purposes
    #  in a Markdown table. name -> name; email address -> email; mobile phone number -> phone;
    #  username -> online_identifier; password (hash) -> credentials; postal code and municipality of
    #  listings ("Pick-up area") -> address, not location (no coordinates); date of birth (from strong identification) -> birth_date; items listed,
    #  bought and sold -> order_history; payment method and payment transactions -> billing; bank account
    #  number (IBAN) for payouts -> bank_account; newsletter/direct marketing consents ->
    #  marketing_consent; technical data: IP address -> ip_address, device identifiers, browser type ->
    #  online_identifier.
    #  Counted as nothing: personal identity code (explicitly NOT received or stored; the DAC7 paragraph
    #  only says "additional information required by law" would be asked later, lists nothing);
    #  payment_card (never sees full card number); profile picture, description, ratings/reviews, chat
    #  messages, pages viewed, operating system; "delivery address" appears only in the sharing section
    #  (address is declared anyway). Cookie section names no data items.
    "vaihtopiha-marketplace.md": {
        "name", "email", "phone", "online_identifier", "credentials", "address", "birth_date",
        "order_history", "billing", "bank_account", "marketing_consent", "ip_address",
    },
    # sjoklang-korforening.html: Swedish, whole saved WordPress (Astra) page of a choir association with
    #  nav, footer and cookie-notice banner; Finnish-template section structure in Swedish. Data under
    #  "5. Registrets datainnehåll": a <ul> for members plus one sentence per other group (stödmedlemmar,
    #  konsertbesökare, nyhetsbrev). för- och efternamn/namn -> name; födelsedatum -> birth_date;
    #  postadress -> address; telefonnummer -> phone; e-postadress -> email; medlemsavgifter och
    #  betalningar / betalda stödmedlemsavgifter -> billing; specialkost och allergier -> health;
    #  köpta biljetter -> order_history; prenumeration på nyhetsbrevet -> marketing_consent.
    #  Counted as nothing: stämma (voice part), datum för inträde/utträde, photos at concerts (purpose
    #  section), FO-nummer of the association itself (controller section), disclosures to travel agency/
    #  insurer (already-declared items), password-protected spreadsheet (security). Cookie section says
    #  IP addresses are NOT collected -> no ip_address.
    "sjoklang-korforening.html": {
        "name", "birth_date", "address", "phone", "email", "billing", "health",
        "order_history", "marketing_consent",
    },
}
