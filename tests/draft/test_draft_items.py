"""Splitting a data-content section into items and mapping each to category keys."""

from __future__ import annotations

import pytest

from piiscan.draft.items import clean_item, map_phrase, split_items


def keys(text: str) -> list[str]:
    return [m.key for m in map_phrase(text)]


@pytest.mark.parametrize("phrase, expected", [
    # the issue's own examples
    ("sähköpostitarjouksien lähettämiseen lupa", ["marketing_consent"]),
    ("lupa sähköpostitarjouksien lähettämiseen", ["marketing_consent"]),  # word order as in kruununjalokivi
    ("yhteystiedot (puhelinnumero, sähköpostiosoite, osoite)", ["phone", "email", "address"]),
    ("tiedot aikaisemmista tilauksista", ["order_history"]),
    # inflection and compounds
    ("Henkilön etu- ja sukunimi", ["name"]),  # "henkilön" is not "henkilötunnus"
    ("kotipuhelinnumero", ["phone"]),  # compound ending in a term
    ("työsähköpostiosoite", ["email"]),
    ("tiedot tilatuista tuotteista", ["order_history"]),
    ("Kuponkikoodit ja niiden käytöt", ["coupons"]),
    ("tunnukset/profiilit sosiaalisen median palveluissa", ["social_media"]),
    ("Edustamansa yhteisö/yritys", ["organization"]),
    ("suoramarkkinointikiellot", ["marketing_consent"]),
    ("Markkinointiluvat ja -kiellot", ["marketing_consent"]),
    ("verkkolaskuosoite", ["billing"]),  # not the address: an e-invoicing id
    # a group with no details is the group
    ("yhteystiedot", ["contact"]),
    # a group that only looks like a word is not the group ("identifiers" is not "identity")
    ("cookie identifiers", ["online_identifier"]),
    # Swedish and English
    ("förbud mot direktmarknadsföring", ["marketing_consent"]),
    ("Contact details (email address, phone number, postal address)", ["email", "phone", "address"]),
    # said not to be kept
    ("Maksutapa (emme tallenna korttinumeroita)", ["billing"]),
    ("Payment information (we do not store card numbers)", ["billing"]),
    # vague catch-alls and things without a category
    ("muut asiakassuhteeseen liittyvät tiedot", []),
    ("Lempiväri", []),
    ("kulkukortin numero", []),  # an access card is not a payment card
])
def test_map_phrase(phrase, expected):
    assert keys(phrase) == expected


def texts_and_keys(*lines: str) -> list[tuple[str, list[str]]]:
    body = [(number, line) for number, line in enumerate(lines, start=1)]
    return [(p.text, [m.key for m in p.matches]) for p in split_items(body)]


def test_sentence_with_lead_in_and_conjunction():
    assert texts_and_keys("Asiakkaista talletetaan seuraavat tiedot: nimi, osoite ja lupa uutiskirjeeseen.") == [
        ("nimi", ["name"]), ("osoite", ["address"]), ("lupa uutiskirjeeseen", ["marketing_consent"])]


def test_dash_items_run_together_on_one_line():
    line = "Henkilörekisteri sisältää seuraavia tietoja: - Henkilön etu- ja sukunimi- Y-tunnus- Puhelinnumero"
    assert texts_and_keys(line) == [("Henkilön etu- ja sukunimi", ["name"]), ("Y-tunnus", ["business_id"]),
                                    ("Puhelinnumero", ["phone"])]


def test_label_before_colon_gives_way_to_its_items():
    assert texts_and_keys("Perustiedot: nimi, syntymäaika ja sukupuoli") == [
        ("nimi", ["name"]), ("syntymäaika", ["birth_date"]), ("sukupuoli", ["gender"])]


def test_pronoun_part_stays_with_the_item_before():
    assert texts_and_keys("tiedot tilatuista tuotteista, palveluista ja niiden muutoksista") == [
        ("tiedot tilatuista tuotteista", ["order_history"]), ("palveluista ja niiden muutoksista", [])]


