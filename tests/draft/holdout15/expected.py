"""Expected category sets for holdout15, written by reading each notice (blind set)."""
EXPECTED: dict[str, set[str]] = {
    # Yoga studio, Finnish, whole saved WordPress/WooCommerce page (cookie banner, nav, cart, footer
    # with newsletter form and payment icons). Data in an <ul> under the question heading
    # "5. Mitä tietoja keräämme?". etu- ja sukunimi -> name; syntymävuosi -> birth_date;
    # "yhteystiedot: sähköpostiosoite ja puhelinnumero" (group word + items) -> email, phone only
    # (no address); käyttäjätunnus -> online_identifier; salasana -> credentials; ostetut sarjakortit/
    # kuukausijäsenyydet/kurssit/verkkokaupan tilaukset + tunti- ja kurssivaraukset -> order_history;
    # maksutapa ja maksutiedot -> billing; kampanja- ja etukoodit -> coupons; markkinointiluvat ja
    # uutiskirjeen tilaus -> marketing_consent; terveydentilaan liittyvät tiedot (raskaus, selkävaivat,
    # leikkaukset) -> health. Nothing: asiakasnumero, peruutukset ja käyntikerrat, liikuntaedut (part
    # of the billing line), "Emme tallenna maksukorttien numeroita" (no payment_card). Cookie section:
    # Google Analytics collects IP address and browser/device data but the notice says they are NOT
    # combined with the register -> ip_address NOT counted (online_identifier comes from the username).
    # Footer/top-bar studio address is page boilerplate, not data -> no address.
    "joogastudio-lootus.html": {
        "name", "birth_date", "email", "phone", "online_identifier", "credentials",
        "order_history", "billing", "coupons", "marketing_consent", "health",
    },
    # Seminar registration register of an association, Finnish, .txt pasted from a web page built on
    # the Suomen Yrittäjät template: tab-separated two-column table, <p>/<ul> HTML inside cells, run-
    # together "- item- item" bullets, continuation lines starting with a tab. Data under
    # "Rekisteröitävät tiedot", per group. Participants: etu- ja sukunimi -> name; organisaatio ->
    # organization; tehtävänimike -> job_title; sähköpostiosoite -> email; matkapuhelinnumero -> phone;
    # tilatut osallistumispaketit ja hinnat -> order_history; "laskutustiedot: laskutusosoite tai
    # verkkolaskuosoite, viitenumero" -> billing, address; ruoka-aineallergiat -> health; suostumus
    # tapahtumakutsujen ja uutiskirjeen vastaanottamiseen -> marketing_consent. Speakers: nimi,
    # organisaatio, tehtävänimike ja yhteystiedot ("yhteystiedot" alone -> email, phone, address);
    # henkilötunnus -> personal_identity_code; pankkitilin numero (IBAN) -> bank_account. Nothing:
    # lupa julkaisemiseen osallistujalistassa, esittelyteksti ja valokuva, tilausnumero; the
    # disclosure rows (nimet ja erityisruokavaliot pitopalvelulle, saapumispäivät hotellille) and
    # the photography row add nothing new.
    "vesihuoltopaivat-ilmoittautuminen.txt": {
        "name", "organization", "job_title", "email", "phone", "address", "order_history",
        "billing", "health", "marketing_consent", "personal_identity_code", "bank_account",
    },
    # Personnel register of a small metal-works firm, Finnish, Markdown with numbered headings; data
    # under "5. Rekisteriin talletettavat tiedot": a Markdown table for employees plus one sentence
    # for job applicants. etu- ja sukunimet -> name; henkilötunnus -> personal_identity_code;
    # kotiosoite -> address; "Yhteystiedot | puhelinnumero, sähköpostiosoite" (group + items) ->
    # phone, email; lähiomaisen nimi ja puhelinnumero -> (name, phone, already); tehtävänimike ->
    # job_title; pankkitilin numero -> bank_account; ammattiliittoon kuuluminen -> special_category;
    # sairauspoissaolot, lääkärintodistukset, työkykylausunnot -> health; ERP-järjestelmän ja
    # sähköpostin käyttäjätunnus -> online_identifier. Applicants: "nimi ja yhteystiedot" (group
    # alone -> email, phone, address; all already present). Nothing: työsopimus, osasto, työaikamuoto,
    # palkka ja palkan perusteet, verokortin tiedot, leimaukset/ylityöt/lomat, koulutukset ja kortit,
    # vaatekoot, avaimet ja kulkutunnisteet, CV/työhistoria, haastattelumuistiinpanot; kameravalvonta
    # (security section, separate notice); the disclosure list "nimi, henkilötunnus, tehtävänimike".
    "haapaniemi-henkilostorekisteri.md": {
        "name", "personal_identity_code", "address", "phone", "email", "job_title",
        "bank_account", "special_category", "health", "online_identifier",
    },
    # Management consulting firm, English, polished GDPR notice with question headings, plain text
    # with "•" bullets; data under "3. What personal data do we process?" per group. Customer/prospect
    # contact persons: name -> name; job title -> job_title; the company you represent -> organization;
    # "business contact details: email address and phone number" (group + items) -> email, phone only;
    # proposals and services purchased -> order_history; invoice references and payment history ->
    # billing; newsletter subscription, opt-outs -> marketing_consent. Job applicants: name, email,
    # phone (already); LinkedIn or other social media profile -> social_media. Website visitors
    # (listed in the data section itself, and the cookie section refers back to it, so counted):
    # IP address -> ip_address; cookie identifiers, browser type, device info -> online_identifier.
    # Nothing: meeting notes, CV/education/work history, referees, salary expectations, start date,
    # assessment results, pages visited/time of visit; "We do not ask ... personal identity code,
    # date of birth, photograph or any health information" (said NOT collected). No address: only
    # "by post to the address above" in the rights section.
    "lindqvist-halme-advisory.txt": {
        "name", "job_title", "organization", "email", "phone", "order_history", "billing",
        "marketing_consent", "social_media", "ip_address", "online_identifier",
    },
    # Housing company (bostadsaktiebolag), Swedish, plain text from a Word template with numbered
    # headings; data under "5. Uppgifter som behandlas i registret": shareholders in one sentence,
    # residents and financial data as "-" lists, board in one line. namn -> name; personbeteckning ->
    # personal_identity_code; postadress -> address; telefonnummer -> phone; e-postadress -> email;
    # behov av hjälp vid utrymning (nedsatt rörlighet eller hörsel) -> health; fakturor,
    # referensnummer, betalningshistorik (vederlag, vattenavgifter) -> billing; kontonummer för
    # återbetalningar -> bank_account; board "namn och kontaktuppgifter" (group alone -> email, phone,
    # address; already present). Nothing: aktienummer och lägenhet, förvärvsdatum, begränsningar av
    # äganderätten, in- och utflyttningsdatum, bilens registreringsnummer, nyckelkvitton,
    # felanmälningar, ändringsarbeten; kameraövervakning (security section); FO-nummer of the company.
    "bostads-ab-kvarnbacken.txt": {
        "name", "personal_identity_code", "address", "phone", "email", "health", "billing",
        "bank_account",
    },
}
