"""Expected category sets for holdout21, written by reading each notice (blind set)."""
EXPECTED: dict[str, set[str]] = {
    # hieronta-lehtovaara.txt: sole-trader masseur, plain text pasted from Word, Suomen Yrittäjät /
    #  henkilötietolaki 2018 template with numbered sections; data heading "5. Rekisteriin
    #  tallennettavat tiedot", tab-indented bullets for private clients plus one sentence for the
    #  contact persons of corporate clients.
    #  nimi -> name; syntymävuosi -> birth_date; puhelinnumero -> phone; sähköpostiosoite -> email;
    #  esitietolomakkeen terveydentila/sairaudet/lääkitys/allergiat and hoitokäynnit/annetut hoidot/
    #  hoitokertomus -> health; varatut ajat, ostetut sarja- ja lahjakortit -> order_history;
    #  maksutapa ja maksetut laskut -> billing; lupa tarjousviestien lähettämiseen ->
    #  marketing_consent; corporate contacts: yritys -> organization, laskutusosoite -> address.
    #  Counted as nothing: lupa ajanvarausmuistutuksiin (reminders, not marketing); "Henkilötunnusta
    #  ei kysytä eikä tallenneta" (said NOT collected); the controller's own Y-tunnus (controller
    #  section, not register data); käyttäjätunnus ja salasana in the security section (the
    #  entrepreneur's own login, not data in the register); purpose/retention mentions.
    "hieronta-lehtovaara.txt": {
        "name", "birth_date", "phone", "email", "address", "organization",
        "health", "order_history", "billing", "marketing_consent",
    },
    # kivikoski-golf.html: golf club member register, whole saved WordPress page (cookie banner,
    #  header with tee-time button and shop cart, nav, sidebar, footer). Data heading
    #  "5. Käsiteltävät henkilötiedot": a two-column HTML table where every group word is followed
    #  by its items, plus one sentence on juniors' guardians.
    #  Perustiedot: etu- ja sukunimi -> name, syntymäaika -> birth_date, sukupuoli -> gender;
    #  Yhteystiedot: postiosoite -> address, puhelinnumero -> phone, sähköpostiosoite -> email (items
    #  given, so only these); Maksutiedot: jäsenmaksut/pelioikeusmaksut, laskutus ja maksutilanne ->
    #  billing; Sähköinen asiointi: käyttäjätunnus asiointipalveluun -> online_identifier;
    #  Viestintä: uutiskirjeen tilaus ja sähköinen markkinointilupa -> marketing_consent; huoltajan
    #  nimi ja puhelinnumero -> name, phone.
    #  Counted as nothing: jäsennumero, jäsenlaji, liittymis-/eroamispäivä, pelioikeus, osakkeen
    #  numero, tasoitus/tasoituskierrokset, green card -suoritusvuosi; the disclosure to Golfliitto
    #  (repeats already-declared items); kameravalvonta; the cookie section and banner name no data
    #  items (no IP address mentioned), so nothing online comes from them.
    "kivikoski-golf.html": {
        "name", "birth_date", "gender", "address", "phone", "email",
        "billing", "online_identifier", "marketing_consent",
    },
    # halla-rautakeskus.md: building-supplies store with web shop, polished Markdown with question
    #  headings; data heading "4. Mitä henkilötietoja käsittelemme?" split per subject group:
    #  a bullet list for consumers / loyalty customers and a Markdown table for trade customers'
    #  contact persons.
    #  Consumers: nimi -> name; osoite, toimitusosoite -> address; puhelinnumero -> phone;
    #  sähköpostiosoite -> email; asiakastilin käyttäjätunnus -> online_identifier, salasana ->
    #  credentials; tilaukset, ostot, tarjouspyynnöt ja tarjoukset -> order_history; maksutapa ja
    #  laskut -> billing; markkinointiluvat ja -kiellot, uutiskirjeen tilaus -> marketing_consent.
    #  Trade table: nimi -> name, tehtävänimike -> job_title, puhelinnumero/sähköpostiosoite ->
    #  phone/email; edustamansa yritys -> organization, Y-tunnus -> business_id, laskutusosoite and
    #  työmaatoimitusten toimitusosoitteet -> address; tilaukset/tarjoukset -> order_history;
    #  laskut ja maksuehto -> billing.
    #  Counted as nothing: kanta-asiakasnumero, ajoneuvon rekisterinumero, toimitus- ja noutotiedot,
    #  reklamaatiot ja asiakaspalveluviestit, ostajaoikeudet ja ostorajat; "Emme tallenna
    #  maksukorttien numeroita" (payment_card NOT declared); luottotiedot only in the sources
    #  section; disclosure list to carriers; kameravalvonta section; the controller's own Y-tunnus;
    #  cookie section names no data items.
    "halla-rautakeskus.md": {
        "name", "address", "phone", "email", "online_identifier", "credentials",
        "order_history", "billing", "marketing_consent", "job_title", "organization",
        "business_id",
    },
    # kaarna-works.txt: coworking space and event venue, English, polished GDPR text copied from a
    #  web page with question headings; data heading "What personal data do we collect?" split per
    #  group: members (• bullets), event organisers (run-together "- " bullets on one line) and
    #  event attendees (one sentence).
    #  Name -> name; company you represent / company or organisation / organisation -> organization;
    #  job title -> job_title; email address -> email; mobile phone number / phone number -> phone;
    #  billing address -> address; membership plan, bookings, services bought, quotes, bookings,
    #  catering order -> order_history; invoices, payment history, reference numbers, invoicing
    #  details -> billing; MAC address of your device -> online_identifier; IP address assigned to
    #  it -> ip_address; food allergies -> health; newsletter subscription and marketing
    #  preferences -> marketing_consent.
    #  Counted as nothing: door access log / entry times, Wi-Fi connection times, optional profile
    #  photo, dietary requirements alone (the allergies make health), event details (date, room);
    #  "We do not collect personal identity codes" and "never see or store your card number"
    #  (said NOT collected); CCTV section; staff passwords in the security section. The cookie
    #  section (shortened IP address, browser type) is presented as data the site processes, but
    #  ip_address and online_identifier are already declared by the Wi-Fi bullet, so the set is the
    #  same whichever way it is read.
    "kaarna-works.txt": {
        "name", "organization", "job_title", "email", "phone", "address",
        "order_history", "billing", "online_identifier", "ip_address", "health",
        "marketing_consent",
    },
    # djurkliniken-strandhagen.txt: veterinary clinic, Swedish, copied from a web page as a
    #  tab-separated two-column table with HTML inside the cells and run-together "- " bullets;
    #  cells continue on tab-led lines. Data row "Uppgifter som behandlas i registret", split into
    #  "Om djurägaren" (the owner) and "Om djuret" (the animal).
    #  Owner: namn -> name; personbeteckning (för fakturering och indrivning) ->
    #  personal_identity_code; adress -> address; telefonnummer -> phone; e-postadress -> email;
    #  tidsbokningar, utförda tjänster och köpta produkter -> order_history; fakturor och
    #  betalningar -> billing; prenumeration på nyhetsbrevet -> marketing_consent.
    #  Counted as nothing: samtycke till SMS-påminnelser om vaccinationer (reminders, not
    #  marketing); everything under "Om djuret" (data about animals: the animal's namn, kön,
    #  födelsedatum, mikrochipnummer, patientjournal with diagnoser/medicinering, försäkringsbolag
    #  och försäkringsnummer) - so no name/gender/birth_date/health from it; the inkasso disclosure
    #  (repeats owner items); staff användarnamn och lösenord in the security row; the clinic's own
    #  FO-nummer; cookie row names no data items.
    "djurkliniken-strandhagen.txt": {
        "name", "personal_identity_code", "address", "phone", "email",
        "order_history", "billing", "marketing_consent",
    },
}
