"""Expected category sets for holdout12, written by reading each notice (blind set)."""
EXPECTED: dict[str, set[str]] = {
    # Plain .txt from Word, Suomen Yrittäjät / henkilötietolaki-era numbered template (As Oy osakas- ja
    # asukasrekisteri). Data under "5. Rekisterin sisältämät tiedot", listed per group (Osakkaista /
    # Asukkaista / Hallituksen jäsenistä). nimi -> name; henkilötunnus -> personal_identity_code;
    # yhteisöosakkaan toiminimi -> organization (the company the contact person represents);
    # Y-tunnus -> business_id; postiosoite -> address; puhelinnumero -> phone; sähköpostiosoite -> email;
    # yhtiövastikkeet, käyttökorvaukset ja suoritukset (vastikereskontra, viitenumerot) -> billing;
    # pankkitilinumero -> bank_account; board members' bare "yhteystiedot" -> email, phone, address
    # (already in). Nothing: huoneisto, osakkeiden numerot, omistusosuus, omistuksen alkamis-/päättymispäivä,
    # muuttopäivät, saunavuoro, autopaikka, ajoneuvon rekisterinumero, avaimet, toimikausi, the consent to
    # receive yhtiökokouskutsut by e-mail (statutory meeting notices, not marketing). Other sections only:
    # Maanmittauslaitos/Posti as sources, huoltoyhtiö disclosure, käyttäjätunnus ja salasana of staff
    # (security), kameravalvonta (security section; separate notice) -> nothing.
    "as-oy-lahden-haapalehto-osakasrekisteri.txt": {
        "name", "personal_identity_code", "organization", "business_id",
        "address", "phone", "email", "billing", "bank_account",
    },
    # .txt copied from a clinic's web page: menu lines, then a tab-separated two-column table (heading TAB
    # cell) with <p>/<ul> HTML inside cells; the data cell "Rekisteriin tallennettavat tiedot" has
    # run-together "- " bullets. "Perustiedot: nimi, henkilötunnus, sukupuoli, äidinkieli ja kotikunta"
    # -> name, personal_identity_code, gender, address (kotikunta); äidinkieli -> nothing (group word
    # followed by items: only the items). "Yhteystiedot: osoite, puhelinnumero ja sähköpostiosoite" ->
    # address, phone, email. Huoltajan nimi ja yhteystiedot -> name + contact members (already in).
    # Lähiomaisen nimi ja puhelinnumero -> name, phone. Työterveys: työnantaja -> organization, ammatti ->
    # job_title. Hoitoa koskevat tiedot (esitiedot, oireet, diagnoosit, lääkitys, allergiat,
    # laboratoriotulokset, lausunnot) -> health; käyntien ajankohdat -> nothing (visit times).
    # Laskutustiedot: laskut, maksusitoumukset, Kela-korvaukset -> billing. Nothing: suostumus
    # tekstiviestimuistutuksiin (reminders, not marketing), turvakielto-merkintä. Cookie row says IP-osoite
    # and selaintiedot are collected anonymised and NOT combined with the patient register -> not counted.
    # Staff käyttäjätunnus ja salasana (security row) and kameravalvonta -> nothing.
    "laakariasema-virtakivi-potilasrekisteri.txt": {
        "name", "personal_identity_code", "gender", "address", "phone", "email",
        "organization", "job_title", "health", "billing",
    },
    # Whole saved WooCommerce/Storefront page: Complianz cookie banner, top bar, product search, cart,
    # category nav, breadcrumb, footer with newsletter form and payment logos. Polished question headings;
    # data under "Mitä henkilötietoja keräämme?" as <ul> lists per group (asiakkaat / uutiskirjeen
    # tilaajat / verkkosivuston käyttäjät). etu- ja sukunimi -> name; toimitus- ja laskutusosoite ->
    # address; sähköpostiosoite -> email; puhelinnumero -> phone; yrityksen nimi -> organization;
    # asiakastilin käyttäjätunnus -> online_identifier, salasana -> credentials; tilaushistoria,
    # palautukset -> order_history; maksutapa ja maksun tila -> billing; alennus- ja kampanjakoodit ->
    # coupons; uutiskirjeen tilaus (markkinointilupa) -> marketing_consent; IP-osoite -> ip_address;
    # selain- ja laitetiedot, evästetunnisteet -> online_identifier. The cookie data ARE counted here: the
    # notice lists them in its data section and its cookie section says it processes them. Nothing:
    # maksukorttien numerot (explicitly not stored; Paytrail handles), asiakaspalveluviestit, reklamaatiot
    # beyond order_history; disclosures to carriers (nimi, osoite, puhelinnumero) add nothing new.
    "kelohonka-outdoor-verkkokauppa.html": {
        "name", "address", "email", "phone", "organization", "online_identifier",
        "credentials", "ip_address", "order_history", "billing", "coupons", "marketing_consent",
    },
    # Markdown, polished GDPR text in English with question headings and a purpose/legal-basis table;
    # data under "What personal data do we collect?" with ### sub-lists per group (Guests / Group
    # organisers / Guest Wi-Fi users / CCTV). First and last name, rooming-list names -> name; email
    # address -> email; mobile phone number -> phone; home address -> address; date of birth ->
    # birth_date; booking details incl. extras booked or bought (breakfast, sauna, rentals) ->
    # order_history; payment method, amount, payment reference, invoices -> billing; food allergies and
    # special diets -> health; newsletter subscription (marketing consent) -> marketing_consent; the
    # organisation the group leader represents -> organization; device identifier (MAC address) ->
    # online_identifier. Nothing: nationality, passport/travel document number, arrival/departure dates,
    # staff notes, Wi-Fi connection times, CCTV recordings, payment card numbers (explicitly not stored).
    # Cookie section: IP address and browser type are collected by analytics cookies but "not combined
    # with the guest register described in this notice" -> not counted.
    "kestrel-hostel-turku-privacy-notice.md": {
        "name", "email", "phone", "address", "birth_date", "order_history",
        "billing", "health", "marketing_consent", "organization", "online_identifier",
    },
    # Swedish, whole saved WordPress page of a music institute (cookie-notice bar, language switch,
    # nav, breadcrumbs, footer); template-numbered <h3> headings, data under "5. Vilka personuppgifter
    # behandlas?" as lists per group (eleven / vårdnadshavaren / sökande in one sentence). namn -> name;
    # personbeteckning -> personal_identity_code; adress, hemkommun -> address; telefonnummer -> phone;
    # e-postadress -> email; användarnamn i Elevportalen -> online_identifier; uppgifter om hälsa
    # (allergier, diabetes) -> health; faktureringsuppgifter (terminsavgifter, fakturor, betalningar) ->
    # billing; beställt nyhetsbrev -> marketing_consent; sökande: födelsedatum -> birth_date, bare
    # "kontaktuppgifter" -> email, phone, address (already in). Nothing: skola och årskurs, modersmål,
    # instrument, lärare, lektionstid, studieprestationer, betyg och intyg, samtycke till publicering av
    # foton, önskat instrument. Cookie section: förkortad IP-adress and webbläsartyp are "inte en del av
    # elevregistret" -> not counted. Staff användarnamn och lösenord (security section) -> nothing.
    "musikinstitutet-skargardsklang-elevregister.html": {
        "name", "personal_identity_code", "birth_date", "address", "phone", "email",
        "online_identifier", "health", "billing", "marketing_consent",
    },
}
