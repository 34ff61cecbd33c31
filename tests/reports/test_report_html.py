"""The HTML report: content in Finnish and English, order by severity, escaping, and nothing fetched."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from piiscan.reports.html import render_html
from report_helpers import PG, visible_text


class _Collector(HTMLParser):
    """Tags, attributes and the ids of undeclared-category articles, in document order."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str | None]] = []
        self.category_ids: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.extend(attrs)
        ident = dict(attrs).get("id") or ""
        if tag == "article" and ident.startswith("undeclared-"):
            self.category_ids.append(ident.removeprefix("undeclared-"))


def _parse(html: str) -> _Collector:
    collector = _Collector()
    collector.feed(html)
    return collector


def test_finnish_report_leads_with_the_verdict_and_the_most_severe_gap(sample_report):
    html = render_html(sample_report, "fi")
    text = visible_text(html)
    assert ("Tarkastetuista tiedoista löytyi 4 henkilötietoryhmää, joita tietosuojaseloste ei mainitse: "
            "terveystiedot, henkilötunnus, maksukortin numero, salasanat ja muut tunnistautumistiedot.") in text
    assert "Lisäksi tarkastus jäi kesken (epäonnistuneita tauluja tai lähteitä: 2)." in text
    # special categories first, then henkilötunnus, payment card, credentials (shared/spec/categories.md)
    assert _parse(html).category_ids == ["health", "personal_identity_code", "payment_card", "credentials"]
    assert text.index("Tarkastetuista tiedoista löytyi") < text.index("Selosteesta puuttuvat henkilötiedot")


def test_header_names_register_controller_dates_sources_and_version(sample_report):
    text = visible_text(render_html(sample_report, "fi"))
    for expected in ("Testikauppa Oy:n asiakasrekisteri", "Rekisterinpitäjä: Testikauppa Oy", "Y-tunnus: 7654321-8",
                     "Selosteen päiväys: 1.3.2024", "Tarkastettu: 20.11.2026 klo 8.15 UTC", "piiscan 0.1.0",
                     "postgresql://reader@db.example.fi/kauppa – tauluja tarkastettu: 4, epäonnistui: 1"):
        assert expected in text


def test_each_undeclared_category_has_its_sentence_for_the_notice_and_legal_note(sample_report):
    text = visible_text(render_html(sample_report, "fi"))
    assert text.count("Lisää selosteen kohtaan ”Rekisterin tietosisältö”:") == 4
    for sentence in ("Rekisteriin tallennetaan rekisteröidyn henkilötunnus.",
                     "Rekisteriin tallennetaan rekisteröidyn terveydentilaa koskevat tiedot.",
                     "Rekisteriin tallennetaan rekisteröidyn maksukortin numero."):
        assert sentence in text
    assert "tietosuojalain (1050/2018) 29 §" in text
    assert "yleisen tietosuoja-asetuksen 9 artiklan" in text
    assert "PCI DSS" in text
    assert "suolattuina tiivisteinä" in text
    # only the health finding rests on a column name alone: it alone asks the DPO to look first
    assert text.count("Löydös perustuu vain sarakkeen nimeen.") == 1
    health = text[text.index("Terveystiedot Ryhmä"):text.index("Henkilötunnus Ryhmä")]
    assert "Löydös perustuu vain sarakkeen nimeen." in health


def test_findings_show_where_how_sure_and_how_many(sample_report):
    text = visible_text(render_html(sample_report, "fi"))
    assert "public.customers.ssn" in text
    assert "13****-***T, 01****A***X" in text
    assert f"public.payments.card {PG} varmistettu arvot 95 % 640 / 800 riviä 4***********1111 ennallaan" in text
    assert "public.wp_usermeta.meta_value (avain api_token)" in text
    assert f"public.customers.allergiat {PG} epäilty sarakkeen nimi 50 % täytetty 320 / 1\u00a0000 riviä" in text
    assert "31 / 250 riviä (vapaassa tekstissä)" in text
    assert "uusi" in text and "ennallaan" in text  # baseline changes are shown when present


