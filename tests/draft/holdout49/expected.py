"""Expected category sets for holdout49, written by reading each notice (blind set)."""
EXPECTED: dict[str, set[str]] = {
    # Taxi company doing school transport (Finnish, .txt). Web-page copy of a two-column
    # tab-separated Suomen Yrittäjät-style table with HTML in the cells, some cells spread over
    # several lines (continuation lines start with a tab); site nav and footer around it. The
    # data are in the "Rekisterin tietosisältö" cell, listed by group: pupil
    # (run-together "- " bullets in a <ul>), guardian, and the contact persons of the customer
    # (municipality, schools).
    # Pupil: etu- ja sukunimi -> name; syntymäaika -> birth_date; kotiosoite / noutopaikan
    # osoite -> address; kuljetuksessa huomioitavat terveystiedot (allergiat, epilepsia,
    # diabetes) -> health. Guardian: nimi -> name; puhelinnumero -> phone; sähköpostiosoite ->
    # email. Customer contact persons: edustamansa organisaatio -> organization, plus
    # phone/email.
    # Counted as nothing: koulu ja luokka-aste (education/school, not an organisation the
    # person represents), kuljetusoikeuden voimassaolo ja kuljetuspäivät, apuvälineet (on the
    # health line, adds nothing), lisätiedot kuljettajalle (free text). Outside the data
    # section: "laskutuksen liitteenä" (disclosures), "käyttäjätunnus ja salasana" of staff and
    # "kameravalvonta" (security), the only-necessary cookies line, and the controller's own
    # Y-tunnus/phone/e-mail.
    "taksi-vuorela-koulukuljetus.txt": {
        "name", "birth_date", "address", "health", "phone", "email", "organization",
    },
    # Upholstery workshop with a web shop (Finnish, .html). A whole saved MyCashflow-style shop
    # page: cookie banner, top bar, header with cart/login, nav, newsletter form, footer with
    # payment logos and a hidden cart drawer. The notice uses numbered h2 question headings;
    # the data are in a <ul> under "5. Mitä tietoja asiakkaista tallennetaan?".
    # etu- ja sukunimi -> name; toimitus- ja laskutusosoite -> address; puhelinnumero ->
    # phone; sähköpostiosoite -> email; yrityksen nimi -> organization; Y-tunnus ->
    # business_id; verkkokaupan käyttäjätunnus -> online_identifier; salasana -> credentials;
    # tiedot verhoilutöistä, tarjouksista ja tilauksista -> order_history; maksutapa ja laskut
    # -> billing; käytetyt alennuskoodit -> coupons; uutiskirjeen tilaus ja markkinointiluvat
    # -> marketing_consent; tekniset tiedot: IP-osoite -> ip_address, selaintiedot ->
    # online_identifier.
    # Cookie decision: the IP address and browser data count because the data-content list
    # itself names them as data processed. The cookie section (#11) and the banner add
    # nothing further.
    # Counted as nothing: photographs of the furniture, "emme tallenna maksukorttien numeroita"
    # (no payment_card), the carrier/Paytrail/Maventa disclosures, the newsletter form and the
    # footer contact details.
    "verhoomo-sametti.html": {
        "name", "address", "phone", "email", "organization", "business_id",
        "online_identifier", "credentials", "order_history", "billing", "coupons",
        "marketing_consent", "ip_address",
    },
    # Village association's events and volunteer work (talkoot) (Finnish, .md). Written by a
    # non-lawyer with Markdown ## headings. The data are under "## 5. Mitä tietoja meillä on
    # sinusta", with bold sub-headings per group: talkoolaiset, tapahtumiin ilmoittautuneet,
    # sponsorit/yhteistyökumppanit, uutiskirje.
    # nimi / huoltajan nimi -> name; puhelinnumero -> phone; sähköpostiosoite -> email;
    # syntymävuosi -> birth_date; ruoka-allergiat ja erityisruokavaliot -> health; tilinumero
    # (kulukorvaukset) -> bank_account; ostetut liput ja ilmoittautumiset maksullisiin
    # tapahtumiin -> order_history; osallistumismaksujen maksutiedot (maksupäivä,
    # viitenumero) -> billing; yhteyshenkilön yritys -> organization; uutiskirjeen tilaus ->
    # marketing_consent.
    # Counted as nothing: kirjatut talkootunnit ja -vuorot (log times), t-paidan koko,
    # "kotiosoitteita emme kerää" (said not collected, so no address), the photographs
    # section, the Google Forms/Facebook sources, the controller's c/o address and Y-tunnus.
    "lammenranta-talkoot.md": {
        "name", "phone", "email", "birth_date", "health", "bank_account",
        "order_history", "billing", "organization", "marketing_consent",
    },
    # Summer-job recruitment platform (English, .html). A whole saved Next.js-style page:
    # consent banner, header/nav, polished GDPR text with question headings, big footer. The
    # data are under "What personal data do we process?" in two-column tables per group (job
    # seekers, employer contact persons) plus an "All users" paragraph on technical data.
    # Job seekers: first and last name -> name; date of birth -> birth_date; "Contact details"
    # row with items: email address -> email, mobile phone number -> phone, home municipality
    # -> address; username -> online_identifier; password -> credentials; newsletter
    # subscription and marketing consents -> marketing_consent. Employer contact persons: job
    # title -> job_title; company you represent -> organization; work email/phone; username
    # and password; purchased job advertisement packages -> order_history; invoices and
    # payment history -> billing. All users: IP address -> ip_address; device identifier and
    # browser type -> online_identifier.
    # Counted as nothing: education, work experience, language skills, driving licence,
    # profile photo, free-text introduction, jobs saved/applied for and messages (job
    # applications are not purchases), "we do not ask for your personal identity code", the
    # sensitive-data warning (not collected), the Google/Apple sign-up source, and the
    # controller's Business ID. The cookie section only names tools (Matomo, Meta Pixel) and
    # adds nothing beyond the technical data already listed.
    "kesapaikka-privacy.html": {
        "name", "birth_date", "email", "phone", "address", "online_identifier",
        "credentials", "organization", "job_title", "order_history", "billing",
        "marketing_consent", "ip_address",
    },
    # Optician (Swedish, .txt). Word paste of a numbered henkilötietolaki-template
    # dataskyddsbeskrivning with "•" bullets. The data are under "5. Registrets datainnehåll".
    # namn -> name; personbeteckning -> personal_identity_code; "kontaktuppgifter" with no
    # items (group word alone) -> email, phone, address; synundersökningens resultat, recept,
    # ögonsjukdomar, sjukdomar, mediciner (hälsouppgifter) -> health; köpta produkter och
    # tjänster -> order_history; betalningsuppgifter och avbetalningsavtal -> billing;
    # förbud mot direktmarknadsföring -> marketing_consent.
    # Counted as nothing: garantier, samtycke till påminnelse om ny synundersökning (a
    # reminders consent, not marketing), övriga uppgifter som kunden själv lämnat (catch-all),
    # address updates from the population register (sources), "användarnamn och lösenord"
    # of staff and kameraövervakning (security), and the controller's FO-nummer/contact
    # details. birth_date is not counted: only the personbeteckning is listed.
    "optik-strandberg-dataskydd.txt": {
        "name", "personal_identity_code", "email", "phone", "address", "health",
        "order_history", "billing", "marketing_consent",
    },
}