def test_hard_wrapped_lines_are_joined():
    assert texts_and_keys("nimi, puhelinnumero ja lupa sähköpostitarjouksien", "lähettämiseen.") == [
        ("nimi", ["name"]), ("puhelinnumero", ["phone"]),
        ("lupa sähköpostitarjouksien lähettämiseen", ["marketing_consent"])]


@pytest.mark.parametrize("raw, clean", [("– Osoite", "Osoite"), ("3. Nimi;", "Nimi"), ("sekä muut tiedot.", "muut tiedot"),
                                        ("• Puhelinnumero ", "Puhelinnumero")])
def test_clean_item(raw, clean):
    assert clean_item(raw) == clean


def test_examples_after_kuten_win_over_the_group():
    assert texts_and_keys("Asiakkaasta tallennetaan perustiedot, kuten nimi ja syntymäaika.") == [
        ("Asiakkaasta tallennetaan perustiedot (nimi ja syntymäaika)", ["name", "birth_date"])]


def test_sentences_are_cut_and_lead_ins_stay_out_of_categories():
    assert [keys for _, keys in texts_and_keys("Tallennamme nimen. Lisäksi tallennetaan yhteystiedot.")] == [
        ["name"], ["contact"]]


def test_table_of_data_and_purpose_maps_the_data_column_only():
    assert texts_and_keys("Sähköpostiosoite\tlaskutus ja tiedotteet") == [("Sähköpostiosoite", ["email"])]


def test_a_group_key_in_prose_is_not_the_group():
    assert keys("billing of customers who contact us") == ["billing"]


def test_table_of_labels_and_examples_maps_the_examples():
    assert texts_and_keys("Identity data\tfirst name, last name, date of birth") == [
        ("Identity data (first name, last name, date of birth)", ["name", "birth_date"])]


def test_subject_label_line_is_not_an_item():
    assert texts_and_keys("Asiakasyritysten yhteyshenkilöistä:", "- nimi") == [("nimi", ["name"])]


def test_table_of_label_examples_and_purpose_maps_the_examples_only():
    # a third column is the purpose: "tilausten toimitus" there is no order history
    assert texts_and_keys("Yhteystiedot\ttoimitusosoite, matkapuhelinnumero\ttilausten toimitus") == [
        ("Yhteystiedot (toimitusosoite, matkapuhelinnumero)", ["address", "phone"])]


def test_a_clause_that_negates_the_part_before_it_declares_nothing():
    assert [k for _, k in texts_and_keys("Korttitiedot käsittelee maksunvälittäjä, emme näe niitä.")] == [[], []]
    assert keys("Maksaminen (maksutapa, Korttitiedot käsittelee maksunvälittäjä, emme näe niitä)") == ["billing"]


def test_a_group_sub_heading_gives_way_to_the_items_below_it():
    assert texts_and_keys("Potilaan perustiedot", "nimi, henkilötunnus", "Hoitoon liittyvät tiedot",
                          "allergiat") == [("Potilaan perustiedot", []), ("nimi", ["name"]),
                                           ("henkilötunnus", ["personal_identity_code"]),
                                           ("Hoitoon liittyvät tiedot", []), ("allergiat", ["health"])]
    # with nothing of its own below, the group stays
    assert texts_and_keys("Yhteystiedot", "Hoitoon liittyvät tiedot") == [("Yhteystiedot", ["contact"]),
                                                                          ("Hoitoon liittyvät tiedot", [])]


@pytest.mark.parametrize("phrase, expected", [
    ("ajokortti- ja trukkikorttitiedot", []),  # a compound ending in a generic card word is no payment card
    ("maksukortin numero", ["payment_card"]),
    ("whether you have opted in to marketing emails", ["marketing_consent"]),
    ("verkkoportfolion osoite", ["website"]),
    ("röntgenkuvat ja hoitosuunnitelma", ["health"]),
    ("varatut ja peruutetut vastaanottoajat", ["order_history"]),
])
def test_round_six_vocabulary(phrase, expected):
    assert keys(phrase) == expected


