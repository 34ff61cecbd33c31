"""Expected category sets for holdout43, written by reading each notice (blind set)."""
EXPECTED: dict[str, set[str]] = {
    # kukka-kielo.txt: Finnish florist (weddings, funerals), plain text pasted from Word on the
    #  Suomen Yrittäjät / GDPR 2018 template, numbered headings, tab bullets. Data in section
    #  "5. Rekisterin tietosisältö": a bullet list for private customers plus run-on paragraphs for
    #  wedding customers, funeral bindings, business customers and flower-delivery recipients.
    #  etu- ja sukunimi / yhteyshenkilön nimi / vainajan nimi / vastaanottajan nimi -> name;
    #  puhelinnumero -> phone; sähköpostiosoite -> email; laskutusosoite, toimitusosoite -> address;
    #  tiedot tilauksista + "annettu tarjous" -> order_history; maksutapa ja tieto maksusta -> billing;
    #  lupa tekstiviesti- ja sähköpostitarjousten lähettämiseen -> marketing_consent;
    #  yritysasiakkaat: yrityksen nimi -> organization, Y-tunnus -> business_id.
    #  Counted as nothing: hääpäivä, vihkimis-/juhlapaikka, siunaustilaisuuden aika ja paikka,
    #  hautaustoimisto (not the person's own organisation; organization is in the set anyway),
    #  nauha-/adressitekstit, verkkolaskuosoite (billing-routing, business), the controller's own
    #  Y-tunnus/contacts; staff käyttäjätunnus ja salasana in the security section (staff access,
    #  not register data); "emme tallenna korttinumeroita" -> no payment_card. Disclosure section
    #  repeats name/address/phone only.
    "kukka-kielo.txt": {
        "name", "phone", "email", "address", "order_history", "billing",
        "marketing_consent", "organization", "business_id",
    },
    # kaarnaranta-kuntoutus.html: Finnish rehabilitation centre (Kela courses), whole saved
    #  WordPress page (cookie banner, nav, footer) around a polished GDPR notice with question
    #  headings. Data under "Mitä tietoja sinusta käsittelemme?" as three <h3> groups with <ul>s.
    #  Kuntoutujat: nimi -> name, henkilötunnus -> personal_identity_code; kotiosoite -> address,
    #  puhelinnumero -> phone, sähköpostiosoite -> email; lähiomaisen nimi ja puhelinnumero (name,
    #  phone); Kelan kuntoutuspäätös/lähete/lääkärinlausunto + terveydentilaa koskevat tiedot
    #  (diagnoosit, lääkitys, allergiat, erityisruokavaliot, testitulokset, kuntoutussuunnitelma,
    #  hoitomerkinnät) -> health; ammatti -> job_title, työnantaja -> organization.
    #  Huoltajat: name, phone, email. Lisäpalveluja maksavat: ostetut palvelut -> order_history;
    #  laskutustiedot ja maksutapa -> billing.
    #  Counted as nothing: kuntoutusjakson ajankohta, majoitushuone, ryhmä (visit times/no category),
    #  kuvaus työtehtävistä (job_title already), lokitiedot and kameravalvonta (security section),
    #  toimikortti (staff). Cookie section: Matomo stores IP addresses only truncated/unidentifiable
    #  and NOT joined to the register -> decided NOT counted (no ip_address, no online_identifier).
    "kaarnaranta-kuntoutus.html": {
        "name", "personal_identity_code", "address", "phone", "email", "health",
        "job_title", "organization", "order_history", "billing",
    },
    # kortelahden-isannointi.md: Finnish property-management firm acting for ~40 housing
    #  companies (controller/processor split), Markdown with numbered ## headings; data in
    #  "## 5. Käsiteltävät henkilötiedot" as a Markdown table, one row per data-subject group.
    #  Osakkaat: nimi -> name, henkilötunnus -> personal_identity_code, postiosoite -> address,
    #  puhelinnumero -> phone, sähköpostiosoite -> email, vastiketiedot ja maksuhistoria
    #  viitenumeroineen -> billing, tilinumero -> bank_account. Asukkaat: name, phone, email.
    #  Hallitusten jäsenet: nimi, "yhteystiedot" alone (-> email, phone, address, all already in),
    #  asema hallituksessa -> job_title. Yhteistyökumppaneiden yhteyshenkilöt: yritys ->
    #  organization, tehtävänimike -> job_title. Asukasportaali: käyttäjätunnus -> online_identifier,
    #  salasana -> credentials.
    #  Counted as nothing: omistamat osakkeet ja huoneisto, omistuksen alkamispäivä, huoneisto,
    #  muuttopäivä, autopaikka-/saunavuorosopimukset, ajoneuvon rekisterinumero, toimikausi,
    #  vikailmoitukset ja viestit (customer-service messages), avainrekisteri (keys/tags),
    #  kameravalvonta, the controller's own Y-tunnus. Cookie section: only a session cookie for
    #  login (online_identifier is in the set anyway from the username).
    "kortelahden-isannointi.md": {
        "name", "personal_identity_code", "address", "phone", "email", "billing",
        "bank_account", "job_title", "organization", "online_identifier", "credentials",
    },
    # polku-couriers.html: English privacy policy of a Helsinki cargo-bike courier startup, whole
    #  saved Next.js page (consent banner, navbar, footer with app badges); numbered h2 question
    #  headings; data in "2. What personal data do we process?" as an HTML <table> (whose data |
    #  <ul> of items) with four groups. Customers: name; company you represent -> organization;
    #  email, phone; pickup/delivery addresses -> address; order and delivery history ->
    #  order_history; invoices and payment status -> billing; newsletter subscription and marketing
    #  preferences -> marketing_consent. Recipients: name, address, phone. Couriers: Finnish
    #  personal identity code -> personal_identity_code; home address, phone, email; IBAN ->
    #  bank_account; location of courier app -> location; emergency contact name/phone. Website/app
    #  users: IP address -> ip_address; device identifier, browser type, cookie identifiers ->
    #  online_identifier. The cookie section repeats IP/browser/cookie id as data WE process with
    #  consent (consistent with the table) -> counted.
    #  Counted as nothing: proof of delivery (signature/photo), shift times and hours worked, app
    #  version, "we never see or store your full card number" -> no payment_card; no passwords are
    #  mentioned (two-factor auth is staff security) -> no credentials; controller's business ID.
    "polku-couriers.html": {
        "name", "organization", "email", "phone", "address", "order_history", "billing",
        "marketing_consent", "personal_identity_code", "bank_account", "location",
        "ip_address", "online_identifier",
    },
    # stamton-musik.txt: Swedish (Finland-Swedish) music shop with web shop, saved from the shop's
    #  page: tab-separated two-column table with HTML inside cells (offistore-like template),
    #  run-together "- item- item" bullets in a <ul>, shop boilerplate ("Din varukorg är tom",
    #  info...close) at the end. Data in the "Registrets datainnehåll" cell: Förnamn och efternamn
    #  -> name; Adress -> address; E-postadress -> email; Telefonnummer -> phone; Användarnamn och
    #  lösenord till webbutiken -> online_identifier + credentials; Uppgifter om beställningar och
    #  köp (+ instrument lämnade för service) -> order_history; Betalningssätt -> billing;
    #  Rabattkoder och deras användning -> coupons; Samtycke till nyhetsbrev och direktmarknadsföring
    #  -> marketing_consent; personbeteckning (for rentals/instalment purchases, in a <p> in the
    #  same cell) -> personal_identity_code.
    #  Counted as nothing: kreditupplysning (source section), transport company getting name/address/
    #  phone (disclosure; already in set), staff användarnamn och lösenord in security B (staff),
    #  "kortnumren syns inte för oss" -> no payment_card, cookies for cart/login (no data listed),
    #  the controller's FO-nummer.
    "stamton-musik.txt": {
        "name", "address", "email", "phone", "online_identifier", "credentials",
        "order_history", "billing", "coupons", "marketing_consent", "personal_identity_code",
    },
}
