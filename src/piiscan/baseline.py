"""Baselines: what changed since an earlier run, and the run history kept in a state folder.

A finding is the same finding across runs when its source, table, column, meta key and category
are the same. Compared with a baseline, every finding of the new report gets ``change`` = ``new``
or ``unchanged``, and the baseline's findings that are no longer there are listed under
``gone``.

>>> old = {"findings": [{"source": "s", "table": "t", "column": "a", "category": "email", "declared": True}]}
>>> new = {"findings": [{"source": "s", "table": "t", "column": "b", "category": "personal_identity_code",
...                      "declared": False}], "undeclared_categories": ["personal_identity_code"], "complete": True}
>>> compared = compare(new, old)
>>> [f["change"] for f in compared["findings"]], [f["column"] for f in compared["gone"]]
(['new'], ['a'])
>>> exit_code(compared, fail_on="new")
1
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from piiscan.errors import PiiscanError

RUNS_FOLDER = "runs"


def finding_key(finding: dict[str, Any]) -> tuple:
    return (finding.get("source"), finding.get("table"), finding.get("column"), finding.get("meta_key"),
            finding.get("category"))


def compare(report: dict[str, Any], baseline: dict[str, Any], baseline_name: str = "") -> dict[str, Any]:
    """A copy of `report` with each finding marked new/unchanged and the baseline's vanished findings."""
    before = {finding_key(f): f for f in baseline.get("findings", [])}
    now = {finding_key(f) for f in report.get("findings", [])}
    out = dict(report)
    out["findings"] = [dict(f, change="unchanged" if finding_key(f) in before else "new")
                       for f in report.get("findings", [])]
    out["gone"] = [dict(f, change="gone") for key, f in before.items() if key not in now]
    out["baseline"] = {"name": baseline_name, "started_at": baseline.get("started_at")}
    return out


def _undeclared(finding: dict[str, Any]) -> bool:
    return not finding.get("declared") and not finding.get("allowed")


def exit_code(report: dict[str, Any], fail_on: str = "any") -> int:
    """The contract's exit code; with fail_on='new', only new undeclared findings make it 1."""
    if fail_on == "new":
        undeclared = any(_undeclared(f) and f.get("change", "new") == "new" for f in report.get("findings", []))
    else:
        undeclared = bool(report.get("undeclared_categories"))
    if undeclared:
        return 1
    return 0 if report.get("complete", True) else 3


def slug(text: str) -> str:
    """A file-name-safe form of a register name: 'Jack's Mood rekisteri' -> 'jack-s-mood-rekisteri'."""
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-") or "default"


class StateDir:
    """Where a scheduled job keeps its run reports: ``<state>/runs/<register>/<timestamp>.json``."""

    def __init__(self, path: str | Path):
        self.path = Path(path)

    def _folder(self, register: str) -> Path:
        return self.path / RUNS_FOLDER / slug(register)

    def save(self, report: dict[str, Any], register: str) -> Path:
        folder = self._folder(register)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise PiiscanError(f"{folder}: cannot create state folder: {exc.strerror}") from None
        # fixed-width UTC time to the microsecond: name order is run order
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        target = folder / f"{stamp}.json"
        tmp = target.with_suffix(".tmp")
        from piiscan.reports.json import dumps

        tmp.write_text(dumps(report), encoding="utf-8")
        tmp.replace(target)  # atomic: a half-written report is never taken as a baseline
        return target

    def runs(self, register: str | None = None) -> list[Path]:
        """Saved reports, oldest first (all registers when register is None)."""
        pattern = f"{RUNS_FOLDER}/{slug(register)}/*.json" if register else f"{RUNS_FOLDER}/*/*.json"
        return sorted(self.path.glob(pattern), key=lambda p: (p.name, str(p)))

    def last(self, register: str) -> tuple[Path, dict[str, Any]] | None:
        runs = self.runs(register)
        from piiscan.reports.files import load_report

        return (runs[-1], load_report(runs[-1])) if runs else None

    def prune(self, register: str, keep: int) -> list[Path]:
        """Delete all but the newest `keep` reports of a register; returns what was deleted."""
        runs = self.runs(register)
        old = runs[:-keep] if keep > 0 else []
        for path in old:
            path.unlink(missing_ok=True)
        return old
