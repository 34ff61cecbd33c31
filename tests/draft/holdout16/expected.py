"""Expected category sets for holdout16, written by reading each notice (blind set)."""
EXPECTED: dict[str, set[str]] = {
    # siistikodit-holtta.txt: cleaning/home-services company, Finnish, text copied from a web page's
    # tab-separated two-column table with HTML inside the cells (one cell spans many lines).
    # Data under "Rekisteriin tallennettavat tiedot", per group. Kotitalousasiakkaat: etu- ja
    # sukunimi -> name; henkilötunnus -> personal_identity_code; siivouskohteen osoite ja
    # laskutusosoite -> address; puhelinnumero -> phone; sähköpostiosoite -> email; tilatut palvelut,
    # siivoussopimuksen sisältö -> order_history; laskutustiedot ja maksuhistoria -> billing;
    # allergiat ja herkkyydet pesuaineille -> health; lupa sähköiseen markkinointiin ->
    # marketing_consent. Yhteyshenkilöt: nimi -> name; yritys tai taloyhtiö -> organization;
    # tehtävänimike -> job_title; puhelinnumero ja sähköpostiosoite -> phone, email.
    # Counted as nothing: keys/door codes, pets (animals), käyntiväli, visit start/end times (only in
    # disclosures), Postin osoitepalvelu and luottotiedot (sources), käyttäjätunnus ja salasana
    # (security section, staff accounts), necessary cookies.
    "siistikodit-holtta.txt": {
        "name", "personal_identity_code", "address", "phone", "email", "order_history",
        "billing", "health", "marketing_consent", "organization", "job_title",
    },
    # sivunkulma-kanta-asiakas.html: bookshop loyalty-customer register, Finnish, whole saved web
    # shop page (cookie banner, header, nav, newsletter box, footer, minicart). Polished notice with
    # question headings; data under "Mitä tietoja kanta-asiakkaista tallennetaan?" as an HTML table
    # (Tietoryhmä | Tiedot), group words followed by items so only the items count.
    # Perustiedot: etu- ja sukunimi -> name; syntymävuosi -> birth_date; sukupuoli -> gender
    # (kanta-asiakasnumero -> nothing). Yhteystiedot: sähköpostiosoite -> email; matkapuhelinnumero ->
    # phone; postiosoite -> address. Asiakastili: käyttäjätunnus -> online_identifier; salasana ->
    # credentials; toimitusosoite -> address. Ostotiedot: ostohistoria, kirjatilaukset ja
    # ennakkovaraukset -> order_history. Edut: käytetyt etukoodit -> coupons. Luvat ja kiellot:
    # markkinointilupa, uutiskirjeen tilaus, suoramarkkinointikiellot -> marketing_consent.
    # Counted as nothing: kiinnostuksen kohteet (favourite genres), maksukorttien numeroita emme
    # tallenna (said NOT stored), kuljetusyhtiöille luovutettavat tiedot (disclosures). Cookie
    # section: analytics cookies "voivat kerätä IP-osoitteen ja selaimen tyypin" but the notice says
    # they are NOT combined with the loyalty register -> ip_address / online_identifier not counted
    # from cookies (online_identifier is in the set only because of the käyttäjätunnus row).
    "sivunkulma-kanta-asiakas.html": {
        "name", "birth_date", "gender", "email", "phone", "address", "online_identifier",
        "credentials", "order_history", "coupons", "marketing_consent",
    },
    # sahkotyo-kettunen.txt: electrical contractor (toiminimi), Finnish, very short Suomen Yrittäjät
    # 2018 template notice with numbered headings; data in one sentence under "5. Rekisterin
    # tietosisältö": asiakkaan nimi -> name; yritys -> organization; Y-tunnus -> business_id;
    # yhteystiedot (puhelinnumero, sähköpostiosoite, osoite) -> phone, email, address (group word
    # followed by its items); työkohteen osoite -> address; tiedot tilatuista töistä ja annetuista
    # tarjouksista -> order_history; laskutustiedot -> billing.
    # Counted as nothing: "muut asiakassuhteeseen liittyvät tiedot" (catch-all), käyttäjätunnus ja
    # salasana in the security section (protects the invoicing program).
    "sahkotyo-kettunen.txt": {
        "name", "organization", "business_id", "phone", "email", "address", "order_history",
        "billing",
    },
    # lumen-ry-events.md: university student association's events, English, Markdown, polished GDPR
    # notice with question headings and a purpose/legal-basis table. Data under "4. What personal
    # data do we process?" per group. Event participants: first and last name -> name; email
    # address -> email; phone number -> phone; date of birth -> birth_date; food allergies (special
    # diets) -> health; events signed up for and tickets bought -> order_history; payment status
    # and payment reference number -> billing; avec's name -> name. Partner contact persons: name,
    # company -> organization, position -> job_title, email, phone. Newsletter subscribers: email,
    # newsletter subscription -> marketing_consent.
    # Counted as nothing: membership status, degree programme and year of studies (education),
    # seating wishes, personal identity code and card number (said NOT collected/stored),
    # photographs and Instagram (disclosures section), board members' credentials (security),
    # necessary cookies only.
    "lumen-ry-events.md": {
        "name", "email", "phone", "birth_date", "health", "order_history", "billing",
        "organization", "job_title", "marketing_consent",
    },
    # uf-framtidshopp.html: Swedish-language youth association (ungdomsförening), whole saved
    # WordPress/WooCommerce page (cookie-law banner, header, nav, cart link, footer with web-shop
    # terms). 2018-template structure in Swedish; data under "5. Vilka uppgifter registreras" per
    # group as lists. Medlemmar: namn -> name; födelsedatum -> birth_date; kön -> gender; adress ->
    # address; telefonnummer och e-postadress -> phone, email; inbetalda medlemsavgifter -> billing;
    # vårdnadshavarens namn och kontaktuppgifter -> name + contact group alone (email, phone,
    # address). Läger/kurser: namn och ålder -> name, birth_date; anmälningar till läger och kurser
    # -> order_history; allergier, specialkost, sjukdomar -> health; vårdnadshavarens telefonnummer
    # -> phone. Ledare: namn och kontaktuppgifter -> name, email, phone, address; personbeteckning
    # -> personal_identity_code; kontonummer -> bank_account. Hyresgäster: namn, telefonnummer,
    # e-postadress, faktureringsadress -> name, phone, email, address; bokningar av föreningshuset
    # -> order_history; fakturor -> billing.
    # Counted as nothing: tillstånd att publicera bilder (photo permission, not marketing); the
    # criminal-record extract (only the date it was shown is noted; the notice says nothing from
    # the extract is kept -> no special_category); användarnamn och lösenord in the security
    # section (staff access); cookies (statistics anonymous, not linked to the register).
    "uf-framtidshopp.html": {
        "name", "birth_date", "gender", "address", "phone", "email", "billing", "health",
        "order_history", "personal_identity_code", "bank_account",
    },
}
