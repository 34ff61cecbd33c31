"""Expected category sets for holdout29, written by reading each notice (blind set)."""
EXPECTED: dict[str, set[str]] = {
    # lvi-hirvela.md: Markdown, LVI contractor, question headings, data under "## 5. Mitä tietoja
    #  rekisteriin tallennetaan?" as two per-group bullet lists. Yksityisasiakkaat: etu- ja sukunimi
    #  -> name; työkohteen osoite ja laskutusosoite -> address; puhelinnumero -> phone;
    #  sähköpostiosoite -> email; henkilötunnus (credit check) -> personal_identity_code; tarjoukset,
    #  tilatut työt -> order_history; laskutustiedot ja maksusuoritukset -> billing. Yhteyshenkilöt:
    #  nimi -> name; edustamansa yritys tai taloyhtiö -> organization; tehtävänimike -> job_title;
    #  puhelinnumero, sähköpostiosoite; tarjoukset, sopimukset, tilaukset -> order_history.
    #  Counted as nothing: muistiinpanot (ovikoodi, lemmikit), asiakasnumero, työkohteen valokuvat,
    #  luottotiedot only in the sources section, Postin osoitepalvelu (sources), kameravalvonta and
    #  käyttäjätunnukset/salasanat (security, staff), the controller's own Y-tunnus, cookies
    #  (only necessary ones, nothing listed).
    "lvi-hirvela.md": {
        "name", "address", "phone", "email", "personal_identity_code",
        "order_history", "billing", "organization", "job_title",
    },
    # ratsastuskoulu-kaviokumpu.txt: plain text copied from a web page, Suomen Yrittäjät template as a
    #  tab-separated two-column table with HTML in cells and run-together "- " bullets; site nav and
    #  footer around it. Data in the "Rekisterin tietosisältö" row, split into Ratsastajat and
    #  Täysihoitoasiakkaat (continuation line starting with a tab). Ratsastajan etu- ja sukunimi,
    #  huoltajan nimi, Nimi -> name; Syntymävuosi -> birth_date; puhelinnumero -> phone;
    #  Sähköpostiosoite -> email; osoite (hevosenomistajat) -> address; terveystiedot (epilepsia,
    #  diabetes, astma, allergiat) -> health; Varatut tunnit, leirit ja kurssit, sarjakorttien käyttö
    #  -> order_history; Laskutustiedot ja maksut, kuukausimaksut -> billing; Uutiskirjeen tilaus ->
    #  marketing_consent. Counted as nothing: ratsastustaso ja tuntiryhmä, täysihoitosopimus (a
    #  contract), all horse data (nimi, rotu, syntymävuosi, UELN, rokotus- ja madotustiedot,
    #  eläinlääkärin hoito-ohjeet: data about animals), kameravalvonta and käyttäjätunnukset/salasanat
    #  (security section, staff), the controller's Y-tunnus, cookies (nothing listed).
    "ratsastuskoulu-kaviokumpu.txt": {
        "name", "birth_date", "phone", "email", "address",
        "health", "order_history", "billing", "marketing_consent",
    },
    # lumo-club.html: a saved web-shop page (cookie banner, topbar, header, nav, sidebar, newsletter
    #  box, footer) with a clothing chain's loyalty-programme notice; data in an HTML table under
    #  "5. Mitä tietoja LUMO Clubin jäsenistä kerätään?" (group word + items per row, so only the
    #  items count). Perustiedot: etu- ja sukunimi -> name, syntymäaika -> birth_date, sukupuoli ->
    #  gender; Yhteystiedot: sähköpostiosoite -> email, matkapuhelinnumero -> phone, postiosoite ->
    #  address; Ostotiedot (ostot, ostetut tuotteet, palautukset) -> order_history; Etukoodit ja
    #  niiden käyttö -> coupons; Markkinointiluvat (luvat ja kiellot) -> marketing_consent;
    #  Verkkokaupan asiakastili: käyttäjätunnus -> online_identifier, salasana -> credentials.
    #  Counted as nothing: asiointikieli, jäsennumero, liittymispäivä, jäsentaso, kertyneet bonukset,
    #  mieltymykset (vaatekoot, suosikkimyymälä), maksukortit ("Emme tallenna"), the carrier
    #  disclosure sentence, the newsletter form and cookie banner (page boilerplate). Cookie section:
    #  IP-osoite and selaintyyppi are said to be used anonymised and NOT joined to the register, so
    #  ip_address is not counted (online_identifier comes from the käyttäjätunnus row anyway).
    "lumo-club.html": {
        "name", "birth_date", "gender", "email", "phone", "address",
        "order_history", "coupons", "marketing_consent", "online_identifier", "credentials",
    },
    # kiltaworks-accelerator.html: English, polished GDPR page with question headings, saved with
    #  consent bar, header nav and footer; data under "What personal data do we collect?" as four
    #  per-group <h3> + <ul> lists. Founders: Full name -> name; Email address and phone number ->
    #  email, phone; Company name -> organization, business ID -> business_id; role in the company
    #  (CEO, CTO) -> job_title; LinkedIn profile -> social_media; Gender -> gender. Mentors: Employer
    #  -> organization, job title -> job_title; Bank account number (IBAN) -> bank_account. Event
    #  attendees: organisation -> organization; Dietary requirements and food allergies -> health;
    #  Newsletter subscription status -> marketing_consent. Website visitors (a group in the data
    #  section, so the notice presents it as data it processes; the cookie section points back to
    #  it): IP address -> ip_address; browser type and device identifiers -> online_identifier.
    #  Counted as nothing: application answers, pitch deck, evaluation notes, nationality, areas of
    #  expertise and availability, event photos/videos, "Mentor payment records" (retention section
    #  only), the controller's business ID and contact person, SSO/2FA in the security section.
    "kiltaworks-accelerator.html": {
        "name", "email", "phone", "organization", "business_id", "job_title",
        "social_media", "gender", "bank_account", "health", "marketing_consent",
        "ip_address", "online_identifier",
    },
    # strandgatans-apotek.txt: Swedish pharmacy with a web shop, plain text copied from the shop page
    #  (skip link, shop menu, cart and footer around it); numbered sections. Data under
    #  "5. Vilka personuppgifter behandlar vi?": one sentence for web-shop customers, a dash list for
    #  prescription orders and a sentence for consent. namn -> name; leveransadress -> address;
    #  e-postadress -> email; telefonnummer -> phone; beställda produkter och orderhistorik ->
    #  order_history; betalningssätt och betalningsstatus -> billing; personbeteckning ->
    #  personal_identity_code; receptuppgifter (läkemedel, dosering) and farmaceutens anteckningar om
    #  läkemedelsrådgivning -> health; tillstånd till marknadsföring per e-post (nyhetsbrev) ->
    #  marketing_consent. Counted as nothing: "Kortnummer sparas inte" (payment_card not kept),
    #  FPA/Kanta and logistics disclosures, kameraövervakning and användarkoder (security, staff),
    #  cookie section (IP address anonymised and not linked to the register, so not counted), the
    #  controller's FO-nummer.
    "strandgatans-apotek.txt": {
        "name", "address", "email", "phone", "order_history", "billing",
        "personal_identity_code", "health", "marketing_consent",
    },
}
