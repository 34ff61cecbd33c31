"""Expected category sets for holdout11, written by reading each notice (blind set)."""
EXPECTED: dict[str, set[str]] = {
    # Car repair shop, Finnish .txt, Suomen Yrittäjät 2018 template with numbered headings 1-10.
    # Data in one sentence under "5. Rekisterin tietosisältö": asiakkaan nimi -> name,
    # puhelinnumero -> phone, sähköpostiosoite -> email, postiosoite -> address,
    # yritysasiakkaiden yrityksen nimi -> organization, Y-tunnus -> business_id, tiedot tehdyistä
    # huolloista/korjauksista/varaosista ja korjaustarjouksista -> order_history,
    # laskutustiedot -> billing. Counted as nothing: asiakasnumero, ajoneuvon rekisteritunnus/
    # merkki/malli/mittarilukema, lupa huoltomuistutuksiin tekstiviestillä (a reminders consent,
    # not marketing), kameravalvonta in section 8, the controller's/contact person's own details.
    "autohuolto-rautiola.txt": {
        "name", "phone", "email", "address", "organization", "business_id",
        "order_history", "billing",
    },
    # Flower web shop, Finnish .html, a whole saved Finqu-theme page (cookie banner, top bar,
    # header/nav, breadcrumbs, newsletter form, footer). Data as a <ul> under "Keräämämme tiedot":
    # tilaajan/vastaanottajan nimi -> name, puhelinnumero -> phone, sähköpostiosoite -> email,
    # laskutusosoite/toimitusosoite -> address, tilaushistoria -> order_history, maksutapa ja
    # tieto maksun onnistumisesta -> billing, alennuskoodit -> coupons, uutiskirjeen tilaus ja
    # sähköpostimarkkinoinnin lupa -> marketing_consent, salasana salatussa muodossa -> credentials.
    # Nothing: tervehdysteksti (free text), toimituspäivä; "emme tallenna maksukorttien numeroita"
    # -> no payment_card. Cookie section: Google Analytics may collect browser data and an
    # anonymised IP, but the notice says it is not joined to the register -> NOT counted
    # (no ip_address, no online_identifier). Footer/newsletter form words not counted.
    "kukkasiipi-verkkokauppa.html": {
        "name", "phone", "email", "address", "order_history", "billing", "coupons",
        "marketing_consent", "credentials",
    },
    # Accounting firm, Finnish .md, GDPR style with question headings; data listed per subject
    # group under "Keiden tietoja käsittelemme ja mitä tietoja?" (### customers, ### customers'
    # contact persons, ### customers' employees for payroll). Customers: nimi -> name,
    # henkilötunnus -> personal_identity_code, Y-tunnus -> business_id, osoite -> address,
    # puhelinnumero -> phone, sähköpostiosoite -> email, pankkitilin numero -> bank_account,
    # tiedot tilatuista palveluista -> order_history, laskutustiedot ja maksuhistoria -> billing.
    # Contact persons: tehtävänimike -> job_title, edustamasi yritys -> organization,
    # työsähköposti/työpuhelinnumero -> email/phone. Employees: kotiosoite -> address, ammattiliiton
    # jäsenyys -> special_category, terveydentilaa koskevat tiedot -> health. Nothing:
    # henkilöllisyystodistuksen laji ja numero, tosiasialliset edunsaajat, verokortin tiedot,
    # palkka-/työaika-/lomatiedot, tiliotteet (sources section), the purpose table.
    # Cookie section: only essential cookies, nothing counted.
    "tilitoimisto-kaarnalehto.md": {
        "name", "personal_identity_code", "business_id", "address", "phone", "email",
        "bank_account", "order_history", "billing", "job_title", "organization",
        "special_category", "health",
    },
    # Sports club member register, Swedish .txt, copied two-column tab-separated table (template
    # "Dataskyddsbeskrivning") with <p>/<ul><li> HTML in cells and cell text broken over lines.
    # Data in the row "Uppgifter som registret innehåller": för- och efternamn -> name,
    # födelsedatum -> birth_date, kön -> gender, "kontaktuppgifter" ALONE -> email, phone, address,
    # betalda medlems- och träningsavgifter -> billing, samtycke till nyhetsbrev ->
    # marketing_consent, vårdnadshavarens namn/telefonnummer/e-postadress -> name/phone/email,
    # hälsouppgifter (allergier, diabetes, medicinering) -> health. Nothing: medlemsnummer,
    # typ av medlemskap, sektion och lag, licens- och försäkringsnummer, photos (purpose row),
    # users' användarnamn och lösenord in the security row (staff access, not register data).
    "if-sjohagen-medlemsregister.txt": {
        "name", "birth_date", "gender", "email", "phone", "address", "billing",
        "marketing_consent", "health",
    },
    # Helsinki SaaS startup, English .html, polished GDPR privacy policy page (Next.js-style page
    # with cookie consent, header nav, footer); data under "What personal data do we collect?"
    # in h3 subsections. Account: name -> name, work email -> email, company -> organization,
    # job title -> job_title, password (salted hash) -> credentials. Demo: phone number -> phone.
    # Billing: billing address -> address, VAT number -> business_id, invoices and payment
    # history -> billing; "never see or store your full card number" -> no payment_card.
    # Technical: IP address -> ip_address, browser type/version and device identifiers ->
    # online_identifier. Marketing preferences (newsletter) -> marketing_consent. Nothing:
    # subscription plan, pages/features used, request timestamps, support messages, the customer
    # content (end customers' names/addresses) explicitly out of scope as processor data,
    # "we do not ask for ... health information". Cookie section's pseudonymous identifiers would
    # only repeat online_identifier, already declared in the data section.
    "tuisku-privacy-policy.html": {
        "name", "email", "organization", "job_title", "credentials", "phone", "address",
        "business_id", "billing", "ip_address", "online_identifier", "marketing_consent",
    },
}
