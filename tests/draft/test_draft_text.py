"""Reading notices: HTML pages, Markdown, plain text with pasted HTML; headings and header fields."""

from __future__ import annotations

from piiscan.draft.sections import (data_sections, find_business_id, find_controller, find_dates, heading_kind,
                                    split_sections)
from piiscan.draft.text import html_to_text, markdown_to_text, read_notice_text

PAGE = """<!DOCTYPE html><html><head><title>Seloste</title><style>p {color: red}</style>
<script>var tracking = "nimi";</script></head><body>
<nav><ul><li>Etusivu</li><li>Ostoskori</li></ul></nav>
<h2>Rekisterin tietosisältö</h2><ul><li>Nimi</li><li>Osoite</li></ul>
<footer>Toimitusehdot</footer></body></html>"""


def test_html_page_keeps_content_and_drops_navigation_scripts_styles():
    text = html_to_text(PAGE)
    assert text.splitlines() == ["## Rekisterin tietosisältö", "- Nimi", "- Osoite"]


def test_html_table_rows_become_tab_rows():
    assert html_to_text("<table><tr><th>Rekisterin nimi</th><td>Jäsenet<br>2024</td></tr></table>") == \
        "Rekisterin nimi\tJäsenet • 2024"  # a line break in a cell separates items and keeps the row


def test_markdown_headings_bullets_tables():
    text = markdown_to_text("## Rekisterin nimi\n| a | b |\n|---|---|\n| Rekisterinpitäjä | Esimerkki Oy |\n+ item")
    assert text.splitlines() == ["## Rekisterin nimi", "a\tb", "Rekisterinpitäjä\tEsimerkki Oy", "- item"]


def test_plain_text_with_pasted_html_keeps_the_row_on_one_line(tmp_path):
    path = tmp_path / "seloste.txt"
    path.write_text("Rekisterin tietosisältö\t<p>Nimi</p> <ul><li>Osoite</li></ul>\nMuuta\n", encoding="utf-8")
    assert read_notice_text(path)[0] == "Rekisterin tietosisältö\tNimi • Osoite"


def test_windows_1252_page_is_read_when_it_says_so(tmp_path):
    path = tmp_path / "seloste.html"
    path.write_bytes('<html><head><meta charset="windows-1252"></head><body><p>Sähköposti</p></body></html>'
                     .encode("cp1252"))
    assert read_notice_text(path) == ["Sähköposti"]


def test_heading_kinds():
    assert heading_kind("4. REKISTERIN TIETOSISÄLTÖ") == "data"
    assert heading_kind("Registrets datainnehåll") == "data"
    assert heading_kind("Categories of personal data") == "data"
    assert heading_kind("Mistä tiedot saadaan?") == "other"
    assert heading_kind("Käsittelemme yhteyshenkilöistä seuraavia tietoja:") is None
    assert heading_kind("2. Puhelinnumero") is None  # a numbered item, not a heading


def test_controller_is_the_name_only():
    sections = split_sections(["Rekisterinpitäjä: Esimerkki Oy (Y-tunnus 1572860-0), Katu 1, 00100 Helsinki"])
    assert find_controller(sections) == "Esimerkki Oy"
    sections = split_sections(["Rekisterinpitäjä\tMatti Meikäläinen 040 1234567 matti@example.fi"])
    assert find_controller(sections) == "Matti Meikäläinen"


def test_business_id_must_be_valid_and_labelled():
    assert find_business_id(["Y-tunnus: 1572860-1"]) is None  # wrong check digit
    assert find_business_id(["Tilinumero 1572860-0"]) is None  # not labelled as a Y-tunnus
    assert find_business_id(["Y-tunnus", "1572860-0"]) == "1572860-0"


def test_dates_in_finnish_and_iso_form():
    assert find_dates(["Päivitetty 15.3.2023", "Last updated: 2024-09-01", "Laadittu 31.2.2020"]) == [
        ("Päivitetty", "2023-03-15"), ("Last updated", "2024-09-01")]


