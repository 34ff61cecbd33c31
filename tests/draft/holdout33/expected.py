"""Expected category sets for holdout33, written by reading each notice (blind set)."""
EXPECTED: dict[str, set[str]] = {
    # kantatien-katsastus.txt: vehicle inspection station (katsastusasema), Finnish, .txt copied from a
    #  web page: site nav/footer around a tab-separated two-column table with <p>/<ul> HTML in cells,
    #  some cells continuing on following lines. Data under "Rekisteriin talletettavat tiedot" as a
    #  run-together "- item- item" <ul>: etu- ja sukunimi -> name; puhelinnumero -> phone;
    #  sähköpostiosoite -> email; ajanvaraustiedot + tiedot tehdyistä katsastuksista/ostetuista
    #  palveluista -> order_history; laskutus- ja maksutiedot -> billing; yrityksen nimi ->
    #  organization; Y-tunnus -> business_id; laskutusosoite -> address; markkinointiluvat ja
    #  -kiellot -> marketing_consent. Nothing: rekisteritunnus/merkki/malli, katsastuksen tulos,
    #  mittarilukema, viat; "maksukortin numeroa ei tallenneta" (no payment_card); muistutusviestit
    #  (purpose, reminders not marketing); Traficom source/disclosure; kameravalvonta and staff
    #  käyttäjätunnus ja salasana (security section); the cookie cell's IP-osoite/selaimen tiedot are
    #  NOT counted: the notice says they are not combined with the register.
    "kantatien-katsastus.txt": {
        "name", "phone", "email", "order_history", "billing", "organization",
        "business_id", "address", "marketing_consent",
    },
    # koskenrannan-apteekki.html: online pharmacy (verkkoapteekki), Finnish, whole saved page with
    #  cookie banner, header, nav, breadcrumbs, footer (newsletter form, payment logos). Polished
    #  GDPR text with question headings; data under "Mitä henkilötietoja keräämme?" as an HTML table
    #  Tietoryhmä | Tiedot (group words followed by their items, so only the items count):
    #  etu- ja sukunimi -> name; henkilötunnus -> personal_identity_code; toimitusosoite -> address;
    #  puhelinnumero -> phone; sähköpostiosoite -> email; salasana -> credentials (login is by e-mail,
    #  no separate username); tilatut tuotteet, tilaushistoria -> order_history; kampanja- ja
    #  alennuskoodit -> coupons; maksutapa ja maksun tila -> billing; reseptitiedot, lääkitys,
    #  Kela-korvausoikeus -> health; uutiskirjeen tilaus, markkinointiluvat -> marketing_consent;
    #  Tekniset tiedot row: IP-osoite -> ip_address; selaintiedot, evästetunnisteet ->
    #  online_identifier (counted: listed in the data table itself as data processed). Nothing:
    #  "Maksukorttien numeroita emme tallenna" (no payment_card); toimitustapa/noutopiste; disclosures
    #  to Posti/Matkahuolto/Paytrail/Kela; footer boilerplate (newsletter e-mail field, card logos).
    "koskenrannan-apteekki.html": {
        "name", "personal_identity_code", "address", "phone", "email", "credentials",
        "order_history", "coupons", "billing", "health", "marketing_consent",
        "ip_address", "online_identifier",
    },
    # kipa-junioritoiminta.txt: sports club junior section (urheiluseuran junioritoiminta), Finnish,
    #  .txt pasted from Word (tab header lines, numbered template sections, "•<TAB>" bullets). Data
    #  per group of data subjects under "5. Rekisteröityjen ryhmät ja rekisteriin tallennettavat
    #  tiedot": players: nimi -> name; syntymäaika -> birth_date; sukupuoli -> gender; terveystiedot
    #  (allergiat, astma, diabetes, lääkitys) -> health; kausimaksut ja maksutilanne -> billing;
    #  guardians: puhelinnumero, sähköpostiosoite -> phone, email; laskutusosoite -> address;
    #  coaches/volunteers: "yhteystiedot (puhelinnumero, sähköposti)" -> only phone, email;
    #  tilinumero -> bank_account. Nothing: joukkue, ikäluokka (birth_date is already declared
    #  anyway), pelipassin numero, kuvauslupa (photo consent, not marketing), valmentajakoulutukset
    #  (education), "ei kerää henkilötunnuksia" (said not collected), rikostaustaote (security
    #  section, said not stored), Palloliitto/turnaus disclosures.
    "kipa-junioritoiminta.txt": {
        "name", "birth_date", "gender", "health", "billing", "phone", "email",
        "address", "bank_account",
    },
    # northbyte-academy.md: Finnish coding bootcamp, English, Markdown, polished GDPR style with
    #  question headings; data under "What personal data do we process?" with ### sub-lists per
    #  group (applicants/students, hiring partner contacts, newsletter subscribers, website
    #  visitors): name -> name; email address, phone number -> email, phone; home municipality ->
    #  address; LinkedIn profile -> social_media; Finnish personal identity code ->
    #  personal_identity_code; invoicing details and payment history -> billing; learning platform
    #  username -> online_identifier, password -> credentials; partner contacts: company ->
    #  organization, job title -> job_title; newsletter subscription/marketing preferences ->
    #  marketing_consent; website visitors: IP address -> ip_address, cookie identifiers/browser
    #  information -> online_identifier (counted: website visitors are a listed data-subject group
    #  in the data section). Nothing: education/work history, application answers, assignment
    #  results, employment/TE Office status, attendance/progress/feedback, notes, "we do not ask
    #  for ... health data" (said not collected), CV/portfolio/"contact details" in the sharing
    #  section, the cookie table and retention table.
    "northbyte-academy.md": {
        "name", "email", "phone", "address", "social_media", "personal_identity_code",
        "billing", "online_identifier", "credentials", "organization", "job_title",
        "marketing_consent", "ip_address",
    },
    # lindqvist-begravningsbyra.txt: funeral home (begravningsbyrå), Swedish, plain .txt from the
    #  old template translated to Swedish (numbered sections); data under "5. Uppgifter som
    #  registreras" per group, run-together "- a - b - c" bullets on one line: the deceased: namn ->
    #  name; personbeteckning -> personal_identity_code (the notice states the deceased's data are
    #  held in the register, so counted); senaste hemadress -> address; uppgift om trossamfund ->
    #  special_category (religion); orderer/contacts: namn, adress, telefonnummer, e-postadress ->
    #  name, address, phone, email; the commission: beställda tjänster och produkter, offerter ->
    #  order_history; faktureringsuppgifter och betalningar -> billing. Nothing: dödsdatum/dödsort,
    #  önskemål om ceremoni, släktskap, "inte för direktmarknadsföring", staff användarnamn och
    #  lösenord (security section), disclosures, cookies ("vi samlar inte in personuppgifter").
    "lindqvist-begravningsbyra.txt": {
        "name", "personal_identity_code", "address", "special_category", "phone",
        "email", "order_history", "billing",
    },
}
