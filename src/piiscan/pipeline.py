"""The scan, readable top to bottom: source -> sample -> classify -> compare with notice -> report.

    result = scan(["sqlite:///shop.db"], load_notice("seloste.yaml"), ScanOptions())

One failing table is recorded and the scan goes on; one failing source is recorded and the other
sources are still scanned. Nothing here prints: progress goes to an optional callback.
"""

from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable, Tuple, Union

from piiscan import __version__
from piiscan.categories import CATEGORIES, severity_rank
from piiscan.classify import DEFAULT_THRESHOLDS, Thresholds, classify_column
from piiscan.connectors import mask_source, open_source, source_kind
from piiscan.connectors.base import Connector, Sample, ScanOptions, TableRef
from piiscan.errors import SourceError
from piiscan.meta import reshape_meta
from piiscan.model import Finding, SourceScan, TableScan
from piiscan.notice import Notice
from piiscan.workers import PROCESS_TABLES, TableClassifier

log = logging.getLogger("piiscan")

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


class StopControl:
    """Tells a running scan to stop: on Ctrl-C/SIGTERM (``stop()``) or when its time budget is spent."""

    def __init__(self, time_budget: float | None = None):
        self._event = threading.Event()
        self._deadline = time.monotonic() + time_budget if time_budget else None
        self.reason: str | None = None

    def stop(self, reason: str = "interrupted") -> None:
        self.reason = self.reason or reason
        self._event.set()

    @property
    def stopped(self) -> bool:
        if not self._event.is_set() and self._deadline is not None and time.monotonic() >= self._deadline:
            self.stop("time budget spent")
        return self._event.is_set()


SourceSpec = Union[str, Tuple[str, ScanOptions]]