def test_more_heading_wordings():
    for heading in ("Rekisteriin talletettavat tiedot", "Henkilötiedot, joita käsittelemme",
                    "Vilka personuppgifter behandlar vi?", "What information do we collect?",
                    "3. Rekisteröidyistä kerättävät tiedot"):
        assert heading_kind(heading) == "data", heading
    assert heading_kind("2) Rekisteröityjen ryhmät") == "other"
    assert heading_kind("1. Asiakkaan nimi") is None  # an item of a numbered list


def test_unknown_data_heading_falls_back_to_the_section_naming_most_categories():
    from piiscan.draft.sections import data_sections

    lines = ["1. Rekisterinpitäjä", "Esimerkki Oy", "2. Asiakkuuden sisältö", "- Nimi", "- Puhelinnumero",
             "- Sähköpostiosoite", "3. Tietolähteet", "Asiakas itse, puhelimitse."]
    (section,) = data_sections(lines)
    assert section.heading == "Asiakkuuden sisältö (guessed: its lines list personal data)"
    assert [text for _, text in section.body] == ["- Nimi", "- Puhelinnumero", "- Sähköpostiosoite"]


def test_sub_headings_inside_the_data_section_do_not_end_it():
    from piiscan.draft.sections import data_sections

    lines = ["## What personal data we collect", "### Comments", "Your name and email address.",
             "### Cookies", "Your website address.", "## Who we share your data with", "Nobody."]
    (section,) = data_sections(lines)
    assert [text for _, text in section.body] == ["Comments", "Your name and email address.", "Cookies",
                                                  "Your website address."]


def test_a_colon_heading_after_the_data_ends_them():
    lines = ["REKISTERIN TIETOSISÄLTÖ:", "nimi / osoite", "TIETOLÄHTEET: Asiakas itse.",
             "SUOJAUS: järjestelmä on salasanalla suojattu"]
    assert [text for _, text in data_sections(lines)[0].body] == ["nimi / osoite"]


def test_a_sentence_saying_what_the_register_stores_opens_the_data_without_a_colon():
    lines = ["Ändamål", "Fakturering av avgifter.", "", "I registret sparas om eleven namn, adress och",
             "e-postadress.", "", "Uppgiftskällor", "Eleven."]
    section = data_sections(lines)[0]
    assert [text for _, text in section.body] == ["I registret sparas om eleven namn, adress och", "e-postadress."]


def test_what_we_collect_is_a_data_heading():
    assert heading_kind("What we collect about you") == "data"


def test_where_the_data_come_from_is_not_data():
    assert heading_kind("Where the data come from") == "other"


def test_information_you_give_us_is_a_data_heading():
    assert heading_kind("## Information you give us") == "data"
    assert heading_kind("Uppgifter som du lämnar") == "data"


def test_a_heading_of_unknown_words_over_a_list_of_data_is_a_data_section():
    from piiscan.draft.sections import data_sections

    lines = ["## Who we are", "Esimerkki Oy", "## Categories of personal data", "- Name", "- Email address",
             "## Things you tell us when you book", "- Phone number", "- Date of birth", "- Allergies",
             "## How long we keep data", "Two years."]
    headings = [section.heading for section in data_sections(lines)]
    assert headings == ["Categories of personal data"]  # the next one continues it
    assert [text for _, text in data_sections(lines)[0].body][-1] == "- Allergies"


def test_an_unknown_heading_over_prose_that_mentions_data_is_not_a_data_section():
    from piiscan.draft.sections import data_sections

    lines = ["## Rekisterin tietosisältö", "- Nimi", "- Puhelinnumero", "## Sähköiset aineistot",
             "Ainoastaan määrätyillä työntekijöillä on oikeus käyttää rekisteriä ja ylläpitää sen tietoja.",
             "Kullakin käyttäjällä on oma henkilökohtainen käyttäjätunnus ja salasana.",
             "Palvelin on suojattu palomuurilla, eikä sähköpostiosoitteita näe kukaan muu."]
    (section,) = data_sections(lines)
    assert [text for _, text in section.body] == ["- Nimi", "- Puhelinnumero"]