def test_other_sections_in_finnish(sample_report):
    text = visible_text(render_html(sample_report, "fi"))
    # declared but not observed, with the hint what it may mean
    assert "Selosteessa mainitut tiedot, joita ei havaittu" in text
    assert ("Nimi (selosteessa: ”nimi”) Osoite (selosteessa: ”yhteystiedot”) "
            "Markkinointilupa (selosteessa: ”markkinointilupa”)") in text
    # gaps: the failed table, the unreachable source, the column that could not be classified
    assert f"Virhe {PG} public.archive permission denied for table archive" in text
    assert "Virhe mysql+pymysql://reader@old-db/crm koko tietolähde connection refused" in text
    assert f"Varoitus {PG} public.wp_usermeta column notes: recognizer timed out" in text
    # the accepted finding with its reason, and the finding gone since the baseline
    assert "Tiiviste säilytetään kirjanpitolain vuoksi" in text
    assert "Edellisen tarkastuksen jälkeen poistuneet löydökset Tietoryhmä" in text
    assert "public.old_leads.gsm" in text
    # matrix and data map, with how each table was sampled
    assert "Henkilötunnus löytyi, ei mainittu löytyi, hyväksytty ei tarkastettu" in text
    assert "Sähköpostiosoite mainittu ja löytyi mainittu ja löytyi ei tarkastettu" in text
    assert "Osoite mainittu mainittu ei tarkastettu" in text
    assert ("satunnaisotanta tietokannan lohkoista (tablesample system (1.2%)) "
            "1\u00a0000 / noin 84\u00a0000 riviä") in text
    assert "otanta perusavaimen väleiltä (primary-key ranges) 1\u00a0000 riviä" in text
    assert "satunnaisotanta (order by random()) kaikki 500 riviä" in text


def test_english_report(sample_report):
    text = visible_text(render_html(sample_report, "en"))
    assert ("The scanned data holds 4 categories of personal data that the privacy notice does not declare: "
            "health data, personal identity code, payment card number, passwords and other credentials.") in text
    assert "The register contains the data subject's personal identity code." in text
    assert "§ 29 of the Finnish Data Protection Act (1050/2018)" in text
    assert "Article 9 of the GDPR" in text
    assert "Declared categories not observed" in text
    assert "found, not declared" in text
    assert f"public.payments.card {PG} confirmed values 95% 640 of 800 rows" in text
    assert "Scanned: 2026-11-20 08:15 UTC" in text
    assert "Henkilötunnus" not in text and "Rekisteriin" not in text


def test_clean_scan_says_so(demo_report):
    demo_report["findings"] = [f for f in demo_report["findings"] if f["declared"]]
    text = visible_text(render_html(demo_report, "fi"))
    assert "Kaikki löydetyt henkilötiedot on mainittu tietosuojaselosteessa." in text
    assert "Tarkastetuista tiedoista ei löytynyt henkilötietoja, joita seloste ei mainitse." in text
    demo_report["sources"][0]["tables"] = [dict(t, error=None) for t in demo_report["sources"][0]["tables"]]
    text = visible_text(render_html(demo_report, "fi"))
    assert "Kaikki tietolähteet ja taulut tarkastettiin." in text


def test_demo_report_in_both_languages(demo_report):
    fi = visible_text(render_html(demo_report, "fi"))
    assert "Kahvipaahtimo Esimerkki Oy:n asiakasrekisteri" in fi
    assert "joita tietosuojaseloste ei mainitse: henkilötunnus." in fi
    assert "asiakkaat.hetu varmistettu" in fi
    assert "Rekisteriin tallennetaan rekisteröidyn henkilötunnus." in fi
    assert "IP-osoite" in fi  # declared in the demo notice, not observed
    en = visible_text(render_html(demo_report, "en"))
    assert "does not declare: personal identity code." in en


def test_values_from_the_report_are_escaped_never_markup(sample_report):
    html = render_html(sample_report, "fi")
    assert "<script" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;|x" in html
    assert "public.<script>alert(1)</script>|x.phone|no" in visible_text(html)


def test_page_is_self_contained_and_prints(sample_report):
    html = render_html(sample_report, "fi")
    parsed = _parse(html)
    assert not {"script", "link", "img", "iframe", "object", "embed", "base"} & set(parsed.tags)
    assert not any(name in {"src", "href", "srcset", "action"} for name, _ in parsed.attributes)
    assert not re.search(r"url\(|@import|https?://", html.split("</style>")[0])
    assert "default-src 'none'" in html
    assert "@media print" in html
    assert '<html lang="fi">' in html


def test_unknown_language_is_refused(sample_report):
    with pytest.raises(ValueError, match="unknown report language"):
        render_html(sample_report, "sv")


def test_every_sampling_method_of_the_connectors_is_translated():
    from piiscan.reports.i18n import Labels

    methods = ["order by rand() (seeded)", "random rowids", "primary-key ranges (50 x 20 rows)",
               "tablesample system (1.2%)", "reservoir sample, one pass (1000 of 10412000 rows)",
               "first rows (view)", "all rows"]
    for method in methods:
        assert Labels("fi").sampling(method) != method, method
