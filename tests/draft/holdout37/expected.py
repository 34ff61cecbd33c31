"""Expected category sets for holdout37, written by reading each notice (blind set)."""
EXPECTED: dict[str, set[str]] = {
    # kiertokanki-autohuolto.html: Finnish car-repair chain, whole saved web page (cookie banner,
    #  nav with cart, footer with newsletter form and payment logos). GDPR-style question headings;
    #  data in an HTML two-column table under "5. Mitä henkilötietoja käsittelemme?".
    #  Perustiedot: etu- ja sukunimi -> name; yrityksen nimi -> organization; Y-tunnus -> business_id.
    #  Yhteystiedot row lists items: puhelinnumero -> phone, sähköpostiosoite -> email,
    #  laskutusosoite -> address. Asiointitiedot: ajanvaraukset, huolto- ja korjaushistoria,
    #  tarjoukset, ostetut tuotteet/palvelut -> order_history. Laskutustiedot: laskut, maksutapa,
    #  maksutiedot -> billing. Luvat ja kiellot: suoramarkkinoinnin lupa/kielto, uutiskirjeen
    #  tilaus -> marketing_consent.
    #  Counted as nothing: vehicle data (rekisterinumero, VIN, mittarilukema), SMS service-reminder
    #  consent, free-text fault descriptions/mechanic notes, "emme tallenna maksukorttien numeroita"
    #  (payment_card NOT declared), no user account (no online_identifier/credentials), CCTV in the
    #  security section, controller's own Y-tunnus/contacts, footer newsletter form. Cookie section:
    #  Google Analytics collects shortened IP and browser data but "ei yhdistetä asiakasrekisterin
    #  tietoihin" -> decided NOT presented as register data: no ip_address/online_identifier.
    "kiertokanki-autohuolto.html": {
        "name", "organization", "business_id", "phone", "email", "address",
        "order_history", "billing", "marketing_consent",
    },
    # raatikylan-kotiseutuyhdistys.txt: local history society's member register, plain text pasted
    #  from Word, Suomen Yrittäjät / henkilötietolaki 2018 template with numbered sections, tab
    #  bullets, one run-together sentence; heading "5. Rekisteriin tallennettavat tiedot".
    #  nimi -> name; lähiosoite, postinumero, postitoimipaikka -> address; puhelinnumero -> phone;
    #  sähköpostiosoite -> email; syntymävuosi -> birth_date; jäsenmaksujen maksutiedot -> billing;
    #  tilatut yhdistyksen julkaisut -> order_history; uutiskirjeen tilaus -> marketing_consent.
    #  Family members: nimi, syntymävuosi (same keys).
    #  Counted as nothing: jäsenlaji, liittymisvuosi; the 70/80/90-year birthdays in the purpose
    #  section (birth_date is declared anyway by syntymävuosi); names/addresses given to the printer
    #  in section 7 (already declared); controller's Y-tunnus and contact person.
    "raatikylan-kotiseutuyhdistys.txt": {
        "name", "address", "phone", "email", "birth_date",
        "billing", "order_history", "marketing_consent",
    },
    # sarastus-henkilostopalvelut.md: staffing/recruitment agency, Markdown, polished GDPR text with
    #  question headings; data listed per subject group under "Mitä henkilötietoja käsittelemme?"
    #  (### Työnhakijat ja vuokratyöntekijät / ### Asiakasyritysten yhteyshenkilöt), plus a purpose
    #  table. Candidates: nimi -> name; syntymäaika -> birth_date; "yhteystiedot: puhelinnumero,
    #  sähköpostiosoite ja kotiosoite" (group word WITH items) -> phone, email, address;
    #  LinkedIn-profiilin osoite -> social_media; henkilötunnus -> personal_identity_code;
    #  pankkitilin numero -> bank_account; suosittelijoiden nimet ja puhelinnumerot -> name, phone.
    #  Client contacts: nimi -> name; tehtävänimike -> job_title; edustamasi yritys -> organization;
    #  puhelinnumero, sähköpostiosoite -> phone, email; tilaukset, tarjoukset, sopimukset ->
    #  order_history; laskutustiedot -> billing; markkinointiluvat ja -kiellot -> marketing_consent.
    #  Counted as nothing: CV, education, work experience, language skills, driving licence, safety
    #  cards, wishes (tasks, working area, salary), interview notes, aptitude-assessment results,
    #  verokorttitiedot, work-time data; health explicitly NOT asked (no health); criminal-record
    #  extract only shown, not copied or stored (no special_category); user IDs/MFA in the security
    #  section are staff's; cookie section only links to a separate cookie notice.
    "sarastus-henkilostopalvelut.md": {
        "name", "birth_date", "phone", "email", "address", "social_media",
        "personal_identity_code", "bank_account", "job_title", "organization",
        "order_history", "billing", "marketing_consent",
    },
    # kuutamo-meditation-app.txt: Finnish meditation/sleep app, English plain text copied from a
    #  web page, question headings, data under "Which data do we collect?" in labelled bullet groups.
    #  name or nickname -> name; email address -> email; password (salted hash) -> credentials;
    #  year of birth -> birth_date; gender (optional) -> gender; goals (sleep, stress, anxiety),
    #  mood check-ins, sleep diary, stated to be health data (Art. 9) -> health; subscription plan,
    #  purchase history -> order_history; receipts + payment method -> billing; promo/gift codes
    #  -> coupons; device identifier, advertising identifier, Apple/Google unique account ID ->
    #  online_identifier; IP address -> ip_address; newsletter subscription / promotional push
    #  opt-in -> marketing_consent.
    #  Counted as nothing: "We never see or store your card number" (no payment_card); listening
    #  history/session length/streaks, reminder times, crash logs, device model/OS/app version
    #  (not a user-agent string; online_identifier is declared anyway), support messages;
    #  "We do not collect your location" (no location). Cookie section: presented as data processed
    #  (pseudonymous cookie ID, browser type -> online_identifier) - already in the set either way.
    "kuutamo-meditation-app.txt": {
        "name", "email", "credentials", "birth_date", "gender", "health",
        "order_history", "billing", "coupons", "online_identifier", "ip_address",
        "marketing_consent",
    },
    # solglantan-serviceboende.html: Swedish-language service home / care home run by a foundation,
    #  whole saved WordPress page (cookie-law-info bar, nav, footer). Data under "5. Vilka
    #  personuppgifter behandlar vi?" as two <h3> + <ul> groups (boende och klienter / anhöriga och
    #  kontaktpersoner). Residents: namn -> name; personbeteckning -> personal_identity_code;
    #  tidigare hemadress -> address; telefonnummer -> phone; hälsouppgifter (diagnoser,
    #  medicinering, allergier, vårdplan, vårdanteckningar) -> health; religiös tillhörighet ->
    #  special_category; fakturor och betalningsuppgifter -> billing; kontonummer -> bank_account.
    #  Relatives: namn -> name; telefonnummer, e-postadress, adress -> phone, email, address.
    #  Counted as nothing: modersmål/vårdspråk, relation to resident, unspecified "uppgifter om
    #  intressebevakare", photographs (separate consent), medication data passed to the pharmacy in
    #  the disclosure section (health declared anyway), logs and user names/passwords of staff in the
    #  security section, CCTV, controller's FO-nummer; cookie section: only necessary cookies, nothing.
    "solglantan-serviceboende.html": {
        "name", "personal_identity_code", "address", "phone", "email",
        "health", "special_category", "billing", "bank_account",
    },
}