def test_word_bullets_pasted_with_a_tab_are_bullets(tmp_path):
    from piiscan.draft.text import read_notice_text

    path = tmp_path / "seloste.txt"
    path.write_text("Rekisterin tietosisältö\n•\tnimi\no\tosoite\n", encoding="utf-8")
    assert read_notice_text(path)[1:3] == ["- nimi", "- osoite"]


def test_a_security_heading_naming_processed_data_is_no_data_heading():
    from piiscan.draft.sections import heading_kind

    assert heading_kind("Rekisterin suojauksen periaatteet B: ATK:lla käsiteltävät tiedot") == "other"
    assert heading_kind("B) Sähköisesti käsiteltävät tiedot") == "other"


def test_a_data_heading_with_nothing_under_it_yet_keeps_its_first_sub_group():
    lines = ["What personal data do we collect?", "Customers (contact persons of our client organisations)",
             "  • name", "  • email address", "Who receives the data?", "Nobody."]
    (section,) = data_sections(lines)
    assert [text for _, text in section.body][-1] == "• email address"


def test_a_question_naming_the_controller_is_the_controller_heading():
    from piiscan.draft.sections import heading_kind

    assert heading_kind("Kuka on rekisterinpitäjä?") == "controller"
    assert heading_kind("Asiakasyritysten yhteyshenkilöt") is None  # a group of data subjects, not the contact person


def test_a_controller_named_in_a_sentence_or_the_letterhead_is_found():
    from piiscan.draft.sections import find_controller_in_text

    assert find_controller_in_text(["Privacy notice", "Kyyti Go Oy (business ID 3088216-3) is the controller."]) \
        == "Kyyti Go Oy"
    assert find_controller_in_text(["Rekisterinpitäjänä toimii Energiayhdistys Virta ry."]) == "Energiayhdistys Virta ry"
    assert find_controller_in_text(["Tietosuojaseloste", "Revontulen Majoitus Oy", "Päivitetty 1.2.2024"]) \
        == "Revontulen Majoitus Oy"


def test_a_register_named_in_the_genitive_in_the_title():
    from piiscan.draft.sections import find_register

    lines = ["KIRJASTON ASIAKASREKISTERIN TIETOSUOJASELOSTE", "A. Rekisterinpitäjä", "Esimerkin kaupunki"]
    assert find_register(split_sections(lines)) == "Kirjaston asiakasrekisteri"


def test_word_bullets_run_together_on_one_line_are_not_table_cells(tmp_path):
    path = tmp_path / "seloste.txt"
    path.write_text("Rekisterin tietosisältö\n•\tNimi•\tPuhelinnumero•\tSähköposti\n", encoding="utf-8")
    assert "\t" not in read_notice_text(path)[1]


def test_unnumbered_sub_groups_stay_in_a_numbered_data_section():
    # "Asiakasyrityksen yhteyshenkilö" alone would open the contact-person section
    lines = ["3. Rekisterin tietosisältö", "- nimi", "Asiakasyrityksen yhteyshenkilö", "- sähköpostiosoite",
             "- puhelinnumero", "4. Tietolähteet", "Asiakas itse."]
    (section,) = data_sections(lines)
    assert [text for _, text in section.body][-1] == "- puhelinnumero"


def test_a_word_numbered_heading_with_a_tab_is_a_heading(tmp_path):
    path = tmp_path / "seloste.txt"
    path.write_text("4.\tTietolähteet\nAsiakas itse.\n5.\tRekisteriin talletettavat tiedot\nNimi\n", encoding="utf-8")
    lines = read_notice_text(path)
    assert lines[2] == "5. Rekisteriin talletettavat tiedot"
    assert [s.heading for s in data_sections(lines)] == ["Rekisteriin talletettavat tiedot"]


def test_html_blocks_inside_a_pasted_table_row_are_its_items():
    from piiscan.draft.text import strip_inline_html

    row = "Tiedot\t<p>Asiakkaista:</p><ul>- nimi</ul><p>Om djuret:</p>"
    assert strip_inline_html(row) == "Tiedot\tAsiakkaista: • - nimi • Om djuret:"
