"""Expected category sets for holdout19, written by reading each notice (blind set)."""
EXPECTED: dict[str, set[str]] = {
    # hiusstudio-sointu.txt: hair salon (toiminimi), Finnish plain text from the Suomen Yrittäjät /
    #  henkilötietolaki template, numbered headings; data under "5. Rekisteriin tallennettavat
    #  tiedot" as ONE line of run-together "•" bullets. Etu- ja sukunimi -> name; matkapuhelinnumero
    #  -> phone; sähköpostiosoite -> email; syntymävuosi -> birth_date; tiedot tehdyistä käsittelyistä
    #  ja ostetuista tuotteista -> order_history; allergiat ja yliherkkyydet -> health; lupa sähköiseen
    #  suoramarkkinointiin -> marketing_consent. Nothing: kanta-asiakasnumero, värireseptit ja
    #  vapaamuotoiset muistiinpanot, lupa ajanvarausmuistutuksiin (reminders, not marketing),
    #  "Maksukorttitietoja ei tallenneta" (said not stored), the controller's own Y-tunnus/phone/email,
    #  staff käyttäjätunnus/salasana and kameravalvonta in the security section; no cookies used.
    "hiusstudio-sointu.txt": {
        "name", "phone", "email", "birth_date", "order_history", "health", "marketing_consent",
    },
    # elainlaakariasema-karhunkapala.html: veterinary clinic, whole saved WordPress/WooCommerce page
    #  (cookie banner, nav, cart, newsletter form, footer with payment logos). Data under the question
    #  heading "5. Mitä henkilötietoja käsittelemme?", per group with <h3>. Owner <ul>: nimi -> name;
    #  postiosoite -> address; puhelinnumero -> phone; sähköpostiosoite -> email; henkilötunnus (laskulla
    #  maksavilta) -> personal_identity_code; laskutus- ja maksutiedot, avoimet laskut -> billing;
    #  markkinointiluvat ja -kiellot -> marketing_consent. Web-shop <ul>: toimitusosoite etc. (already
    #  counted); asiakastilin salasana -> credentials; tilatut tuotteet ja tilaushistoria ->
    #  order_history. Nothing: asiakasnumero; lupa rokotusmuistutuksiin (reminders); the whole
    #  "Eläinpotilaan tiedot" paragraph (animal's name, sukupuoli, syntymäaika, diagnoosit, lääkkeet,
    #  vakuutus = data about animals, so no gender/birth_date/health); card numbers "emme tallenna";
    #  cookie section's lyhennetty IP-osoite / selaimen tyyppi are anonymous statistics "ei yhdistetä
    #  asiakasrekisteriin" -> NOT counted (no ip_address/online_identifier); footer/newsletter boilerplate.
    "elainlaakariasema-karhunkapala.html": {
        "name", "address", "phone", "email", "personal_identity_code", "billing",
        "marketing_consent", "credentials", "order_history",
    },
    # rakennus-kivirinta.md: builder, polished GDPR-style Markdown with question headings; data under
    #  "## 5. Käsiteltävät henkilötiedot" as per-group Markdown tables (group label | items) plus a
    #  sentence for quote requesters. Consumers: etu- ja sukunimi -> name; henkilötunnus ->
    #  personal_identity_code; Yhteystiedot row lists items: puhelinnumero -> phone,
    #  sähköpostiosoite -> email, postiosoite (+ rakennuskohteen osoite) -> address; tarjoukset,
    #  urakkasopimus, lisä- ja muutostyöt -> order_history; laskut, maksuerät -> billing; tilinumero ->
    #  bank_account. Company contacts: tehtävänimike -> job_title; yrityksen/taloyhtiön nimi ->
    #  organization; Y-tunnus -> business_id; työpuhelin, sähköposti (already counted). Nothing:
    #  kiinteistötunnus, piirustukset, valokuvat, free-text work description, contact persons' hetu "ei
    #  tallenneta", Verohallinto/urakkatietoilmoitus in disclosures, kameravalvonta/kulunvalvonta in
    #  security, only essential cookies, "Emme lähetä suoramarkkinointia" (no marketing_consent).
    "rakennus-kivirinta.md": {
        "name", "personal_identity_code", "phone", "email", "address", "order_history", "billing",
        "bank_account", "job_title", "organization", "business_id",
    },
    # volttipyora-privacy.html: e-bike rental app, English, whole saved Next.js page (consent banner,
    #  navbar, footer with app-store links); data under "What personal data do we collect?" as a
    #  three-column <table> (category | examples | source). Full name -> name; email -> email; mobile
    #  phone -> phone; date of birth -> birth_date; password (salted hash) -> credentials; rides and
    #  purchased ride/season passes -> order_history; GPS location of bike/phone -> location;
    #  receipts, invoices, payment history, unpaid fees -> billing; promo/referral codes -> coupons;
    #  device identifier -> online_identifier; IP address -> ip_address (listed in the data table, so
    #  counted); consent/refusal for marketing emails and offer pushes -> marketing_consent. Nothing:
    #  card number (only a Stripe token, "never sees or stores your full card number"), personal
    #  identity code and special categories "do not collect", support messages, photos, damage reports,
    #  crash logs; website analytics cookies are pseudonymised visit counts "not linked to your
    #  account" (not counted, but IP is counted anyway from the table).
    "volttipyora-privacy.html": {
        "name", "email", "phone", "birth_date", "credentials", "order_history", "location",
        "billing", "coupons", "online_identifier", "ip_address", "marketing_consent",
    },
    # kvarnbackens-bollklubb.txt: Finland-Swedish football club with juniors, Swedish, text copied
    #  from a web page: site nav line, then a tab-separated two-column table with HTML (<p>, <ul><li>,
    #  <strong>) in cells, cells broken across lines; data in the "Registrets datainnehåll" cell, per
    #  group (members/players, guardians, leaders, sponsors' contact persons). för- och efternamn/namn
    #  -> name; födelsedatum -> birth_date; kön -> gender; hemadress -> address; telefonnummer/telefon
    #  -> phone; e-postadress -> email; medlemsavgifter, träningsavgifter och betalningar -> billing;
    #  allergier, astma, diabetes, sjukdom -> health; prenumeration på nyhetsbrev -> marketing_consent;
    #  sponsors' företag -> organization; befattning -> job_title (leaders' "uppdrag i föreningen"
    #  would also be job_title). Nothing: lag, tröjnummer, spelarlicensnummer, photo-publication
    #  consent, tränarutbildningar, straffregisterutdrag (only shown, "inga uppgifter om det sparas" and
    #  otherwise only in the purpose cell -> no special_category), "samlar inte in personbeteckningar",
    #  disclosures to Bollförbundet, användarnamn/lösenord in security, necessary cookies only.
    "kvarnbackens-bollklubb.txt": {
        "name", "birth_date", "gender", "address", "phone", "email", "billing", "health",
        "marketing_consent", "organization", "job_title",
    },
}