def test_the_address_of_a_web_thing_is_its_url_not_a_postal_address():
    assert keys("LinkedIn-profiilin osoite") == ["social_media"]
    assert keys("nimi, kotisivu ja osoite") == ["name", "website", "address"]


@pytest.mark.parametrize("phrase, expected", [
    ("Alle 15-vuotiaan asiakkaan huoltajan nimi", ["name"]),  # "alle" is no lemma of "allergies"
    ("ammattiliiton jäsenyys on arkaluonteinen tieto", ["special_category"]),  # the member over its group
    ("Jäsenlehden tilaus", []),  # a magazine subscription is no order
    ("nelinumeroinen PIN-koodi", ["credentials"]),
    ("the GPS route of each trip", ["location", "order_history"]),
    ("sådana uppgifter om elevens hälsa", ["health"]),
    ("vuokrasopimukset", []),  # a lease is the contract, not something bought (rounds 17 and 34 read it so)
    ("vastikerästit", ["billing"]),
])
def test_round_seven_vocabulary(phrase, expected):
    assert keys(phrase) == expected


def test_slash_separated_items_and_one_item_per_line_lists_stay_apart():
    assert texts_and_keys("nimi / syntymäaika / osoite / puhelin / sähköposti", "ajokortin numero ja voimassaolo",
                          "luottokortin tiedot vakuudeksi (tallennetaan vuokrasopimuksen ajaksi)")[:6] == [
        ("nimi", ["name"]), ("syntymäaika", ["birth_date"]), ("osoite", ["address"]), ("puhelin", ["phone"]),
        ("sähköposti", ["email"]), ("ajokortin numero ja voimassaolo", [])]


@pytest.mark.parametrize("phrase, expected", [
    ("e-mail address", ["email"]),
    ("Vierailijaverkon käyttäjien laitteiden MAC-osoitteet", ["online_identifier"]),
    ("käyttäjätunnus ja salasana", ["credentials", "online_identifier"]),  # a username is an identifier too
    ("Kuponkikoodit ja niiden käytöt", ["coupons"]),
    ("We record the services you buy from us", ["order_history"]),
])
def test_round_eight_vocabulary(phrase, expected):
    assert keys(phrase) == expected


def test_a_line_about_an_animal_declares_nothing_about_a_person():
    assert texts_and_keys("* omistajan nimi, puhelinnumero", "* eläimen nimi, rotu, syntymäaika",
                          "* eläimen sairauskertomus") == [("omistajan nimi", ["name"]), ("puhelinnumero", ["phone"]),
                                                           ("eläimen nimi, rotu, syntymäaika", []),
                                                           ("eläimen sairauskertomus", [])]


def test_a_negated_clause_that_names_its_own_referent_leaves_the_part_before_it():
    assert [k for _, k in texts_and_keys(
        "the payments you make, your card details go to our provider and we never see them")] == [["billing"], []]


def test_town_is_an_address():
    assert keys("your town and a profile photo") == ["address"]


@pytest.mark.parametrize("phrase, expected", [
    ("👉 nimesi ja puhelinnumerosi", ["name", "phone"]),  # possessive suffixes: your name, your phone number
    ("LinkedIn profile URL", ["social_media"]),  # the URL of a profile is no second website
    ("tiedot henkilöllisyyden todentamisesta", []),  # a group word modifying another declares no group
    ("Asiakkaan yhteystiedot", ["contact"]),
    ("bryggplats", []),  # a compound ending in the generic "plats" is no location
])
def test_round_ten_vocabulary(phrase, expected):
    assert keys(phrase) == expected


def keys(text):
    return [m.key for m in map_phrase(text)]


