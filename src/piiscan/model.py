"""The data that flows through the pipeline: samples in, findings and a report out.

Findings are frozen and explain themselves: which recognizer, what evidence, which share of the
sampled values, which confidence. Their field names are those of the JSON report contract
(shared/spec/notice-and-report.md).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class ColumnVerdict:
    """What the classifier decided about one column and one category."""

    category: str
    evidence: str  # "value", "name" or "value+name"
    confidence: float  # 0..1
    verdict: str  # "confirmed" or "suspected"
    values_matched: int  # sampled values (rows) that hold the category
    values_nonempty: int  # sampled values that were not empty
    examples: tuple[str, ...] = ()  # masked, never raw
    recognizer: str = ""  # which recognizer or name rule decided
    free_text: bool = False  # found inside free text rather than as the whole value
    meta_key: str | None = None  # for key/value meta tables: the key that was classified
    estimated: bool = False  # values_matched estimated from validating a spread sample of candidates


@dataclass(frozen=True)
class Finding:
    """One (source, table, column, category) with personal data, as reported."""

    source: str
    table: str
    column: str
    category: str
    declared: bool
    evidence: str
    rows_sampled: int
    values_matched: int
    confidence: float
    examples: tuple[str, ...]
    verdict: str = "confirmed"
    recognizer: str = ""
    values_nonempty: int = 0
    free_text: bool = False
    meta_key: str | None = None
    allowed: str | None = None  # reason from the notice's `allow` list, if this finding is accepted
    estimated: bool = False  # values_matched is an estimate (see classify._apply)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["examples"] = list(self.examples)
        return data


@dataclass
class TableScan:
    """How one table (or file, or sheet) was sampled."""

    table: str
    status: str = "ok"  # "ok" or "error"
    sample_method: str = ""
    rows_sampled: int = 0
    rows_estimated: int | None = None
    columns: int = 0
    error: str | None = None
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class SourceScan:
    """One source (database URL, file or folder) as scanned; `source` is already masked."""

    source: str
    kind: str = ""
    status: str = "ok"  # "ok", "partial" (some tables failed) or "error"
    error: str | None = None
    tables: list[TableScan] = field(default_factory=list)

    @property
    def tables_scanned(self) -> int:
        return sum(1 for t in self.tables if t.status == "ok")

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "kind": self.kind,
            "status": self.status,
            "tables_scanned": self.tables_scanned,
            "tables_failed": sum(1 for t in self.tables if t.status != "ok"),
            "error": self.error,
            "tables": [t.to_json() for t in self.tables],
        }
