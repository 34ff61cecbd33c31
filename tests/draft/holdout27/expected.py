"""Expected category sets for holdout27, written by reading each notice (blind set)."""
EXPECTED: dict[str, set[str]] = {
    # kaarnaranta-fysio.html: physiotherapy/rehabilitation centre, Finnish, whole saved WordPress
    #  page (cookie banner, nav, footer). Polished GDPR notice with numbered question headings; data
    #  in section "5. Mitä tietoja käsittelemme?" as <ul> under <h3> per group (Potilaat,
    #  Tuotemyynnin asiakkaat). "Perustiedot: nimi, henkilötunnus, äidinkieli ja asiointikieli" ->
    #  name, personal_identity_code (languages nothing; group word with items = items only);
    #  "Yhteystiedot: osoite, puhelinnumero, sähköpostiosoite" -> address, phone, email; guardian's
    #  "nimi ja yhteystiedot" -> name + contact group (already covered); "ammatti ja työnantaja" ->
    #  job_title, organization; lähete/esitiedot/diagnoosit/lääkitys/hoitomerkinnät -> health;
    #  "varatut palvelut" and "ostetuista tukituotteista" -> order_history; "Laskutustiedot: laskut
    #  ja maksutapa ... maksusitoumuksen tiedot" -> billing. Counted as nothing: videotallenteet,
    #  käyntiajat/peruutukset, lupa tekstiviestimuistutuksiin (reminders, not marketing). Cookie
    #  section says analytics cookies collect IP-osoite and selaimen tiedot but that these are NOT
    #  stored in the register or combined with it -> not counted (no ip_address, no
    #  online_identifier). Staff "käyttäjätunnukset" in the security section -> nothing.
    "kaarnaranta-fysio.html": {
        "name", "personal_identity_code", "address", "phone", "email", "job_title",
        "organization", "health", "order_history", "billing",
    },
    # routakallion-panimo.txt: microbrewery web shop + beer club, Finnish, offistore-style
    #  template copied from a web shop: tab-separated two-column rows with <p>/<ul> HTML in cells,
    #  run-together "- item- item" bullets, shop boilerplate (cart, age gate, payment logos) at the
    #  end. Data row heading "Rekisteriin tallennettavat tiedot", two groups (verkkokaupan
    #  asiakkaat, Olutklubin jäsenet). Etu- ja sukunimi -> name; Syntymäaika -> birth_date;
    #  Sähköpostiosoite -> email; Puhelinnumero -> phone; Toimitusosoite -> address; "Käyttäjätunnus
    #  ja salasana" -> online_identifier + credentials; Tilaushistoria/noudot and "Tilatut
    #  klubilaatikot" -> order_history; Maksutapa and Jäsenmaksut -> billing; Käytetyt
    #  alennuskoodit -> coupons; Tilinumero -> bank_account; "Uutiskirjeen tilaus ja
    #  markkinointiluvat" -> marketing_consent. Nothing: Olutmieltymykset (free text). Not counted:
    #  "Emme tallenna maksukorttien numeroita" (no payment_card); cookie row's "selaintyyppi" is
    #  said not to be combined with the register (online_identifier is in the set anyway via
    #  käyttäjätunnus); staff käyttäjätunnus/salasana in the security row; "Oletko täyttänyt 18
    #  vuotta?" age-gate boilerplate.
    "routakallion-panimo.txt": {
        "name", "birth_date", "email", "phone", "address", "online_identifier", "credentials",
        "order_history", "billing", "coupons", "bank_account", "marketing_consent",
    },
    # harjuniemen-lukion-vanhempainyhdistys.md: upper-secondary-school parents' association,
    #  Finnish, Markdown written by volunteers; data under "## Mitä tietoja meillä on?" per group
    #  in bold pseudo-headings (Jäsenet, Hallituksen jäsenet in a sentence, Stipendin saajat in a
    #  sentence). nimi / opiskelijan nimi -> name; sähköpostiosoite -> email; puhelinnumero ->
    #  phone; "jäsenmaksun maksupäivä ja viitenumero" -> billing; "onko jäsen tilannut yhdistyksen
    #  uutiskirjeen" -> marketing_consent; board signatories' henkilötunnus ->
    #  personal_identity_code, kotikunta -> address (municipality of residence); stipend tilinumero
    #  -> bank_account. Nothing: aloitusvuosi lukiossa (not a birth year), kansalaisuus, stipendin
    #  summa (billing is in the set anyway), Facebook page followers (explicitly not stored -> no
    #  social_media), Google account two-factor login (security section, officers' own accounts).
    "harjuniemen-lukion-vanhempainyhdistys.md": {
        "name", "email", "phone", "billing", "marketing_consent", "personal_identity_code",
        "address", "bank_account",
    },
    # kivilinna-security-privacy.txt: Finnish cybersecurity consultancy, English, polished GDPR
    #  notice with question headings, plain text from a web page with "•" bullets per data-subject
    #  group under "What personal data do we collect?". Customers: name -> name; job title and
    #  role -> job_title; organisation you represent -> organization; "business contact details:
    #  email address and phone number" -> email, phone (group with items, so no address); services
    #  purchased, quotes and contracts -> order_history; invoicing information -> billing; portal
    #  username -> online_identifier, hashed password -> credentials. Newsletter: subscription and
    #  consent -> marketing_consent. Applicants: contact details (email, phone) -> email, phone;
    #  LinkedIn profile -> social_media. Website visitors (listed IN the data section, so counted):
    #  IP address -> ip_address; browser type/device information/cookie identifiers ->
    #  online_identifier. Nothing: correspondence, CV/education/work experience/certifications,
    #  salary request, interview notes, security-clearance date/status, pages visited/time of
    #  visit; "we do not process criminal records" (no special_category) and "We do not process
    #  personal identity codes" (no personal_identity_code); customer-system data handled as a
    #  processor is excluded by the notice itself.
    "kivilinna-security-privacy.txt": {
        "name", "job_title", "organization", "email", "phone", "order_history", "billing",
        "online_identifier", "credentials", "marketing_consent", "social_media", "ip_address",
    },
    # ekvalla-simhall-gym.html: municipal swimming hall and gym, Swedish, whole saved municipal web
    #  page (cookie banner, header search, nav, breadcrumb, footer) with the usual two-column
    #  <table> of numbered sections; data in row "6. Personuppgifter som behandlas": a <ul> for
    #  card customers plus per-group paragraphs (Simskolor och kurser, Personlig träning).
    #  namn / barnets namn / vårdnadshavarens namn -> name; födelsedatum, födelseår -> birth_date;
    #  kön -> gender; hemkommun -> address (municipality of residence); telefonnummer och
    #  e-postadress -> phone, email; vårdnadshavarens kontaktuppgifter (group word alone) ->
    #  email, phone, address; köpta serie- och periodkort -> order_history; fakturor och
    #  betalningsuppgifter -> billing; lösenord för webbutiken -> credentials; samtycke till
    #  nyhetsbrev -> marketing_consent; hälsouppgifter (epilepsi, diabetes, allergier) and
    #  hälsoenkät -> health. Nothing: kundkortets nummer (customer card number, not a payment
    #  card), foto, besökstider, simkunnighet, träningsprogram, "Vi behandlar inte
    #  personbeteckningar" (no personal_identity_code), kameraövervakning (separate notice), staff
    #  användarnamn/lösenord in section 11, cookie banner/kakpolicy boilerplate (no ip_address).
    "ekvalla-simhall-gym.html": {
        "name", "birth_date", "gender", "address", "phone", "email", "order_history", "billing",
        "credentials", "marketing_consent", "health",
    },
}
