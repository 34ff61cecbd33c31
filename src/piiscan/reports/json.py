"""The JSON report: the contract other tools read (shared/spec/notice-and-report.md).

Field names of the contract are fixed; extra fields are additions, never renames.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from piiscan import __version__

if TYPE_CHECKING:
    from piiscan.pipeline import ScanResult


def report_dict(result: "ScanResult") -> dict[str, Any]:
    notice = result.notice.to_json() if result.notice else {"register": None, "declared": []}
    findings = [f.to_json() for f in result.findings]
    return {
        "tool": "piiscan",
        "version": __version__,
        "started_at": result.started_at,
        "seconds": result.seconds,
        "complete": result.complete,
        "incomplete_reason": result.incomplete_reason,
        "exit_code": result.exit_code(),
        "notice": notice,
        "sources": [s.to_json() for s in result.sources],
        "findings": findings,
        "undeclared_categories": result.undeclared_categories,
        "declared_not_observed": result.declared_not_observed,
        "allowed": [f for f in findings if f["allowed"]],
    }


def dumps(report: dict[str, Any]) -> str:
    """The report as the text of a JSON file (UTF-8 as written, indented): stdout, --json, state folder."""
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"
