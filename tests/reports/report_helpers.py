"""Helpers of the report tests: a report dict written by hand, and the text a reader sees in an HTML page.

The hand-written report has two sources (one partly failed, one unreachable), undeclared findings of
every severity class, a free-text finding in a key/value meta table, an accepted (allowed) finding,
baseline changes, and table names that try to break HTML and Markdown.
"""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any


# Tags that end a run of text on the page (block elements, cells, and the source line under a location).
_BREAKING = {"p", "div", "li", "ul", "dt", "dd", "td", "th", "tr", "h1", "h2", "h3", "br", "blockquote", "section",
             "article", "header", "footer", "span", "table"}


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("head", "style", "script"):
            self._skip += 1
        if tag in _BREAKING:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("head", "style", "script"):
            self._skip -= 1
        if tag in _BREAKING:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def visible_text(html: str) -> str:
    """The body's text with every run of whitespace (not the non-breaking space) made one space."""
    parser = _TextOnly()
    parser.feed(html)
    words = "".join(parser.parts).replace("\n", " ").replace("\t", " ").split(" ")
    return " ".join(word for word in words if word)


PG = "postgresql://reader@db.example.fi/kauppa"
FILES = "/srv/vienti/asiakkaat.csv"
DOWN = "mysql+pymysql://reader@old-db/crm"
HOSTILE_TABLE = "public.<script>alert(1)</script>|x"


def _finding(source: str, table: str, column: str, category: str, declared: bool, **extra: Any) -> dict[str, Any]:
    finding = {
        "source": source, "table": table, "column": column, "category": category, "declared": declared,
        "evidence": "value", "rows_sampled": 1000, "values_matched": 990, "confidence": 0.99,
        "examples": [], "verdict": "confirmed", "recognizer": "test", "values_nonempty": 1000,
        "free_text": False, "meta_key": None, "allowed": None,
    }
    finding.update(extra)
    return finding


def _table(name: str, **extra: Any) -> dict[str, Any]:
    table = {"table": name, "status": "ok", "sample_method": "tablesample system (1.2%)", "rows_sampled": 1000,
             "rows_estimated": 84000, "columns": 8, "error": None, "seconds": 0.4}
    table.update(extra)
    return table


SAMPLE_REPORT: dict[str, Any] = {
    "tool": "piiscan", "version": "0.1.0", "started_at": "2026-11-20T08:15:00Z", "seconds": 42.5,
    "complete": False, "incomplete_reason": "1 source and 1 table failed", "exit_code": 1,
    "notice": {
        "register": "Testikauppa Oy:n asiakasrekisteri", "controller": "Testikauppa Oy",
        "business_id": "7654321-8", "notice_date": "2024-03-01", "path": "/etc/piiscan/seloste.yaml",
        "declared": ["address", "email", "marketing_consent", "name", "phone"],
        "entries": [{"text": "yhteystiedot", "maps_to": "contact"}, {"text": "nimi", "maps_to": "name"},
                    {"text": "markkinointilupa", "maps_to": "marketing_consent"}],
    },
    "sources": [
        {"source": PG, "kind": "postgresql", "status": "partial", "tables_scanned": 4, "tables_failed": 1,
         "error": None, "tables": [
             _table("public.customers"),
             _table("public.payments", sample_method="primary-key ranges", rows_estimated=None),
             _table("public.wp_usermeta", sample_method="order by random()", rows_sampled=500, rows_estimated=500,
                    error="column notes: recognizer timed out"),
             _table("public.archive", status="error", sample_method="", rows_sampled=0,
                    error="permission denied for table archive"),
             _table(HOSTILE_TABLE, sample_method="all rows", rows_sampled=12, rows_estimated=12),
         ]},
        {"source": FILES, "kind": "csv", "status": "ok", "tables_scanned": 1, "tables_failed": 0, "error": None,
         "tables": [_table("asiakkaat.csv", sample_method="all rows", rows_sampled=250, rows_estimated=250)]},
        {"source": DOWN, "kind": "mysql", "status": "error", "tables_scanned": 0, "tables_failed": 0,
         "error": "connection refused", "tables": []},
    ],
    "findings": [
        _finding(PG, "public.customers", "email", "email", True, examples=["m***@example.fi"], change="unchanged"),
        _finding(PG, "public.customers", "ssn", "personal_identity_code", False,
                 examples=["13****-***T", "01****A***X"], change="new", evidence="value+name"),
        _finding(PG, "public.payments", "card", "payment_card", False, examples=["4***********1111"],
                 rows_sampled=800, values_matched=640, confidence=0.95, change="unchanged"),
        _finding(PG, "public.wp_usermeta", "meta_value", "credentials", False, meta_key="api_token",
                 evidence="value+name", examples=["sk_***"], rows_sampled=500, values_matched=12, change="new"),
        _finding(PG, "public.customers", "allergiat", "health", False, evidence="name", verdict="suspected",
                 values_matched=0, values_nonempty=320, confidence=0.5, change="new"),
        _finding(FILES, "asiakkaat.csv", "viesti", "email", True, free_text=True, rows_sampled=250,
                 values_matched=31, examples=["t***@example.com"], change="unchanged"),
        _finding(FILES, "asiakkaat.csv", "hetu_hash", "personal_identity_code", False, evidence="name",
                 verdict="suspected", values_matched=0, confidence=0.5,
                 allowed="Tiiviste säilytetään kirjanpitolain vuoksi", change="unchanged"),
        _finding(PG, HOSTILE_TABLE, "phone|no", "phone", True, examples=["*** *** **67"], rows_sampled=12,
                 values_matched=12, change="unchanged"),
        _finding(PG, "public.old_leads", "gsm", "phone", True, examples=["*** *** **12"], change="gone"),
    ],
    "undeclared_categories": ["credentials", "health", "payment_card", "personal_identity_code"],
    "declared_not_observed": ["address", "marketing_consent", "name"],
    "allowed": [],
}
SAMPLE_REPORT["allowed"] = [f for f in SAMPLE_REPORT["findings"] if f["allowed"]]
