"""Expected category sets for holdout48, written by reading each notice (blind set)."""
EXPECTED: dict[str, set[str]] = {
    # kelovaaran-huskyt.html: husky-safari company, Finnish, whole saved WordPress page (cookie banner,
    #  nav, cart, footer with address/phone/Y-tunnus of the company). Data under question heading
    #  "5. Mitä tietoja keräämme?": a two-column <table> for customers plus a sentence for partners'
    #  contact persons. Items: etu- ja sukunimi -> name; syntymävuosi -> birth_date; "Yhteystiedot |
    #  sähköpostiosoite ja matkapuhelinnumero" (group word WITH items, so no address) -> email, phone;
    #  varatut safarit ja lisäpalvelut -> order_history; maksutapa, lasku, maksun tila -> billing;
    #  raskaus, selkä-/sydänvaivat, allergiat -> health; uutiskirjeen tilaus -> marketing_consent;
    #  partners: nimi -> name, yritys -> organization, tehtävänimike -> job_title, sähköposti, puhelin.
    #  Counted as nothing: kansalaisuus, osallistujamäärä, haalarin/kenkien koko, "Emme tallenna
    #  maksukorttien numeroita" (no payment_card), kameravalvonta (security section), käyttäjätunnukset
    #  ja salasanat of staff (security section). Cookie section: Google Analytics "voivat kerätä
    #  IP-osoitteen ja selaimen tietoja" but Google processes them and they are not combined with the
    #  register -> decided NOT counted (no ip_address / online_identifier). No address anywhere in
    #  the data lists (the addresses on the page are the company's).
    "kelovaaran-huskyt.html": {
        "name", "birth_date", "email", "phone", "order_history", "billing", "health",
        "marketing_consent", "organization", "job_title",
    },
    # tilipalvelu-hirvonen.txt: kirjanpitotoimisto (Ky), Finnish plain text, minimal Suomen Yrittäjät
    #  2018 template with numbered headings; data in one sentence under "5. Rekisterin tietosisältö"
    #  plus a second sentence for the client companies' employees (payroll). Items: henkilön nimi ->
    #  name; yritys/organisaatio -> organization; Y-tunnus -> business_id; "yhteystiedot (puhelinnumero,
    #  sähköpostiosoite, osoite)" -> phone, email, address; laskutustiedot -> billing; employees:
    #  henkilötunnus -> personal_identity_code; pankkitilinumero -> bank_account; ammattiliiton
    #  jäsenyys -> special_category. Nothing: verokortin tiedot, "muut asiakassuhteeseen ... liittyvät
    #  tiedot" (catch-all), staff käyttäjätunnus ja salasana (security section), the controller's own
    #  Y-tunnus/phone/e-mail.
    "tilipalvelu-hirvonen.txt": {
        "name", "organization", "business_id", "phone", "email", "address", "billing",
        "personal_identity_code", "bank_account", "special_category",
    },
    # fysio-kaarna.md: sole-trader sports massage + physiotherapy, Finnish Markdown, polished with
    #  question headings; data as a bullet list under "## Mitä tietoja sinusta tallennetaan?" (one
    #  subject group "Asiakkaat", guardians inside it). Items: etu- ja sukunimi -> name; henkilötunnus
    #  -> personal_identity_code; "Yhteystiedot: puhelinnumero, sähköpostiosoite ja postiosoite" ->
    #  phone, email, address; esitiedot (aiemmat vammat), lähete, diagnoosi, lääkitys, hoitomerkinnät
    #  -> health; varatut ajat ja ostetut palvelut, sarjakortit -> order_history; maksutapa, Kela-
    #  korvaus, maksusitoumus -> billing; työnantajan nimi -> organization; verkkoajanvarauksen
    #  käyttäjätunnus -> online_identifier, salasana -> credentials. Nothing: lupa
    #  tekstiviestimuistutuksiin (reminders, not marketing), "Emme lähetä markkinointiviestejä",
    #  "Emme tallenna maksukorttien numeroita" (no payment_card), urheilulaji/harjoittelu (part of
    #  health history, no own key). Cookies: only necessary ones, nothing collected -> nothing.
    "fysio-kaarna.md": {
        "name", "personal_identity_code", "phone", "email", "address", "health",
        "order_history", "billing", "organization", "online_identifier", "credentials",
    },
    # tassuapteekki-privacy.html: Finnish online pet pharmacy, English, whole saved shop page (cookie
    #  banner, top bar, search, category menu, breadcrumbs, footer with newsletter form and payment
    #  icons). Polished GDPR text, "3. What personal data do we collect?" with three <h3> groups.
    #  Customers: first and last name -> name; email, mobile phone -> email, phone; delivery/billing
    #  address -> address; personal identity code (strong identification) -> personal_identity_code;
    #  username -> online_identifier, password (hash) -> credentials; order history, ordered products
    #  -> order_history; payment method/status/transaction reference -> billing; discount codes ->
    #  coupons; newsletter subscription and marketing permissions -> marketing_consent. "Data
    #  collected automatically" is presented as data the controller collects -> IP address ->
    #  ip_address; browser type, device identifier, cookie identifiers -> online_identifier.
    #  Nothing: customer-service messages; pet's name/species/breed/AGE/weight and prescription
    #  medicine/dosage (data about animals: no birth_date, no health); "We do not ask for or store
    #  information about your own health"; "we never receive or store your card number" (no
    #  payment_card); viewed pages/cart contents (browsing, no key); "online bank credentials" is
    #  the identification method, not stored (credentials counted only for the password).
    "tassuapteekki-privacy.html": {
        "name", "email", "phone", "address", "personal_identity_code", "online_identifier",
        "credentials", "order_history", "billing", "coupons", "marketing_consent", "ip_address",
    },
    # lindnas-forsamling-klubbar.txt: Swedish-speaking parish, club activities for children, Swedish
    #  plain text pasted from the church's Word table template: tab-separated "heading<TAB>cell"
    #  rows, multi-line cells continuing on following lines, bullets run together with "•". Data in
    #  "6. Registrets datainnehåll" per group. Children: namn -> name; födelsedatum -> birth_date;
    #  hemadress -> address; allergier, specialdiet, hälsotillstånd -> health; medlemskap i
    #  evangelisk-lutherska kyrkan (religion) -> special_category. Guardians: namn; telefonnummer ->
    #  phone; e-postadress -> email; faktureringsuppgifter -> billing. Volunteers: "namn och
    #  kontaktuppgifter" (group word alone -> email, phone, address, all already present). Nothing:
    #  skola och årskurs (education), modersmål (language), photo permission, permission to walk home
    #  alone, FO-nummer of the parish, användarnamn och lösenord of staff (security section).
    "lindnas-forsamling-klubbar.txt": {
        "name", "birth_date", "address", "health", "special_category", "phone", "email",
        "billing",
    },
}
