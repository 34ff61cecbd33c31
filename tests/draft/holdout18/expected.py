"""Expected category sets for holdout18, written by reading each notice (blind set)."""
EXPECTED: dict[str, set[str]] = {
    # Saved web page (.html) of a regional energy company: nav, cookie banner, cart, shop footer around
    # a GDPR notice with question headings; purposes in a <table>; data under "5. Mitä henkilötietoja
    # käsittelemme?" split per subject group (5.1-5.5, <ul> lists and one-sentence <p> lists).
    # 5.1 consumers: "perustiedot: nimi, henkilötunnus ja asiakasnumero" (group word with items ->
    # only items) -> name, personal_identity_code; laskutusosoite/käyttöpaikan osoite -> address;
    # puhelinnumero -> phone; sähköpostiosoite -> email; tilatut tuotteet ja palvelut, Energiakaupan
    # tilaukset -> order_history; laskutus- ja maksutiedot, maksuhistoria -> billing; tilinumero ->
    # bank_account; suoramarkkinointiluvat ja -kiellot -> marketing_consent.
    # 5.2 contact persons: edustamasi yritys -> organization; tehtävänimike -> job_title.
    # 5.3 online users: IP-osoite -> ip_address; selain- ja laitetiedot, evästetunnisteet ->
    # online_identifier; "pankkitunnuksiasi tai salasanojasi emme saa" -> NOT credentials.
    # 5.4 applicants: syntymäaika -> birth_date; bare "yhteystiedot" -> email, phone, address (already in).
    # Nothing: asiakasnumero, sopimusnumero, käyttöpaikkatunnus, kulutus- ja mittaustiedot, customer
    # service messages/call recordings, login times, CV/education/work history, interview notes, CCTV
    # recordings. Cookie section (9) only points back to 5.3, adds nothing new either way. Luottotiedot
    # appear only in purpose/sources -> nothing. Footer "Maksutavat..." is shop boilerplate -> nothing.
    "lounaisrannikon-energia.html": {
        "name", "personal_identity_code", "birth_date", "organization", "job_title",
        "email", "phone", "address", "ip_address", "online_identifier",
        "billing", "bank_account", "order_history", "marketing_consent",
    },
    # PDF copied to .txt (Suomen Yrittäjät-style numbered template): hard-wrapped lines, page header
    # (name, TIETOSUOJASELOSTE, dates) and footer (address, Y-tunnus, "Sivu n (3)") repeated; the data
    # are one run-on sentence under "5. Rekisteriin talletettavat tiedot" that is broken by a page
    # break between "kursseista ja" and "opetuspaketeista".
    # nimi -> name; henkilötunnus -> personal_identity_code; osoite -> address; puhelinnumero -> phone;
    # sähköpostiosoite -> email; ostetut ajotunnit, kurssit ja opetuspaketit -> order_history;
    # laskutus- ja maksutiedot -> billing; verkko-oppimisympäristön käyttäjätunnus -> online_identifier;
    # työnantaja (C/D and ammattipätevyys trainees) -> organization; huoltajan nimi ja puhelinnumero ->
    # name, phone (already in).
    # Nothing: ajokorttiluokka, opetuskortin merkinnät (progress), the controller's own Y-tunnus in the
    # footer; staff "käyttäjätunnuksilla ja salasanoilla" only in the security section -> NOT
    # credentials. Cookie section names no data.
    "autokoulu-rantakaari.txt": {
        "name", "personal_identity_code", "organization",
        "email", "phone", "address", "online_identifier",
        "billing", "order_history",
    },
    # Bilingual municipal notice in one .txt: full Finnish version, a dashed separator, then the full
    # Swedish version; both list the same data as "- " bullets under "Rekisteriin tallennettavat
    # henkilötiedot" / "Uppgifter som registret innehåller".
    # etu- ja sukunimi / för- och efternamn -> name; syntymävuosi / födelseår -> birth_date;
    # osoite, puhelinnumero, sähköpostiosoite / adress, telefonnummer, e-postadress -> address, phone,
    # email; guardian's name/phone/email -> same keys; kurssit joille ilmoittautunut, ostetut
    # sarjakortit / kurser, köpta seriekort -> order_history; laskutustiedot ja tieto maksun
    # suorittamisesta / faktureringsuppgifter -> billing; terveydentilaa koskevat tiedot (epilepsia,
    # diabetes, allergiat) / uppgifter om hälsotillstånd -> health; verkkoilmoittautumisen
    # käyttäjätunnus / användarnamn för webbanmälan -> online_identifier; uutiskirje / nyhetsbrev
    # subscription -> marketing_consent.
    # Nothing: the municipality's own Y-tunnus/FO-nummer; "käyttäjätunnuksin ja salasanoin" only in the
    # security section (staff access) -> NOT credentials.
    "mantyniemi-liikuntapalvelut.txt": {
        "name", "birth_date", "email", "phone", "address", "online_identifier",
        "billing", "order_history", "marketing_consent", "health",
    },
    # Physiotherapy clinic, English .txt, polished GDPR notice with question headings; data under
    # "What personal data do we process?" as "•" bullets with "Label: items".
    # "Basic information: name, personal identity code, address, phone number and email address"
    # (group label with items) -> name, personal_identity_code, address, phone, email; next of kin name
    # and phone -> same keys; patient record data (diagnoses, findings, treatment notes) -> health;
    # booked appointments and purchased services/packages/equipment -> order_history; billing
    # information: invoices, payer, Kela reimbursement, payment status -> billing; your employer ->
    # organization.
    # Nothing: SMS appointment-reminder consent (not marketing), "We do not store payment card
    # details" (-> NOT payment_card), insurance company named only in purpose/disclosure text, log
    # data in rights section. Cookie section says cookie data are not part of the patient register ->
    # counted as nothing.
    "vuolle-physiotherapy.txt": {
        "name", "personal_identity_code", "organization",
        "email", "phone", "address",
        "billing", "order_history", "health",
    },
    # Swedish sports web shop, .txt saved from the shop page: top bar, category menu, breadcrumbs,
    # footer links, payment/delivery methods and newsletter box around a numbered template notice;
    # data in one sentence under "5. Vilka uppgifter sparar vi?".
    # namn -> name; leverans- och faktureringsadress -> address; e-postadress -> email;
    # telefonnummer -> phone; födelsedatum -> birth_date; användarnamn och lösenord till Mina sidor ->
    # online_identifier, credentials; beställningar och köp -> order_history; valt betalningssätt ->
    # billing; använda rabattkoder -> coupons; prenumererar på nyhetsbrev -> marketing_consent.
    # Cookie section (8) explicitly says "samlar vi in och sparar följande uppgifter ...: din IP-adress
    # och ett kak-ID" -> presented as data the shop processes, so counted: ip_address (and
    # online_identifier, already in). Nothing: "Vi sparar inga kortnummer" -> NOT payment_card; footer
    # "Betalningssätt: Visa, Mastercard..." and newsletter sign-up box are boilerplate; disclosure to
    # carriers adds nothing new.
    "norrvik-sport.txt": {
        "name", "birth_date", "email", "phone", "address",
        "online_identifier", "credentials", "ip_address",
        "billing", "order_history", "coupons", "marketing_consent",
    },
}
