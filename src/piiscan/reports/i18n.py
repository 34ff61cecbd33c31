"""Words and number formats of the DPO's report, in Finnish (the default) and English.

>>> Labels("fi").percent(0.99)
'99 %'
>>> Labels("en").percent(0.5)
'50%'
>>> Labels("fi").integer(12000)
'12\\xa0000'
>>> Labels("fi").timestamp("2026-11-24T05:06:24Z")
'24.11.2026 klo 5.06 UTC'
>>> Labels("en").timestamp("2026-11-24T05:06:24Z")
'2026-11-24 05:06 UTC'
>>> Labels("fi").date("2025-05-25")
'25.5.2025'
>>> Labels("fi")["verdict"]
'Tulos'
"""

from __future__ import annotations

from datetime import date, datetime

LANGUAGES = ("fi", "en")

_WORDS: dict[str, tuple[str, str]] = {
    # header
    "title": ("Henkilötietojen tarkastusraportti", "Personal data scan report"),
    "controller": ("Rekisterinpitäjä", "Controller"),
    "business_id": ("Y-tunnus", "Business ID"),
    "notice_date": ("Selosteen päiväys", "Notice date"),
    "notice_file": ("Selostetiedosto", "Notice file"),
    "scanned_at": ("Tarkastettu", "Scanned"),
    "duration": ("Kesto", "Duration"),
    "seconds": ("s", "s"),
    "sources": ("Tietolähteet", "Sources"),
    "tool": ("Työkalu", "Tool"),
    "no_notice": ("(selostetta ei annettu)", "(no notice given)"),
    "not_given": ("ei ilmoitettu", "not given"),
    # "label: number", so that Finnish needs no numeral agreement ("1 taulu", "2 taulua")
    "tables_of": ("tauluja tarkastettu", "tables scanned"),
    "tables_failed": ("epäonnistui", "failed"),
    # verdict
    "verdict": ("Tulos", "Verdict"),
    # Counts are written "label: number" so that Finnish needs no numeral agreement.
    "summary_undeclared": ("Selosteesta puuttuvia tietoryhmiä", "Undeclared categories"),
    "summary_columns": ("Sarakkeita, joissa niitä on", "Columns holding them"),
    "summary_not_observed": ("Mainittuja tietoryhmiä, joita ei havaittu", "Declared categories not observed"),
    # sections
    "undeclared_heading": ("Selosteesta puuttuvat henkilötiedot", "Personal data the notice does not declare"),
    "undeclared_none": ("Tarkastetuista tiedoista ei löytynyt henkilötietoja, joita seloste ei mainitse.",
                        "No personal data missing from the notice was found in what was scanned."),
    "add_to_notice": ("Lisää selosteen kohtaan ”Rekisterin tietosisältö”:",
                      "Add to the notice's section “Data content of the register”:"),
    "legal": ("Huomioitava", "Legal note"),
    "suspected_hint": (
        "Löydös perustuu vain sarakkeen nimeen. Tarkista sarakkeen sisältö ennen selosteen muuttamista; jos "
        "sarakkeessa ei ole tällaisia tietoja, selostetta ei tarvitse muuttaa.",
        "Only the column name points at this category. Check the column's contents before changing the "
        "notice; if it holds no such data, the notice need not change."),
    "declared_found_heading": ("Selosteessa mainitut ja löydetyt henkilötiedot", "Declared personal data found"),
    "not_observed_heading": ("Selosteessa mainitut tiedot, joita ei havaittu", "Declared categories not observed"),
    "not_observed_intro": (
        "Näitä tietoryhmiä ei löytynyt tarkastetuista tietolähteistä. Tiedot voivat olla muualla "
        "(esimerkiksi paperilla tai toisessa järjestelmässä), tai seloste voi mainita tietoja, joita ei "
        "enää kerätä. Tarkista, pitääkö selostetta täsmentää.",
        "These categories were not found in the sources scanned. The data may be kept elsewhere (on paper "
        "or in another system), or the notice may declare data that is no longer collected. Check whether "
        "the notice should be made more precise."),
    "in_notice": ("selosteessa", "in the notice"),
    "not_observed_none": ("Kaikki selosteessa mainitut tietoryhmät löytyivät.",
                          "Every declared category was found."),
    "allowed_heading": ("Hyväksytyt poikkeukset", "Accepted findings"),
    "allowed_intro": ("Sarakkeet, jotka on hyväksytty selostetiedostossa kirjallisin perusteluin (allow). Niitä ei "
                      "lasketa puutteiksi.",
                      "Columns accepted with a written reason in the notice's allow list. They are not counted "
                      "as gaps."),
    "reason": ("Perustelu", "Reason"),
    "gone_heading": ("Edellisen tarkastuksen jälkeen poistuneet löydökset", "Findings gone since the previous scan"),
    "matrix_heading": ("Tietoryhmät ja tietolähteet", "Categories by source"),
    "matrix_intro": ("Mainittu = seloste mainitsee tietoryhmän; löytyi = tietoryhmä löytyi lähteestä.",
                     "Declared = the notice declares the category; found = the category was found in the source."),
    "datamap_heading": ("Tietokartta tauluittain", "Data map by table"),
    "datamap_intro": ("Mitä henkilötietoja kustakin taulusta löytyi ja miten taulu tarkastettiin. Pohja "
                      "tietosuoja-asetuksen 30 artiklan mukaiselle selosteelle käsittelytoimista.",
                      "Which personal data each table holds and how the table was sampled. A draft for the "
                      "record of processing activities under Article 30 of the GDPR."),
    "problems_heading": ("Kohteet, joita ei voitu tarkastaa kokonaan", "What could not be scanned completely"),
    "problems_intro": ("Näitä tietolähteitä, tauluja tai sarakkeita ei voitu tarkastaa kokonaan. Niissä voi "
                       "olla henkilötietoja, joita raportti ei näytä.",
                       "These sources, tables or columns could not be scanned completely. They may hold "
                       "personal data this report does not show."),
    "problems_none": ("Kaikki tietolähteet ja taulut tarkastettiin.", "Every source and table was scanned."),
    "legend_heading": ("Käsitteet", "Terms"),
    "legend": (
        "Varmistettu: arvot itse osoittavat tietoryhmän (esimerkiksi tarkistusmerkki täsmää). Epäilty: vain "
        "sarakkeen nimi viittaa tietoryhmään; tarkista sarakkeen sisältö. Esimerkit on peitetty, eikä "
        "raportti sisällä yhtään alkuperäistä arvoa.",
        "Confirmed: the values themselves prove the category (for example a check digit matches). "
        "Suspected: only the column name suggests it; check the column's contents. Examples are masked; the "
        "report holds no original value."),
    # table headings
    "category": ("Tietoryhmä", "Category"),
    "group": ("Ryhmä", "Group"),
    "where": ("Sijainti", "Location"),
    "source": ("Tietolähde", "Source"),
    "table": ("Taulu", "Table"),
    "column": ("Sarake", "Column"),
    "meta_key": ("avain", "key"),
    "evidence": ("Peruste", "Evidence"),
    "certainty": ("Varmuus", "Certainty"),
    "confidence": ("Luotettavuus", "Confidence"),
    "matched": ("Osumat", "Matches"),
    "rows_of": ("/", "of"),
    "rows": ("riviä", "rows"),
    "rows_heading": ("Rivit", "Rows"),
    "name_only_matched": ("täytetty {filled} / {sampled} riviä", "{filled} of {sampled} rows filled"),
    "rows_sampled_of": ("{sampled} / noin {estimated} riviä", "{sampled} of about {estimated} rows"),
    "rows_sampled_all": ("kaikki {sampled} riviä", "all {sampled} rows"),
    "rows_sampled": ("{sampled} riviä", "{sampled} rows"),
    "in_text": ("vapaassa tekstissä", "in free text"),
    "examples": ("Esimerkit (peitetty)", "Examples (masked)"),
    "no_examples": ("–", "–"),
    "change": ("Muutos", "Change"),
    "status": ("Tila", "Status"),
    "sampling": ("Otanta", "Sampling"),
    "found_categories": ("Löydetyt henkilötiedot", "Personal data found"),
    "none_found": ("ei henkilötietoja", "no personal data"),
    "error": ("Virhe", "Error"),
    "warning": ("Varoitus", "Warning"),
    "whole_source": ("koko tietolähde", "whole source"),
    # values
    "evidence_value": ("arvot", "values"),
    "evidence_name": ("sarakkeen nimi", "column name"),
    "evidence_value+name": ("arvot ja sarakkeen nimi", "values and column name"),
    "verdict_confirmed": ("varmistettu", "confirmed"),
    "verdict_suspected": ("epäilty", "suspected"),
    "change_new": ("uusi", "new"),
    "change_unchanged": ("ennallaan", "unchanged"),
    "change_gone": ("poistunut", "gone"),
    "status_ok": ("tarkastettu", "scanned"),
    "status_partial": ("osittain", "partly"),
    "status_error": ("epäonnistui", "failed"),
    "cell_both": ("mainittu ja löytyi", "declared and found"),
    "cell_found": ("löytyi, ei mainittu", "found, not declared"),
    "cell_allowed": ("löytyi, hyväksytty", "found, accepted"),
    "cell_declared": ("mainittu", "declared"),
    "cell_unscanned": ("ei tarkastettu", "not scanned"),
    "generated_by": ("Raportti on laadittu piiscan-työkalulla, versio", "Report made by piiscan, version"),
}

