"""Expected category sets for holdout17, written by reading each notice (blind set)."""
EXPECTED: dict[str, set[str]] = {
    # Dentist patient register, Finnish, whole saved WordPress page (.html): cookie banner, <nav>,
    # numbered <h2> sections, footer with the clinic's own address/phone/e-mail (not register data).
    # Data in section 5 "Mitä tietoja potilasrekisteriin tallennetaan?" as a <ul>:
    # nimi -> name; henkilötunnus -> personal_identity_code; osoite -> address; puhelinnumero -> phone;
    # sähköpostiosoite -> email; huoltajan nimi ja puhelinnumero -> name, phone; yleinen terveydentila,
    # sairaudet, lääkitys, allergiat, hoitomerkinnät, röntgenkuvat, hoitosuunnitelmat -> health;
    # laskut, maksutiedot, Kela-korvaukset -> billing. Counted as nothing: asiointikieli (language),
    # käyntien/ajanvarausten ajankohdat (visit times), lupa tekstiviestimuistutuksiin (reminders
    # consent, not marketing; the notice also says the register is not used for marketing).
    # The online-booking paragraph in section 6 repeats name/hetu/phone/email (already counted).
    # Cookie section: analytics cookies store a truncated IP address and browser data but "ei
    # yhdistetä potilasrekisteriin" -> NOT counted (no ip_address, no online_identifier). Staff
    # käyttäjätunnus/salasana in the security section -> not counted.
    "hammasklinikka-kaarnahymy.html": {
        "name", "personal_identity_code", "address", "phone", "email", "health", "billing",
    },
    # Private landlord (sole trader, toiminimi with Y-tunnus), Finnish, Word-pasted .txt on the
    # henkilötietolaki/Suomen Yrittäjät template, numbered sections; data in "5. Rekisterin
    # sisältämät henkilötiedot" as a tab-separated two-column table (group | items joined by <br>).
    # Vuokralaiset: nimi -> name; henkilötunnus -> personal_identity_code; nykyinen osoite /
    # vuokrattavan asunnon osoite -> address; puhelinnumero -> phone; sähköpostiosoite -> email;
    # työnantaja -> organization; ammatti -> job_title; vuokranmaksut, viitenumero, maksuhistoria,
    # vuokravakuus -> billing; tilinumero -> bank_account. Asunnonhakijat: "nimi ja yhteystiedot"
    # (group word alone -> email, phone, address; all already present). Counted as nothing:
    # vuokrasopimuksen tiedot (contract data), avainkuittaukset, vikailmoitukset/muut tiedot
    # (catch-all), muuttoajankohta, henkilömäärä, lemmikkieläimet (animals), ajoneuvon
    # rekisteritunnus. Credit check result is said NOT to be stored -> nothing. The controller's own
    # Y-tunnus is the landlord's, not data held about tenants -> no business_id.
    "heinosen-vuokrakodit.txt": {
        "name", "personal_identity_code", "address", "phone", "email",
        "organization", "job_title", "billing", "bank_account",
    },
    # Photo studio customer + marketing register, Finnish, Markdown (.md) with question headings,
    # data under "## Mitä henkilötietoja keräämme?" split into three ### subject groups, plus a
    # retention table. Kuvausasiakkaat/verkkokauppa: nimi -> name; puhelinnumero -> phone;
    # sähköpostiosoite -> email; laskutus- ja toimitusosoite -> address; varatut kuvaukset, tilatut
    # kuvat/taulut/tuotteet -> order_history; maksutiedot ja laskut -> billing (card numbers said NOT
    # stored -> no payment_card); alennus- ja kampanjakoodit -> coupons; verkkogallerian
    # käyttäjätunnus -> online_identifier; salasana -> credentials; uutiskirjeen tilaus ja
    # sähköpostimarkkinoinnin luvat -> marketing_consent. Yritysasiakkaiden yhteyshenkilöt: yritys ->
    # organization; tehtävänimike -> job_title (+ name, phone, email). Koulukuvaukset: lapsen nimi,
    # huoltajan sähköpostiosoite (already counted). Nothing: toiveet/lisätiedot (free text),
    # valokuvat, luokka/ryhmä; portfolio publication permission is only in the purpose section.
    # Cookie section: Google Analytics with truncated IP "eikä yhdistetä asiakasrekisteriin" -> NOT
    # counted (no ip_address).
    "valokuvaamo-savy.md": {
        "name", "phone", "email", "address", "order_history", "billing", "coupons",
        "online_identifier", "credentials", "marketing_consent", "organization", "job_title",
    },
    # Finnish fintech (budgeting / account information service app), English, whole saved Next.js
    # page (.html) with consent banner, nav, footer; data in a 4-column <table> (Category | What it
    # includes | Purpose | Legal basis) under "What personal data do we process?".
    # Identity: full name -> name; date of birth -> birth_date; personal identity code ->
    # personal_identity_code. Contact data "Email address and mobile phone number" (group followed by
    # items -> email, phone only; NO address). Password hash, app PIN -> credentials. IBAN -> bank_account.
    # "Payment history imported from your connected accounts" + subscription invoices/payment status
    # -> billing (Stripe card number never stored -> no payment_card). Device identifier -> online_identifier;
    # IP address -> ip_address. Consent/refusal for marketing e-mails, push, newsletter -> marketing_consent.
    # Nothing: account names/balances, login attempts, crash reports/in-app events, support messages,
    # spending categories. Explicitly NOT collected: location data, online-banking user ID/password.
    # Cookie section (browser type, truncated IP) is presented as processed, but adds nothing new.
    # The company's own business ID is not user data -> no business_id.
    "kipina-finance-privacy.html": {
        "name", "birth_date", "personal_identity_code", "email", "phone", "credentials",
        "bank_account", "billing", "online_identifier", "ip_address", "marketing_consent",
    },
    # Accounting firm, Swedish, Word-pasted .txt on the Swedish version of the template (numbered
    # sections); data in "5. Behandlade personuppgifter" per subject group with run-together "•"
    # bullets. Kunder/kontaktpersoner: namn -> name; befattning -> job_title; företag som personen
    # representerar -> organization; "kontaktuppgifter (telefonnummer, e-postadress)" -> phone, email
    # only; FO-nummer för enskilda näringsidkare -> business_id; fakturerings- och
    # betalningsuppgifter -> billing; användarnamn till kundportalen -> online_identifier.
    # Kundkännedom: namn, personbeteckning -> personal_identity_code; nationalitet and ID-document
    # number/type/validity -> nothing. Löneräkning employees: adress -> address; bankkontonummer ->
    # bank_account; medlemskap i fackförbund -> special_category. Nothing: korrespondens, skattekort
    # data, lön, arbetstid, semesteruppgifter. Staff användarnamn/lösenord in section 10 -> not counted.
    "bokforingsbyra-sundqvist-holm.txt": {
        "name", "job_title", "organization", "phone", "email", "business_id", "billing",
        "online_identifier", "personal_identity_code", "address", "bank_account", "special_category",
    },
}
