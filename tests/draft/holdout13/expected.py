"""Expected category sets for holdout13, written by reading each notice (blind set)."""
EXPECTED: dict[str, set[str]] = {
    # Markdown, floorball club member register. Question headings, data under "## 5. Mitä tietoja
    #  rekisteriin tallennetaan?" split per subject group (### members/players, guardians, juniors on
    #  camps, coaches). Members: etu- ja sukunimi -> name; syntymäaika -> birth_date; sukupuoli ->
    #  gender; kotiosoite, postinumero, postitoimipaikka -> address; puhelinnumero -> phone;
    #  sähköpostiosoite -> email; jäsen-, kausi- ja leirimaksut + maksutilanne -> billing; suostumus
    #  uutiskirjeen vastaanottamiseen -> marketing_consent. Juniors: terveystiedot (allergiat,
    #  lääkitys) -> health. Coaches: tilinumero kulukorvauksia varten -> bank_account.
    #  Counted as nothing: jäsenlaji, joukkue, pelinumero, paidan koko, lisenssi/vakuutus tieto,
    #  koulutukset, rikostaustaote (explicitly NOT stored), valokuvat/Instagram (disclosure section),
    #  evästeet (only necessary ones, no data named). Group words never appear alone.
    "salibandyseura-kajo-jasenrekisteri.md": {
        "name", "birth_date", "gender", "address", "phone", "email",
        "billing", "marketing_consent", "health", "bank_account",
    },
    # HTML (WordPress career page with cookie banner, nav, footer). Data under "5. Mitä
    #  henkilötietoja käsittelemme?": a two-column <table> Tietoryhmä | Tiedot for applicants plus a
    #  <ul> for referees. Perustiedot: etu- ja sukunimi -> name, syntymäaika -> birth_date;
    #  Yhteystiedot row lists items (puhelinnumero, sähköpostiosoite, postiosoite) -> phone, email,
    #  address; nykyinen työnantaja -> organization, tehtävänimike -> job_title; LinkedIn-profiili ->
    #  social_media; hakijaprofiilin käyttäjätunnus -> online_identifier, salasana (stored hashed) ->
    #  credentials; työterveyshuollon lausunto + huumausainetestitodistus (Terveystiedot row) ->
    #  health. Referees: nimi, puhelinnumero (already counted).
    #  Counted as nothing: hakemus/CV, koulutus, työkokemus, kielitaito, palkkatoive, ajokortti- ja
    #  muut pätevyydet, haastattelumuistiinpanot, soveltuvuusarviointi, valokuva; henkilötunnus and
    #  pankkitilin numero are said NOT to be asked. Cookie section: analytics cookies collect
    #  selaintiedot and a shortened IP address, but the notice says they are NOT stored in the
    #  register -> ip_address not counted (online_identifier is counted only from käyttäjätunnus).
    "vaskivayla-logistiikka-rekrytointi.html": {
        "name", "birth_date", "phone", "email", "address", "organization", "job_title",
        "social_media", "online_identifier", "credentials", "health",
    },
    # Plain text, taxi company customer register written as prose paragraphs (no lists, no table).
    #  Data in "Mitä tietoja asiakkaistamme kirjataan" (three paragraphs) plus a card sentence.
    #  Ride customers: nimi -> name; puhelinnumero -> phone; noutopaikan ja määränpään osoite ->
    #  address; sähköpostiosoite (receipt) -> email; auton sijaintitiedot ajon aikana -> location;
    #  matkan hinta ja maksutapa -> billing; tiedot tilatuista ja ajetuista matkoista ->
    #  order_history; terveydentilaan liittyvät tiedot (pyörätuoli, paarit) -> health.
    #  Business customers: yrityksen nimi -> organization; Y-tunnus -> business_id; laskutusosoite
    #  -> address; yhteyshenkilön nimi, asema -> job_title, puhelinnumero, sähköpostiosoite;
    #  laskut ja maksutiedot -> billing; markkinointilupa tai kielto -> marketing_consent.
    #  Counted as nothing: tilausaika, ajoon käytetty auto, maksukorttien numerot (explicitly NOT
    #  stored), kameravalvonta (separate register, not joined), Kela ride data (other controller),
    #  käyttäjätunnukset/salasanat in the security section (staff access, not customer data).
    "taksi-pelkonen-karvo-asiakasrekisteri.txt": {
        "name", "phone", "address", "email", "location", "billing", "order_history",
        "health", "organization", "business_id", "job_title", "marketing_consent",
    },
    # HTML, English, mobile-game studio player privacy notice (polished GDPR style, question
    #  headings, consent bar, nav, footer). Data in a four-column table under "What data do we
    #  collect?" (only the "What it includes" column carries items). Player ID, device identifier,
    #  advertising identifier -> online_identifier; IP address -> ip_address; year of birth ->
    #  birth_date; in-app purchases (item, price, date) -> order_history; Facebook user ID + public
    #  profile name -> social_media, name; support: name, email address -> name, email; newsletter
    #  subscription / push offers permission -> marketing_consent.
    #  Counted as nothing: device model, OS version, language setting, levels, scores, session length,
    #  chat messages, crash reports, profile picture, screenshots/message content; payment card
    #  details, precise location, contacts, photos and passwords are explicitly NOT collected.
    #  Cookie section (website) names no further data; IP address is already counted from the table.
    "lumikko-interactive-player-privacy.html": {
        "online_identifier", "ip_address", "birth_date", "order_history",
        "social_media", "name", "email", "marketing_consent",
    },
    # Plain text, Swedish dental clinic patient register, saved from a web page: tab-separated
    #  two-column table with HTML (<p>, <ul><li>, <br>) inside cells, one continuation row with an
    #  empty first column, shop-style link boilerplate at the end. Data in the row "Uppgifter som
    #  registreras om patienten": namn -> name; personbeteckning -> personal_identity_code;
    #  födelsedatum (patients without a Finnish code) -> birth_date; adress -> address;
    #  telefonnummer -> phone; e-postadress -> email; hälsouppgifter (sjukdomar, mediciner,
    #  allergier), undersökningar/behandlingar, diagnoser, röntgenbilder -> health; FPA-ersättning,
    #  fakturering och betalningar -> billing. Guardian: namn och telefonnummer (already counted).
    #  Counted as nothing: modersmål/kontaktspråk, besökstider, sms reminder permission (reminders,
    #  not marketing; the notice says data are never used for marketing), betalkortsnummer (NOT
    #  stored), kameraövervakning (not part of the register), necessary cookies only.
    "tandlakare-kvarnbacken-patientregister.txt": {
        "name", "personal_identity_code", "birth_date", "address", "phone", "email",
        "health", "billing",
    },
}
