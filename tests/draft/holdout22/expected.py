"""Expected category sets for holdout22, written by reading each notice (blind set)."""
EXPECTED: dict[str, set[str]] = {
    # Catering / tilausravintola, Finnish .txt pasted from Word: numbered template headings
    # (1..11), data heading "5. Rekisteriin tallennettavat henkilötiedot", tab-bullet lists per
    # subject group (yksityisasiakkaat, yritysasiakkaat) plus the newsletter group given in a
    # sentence. Items: etu- ja sukunimi / yhteyshenkilön nimi / etunimi -> name; puhelinnumero ->
    # phone; sähköpostiosoite -> email; laskutusosoite, pitopaikan osoite -> address; tiedot
    # tarjouksista ja tilauksista -> order_history; vieraiden ruoka-aineallergiat ja
    # erityisruokavaliot -> health; laskutustiedot ja maksun tila, verkkolaskuosoite -> billing;
    # yrityksen nimi -> organization; Y-tunnus -> business_id; tehtävänimike -> job_title;
    # markkinointilupa (uutiskirjeen tilaus) -> marketing_consent.
    # Counted as nothing: vapaamuotoiset lisätiedot; toimitusosoite/puhelinnumero in the
    # disclosure section (already counted anyway); "emme tallenna maksukorttien numeroita"
    # (no payment_card); kameravalvonta (security section, separate register); käyttäjätunnus ja
    # salasana of staff in security section (no online_identifier/credentials); the cookie
    # section lists no data.
    "pitopalvelu-kuusiluoto.txt": {
        "name", "phone", "email", "address", "order_history", "health", "billing",
        "organization", "business_id", "job_title", "marketing_consent",
    },
    # Car dealer with service, Finnish .html: whole saved page (cookie banner, header nav,
    # breadcrumbs, footer). Data heading "5. Mitä tietoja keräämme?" is an HTML table with one
    # row per subject group (<ul> in a cell, a sentence in a cell), plus a paragraph after it.
    # Items: nimi -> name; henkilötunnus -> personal_identity_code; katuosoite, postinumero,
    # postitoimipaikka -> address; puhelinnumero -> phone; sähköpostiosoite -> email; tiedot
    # ostetuista ajoneuvoista, tarjouksista, huolto- ja korjaustilauksista, rengashotelli-
    # sopimuksista, tallennetut ajanvaraukset -> order_history; laskutus- ja maksutiedot ->
    # billing; markkinointiluvat ja -kiellot -> marketing_consent; yritys -> organization;
    # tehtävänimike -> job_title; "yhteystiedot" alone for business contacts -> email, phone,
    # address (already present); käyttäjätunnus -> online_identifier; salasana -> credentials.
    # Counted as nothing: rekisterinumero, VIN, mittarilukema (vehicle data; huoltohistoria
    # would at most be order_history, already present), free-text fault description; luottotietotarkistus (done by the finance company, sources
    # section); kameravalvonta. Cookie section: IP addresses anonymised and analytics NOT linked
    # to the customer register -> not presented as data it processes, so no ip_address.
    "autotalo-vuorela.html": {
        "name", "personal_identity_code", "address", "phone", "email", "order_history",
        "billing", "marketing_consent", "organization", "job_title", "online_identifier",
        "credentials",
    },
    # Union local branch membership register, Finnish .txt: web-page copy with menu lines on
    # top, two-column tab-separated table with HTML inside cells (some cells continue on a
    # following tab-indented line). Data row "Rekisteriin talletettavat tiedot" is a run-together
    # <ul> with "- " items. Items: etu- ja sukunimi -> name; henkilötunnus ->
    # personal_identity_code; kotiosoite -> address; matkapuhelinnumero -> phone;
    # sähköpostiosoite -> email; työnantaja ja työpaikka -> organization; ammattinimike ->
    # job_title; tieto jäsenyydestä ammattiliitossa -> special_category; jäsenmaksutiedot
    # (perintätapa, maksetut jäsenmaksut, maksurästit) -> billing; tilinumero -> bank_account.
    # Counted as nothing: jäsenyyden alkamis-/päättymispäivä, jäsennumero, luottamustehtävät;
    # "nimet ja yhteystiedot" given to shop stewards (disclosure section); staff käyttäjätunnus ja
    # salasana (security section); no marketing consent anywhere.
    "ao214-jasenrekisteri.txt": {
        "name", "personal_identity_code", "address", "phone", "email", "organization",
        "job_title", "special_category", "billing", "bank_account",
    },
    # IT consulting firm recruiting developers, English .html: polished GDPR page with question
    # headings, consent bar, nav, footer. Data under "What personal data do we process?" with
    # h3 subgroups (applicants, referees, careers-page visitors). Items: full name / name ->
    # name; "contact details (email address and phone number)" -> email, phone ONLY (group word
    # followed by its items, so NO address; the only addresses in the page are the company's
    # own); current employer / organisation -> organization; job title -> job_title; LinkedIn and
    # GitHub profiles -> social_media; portfolio or personal website -> website; candidate portal
    # password -> credentials; visitors' IP address -> ip_address; browser and device
    # information, cookie identifiers -> online_identifier (listed in the data section itself for
    # the visitor group, and the cookie section repeats it as data it records -> counted).
    # Counted as nothing: CV, cover letter, education, work history, certifications, language
    # skills, salary expectation, notice period, coding-challenge results, interview notes;
    # personal identity code, health information, photo and criminal records are all said NOT
    # to be collected.
    "kettuvaara-recruitment.html": {
        "name", "email", "phone", "organization", "job_title", "social_media", "website",
        "credentials", "ip_address", "online_identifier",
    },
    # Archipelago hotel, Swedish .md: Markdown with numbered headings, data under
    # "## 4. Vilka personuppgifter behandlar vi?" as a Markdown table, one group per row
    # (continuation rows with an empty first cell). Items: namn -> name; adress med postnummer
    # och ort, faktureringsadress -> address; telefonnummer / telefon -> phone; e-postadress /
    # e-post -> email; födelsedatum -> birth_date; uppgifter om bokningar och köpta tjänster,
    # konferensbokningar -> order_history; betalnings- och faktureringsuppgifter -> billing;
    # matallergier och specialkost -> health; företag -> organization; samtycke till nyhetsbrev
    # -> marketing_consent. "kontaktuppgifter (telefon och e-post)" declares only phone, email.
    # Counted as nothing: nationalitet, passnummer, önskemål och anteckningar; card data kept
    # as booking guarantee is said NOT to be stored (no payment_card); kameraövervakning;
    # the cookie section lists no data.
    "hotell-klippudden.md": {
        "name", "address", "phone", "email", "birth_date", "order_history", "billing",
        "health", "organization", "marketing_consent",
    },
}
