"""Expected category sets for holdout46, written by reading each notice (blind set)."""
EXPECTED: dict[str, set[str]] = {
    # Fishing club, Finnish, whole saved WordPress/WooCommerce page (.html: cookie banner, nav,
    # footer with permit-shop links and payment logos). Data under <h2>5. Rekisteriin tallennettavat
    # tiedot</h2>, listed per group in <ul>s (Jäsenet / Kalastuslupien ostajat) plus a <p> for
    # newsletter subscribers. etu- ja sukunimi, nimi -> name; syntymävuosi -> birth_date;
    # kotiosoite -> address; puhelinnumero -> phone; sähköpostiosoite -> email; jäsenmaksutiedot
    # (viitenumero), maksutapa ja maksun tila -> billing; ostetut kalastusluvat -> order_history;
    # uutiskirjeen tilaus (suostumus) -> marketing_consent.
    # Nothing: jäsenlaji, liittymisvuosi, kilpailutulokset, valokuvat, venepaikan numero, veneen
    # rekisteritunnus; "nimi- ja osoitetietoja luovutetaan" (disclosure section only); controller's
    # own contact details; cookie section says only necessary cookies, collects nothing.
    "hirvasjarven-kalastusseura.html": {
        "name", "birth_date", "address", "phone", "email", "billing", "order_history",
        "marketing_consent",
    },
    # Dental clinic chain patient register, Finnish, .txt: Suomen Yrittäjät-style two-column
    # tab-separated table pasted from a web page (menu lines above, clinic list below), HTML in
    # cells, later heading cells wrapped in <p>. Data in the row "Rekisterin sisältämät tiedot" as
    # one run-together <ul> with "- " items. Potilaan etu- ja sukunimi -> name; Henkilötunnus ->
    # personal_identity_code; Postiosoite -> address; Puhelinnumero -> phone; Sähköpostiosoite ->
    # email; huoltajan nimi ja yhteystiedot -> name + bare group word "yhteystiedot" = email, phone,
    # address (already present); työnantaja -> organization; terveydentila, lääkitys, allergiat,
    # diagnoositiedot, hoitotiedot -> health; varatut ja käytetyt palvelut, ostetut tuotteet ->
    # order_history; Laskutus- ja maksutiedot, Kela-korvaukset, maksusitoumukset -> billing.
    # Nothing: röntgenkuvat (images; health already counted), äidinkieli/asiointikieli,
    # potilasnumero, kameravalvonta and lokimerkinnät (security rows), tekstiviestimuistutus
    # consent (reminders, not marketing), "Potilastietoja ei käytetä markkinointiin", contact
    # persons' phone/e-mail in the controller rows.
    "purenta-hammasklinikat.txt": {
        "name", "personal_identity_code", "address", "phone", "email", "organization", "health",
        "order_history", "billing",
    },
    # Youth association with theatre courses, Finnish, Markdown, polished GDPR style with question
    # headings and a purpose/legal-basis table. Data under "## Mitä henkilötietoja käsittelemme?",
    # per group (jäsenet, kurssilaiset ja huoltajat, lipunostajat, seurantalon vuokraajat,
    # uutiskirjeen tilaajat) as bold labels + bullets. nimi -> name; syntymävuosi, ikä ->
    # birth_date; kotikunta, laskutusosoite -> address; sähköpostiosoite -> email;
    # puhelinnumero -> phone; jäsenmaksutiedot, kurssimaksun laskutustiedot, vuokralaskut ->
    # billing; ruoka-aineallergiat, terveystiedot -> health; ilmoittautuminen kurssille/leirille,
    # ostetut liput, varaukset (vuokratut tilat) -> order_history; edustamansa yhdistys tai yritys
    # -> organization; uutiskirjeen tilaus -> marketing_consent.
    # Nothing: consent to publish course photos (photographs, not marketing), disclosure of names
    # and kotikunta to the central organisation (disclosure section), cookie section (only
    # necessary cookies, explicitly nothing collected into a register).
    "lehtolan-nuorisoseura.md": {
        "name", "birth_date", "address", "email", "phone", "billing", "health", "order_history",
        "organization", "marketing_consent",
    },
    # Home-cleaning marketplace app, English, whole saved Next.js page (.html: consent banner,
    # nav, language switch, footer with app-store links). Polished question headings; data under
    # <h2>What personal data do we collect?</h2> in two <ul>s (customers / cleaners).
    # name -> name; email address -> email; phone number -> phone; address of the home incl.
    # postal code, home address -> address; password (salted hash) -> credentials; bookings
    # (cleanings booked and paid for), completed jobs -> order_history; payment method, payment
    # transactions, earnings and payout history -> billing; device identifier / OS / app version
    # -> online_identifier; newsletter subscription, consent to promotional push ->
    # marketing_consent; date of birth -> birth_date; Finnish personal identity code ->
    # personal_identity_code; Business ID (Y-tunnus) of sole traders -> business_id; bank
    # account number (IBAN) -> bank_account.
    # Nothing: "we do not store your card number" (no payment_card), ratings and messages,
    # profile photo, languages, types of cleaning offered; e-mail used as sign-in is just email
    # (no separate username). Cookie section: Google Analytics "may collect your IP address and
    # browser information" but the notice says it is not stored in its registers -> decided NOT
    # counted (no ip_address from it; online_identifier comes from the device identifier only).
    "puhtila-app.html": {
        "name", "email", "phone", "address", "credentials", "order_history", "billing",
        "online_identifier", "marketing_consent", "birth_date", "personal_identity_code",
        "business_id", "bank_account",
    },
    # Property-maintenance company, Swedish, .txt as pasted from Word: numbered template
    # sections (Finnish template translated), data under "5. Uppgifter som behandlas i registret"
    # per group (boende och hyresgäster / kontaktpersoner hos kunder) as "- " bullets.
    # namn -> name; bostadens adress -> address; telefonnummer -> phone; e-postadress -> email;
    # beställda tilläggstjänster -> order_history; faktureringsuppgifter -> billing; befattning
    # -> job_title; organisation som personen representerar -> organization; samtycke till
    # nyhetsbrev -> marketing_consent.
    # Nothing: lägenhetsnummer, felanmälningar and work notes (service messages / free text),
    # nyckelkvitteringar, vehicle registreringsnummer (another company's register, section 7),
    # kameraövervakning (security section), names/addresses given to subcontractors (disclosure
    # section), FO-nummer of the controller, cookie section (necessary cookies only).
    "strombacks-fastighetsservice.txt": {
        "name", "address", "phone", "email", "order_history", "billing", "job_title",
        "organization", "marketing_consent",
    },
}
