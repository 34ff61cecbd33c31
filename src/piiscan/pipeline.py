"""The scan, readable top to bottom: source -> sample -> classify -> compare with notice -> report.

    result = scan(["sqlite:///shop.db"], load_notice("seloste.yaml"), ScanOptions())

One failing table is recorded and the scan goes on; one failing source is recorded and the other
sources are still scanned. Nothing here prints: progress goes to an optional callback.
"""

from __future__ import annotations

import time
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable

from piiscan import __version__
from piiscan.categories import CATEGORIES, severity_rank
from piiscan.classify import DEFAULT_THRESHOLDS, Thresholds, classify_column
from piiscan.connectors import mask_source, open_source, source_kind
from piiscan.connectors.base import Connector, Sample, ScanOptions, TableRef
from piiscan.errors import SourceError
from piiscan.model import Finding, SourceScan, TableScan
from piiscan.notice import Notice

# progress(source, table name or None, tables done, tables total)
Progress = Callable[[str, "str | None", int, int], None]


@dataclass
class ScanResult:
    started_at: str
    notice: Notice | None
    sources: list[SourceScan] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    seconds: float = 0.0
    incomplete_reason: str | None = None  # set when the run stopped early (interrupt, time budget)

    @property
    def active_findings(self) -> list[Finding]:
        return [f for f in self.findings if not f.allowed]

    @property
    def undeclared_categories(self) -> list[str]:
        keys = {f.category for f in self.active_findings if not f.declared}
        return sorted(keys, key=severity_rank)

    @property
    def declared_not_observed(self) -> list[str]:
        if not self.notice:
            return []
        seen = {f.category for f in self.findings}
        return sorted(self.notice.declared - seen, key=list(CATEGORIES).index)

    @property
    def complete(self) -> bool:
        return self.incomplete_reason is None and all(s.status == "ok" for s in self.sources)

    def exit_code(self) -> int:
        """0 clean, 1 undeclared data, 3 incomplete (see shared/spec/notice-and-report.md)."""
        if self.undeclared_categories:
            return 1
        return 0 if self.complete else 3


def scan(
    sources: list[str],
    notice: Notice | None,
    options: ScanOptions = ScanOptions(),
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    progress: Progress | None = None,
    jobs: int = 2,
) -> ScanResult:
    """Scan every source and compare what is found with the notice."""
    started = time.monotonic()
    result = ScanResult(datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"), notice)
    try:
        for spec in sources:
            source_scan, findings = scan_source(spec, notice, options, thresholds, progress, jobs)
            result.sources.append(source_scan)
            result.findings.extend(findings)
    except KeyboardInterrupt:
        result.incomplete_reason = "interrupted"
    result.findings.sort(key=_finding_order)
    result.seconds = round(time.monotonic() - started, 3)
    return result


def scan_source(
    spec: str,
    notice: Notice | None,
    options: ScanOptions,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    progress: Progress | None = None,
    jobs: int = 2,
) -> tuple[SourceScan, list[Finding]]:
    """Open one source, sample its tables concurrently, classify each sample as it arrives."""
    display = mask_source(spec)
    source_scan = SourceScan(display)
    try:
        source_scan.kind = source_kind(spec)
        connector = open_source(spec, options)
        tables = connector.list_tables()
    except SourceError as exc:
        source_scan.status, source_scan.error = "error", exc.message
        return source_scan, []
    findings: list[Finding] = []
    if progress:
        progress(display, None, 0, len(tables))
    try:
        with ThreadPoolExecutor(max_workers=max(1, jobs), thread_name_prefix="piiscan-sample") as pool:
            pending: dict[Future, tuple[TableRef, float]] = {}
            queue = list(tables)
            done = 0
            while queue or pending:
                while queue and len(pending) < max(1, jobs):
                    table = queue.pop(0)
                    pending[pool.submit(connector.sample, table)] = (table, time.monotonic())
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    table, t0 = pending.pop(future)
                    table_scan, table_findings = _classify_table(display, table, future, notice, thresholds)
                    table_scan.seconds = round(time.monotonic() - t0, 3)
                    source_scan.tables.append(table_scan)
                    findings.extend(table_findings)
                    done += 1
                    if progress:
                        progress(display, table.name, done, len(tables))
    finally:
        connector.close()
    source_scan.tables.sort(key=lambda t: t.table)
    if any(t.status != "ok" for t in source_scan.tables):
        source_scan.status = "partial"
    return source_scan, findings


def _classify_table(
    source: str, table: TableRef, future: Future, notice: Notice | None, thresholds: Thresholds
) -> tuple[TableScan, list[Finding]]:
    try:
        sample: Sample = future.result()
    except SourceError as exc:
        return TableScan(table.name, status="error", error=exc.message, rows_estimated=table.rows_estimated), []
    table_scan = TableScan(table.name, sample_method=sample.method, rows_sampled=len(sample.frame),
                           rows_estimated=sample.rows_estimated, columns=len(sample.frame.columns))
    findings = []
    for column in sample.frame.columns:
        series = sample.frame[column]
        column = str(column)
        try:
            verdicts = classify_column(series, column, sample.column_hints.get(column, ()), thresholds)
        except Exception as exc:  # noqa: BLE001 - one odd column must not lose the table
            table_scan.error = f"column {column}: {type(exc).__name__}"
            continue
        for v in verdicts:
            declared = notice is not None and v.category in notice.declared
            allowance = notice.allowance_for(table.name, column, v.category) if notice else None
            findings.append(Finding(
                source=source, table=table.name, column=column, category=v.category, declared=declared,
                evidence=v.evidence, rows_sampled=len(series), values_matched=v.values_matched,
                confidence=v.confidence, examples=v.examples, verdict=v.verdict, recognizer=v.recognizer,
                values_nonempty=v.values_nonempty, free_text=v.free_text,
                meta_key=sample.meta_keys.get(column) or v.meta_key,
                allowed=allowance.reason if allowance else None,
            ))
    return table_scan, findings


def _finding_order(f: Finding) -> tuple:
    """Undeclared first, then by severity, confirmed before suspected, then by place."""
    return (f.declared or bool(f.allowed), severity_rank(f.category), f.verdict != "confirmed", f.source, f.table,
            f.column)