@pytest.mark.parametrize(("text", "not_key"), [
    ("Tallennamme vain toiminnan kannalta tarpeelliset tiedot", "organization"),
    ("korttiin kirjoitettu tervehdysteksti", "health"), ("Ammattipätevyyskoulutukset", "job_title"),
    ("paid by your occupational health provider", "job_title")])
def test_a_known_word_or_an_english_derivation_is_not_a_term_by_its_first_letters(text, not_key):
    assert not_key not in keys(text)


def test_compounds_that_name_a_category_by_their_first_part():
    assert keys("LinkedIn-profiilin osoite") == ["social_media"]
    assert keys("sairauspoissaolot") == ["health"]


@pytest.mark.parametrize("text", ["We do not collect your personal identity code (henkilötunnus)",
                                  "Vi sparar inga kortnummer", "eikä korttitieto tule käyttöömme",
                                  "Korttimaksut käsittelee maksunvälittäjä omassa järjestelmässään",
                                  "card payments are handled by our payment provider"])
def test_what_is_said_not_to_be_kept_or_kept_elsewhere_declares_nothing(text):
    assert keys(text) == []


@pytest.mark.parametrize("text", ["ostetut sarjakortit", "tilatut osallistumispaketit", "köpta seriekort",
                                  "tiedot varatuista kuvauksista", "the tickets you have bought"])
def test_what_was_bought_or_booked_is_order_history(text):
    assert keys(text) == ["order_history"]


def test_the_times_of_bookings_are_not_order_history():
    assert keys("käyntien ja ajanvarausten ajankohdat") == []


@pytest.mark.parametrize("text", ["kotisivujemme tilauslomakkeella", "Website visitors", "when you visit our website",
                                  "Verkkosivujen käyttötiedot", "bilder på föreningens webbplats"])
def test_the_controllers_own_website_is_not_the_persons_website(text):
    assert "website" not in keys(text)


def test_a_persons_website_is_still_a_website():
    assert keys("kotisivun osoite") == ["website"]
    assert keys("your website address") == ["website"]


def test_a_table_header_says_which_columns_hold_data():
    body = [(1, "Tietoryhmä\tTiedot\tKäyttötarkoitus"), (2, "Yritystiedot\tedustamasi yritys ja sen Y-tunnus\tlaskutus"),
            (3, "Verkkosivujen käyttötiedot\tevästetunnisteet, IP-osoite\tanalytiikka, uutiskirjeen lähettäminen")]
    declared = {m.key for phrase in split_items(body) for m in phrase.matches}
    assert declared == {"organization", "business_id", "online_identifier", "ip_address"}


def test_a_two_part_term_inside_a_longer_phrase_names_both_parts():
    assert set(keys("ajanvarausjärjestelmän käyttäjätunnus ja salasana")) == {"credentials", "online_identifier"}
    assert keys("Instagramprofil") == ["social_media"]


def test_items_under_an_animal_sub_heading_or_label_are_the_animals():
    body = [(1, "Omistajan tiedot"), (2, "- nimi"), (3, "- puhelinnumero"), (4, "Lemmikin tiedot"), (5, "- nimi"),
            (6, "- syntymäaika ja sukupuoli"), (7, "- sairaushistoria"), (8, "Laskutus"), (9, "- laskut")]
    assert {m.key for p in split_items(body) for m in p.matches} == {"name", "phone", "billing"}
    labelled = [(1, "Tiedot hevosesta: nimi, syntymäaika, terveystiedot"), (2, "Ratsastajan tiedot: nimi, sähköposti")]
    assert {m.key for p in split_items(labelled) for m in p.matches} == {"name", "email"}


