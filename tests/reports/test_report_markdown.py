"""The Markdown report: the content of the HTML page, escaped for ticket systems."""

from __future__ import annotations

from piiscan.reports.markdown import render_markdown


def test_finnish_markdown_has_the_sections_in_order(sample_report):
    md = render_markdown(sample_report, "fi")
    headings = [line for line in md.splitlines() if line.startswith("#")]
    assert headings[0] == "# Henkilötietojen tarkastusraportti: Testikauppa Oy:n asiakasrekisteri"
    assert headings[1:7] == [
        "## Tulos", "## Selosteesta puuttuvat henkilötiedot",
        "### 1. Terveystiedot (Ryhmä: Erityiset henkilötietoryhmät)",
        "### 2. Henkilötunnus (Ryhmä: Henkilöllisyys)", "### 3. Maksukortin numero (Ryhmä: Maksu- ja laskutustiedot)",
        "### 4. Salasanat ja muut tunnistautumistiedot (Ryhmä: Verkkotunnisteet)"]
    assert headings[7:] == [
        "## Selosteessa mainitut tiedot, joita ei havaittu", "## Kohteet, joita ei voitu tarkastaa kokonaan",
        "## Hyväksytyt poikkeukset",
        "## Selosteessa mainitut ja löydetyt henkilötiedot", "## Edellisen tarkastuksen jälkeen poistuneet löydökset",
        "## Tietoryhmät ja tietolähteet", "## Tietokartta tauluittain"]


def test_finnish_markdown_content(sample_report):
    md = render_markdown(sample_report, "fi")
    assert "**Tarkastetuista tiedoista löytyi 4 henkilötietoryhmää, joita tietosuojaseloste ei mainitse:" in md
    assert "> Rekisteriin tallennetaan rekisteröidyn henkilötunnus." in md
    assert "**Huomioitava:** Henkilötunnusta saa käsitellä vain tietosuojalain (1050/2018) 29 §:ssä" in md
    assert "| Rekisterinpitäjä | Testikauppa Oy |" in md
    assert "| **public.customers.ssn**<br>`postgresql://reader@db.example.fi/kauppa` | varmistettu | " in md
    assert "`13****-***T`, `01****A***X`" in md  # masked examples stay code spans: no emphasis
    assert "(avain `api_token`)" in md
    assert "Tiiviste säilytetään kirjanpitolain vuoksi" in md
    assert "| Virhe | `mysql+pymysql://reader@old-db/crm` | koko tietolähde | connection refused |" in md
    assert "| Henkilötunnus | löytyi, ei mainittu | löytyi, hyväksytty | ei tarkastettu |" in md
    assert "| Sähköpostiosoite | mainittu ja löytyi | mainittu ja löytyi | ei tarkastettu |" in md
    assert "satunnaisotanta tietokannan lohkoista (tablesample system (1.2%))" in md


def test_english_markdown(sample_report):
    md = render_markdown(sample_report, "en")
    assert "## Personal data the notice does not declare" in md
    assert "> The register contains the data subject's payment card number." in md
    assert "**Legal note:** Security: storing payment card numbers" in md
    assert "Rekisteri" not in md
    assert md.count("*Only the column name points at this category.") == 1


def test_table_and_column_names_cannot_break_tables_or_inject_html(sample_report):
    md = render_markdown(sample_report, "fi")
    assert "<script" not in md
    assert "public.&lt;script&gt;alert(1)&lt;/script&gt;\\|x" in md
    row = next(line for line in md.splitlines() if "phone\\|no" in line)
    assert row.count("|") - row.count("\\|") == 9  # 8 cells of the declared-found table: the pipes are escaped


def test_demo_markdown(demo_report):
    md = render_markdown(demo_report, "fi")
    assert "joita tietosuojaseloste ei mainitse: henkilötunnus.**" in md
    assert "| **asiakkaat.hetu** | varmistettu | arvot ja sarakkeen nimi | 99 % | 400 / 400 riviä |" in md