# Verdict sentences take {categories}, {count} and {failed}.
_VERDICTS: dict[str, tuple[str, str]] = {
    "undeclared_one": (
        "Tarkastetuista tiedoista löytyi henkilötietoja, joita tietosuojaseloste ei mainitse: {categories}.",
        "The scanned data holds personal data that the privacy notice does not declare: {categories}."),
    "undeclared_many": (
        "Tarkastetuista tiedoista löytyi {count} henkilötietoryhmää, joita tietosuojaseloste ei mainitse: "
        "{categories}.",
        "The scanned data holds {count} categories of personal data that the privacy notice does not declare: "
        "{categories}."),
    "clean": ("Kaikki löydetyt henkilötiedot on mainittu tietosuojaselosteessa.",
              "All personal data found is declared in the privacy notice."),
    "clean_incomplete": (
        "Tarkastetuista tiedoista ei löytynyt selosteesta puuttuvia henkilötietoja, mutta tarkastus jäi "
        "kesken ({failed}), joten tulos ei kata kaikkia tietoja.",
        "Nothing undeclared was found in what was scanned, but the scan is incomplete ({failed}), so the "
        "result does not cover all data."),
    "incomplete_suffix": (" Lisäksi tarkastus jäi kesken ({failed}).", " The scan is also incomplete ({failed})."),
    "no_notice": (
        "Tietosuojaselostetta ei annettu vertailuun; alla ovat kaikki löydetyt henkilötiedot.",
        "No privacy notice was given for comparison; all personal data found is listed below."),
    "failed_count": ("epäonnistuneita tauluja tai lähteitä: {count}", "failed tables or sources: {count}"),
}