def scan(
    sources: list[SourceSpec],
    notice: Notice | None,
    options: ScanOptions = ScanOptions(),
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    progress: Progress | None = None,
    jobs: int = 2,
    source_jobs: int = 2,
    control: StopControl | None = None,
) -> ScanResult:
    """Scan every source (several at once) and compare what is found with the notice.

    A source is a URL or path, or a (URL or path, ScanOptions) pair for per-source settings.
    """
    started = time.monotonic()
    control = control or StopControl()
    result = ScanResult(datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"), notice)
    specs = [(s, options) if isinstance(s, str) else s for s in sources]
    outcomes: list[tuple[SourceScan, list[Finding]] | None] = [None] * len(specs)
    classifier = TableClassifier()
    with ThreadPoolExecutor(max_workers=max(1, min(source_jobs, len(specs) or 1)),
                            thread_name_prefix="piiscan-source") as pool:
        futures = {pool.submit(scan_source, spec, notice, opts, thresholds, progress, jobs, control, classifier): i
                   for i, (spec, opts) in enumerate(specs)}
        try:
            pending = set(futures)
            while pending:
                finished, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                for future in finished:
                    outcomes[futures[future]] = future.result()
                control.stopped  # noqa: B018 - checks the time budget
        except KeyboardInterrupt:
            control.stop("interrupted")
            for future in futures:
                future.cancel()
            wait(futures, timeout=max(5.0, options.statement_timeout))
            for future, i in futures.items():
                if future.done() and not future.cancelled() and future.exception() is None:
                    outcomes[i] = future.result()
    classifier.close(wait=not control.stopped)
    for (spec, _), outcome in zip(specs, outcomes):
        if outcome is None:
            outcome = (SourceScan(mask_source(spec), status="error", error=f"not scanned: {control.reason}"), [])
        result.sources.append(outcome[0])
        result.findings.extend(outcome[1])
    result.incomplete_reason = control.reason
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
    control: StopControl | None = None,
    classifier: TableClassifier | None = None,
) -> tuple[SourceScan, list[Finding]]:
    """Open one source, sample its tables concurrently, classify each sample as it arrives
    (in a worker process when the source is big: see workers.py)."""
    control = control or StopControl()
    classifier = classifier or TableClassifier()
    display = mask_source(spec)
    source_scan = SourceScan(display)
    try:
        source_scan.kind = source_kind(spec)
        connector = open_source(spec, options)
    except SourceError as exc:
        log.warning("%s: %s", display, exc.message)
        source_scan.status, source_scan.error = "error", exc.message
        return source_scan, []
    findings: list[Finding] = []
    try:
        try:
            tables = connector.list_tables()
        except SourceError as exc:
            log.warning("%s: %s", display, exc.message)
            source_scan.status, source_scan.error = "error", exc.message
            return source_scan, []
        if notice is not None and notice.scope:
            tables = [t for t in tables if notice.in_scope(display, t.name)]
        log.info("%s: %d tables to scan", display, len(tables))
        if len(tables) >= PROCESS_TABLES:
            classifier.use_processes()
        if progress:
            progress(display, None, 0, len(tables))
        pool = ThreadPoolExecutor(max_workers=max(1, jobs), thread_name_prefix="piiscan-sample")
        try:
            pending: dict[Future, tuple[TableRef, float]] = {}  # samples being fetched
            classifying: dict[Future, tuple[TableRef, float, tuple]] = {}  # samples being classified
            queue = list(tables)
            done = 0
            while queue or pending or classifying:
                while queue and len(pending) < max(1, jobs) and not control.stopped:
                    table = queue.pop(0)
                    pending[pool.submit(connector.sample, table)] = (table, time.monotonic())
                if not pending and not classifying:
                    break
                finished, _ = wait(list(pending) + list(classifying), timeout=0.2, return_when=FIRST_COMPLETED)
                for future in finished:
                    if future in pending:
                        table, t0 = pending.pop(future)
                        try:
                            args = (display, table, reshape_meta(table, future.result()), notice, thresholds)
                            classified = classifier.submit(classify_sample, *args)
                        except SourceError as exc:
                            log.warning("%s %s: %s", display, table.name, exc.message)
                            args = (display, table, exc, notice, thresholds)
                            classified = TableClassifier.run_here(classify_sample, *args)
                        classifying[classified] = (table, t0, args)
                        continue
                    table, t0, args = classifying.pop(future)
                    try:
                        table_scan, table_findings = future.result()
                    except Exception:  # noqa: BLE001 - the worker could not take it (pickling): classify here
                        table_scan, table_findings = classify_sample(*args)
                    table_scan.seconds = round(time.monotonic() - t0, 3)
                    log.debug("%s %s: %s, %d rows, %s, %d findings, %.2fs", display, table.name, table_scan.status,
                              table_scan.rows_sampled, table_scan.sample_method or table_scan.error,
                              len(table_findings), table_scan.seconds)
                    source_scan.tables.append(table_scan)
                    findings.extend(table_findings)
                    done += 1
                    if progress:
                        progress(display, table.name, done, len(tables))
                if control.stopped and (pending or classifying) and not finished:
                    # in-flight queries end by their statement timeout; don't wait for them here
                    for future, (table, *_) in list(pending.items()) + list(classifying.items()):
                        future.cancel()
                        source_scan.tables.append(TableScan(table.name, status="error",
                                                            error=f"not scanned: {control.reason}"))
                    pending.clear()
                    classifying.clear()
            for table in queue:
                source_scan.tables.append(TableScan(table.name, status="error", error=f"not scanned: {control.reason}"))
        finally:
            pool.shutdown(wait=not control.stopped, cancel_futures=True)
    finally:
        connector.close()
    source_scan.tables.sort(key=lambda t: t.table)
    if any(t.status != "ok" for t in source_scan.tables):
        source_scan.status = "partial"
    return source_scan, findings


def classify_sample(
    source: str, table: TableRef, sample: Sample | SourceError, notice: Notice | None, thresholds: Thresholds
) -> tuple[TableScan, list[Finding]]:
    """Classify every column of one sampled table and compare with the notice (runs in a worker
    process for big scans, so it takes and returns only plain, picklable data)."""
    if isinstance(sample, SourceError):
        return TableScan(table.name, status="error", error=sample.message, rows_estimated=table.rows_estimated), []
    table_scan = TableScan(table.name, sample_method=sample.method, rows_sampled=len(sample.frame),
                           rows_estimated=sample.rows_estimated, columns=len(sample.frame.columns))
    findings = []
    for column in sample.frame.columns:
        series = sample.frame[column]
        column = str(column)
        try:
            verdicts = classify_column(series, column, sample.column_hints.get(column, ()), thresholds)
        except Exception as exc:  # noqa: BLE001 - one odd column must not lose the table
            # the exception's text may quote a cell value: only its type is kept
            table_scan.error = f"column {column}: classifier failed ({type(exc).__name__})"
            log.warning("%s %s: %s", source, table.name, table_scan.error)
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
                allowed=allowance.reason if allowance else None, estimated=v.estimated,
            ))
    return table_scan, findings


def _finding_order(f: Finding) -> tuple:
    """Undeclared first, then by severity, confirmed before suspected, then by place."""
    return (f.declared or bool(f.allowed), severity_rank(f.category), f.verdict != "confirmed", f.source, f.table,
            f.column)