@pytest.mark.parametrize(("text", "expected"), [
    ("koti- ja sähköpostiosoite", ["email", "address"]),
    ("alennus- ja kampanjakoodit", ["coupons"]),
    ("discount and presale codes you have used", ["coupons"]),
    ("maksu- ja laskutustiedot", ["billing"]),  # the financial group's term, in a list, means the bills
    ("lupa tarjousviestien lähettämiseen tekstiviestillä kyllä/ei", ["marketing_consent"]),
    ("lupa rokotus- ja kontrollimuistutusten lähettämiseen", []),
    ("uppgifter om terminsavgifter och betalningspåminnelser", ["billing"]),
    ("the personal identity code is collected under our separate employee privacy notice", []),
    ("Your card details are entered directly into the payment form of our payment service provider", ["billing"]),
    ("Vakuutusmaksujen laskutuksesta vastaa vakuutusyhtiö", []),
])
def test_round_nineteen_to_twenty_four_rules(text, expected):
    assert keys(text) == expected


def test_a_list_pasted_onto_one_line_with_lowercase_items_is_split():
    body = [(1, "- nimi ja henkilötunnus- yhteystiedot: puhelinnumero ja postiosoite- ammatti- markkinointiluvat ja -kiellot")]
    declared = {m.key for p in split_items(body) for m in p.matches}
    assert declared == {"name", "personal_identity_code", "phone", "address", "job_title", "marketing_consent"}


def test_an_animal_label_inside_a_table_cell_turns_the_rest_to_the_animal():
    body = [(1, "Om djurägaren: - Namn - Adress - Prenumeration på nyhetsbrevet • Om djuret: - Namn, ras, kön och "
                "födelsedatum - Patientjournal: diagnoser")]
    assert {m.key for p in split_items(body) for m in p.matches} == {"name", "address", "marketing_consent"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Bank account number (IBAN) for paying mentor fees", ["bank_account"]),
    ("tilinumero korvauksen maksamista varten", ["bank_account"]),
    ("referenssikohteen kuvat kotisivuilla", []),
    ("lupa valokuvien julkaisemiseen seuran verkkosivuilla", []),
    ("username and password if the school does not use MPASSid", ["credentials", "online_identifier"]),
    ("tax card details", []),
    ("only if you ask us to deduct your union fees from your salary", ["special_category"]),
    ("tieto uskonnolliseen yhdyskuntaan kuulumisesta", ["special_category"]),
])
def test_round_twenty_five_to_thirty_four_rules(text, expected):
    assert sorted(keys(text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("rotu ja syntymäpäivä", []),
    ("the finance company processes your identity code as an independent controller", []),
    ("Om du väljer faktura behandlar betaltjänstleverantören din personbeteckning", []),
])
def test_round_thirty_five_to_forty_two_rules(text, expected):
    assert keys(text) == expected


def test_a_long_lead_in_that_is_itself_a_list_keeps_its_items():
    body = [(1, "I registret behandlas patientens namn, personbeteckning, adress och telefonnummer, samt de uppgifter "
                "som behövs för vården: anamnes, diagnoser")]
    assert {m.key for p in split_items(body) for m in p.matches} == {
        "name", "personal_identity_code", "address", "phone", "health"}


def test_a_persons_homepage_addresses_are_a_website_and_no_postal_address():
    assert keys("kotisivujen osoitteet") == ["website"]
    assert keys("kotisivuilla") == []  # on (our) homepage: where something is published
    assert keys("Verkkosivujen ja Oma Esimerkki -sovelluksen käyttäjät") == []


def test_identity_that_is_checked_is_not_kept():
    body = [(1, "Henkilöllisyys ja ikä tarkistetaan kuvallisesta henkilöllisyystodistuksesta.")]
    assert {m.key for p in split_items(body) for m in p.matches} <= {"birth_date"}


def test_a_table_header_naming_processed_data_marks_the_data_column():
    body = [(1, "Rekisteröityjen ryhmä\tKäsiteltävät tiedot"), (2, "Yritystiedot\tedustamasi yritys ja sen Y-tunnus")]
    assert {m.key for p in split_items(body) for m in p.matches} == {"organization", "business_id"}
    without_header = [body[1]]  # a first cell that names a category is read as "data | purpose"
    assert {m.key for p in split_items(without_header) for m in p.matches} == {"organization"}