# How a table was sampled, by the start of the connector's method string (connectors/base.py Sample).
_SAMPLING: list[tuple[str, tuple[str, str]]] = [
    # the start of each sampling method the connectors write (connectors/sampling.py, files.py)
    ("all rows", ("kaikki rivit", "all rows")),
    ("order by rand", ("satunnaisotanta", "random sample")),
    ("tablesample", ("satunnaisotanta tietokannan lohkoista", "random sample of database blocks")),
    ("primary-key ranges", ("otanta perusavaimen väleiltä", "sample of primary-key ranges")),
    ("random rowids", ("satunnaisotanta rivitunnisteista", "random sample of row ids")),
    ("reservoir sample", ("satunnaisotanta koko tiedostosta", "random sample of the whole file")),
    ("first rows", ("ensimmäiset rivit", "first rows")),
    ("no columns", ("ei sarakkeita", "no columns")),
]


class Labels:
    """The report's words and number formats in one language; ``labels["key"]`` gives a word."""

    def __init__(self, lang: str = "fi"):
        if lang not in LANGUAGES:
            raise ValueError(f"unknown report language {lang!r}; use one of {', '.join(LANGUAGES)}")
        self.lang = lang
        self._index = LANGUAGES.index(lang)

    def __getitem__(self, key: str) -> str:
        return _WORDS[key][self._index]

    def words(self) -> dict[str, str]:
        """Every word in this language, for templates."""
        return {key: pair[self._index] for key, pair in _WORDS.items()}

    def get(self, key: str, default: str) -> str:
        """The word for key, or default when the key is unknown (e.g. a new status value)."""
        return _WORDS[key][self._index] if key in _WORDS else default

    def verdict(self, key: str, **values: object) -> str:
        return _VERDICTS[key][self._index].format(**values)

    def sampling(self, method: str | None) -> str:
        """A sampling method in words, with the connector's own description after it."""
        if not method:
            return "–"
        for prefix, words in _SAMPLING:
            if method.lower().startswith(prefix):
                return f"{words[self._index]} ({method})"
        return method

    def percent(self, share: float) -> str:
        number = round(share * 100)
        return f"{number} %" if self.lang == "fi" else f"{number}%"

    def integer(self, value: int | None) -> str:
        if value is None:
            return "–"
        text = f"{value:,}"
        # Finnish groups thousands with a space (non-breaking, so that "1 000" stays on one line).
        return text.replace(",", "\u00a0") if self.lang == "fi" else text

    def seconds(self, value: float | None) -> str:
        if value is None:
            return "–"
        text = f"{value:.1f}"
        return (text.replace(".", ",") if self.lang == "fi" else text) + " s"

    def timestamp(self, iso: str | None) -> str:
        """An ISO 8601 UTC time as a reader writes it; unparseable text is shown as it is."""
        if not iso:
            return "–"
        try:
            when = datetime.fromisoformat(iso.replace("Z", "+00:00"))
        except ValueError:
            return iso
        if self.lang == "fi":
            return f"{when.day}.{when.month}.{when.year} klo {when.hour}.{when.minute:02d} UTC"
        return f"{when:%Y-%m-%d %H:%M} UTC"

    def date(self, iso: str | None) -> str:
        if not iso:
            return self["not_given"]
        try:
            day = date.fromisoformat(str(iso)[:10])
        except ValueError:
            return str(iso)
        return f"{day.day}.{day.month}.{day.year}" if self.lang == "fi" else day.isoformat()
