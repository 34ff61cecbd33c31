"""Writing the DPO's report to a file, the format chosen by the file's suffix, and reading saved JSON reports.

>>> report_format(Path("raportti.HTML"))
'html'
>>> report_format(Path("kartta.csv"))
'datamap'
>>> report_format(Path("report.txt"))
Traceback (most recent call last):
...
piiscan.errors.UsageError: report.txt: unknown report format '.txt'; use .html, .htm, .md, .csv or .json
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from piiscan.errors import LocatedError, UsageError
from piiscan.reports.datamap import write_datamap
from piiscan.reports.i18n import LANGUAGES

__all__ = ["ReportFileError", "load_report", "report_format", "write_datamap", "write_report"]

_FORMATS = {".html": "html", ".htm": "html", ".md": "markdown", ".csv": "datamap", ".json": "json"}
# Fields every renderer reads; a file without them is not a piiscan JSON report.
_REQUIRED = {"findings": list, "sources": list}


class ReportFileError(LocatedError):
    """A saved JSON report cannot be read or is not a piiscan report."""


def report_format(path: Path) -> str:
    """'html', 'markdown', 'datamap' or 'json', from the file's suffix."""
    suffix = path.suffix.lower()
    if suffix not in _FORMATS:
        raise UsageError(f"{path}: unknown report format {suffix!r}; use .html, .htm, .md, .csv or .json")
    return _FORMATS[suffix]


def write_report(report: dict[str, Any], path: Path, lang: str = "fi") -> None:
    """Write the report dict to path as HTML (.html/.htm), Markdown (.md), data map (.csv) or JSON (.json)."""
    path = Path(path)
    if lang not in LANGUAGES:
        raise UsageError(f"unknown report language {lang!r}; use one of {', '.join(LANGUAGES)}")
    kind = report_format(path)
    if kind == "datamap":
        write_datamap(report, path)
        return
    if kind == "html":
        from piiscan.reports.html import render_html

        text = render_html(report, lang)
    elif kind == "markdown":
        from piiscan.reports.markdown import render_markdown

        text = render_markdown(report, lang)
    else:
        from piiscan.reports.json import dumps

        text = dumps(report)
    path.write_text(text, encoding="utf-8")


def load_report(path: Path) -> dict[str, Any]:
    """Read a JSON report saved by ``piiscan run --json``; ReportFileError says in one line what is wrong."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ReportFileError("no such file", path=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ReportFileError(f"cannot read the file ({type(exc).__name__})", path=str(path)) from None
    try:
        report = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReportFileError(f"not valid JSON: {exc.msg}", path=str(path), line=exc.lineno) from None
    if not isinstance(report, dict):
        raise ReportFileError("not a piiscan JSON report (expected a JSON object)", path=str(path))
    for key, kind in _REQUIRED.items():
        if not isinstance(report.get(key), kind):
            raise ReportFileError(f"not a piiscan JSON report (no {key!r} list)", path=str(path))
    for number, source in enumerate(report["sources"], 1):
        if not isinstance(source, dict) or "source" not in source:
            raise ReportFileError(f"source {number} lacks 'source'", path=str(path))
    for number, finding in enumerate(report["findings"], 1):
        missing = [k for k in ("source", "table", "column", "category")
                   if not isinstance(finding, dict) or k not in finding]
        if missing:
            raise ReportFileError(f"finding {number} lacks {', '.join(missing)}", path=str(path))
    return report
