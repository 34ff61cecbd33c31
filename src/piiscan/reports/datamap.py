"""The data map: one CSV row per (source, table, column, category), a draft for the GDPR Article 30 record.

Columns are fixed and in English so that spreadsheets and scripts can rely on them; category names
are given in Finnish and English for the people who fill in the rest of the record. No examples
are written, masked or not: the data map says where data is, not what it is.

>>> DATAMAP_COLUMNS[:4]
('source', 'table', 'column', 'meta_key')
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from piiscan.categories import CATEGORIES
from piiscan.reports.view import category_label, severity_position

DATAMAP_COLUMNS = (
    "source", "table", "column", "meta_key", "category", "category_fi", "category_en", "group",
    "declared", "allowed", "verdict", "evidence", "confidence", "rows_sampled", "values_matched",
    "free_text", "change",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    """A CSV cell that a spreadsheet shows as text, never runs as a formula (CSV injection)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def datamap_rows(report: dict[str, Any]) -> list[dict[str, str]]:
    """The data map rows of a report dict, sorted by source, table, column and severity."""
    rows = []
    findings = sorted(report.get("findings") or [],
                      key=lambda f: (f["source"], f["table"], f["column"], f.get("meta_key") or "",
                                     severity_position(f["category"])))
    for f in findings:
        key = f["category"]
        row = {
            "source": f["source"], "table": f["table"], "column": f["column"], "meta_key": f.get("meta_key"),
            "category": key, "category_fi": category_label(key, "fi"), "category_en": category_label(key, "en"),
            "group": CATEGORIES[key].group if key in CATEGORIES else "",
            "declared": bool(f.get("declared")), "allowed": f.get("allowed"), "verdict": f.get("verdict"),
            "evidence": f.get("evidence"), "confidence": f"{float(f.get('confidence') or 0):.2f}",
            "rows_sampled": f.get("rows_sampled"), "values_matched": f.get("values_matched"),
            "free_text": bool(f.get("free_text")), "change": f.get("change"),
        }
        rows.append({column: _cell(row[column]) for column in DATAMAP_COLUMNS})
    return rows


def render_datamap(report: dict[str, Any]) -> str:
    """The data map as CSV text (comma-separated, header row first)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=DATAMAP_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(datamap_rows(report))
    return out.getvalue()


def write_datamap(report: dict[str, Any], path: Path) -> None:
    """Write the data map CSV; UTF-8 with a byte-order mark so that Excel shows ä and ö correctly."""
    Path(path).write_text(render_datamap(report), encoding="utf-8-sig", newline="")
