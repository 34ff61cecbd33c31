"""Expected category sets for holdout38, written by reading each notice (blind set)."""
EXPECTED: dict[str, set[str]] = {
    # Finqu yarn web shop, Finnish, whole saved .html page (cookie banner, nav, mini-cart, newsletter
    # form, footer with payment icons) around a numbered notice with question headings. Data in a
    # <ul> under "5. Mitä tietoja keräämme?": etu- ja sukunimi -> name; toimitus-/laskutusosoite ->
    # address; sähköpostiosoite -> email; puhelinnumero -> phone; asiakastilin salasana -> credentials;
    # tilaushistoria -> order_history; maksutapa ja maksun onnistuminen -> billing; alennus- ja
    # kampanjakoodit -> coupons; uutiskirjeen tilaus / suoramarkkinointiluvat -> marketing_consent.
    # Counted as nothing: "Maksukorttien tietoja emme ... tallenna" (not kept); the cookie section's
    # selaimen tyyppi / IP-osoite are NOT counted because the notice says analytics data do not belong
    # to the customer register and are not combined with personal data; disclosures (Posti etc.),
    # "henkilökohtaisilla tunnuksillaan" in security, footer/newsletter-form boilerplate add nothing.
    "vyyhtivakka-lankakauppa.html": {
        "name", "address", "email", "phone", "credentials", "order_history", "billing",
        "coupons", "marketing_consent",
    },
    # Dental technician / denture clinic patient register, Finnish, .txt pasted from a web page:
    # site-menu words first, then the henkilötietolaki-style numbered template as a tab-separated
    # two-column table with <p>/<ul><li> HTML inside cells, some cells continued on a line starting
    # with a tab. Data in row "5. Rekisterin sisältämät tiedot": nimi -> name; henkilötunnus ->
    # personal_identity_code; "Yhteystiedot (osoite, puhelinnumero)" -> address, phone ONLY (group word
    # followed by its items, so no email); huoltajan nimi ja puhelinnumero -> name, phone; esitiedot,
    # lääkitys, allergiat, hoitomerkinnät, röntgenkuvat -> health; laskutus- ja maksutiedot, Kelan
    # suorakorvaus -> billing. Nothing: jäljennökset/mallit, suostumukset ja kiellot (data disclosure,
    # SMS appointment reminders - not marketing), ajanvaraustiedot; "käyttäjätunnuksella ja
    # salasanalla" (staff login, security row), kameravalvonta, "120 vuotta potilaan syntymästä"
    # (retention rule, not a birth-date item), controller's own e-mail/phone.
    "purentakulma-proteesiklinikka.txt": {
        "name", "personal_identity_code", "address", "phone", "health", "billing",
    },
    # Real-estate agency (LKV), Finnish, whole saved WordPress .html page (cookie notice, header
    # contact strip, nav, footer widgets with a "new listings" e-mail form). Polished GDPR text with
    # question headings; data in a two-column <table> per group of data subjects under "Mitä
    # henkilötietoja käsittelemme?". Sellers/landlords: nimi -> name, henkilötunnus ->
    # personal_identity_code, osoite -> address, puhelinnumero -> phone, sähköpostiosoite -> email,
    # pankkitilin numero -> bank_account, välityspalkkion laskutustiedot -> billing. Buyers: same
    # contact items + osto- ja vuokratarjoukset, toteutuneet kaupat -> order_history. Partners'
    # contact persons: yritys -> organization, tehtävänimike -> job_title. All: suoramarkkinointiluvat
    # ja -kiellot -> marketing_consent. Website users row (inside the data table, so COUNTED):
    # IP-osoite -> ip_address, selaintiedot + laitetunniste -> online_identifier. Nothing:
    # ID-document data, property/ownership data, toimeksiantosopimus, hakuprofiili (type/area/price
    # wishes), kameravalvonta, Maanmittauslaitos/Verohallinto disclosures.
    "rantakivi-lkv.html": {
        "name", "personal_identity_code", "address", "phone", "email", "bank_account", "billing",
        "order_history", "organization", "job_title", "marketing_consent", "ip_address",
        "online_identifier",
    },
    # Conference organiser, English, .md with question headings; data listed per group (### Attendees,
    # ### Speakers and moderators, ### Contact persons of sponsors and exhibitors) as bullet lists.
    # name -> name; email address -> email; phone number -> phone; organisation/company ->
    # organization; job title -> job_title; registration/ticket details, booked workshops ->
    # order_history; billing address -> address; payment reference, invoicing details -> billing;
    # food allergies -> health; newsletter subscription / marketing preferences -> marketing_consent;
    # social media handles -> social_media; date of birth -> birth_date; bank account number (IBAN) ->
    # bank_account. Nothing: card number (explicitly never stored), biography, slides, session
    # recording, photos (section 10), speaker's "own website" (a source, section 4), retention table,
    # "personal user accounts" (staff, security), cookie section NOT counted (browser type / shortened
    # IP are "not linked to the registration data").
    "kajo-conferences-privacy.md": {
        "name", "email", "phone", "organization", "job_title", "order_history", "address",
        "billing", "health", "marketing_consent", "social_media", "birth_date", "bank_account",
    },
    # Scout group (scoutkår) member register, Swedish, plain .txt from a Word document, numbered
    # template sections 1-11; data under "5. Vilka uppgifter registret innehåller" per group (members,
    # guardians, camp extra data) as run-together "•" bullets on one line. Förnamn och efternamn /
    # namn -> name; födelsedatum -> birth_date; kön -> gender; adress -> address; telefonnummer ->
    # phone; e-postadress -> email; betalda och obetalda medlemsavgifter och lägeravgifter -> billing;
    # allergier, specialdiet, mediciner, sjukdomar -> health. Nothing: modersmål (language),
    # avdelning/patrull, scoututbildningar och märken (education), "Vi samlar inte in personbeteckning"
    # (said NOT collected), photos/Instagram permission in disclosures (not marketing), "användarnamn
    # och lösenord" for Kuksa (leaders' login, security section).
    "strandlokarna-scoutkar.txt": {
        "name", "birth_date", "gender", "address", "phone", "email", "billing", "health",
    },
}
