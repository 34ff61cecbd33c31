"""Expected category sets for holdout23, written by reading each notice (blind set)."""
EXPECTED: dict[str, set[str]] = {
    # Gym chain, Finnish, .html: whole saved WordPress page (cookie banner, nav, cart, footer with
    #  payment logos). Polished GDPR text with question headings; data under "5. Mitä henkilötietoja
    #  käsittelemme?" as a two-column <table> (Tietoryhmä | Tiedot) plus a sentence on trial-visit
    #  bookers. Perustiedot: etu- ja sukunimi -> name, syntymäaika -> birth_date, sukupuoli -> gender
    #  (jäsennumero -> nothing). Yhteystiedot followed by items: katuosoite, postinumero ja
    #  -toimipaikka -> address, matkapuhelinnumero -> phone, sähköpostiosoite -> email. Jäsenyys ja
    #  ostot: sarjakortit, PT-paketit, verkkokaupan tilaukset, varaukset -> order_history.
    #  Maksaminen: jäsenmaksut, maksuhistoria, laskut -> billing; tilinumero (IBAN) -> bank_account.
    #  Jäsensovellus: salasana -> credentials (login by e-mail, no username -> no online_identifier).
    #  Valmennus: terveydentila, vammat, sairaudet, lääkitys -> health. Markkinointiluvat ja -kiellot,
    #  uutiskirje -> marketing_consent. Counted as nothing: visit dates/times and gym used (log
    #  times), treeniohjelmat, jäsenkortin valokuva, customer-service messages, "Henkilötunnusta emme
    #  kysy" (said NOT collected), CCTV in the security section, staff käyttäjätunnukset/salasanat in
    #  the security section. Cookie section (selaintyyppi, likimääräinen sijainti) NOT counted: the
    #  notice says it is anonymised analytics not combined with the member register.
    "voimaverstas-tietosuoja.html": {
        "name", "birth_date", "gender", "address", "phone", "email", "order_history",
        "billing", "bank_account", "credentials", "health", "marketing_consent",
    },
    # Travel agency, Finnish, .txt: Word paste of the Suomen Yrittäjät / henkilötietolaki 2018
    #  template (numbered headings, "•<TAB>" bullets), no cookie section. Data under "5. Rekisteriin
    #  tallennettavat tiedot", per group. Travellers/bookers: nimi -> name, syntymäaika ->
    #  birth_date, "yhteystiedot" ALONE -> email, phone, address; varatut/ostetut matkat and
    #  matkatarjoukset -> order_history; maksu- ja laskutustiedot -> billing; ruoka-aineallergiat,
    #  liikkumisen apuvälineet -> health; lähiomaisen nimi ja puhelinnumero -> name, phone;
    #  uutiskirjeen tilaus, suoramarkkinointikiellot -> marketing_consent. Group contact persons:
    #  nimi, edustamansa yritys tai yhdistys -> organization, tehtävänimike -> job_title, e-mail,
    #  phone. Counted as nothing: kansalaisuus, passin/henkilökortin numero, free-text wishes,
    #  "Maksukorttitietoja emme tallenna" (not stored -> no payment_card). Mentions in other sections
    #  (passitiedot disclosed to airlines, Postin osoitteenmuutosrekisteri, staff käyttäjätunnukset
    #  ja salasanat) add nothing.
    "kaukokaipuu-matkat.txt": {
        "name", "birth_date", "email", "phone", "address", "order_history", "billing",
        "health", "marketing_consent", "organization", "job_title",
    },
    # Insurance agent office (Ky), Finnish, .txt: page saved from a site builder as a tab-separated
    #  two-column table with <p>/<ul> HTML in cells; data row "Rekisteriin talletettavat
    #  henkilötiedot" with run-together "- item- item" bullets inside <ul>, per group, plus a
    #  continuation row (empty first cell). Private customers: nimi -> name, henkilötunnus ->
    #  personal_identity_code, "yhteystiedot: puhelinnumero, sähköpostiosoite ja postiosoite" ->
    #  phone, email, address; ammatti -> job_title, työnantaja -> organization; vakuutustarjoukset
    #  and voimassa olevat vakuutukset -> order_history; terveysselvityksen terveydentilatiedot ->
    #  health; tilinumero -> bank_account; markkinointiluvat ja -kiellot -> marketing_consent.
    #  Business customers: yrityksen nimi -> organization, Y-tunnus -> business_id, yhteyshenkilön
    #  nimi, asema -> job_title, phone, email. Counted as nothing: vehicle registration number,
    #  building data, and the continuation row saying the office does NOT process laskutus- tai
    #  maksutiedot (no billing). Cookie row: only necessary cookies, nothing collected/declared.
    #  Staff käyttäjätunnus ja salasana in the security row -> nothing.
    "kuusela-vakuutuspalvelu.txt": {
        "name", "personal_identity_code", "phone", "email", "address", "job_title",
        "organization", "order_history", "health", "bank_account", "marketing_consent",
        "business_id",
    },
    # Helsinki music festival with ticket shop, English, .html: whole saved page (consent banner,
    #  nav, mini-cart "Your cart is empty", newsletter form and legal links in footer). Polished
    #  GDPR notice with question headings; data under "What personal data do we process?" in <ul>
    #  lists per group. Ticket buyers: name; email address -> email; mobile phone number -> phone;
    #  postal code -> address; year of birth -> birth_date; ticket orders/purchase history ->
    #  order_history; payment method, transaction reference, refunds -> billing (card number "never
    #  see or store" -> no payment_card); discount and presale codes -> coupons; accessibility needs
    #  (revealing health) -> health; newsletter subscription, marketing consents ->
    #  marketing_consent. Volunteers: name, date of birth, email, phone, food allergies -> health;
    #  T-shirt size, tasks, shifts, experience -> nothing. Website/app visitors (listed IN the data
    #  section, so counted; the cookie section points back to it): IP address -> ip_address; device
    #  and browser information, cookie identifiers -> online_identifier. Counted as nothing: gate
    #  scan times (sources), CCTV recordings and photography (own section).
    "hietsu-waves-privacy.html": {
        "name", "email", "phone", "address", "birth_date", "order_history", "billing",
        "coupons", "health", "marketing_consent", "ip_address", "online_identifier",
    },
    # Newspaper publisher's subscriber register, Swedish, .txt: plain text copied from a web page,
    #  numbered Swedish headings; the data in ONE sentence under "5. Uppgifter som behandlas i
    #  registret". namn -> name; utdelningsadress, tillfällig adress -> address; telefonnummer ->
    #  phone; e-postadress -> email; födelsedatum -> birth_date; uppgifter om prenumerationerna
    #  (produkt, period, pris, kampanjerbjudanden) -> order_history; fakturerings- och
    #  betalningsuppgifter, betalningshistorik -> billing; kontonummer (direktbetalning) ->
    #  bank_account; användarnamn till e-tidningen -> online_identifier; samtycken till och förbud
    #  mot direktmarknadsföring -> marketing_consent. Counted as nothing: kundnummer, uppehåll i
    #  utdelningen och reklamationer (customer-service), staff användarnamn och lösenord in the
    #  security section (no reader password declared -> no credentials). Cookie section (webbläsare,
    #  IP-adress) NOT counted: it says these "ingår inte i prenumerantregistret".
    "havsbandet-prenumerantregister.txt": {
        "name", "address", "phone", "email", "birth_date", "order_history", "billing",
        "bank_account", "online_identifier", "marketing_consent",
    },
}
