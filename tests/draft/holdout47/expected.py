"""Expected category sets for holdout47, written by reading each notice (blind set)."""
EXPECTED: dict[str, set[str]] = {
    # sahkoasennus-halttunen.txt: sole-trader electrician, Suomen Yrittäjät / henkilötietolaki-2018
    #  style template pasted from a web page as a tab-separated two-column table with HTML in the
    #  cells (<p>, <br>, continuation rows starting with a tab) and web-page menu/footer text around
    #  it. Data in row "5. Rekisteriin tallennettavat tiedot": run-together "- item- item" bullets
    #  inside a <ul>. Etu- ja sukunimi -> name; asennuskohteen osoite / laskutusosoite -> address;
    #  puhelinnumero -> phone; sähköpostiosoite -> email; yritysasiakkailta yrityksen nimi -> organization,
    #  Y-tunnus -> business_id; henkilötunnus (laskulla maksavat) -> personal_identity_code;
    #  tiedot tarjouksista, tilatuista töistä -> order_history; laskutustiedot ja maksujen kirjaukset
    #  -> billing. Counted as nothing: avainten luovutus, porttikoodi, sähköpiirustukset and
    #  tarkastuspöytäkirjat (free-text work-site notes). Other rows (controller's own Y-tunnus,
    #  perintä disclosure naming nimi/osoite, käyttäjätunnus ja salasana in security, evästeet
    #  without any data items) add nothing.
    "sahkoasennus-halttunen.txt": {
        "name", "address", "phone", "email", "organization", "business_id",
        "personal_identity_code", "order_history", "billing",
    },
    # kuntoklubi-kipina.html: gym with personal training and nutrition coaching; whole saved
    #  WordPress page (cookie banner, header <nav>, footer with newsletter form) around a polished
    #  GDPR notice with question headings. Data under "Mitä henkilötietoja käsittelemme?" in two
    #  per-group <ul> lists. Kaikki jäsenet: etu- ja sukunimi -> name; syntymäaika -> birth_date;
    #  sukupuoli -> gender; "yhteystiedot: puhelinnumero, sähköpostiosoite ja postiosoite" (group word
    #  with items) -> phone, email, address; jäsenmaksut, laskut ja maksuhistoria -> billing;
    #  pankkitilin numero (suoraveloitus/e-lasku) -> bank_account; sovelluksen käyttäjätunnus ->
    #  online_identifier, salasana -> credentials; ryhmäliikuntavaraukset -> order_history;
    #  markkinointiluvat ja -kiellot -> marketing_consent. PT/ravintovalmennus: ostetut PT-paketit ->
    #  order_history; terveystiedot (sairaudet, vammat, lääkitys), ruoka-aineallergiat -> health.
    #  Counted as nothing: jäsennumero, jäsenyyden tyyppi/voimassaolo, jäsenkortin valokuva, käyntien
    #  ajankohdat, harjoitusohjelmat/valmentajan muistiinpanot, kameravalvonta (retention/security).
    #  "Emme tallenna maksukorttien numeroita" -> no payment_card. Cookie section: analytics cookies
    #  "voivat kerätä IP-osoitteen ja selaimen tiedot" but the notice says they are not combined with
    #  the member register -> NOT counted (no ip_address; online_identifier comes from the username).
    "kuntoklubi-kipina.html": {
        "name", "birth_date", "gender", "phone", "email", "address", "billing",
        "bank_account", "online_identifier", "credentials", "order_history",
        "marketing_consent", "health",
    },
    # lomakulma-mokkivalitys.md: holiday-cottage letting agency (owners and renters), Markdown with
    #  numbered ## headings; data under "## 4. Käsiteltävät henkilötiedot" split into ### Mökkien
    #  omistajat and ### Vuokralaiset bullet lists; retention given as a Markdown table.
    #  Owners: nimi -> name; henkilötunnus -> personal_identity_code; syntymäaika -> birth_date
    #  (DAC7 reporting); yrityksen nimi -> organization, Y-tunnus -> business_id; osoite ->
    #  address; puhelinnumero -> phone; sähköpostiosoite -> email; tilinumero (IBAN) -> bank_account;
    #  mökin osoite -> address as well. Renters: nimi, osoite, puhelinnumero, sähköpostiosoite (same
    #  keys); varaustiedot incl. tilatut lisäpalvelut -> order_history; laskut ja maksutiedot ->
    #  billing; uutiskirjeen tilaus -> marketing_consent. Counted as nothing: välityssopimuksen
    #  tiedot, varustelu, kiinteistötunnus, avainten luovutus/huolto notes, henkilömäärä, lemmikit
    #  (animals), asiakaspalveluviestintä ja vahinkoilmoitukset; card numbers explicitly not stored
    #  -> no payment_card. Cookie section names no data items -> nothing.
    "lomakulma-mokkivalitys.md": {
        "name", "personal_identity_code", "birth_date", "organization", "business_id",
        "address", "phone", "email", "bank_account", "order_history", "billing",
        "marketing_consent",
    },
    # kaiku-podcasts-privacy.txt: Finnish podcast network, English plain text copied from a web page,
    #  polished GDPR style with numbered question headings; data under "3. What personal data do we
    #  collect?" as per-group "- " lists (listeners, Kaiku Plus members, merch customers, newsletter,
    #  survey respondents, advertisers, guests). Listening data: IP address -> ip_address; user agent,
    #  app device identifier -> online_identifier. Plus: name, email; username -> online_identifier,
    #  password -> credentials; subscription plan -> order_history; payment history and receipts ->
    #  billing. Merch: delivery address -> address; phone number -> phone; orders -> order_history.
    #  Newsletter: email, first name, consent record -> marketing_consent. Survey: age range ->
    #  birth_date; municipality of residence -> address. Advertisers: names, company ->
    #  organization, job title -> job_title, work email, phone. Guests: title -> job_title, employer
    #  -> organization, email, phone. Counted as nothing: episodes played/when (logs), app version,
    #  survey answers, campaign contracts, voice recordings; "we never see or store your card number"
    #  -> no payment_card. Cookie section (cookie ID, IP address) is consistent with the list and
    #  adds no new key either way.
    "kaiku-podcasts-privacy.txt": {
        "name", "email", "phone", "address", "birth_date", "organization", "job_title",
        "ip_address", "online_identifier", "credentials", "billing", "order_history",
        "marketing_consent",
    },
    # lingonbacken-forskola.html: private Swedish-language daycare/förskola in Esbo; whole saved web
    #  page (cookie bar, topbar, <nav>, footer) around a Swedish dataskyddsbeskrivning with numbered
    #  <h2> sections. Data under "5. Uppgifter som registret innehåller" in per-group <ul> lists
    #  (barnet / vårdnadshavarna / personer som får hämta barnet). namn -> name; personbeteckning ->
    #  personal_identity_code; födelsedatum -> birth_date; hemadress/adress -> address;
    #  hälsouppgifter (allergier, specialdiet, sjukdomar, medicinering) -> health; religion eller
    #  livsåskådning -> special_category; telefonnummer -> phone; e-postadress -> email;
    #  arbetsgivare eller studieplats -> organization; faktureringsuppgifter (vårdavgifter, fakturor,
    #  betalningar) -> billing. Counted as nothing: modersmål/språk, plan för småbarnspedagogik and
    #  observationer (free text), vårdtider/närvaro (times), fotografier. Controller's FO-nummer, the
    #  login mentioned under security and the cookie section ("inga personuppgifter samlas in via
    #  kakorna") add nothing.
    "lingonbacken-forskola.html": {
        "name", "personal_identity_code", "birth_date", "address", "health",
        "special_category", "phone", "email", "organization", "billing",
    },
}
