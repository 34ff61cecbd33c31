"""The speed benchmark of issue #8: every figure measured in one run, as ratios against a reference.

On the benchmark database (speed_db.py, 200 tables, one of 10M rows) it measures:

1. classifier cells/s: ``classify_column`` on every column of every table's sample, against
   Presidio's AnalyzerEngine (presidio_baseline.py) on a subset of the same cells, extrapolated per
   cell (the first values of every column, ``--presidio-cells`` in all);
2. ``pipeline.scan`` wall time (start-up excluded) against a bare ``pandas.read_sql`` of the same
   samples: the connector's final sampling statement of each table, captured through SQLAlchemy's
   ``before_cursor_execute`` event and replayed on one connection; best of two, alternating;
3. ``connector.sample`` of the 10M-row table against the 100k-row one (best of three each);
4. peak memory of this process (``ru_maxrss``);
5. ``piiscan --help`` start time (best of five, subprocess) and whether it imports pandas,
   SQLAlchemy, spaCy or Presidio.

``--profile`` adds where the time goes (speed_profile.py): scan time split into sampling and
classification, and the classifier's hottest functions and recognizers.
"""

from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import dataclass, field
from typing import Any

HEAVY_MODULES = ("pandas", "sqlalchemy", "spacy", "presidio_analyzer")
DEFAULT_PRESIDIO_CELLS = 3000
SAMPLE_SIZE = 1000


@dataclass
class Figure:
    what: str
    value: str
    target: str = ""
    passed: bool | None = None

    def line(self) -> str:
        verdict = "" if self.passed is None else ("PASS" if self.passed else "FAIL")
        return f"{self.what:52} {self.value:>30}  {self.target:>12}  {verdict}"


@dataclass
class Captured:
    """Sampling statements the connector sent, per table, and the samples it returned."""

    statements: dict[str, tuple[str, Any]] = field(default_factory=dict)
    frames: dict[str, Any] = field(default_factory=dict)


def capture_samples(url: str, sample_size: int = SAMPLE_SIZE) -> Captured:
    """Sample every table through piiscan's connector, recording each table's last statement."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    from piiscan.connectors import open_source
    from piiscan.connectors.base import ScanOptions

    log: list[tuple[str, Any]] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        log.append((statement, parameters))

    captured = Captured()
    event.listen(Engine, "before_cursor_execute", record)
    connector = open_source(url, ScanOptions(sample_size=sample_size))
    try:
        for table in connector.list_tables():
            log.clear()
            captured.frames[table.name] = connector.sample(table).frame
            mine = [(s, p) for s, p in log if table.table in s and s.lstrip().upper().startswith(("SELECT", "WITH"))]
            if mine:
                captured.statements[table.name] = mine[-1]
    finally:
        event.remove(Engine, "before_cursor_execute", record)
        connector.close()
    return captured


def bare_fetch(url: str, statements: dict[str, tuple[str, Any]]) -> float:
    """Seconds to run every sampling statement with pandas.read_sql on one plain connection."""
    import pandas as pd
    from sqlalchemy import create_engine

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as conn:
            started = time.perf_counter()
            for statement, params in statements.values():
                pd.read_sql(statement, conn, params=params or None)
            return time.perf_counter() - started
    finally:
        engine.dispose()


def timed_scan(url: str, sample_size: int = SAMPLE_SIZE) -> tuple[float, float, Any]:
    """Wall and CPU seconds (all threads of this process) of ``pipeline.scan``, and its result.

    Imports are done before the clocks start: start-up is measured apart (``--help``)."""
    from piiscan.connectors.base import ScanOptions
    from piiscan.pipeline import scan

    started, cpu = time.perf_counter(), time.process_time()
    result = scan([url], None, ScanOptions(sample_size=sample_size))
    return time.perf_counter() - started, time.process_time() - cpu, result


def classifier_speed(frames: dict[str, Any]) -> tuple[int, float]:
    """(cells, CPU seconds) of classify_column over every column of every sample.

    CPU time of this process, not wall time: other load on the machine does not count."""
    from piiscan.classify import classify_column

    for frame in list(frames.values())[:3]:  # warm up: recognizers loaded, regexes compiled
        for column in frame.columns:
            classify_column(frame[column], str(column))
    cells = 0
    started = time.process_time()
    for frame in frames.values():
        for column in frame.columns:
            classify_column(frame[column], str(column))
        cells += frame.size
    return cells, time.process_time() - started


def presidio_speed(frames: dict[str, Any], cells: int) -> tuple[int, float]:
    """(cells, CPU seconds) of Presidio analysing the first values of every column, ``cells`` in all."""
    from piiscan.bench.presidio_baseline import analyze_value, baseline_analyzer, nonempty_texts

    analyzer = baseline_analyzer()
    analyze_value("warm up 040 123 4567", analyzer)
    columns = [frame[c] for frame in frames.values() for c in frame.columns]
    per_column = max(1, cells // max(1, len(columns)))
    texts = [t for series in columns for t in nonempty_texts(series, per_column)][:cells]
    started = time.process_time()
    for text in texts:
        analyze_value(text, analyzer)
    return len(texts), time.process_time() - started


def sampling_cost(url: str, names: tuple[str, str], repeats: int = 5) -> tuple[float, float]:
    """Best-of-``repeats`` seconds of connector.sample for each of two tables, taken alternately."""
    from piiscan.connectors import open_source
    from piiscan.connectors.base import ScanOptions

    connector = open_source(url, ScanOptions(sample_size=SAMPLE_SIZE))
    try:
        by_name = {t.table: t for t in connector.list_tables()}
        best = [float("inf"), float("inf")]
        for _ in range(repeats):
            for i, name in enumerate(names):
                started = time.perf_counter()
                connector.sample(by_name[name])
                best[i] = min(best[i], time.perf_counter() - started)
        return best[0], best[1]
    finally:
        connector.close()


def help_startup(repeats: int = 5) -> tuple[float, float, list[str]]:
    """Best wall and CPU (user+sys) seconds of ``piiscan --help``, and the heavy modules it imports."""
    import resource
    import shutil

    exe = shutil.which("piiscan")
    command = [exe, "--help"] if exe else [sys.executable, "-m", "piiscan", "--help"]
    best_wall = best_cpu = float("inf")
    for _ in range(repeats):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True)
        best_wall = min(best_wall, time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        best_cpu = min(best_cpu, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    probe = ("import sys\nsys.argv = ['piiscan', '--help']\nfrom piiscan.cli import main\ntry:\n    main()\n"
             "except SystemExit:\n    pass\nprint(','.join(m for m in %r if m in sys.modules), file=sys.stderr)"
             % (HEAVY_MODULES,))
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    last = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""
    return best_wall, best_cpu, [m for m in last.split(",") if m]


def peak_memory_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_speed(args) -> int:
    """Build (or reuse) the database, measure, print the table; 0 when every target holds."""
    from piiscan.bench.speed_db import (BIG_ROWS, BIG_TABLE, DEFAULT_TABLES, DEFAULT_URL, MEDIUM_ROWS, MEDIUM_TABLE,
                                        ensure_database)

    url = args.url or DEFAULT_URL
    tables = args.tables or DEFAULT_TABLES
    big_rows = getattr(args, "big_rows", None) or BIG_ROWS
    medium_rows = getattr(args, "medium_rows", None) or MEDIUM_ROWS
    print(f"Benchmark database {url} ({tables} tables, {BIG_TABLE} {big_rows:,} rows, "
          f"{MEDIUM_TABLE} {medium_rows:,} rows)")
    built = ensure_database(url, tables, rebuild=args.rebuild, big_rows=big_rows, medium_rows=medium_rows)
    print(f"  built in {built:.0f} s" if built else "  reused (shape matches; --rebuild to rebuild)")
    help_seconds, help_cpu, heavy = help_startup()
    captured = capture_samples(url)
    bare = [bare_fetch(url, captured.statements)]
    run_seconds, run_cpu, result = timed_scan(url)
    run = [run_seconds]
    bare.append(bare_fetch(url, captured.statements))
    run_seconds, cpu, result = timed_scan(url)
    run.append(run_seconds)
    run_cpu = min(run_cpu, cpu)
    cells, classify_seconds = classifier_speed(captured.frames)
    p_cells, p_seconds = presidio_speed(captured.frames, args.presidio_cells or DEFAULT_PRESIDIO_CELLS)
    big, medium = sampling_cost(url, (BIG_TABLE, MEDIUM_TABLE))
    ours, theirs = cells / classify_seconds, p_cells / p_seconds
    figures = [
        Figure("classifier cells/CPU-s (classify_column, all samples)", f"{ours:,.0f} ({cells:,} cells)"),
        Figure("Presidio AnalyzerEngine cells/CPU-s (subset)", f"{theirs:,.0f} ({p_cells:,} cells)"),
        Figure("  ratio classifier / Presidio", f"{ours / theirs:,.0f}x", ">= 100x", ours / theirs >= 100),
        Figure("piiscan run: pipeline.scan wall time (best of 2)", f"{min(run):.2f} s ({len(captured.frames)} tables)"),
        Figure("  its CPU time (this process, all threads)", f"{run_cpu:.2f} s"),
        Figure("bare pandas.read_sql of the same samples (best of 2)", f"{min(bare):.2f} s"),
        Figure("  ratio run / bare fetch", f"{min(run) / min(bare):.2f}x", "<= 2x", min(run) / min(bare) <= 2),
        Figure(f"connector.sample {BIG_TABLE} (best of 5)", f"{big * 1000:.1f} ms"),
        Figure(f"connector.sample {MEDIUM_TABLE} (best of 5)", f"{medium * 1000:.1f} ms"),
        Figure(f"  ratio {big_rows:,} / {medium_rows:,} rows sampling", f"{big / medium:.2f}x", "<= 2x",
               big / medium <= 2),
        Figure("peak memory (ru_maxrss, this process incl. Presidio)", f"{peak_memory_mb():,.0f} MB"),
        Figure("piiscan --help start time (best of 5, wall)", f"{help_seconds:.3f} s", "< 0.3 s", help_seconds < 0.3),
        Figure("  its CPU time (user+sys, best of 5)", f"{help_cpu:.3f} s"),
        Figure("  heavy modules imported by --help", ", ".join(heavy) or "none", "none", not heavy),
    ]
    print(f"\nMeasured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, sample size {SAMPLE_SIZE} rows/table, "
          f"scan with 2 jobs; bare fetch sequential on one connection\n")
    print(f"{'figure':52} {'value':>30}  {'target':>12}  verdict")
    print("-" * 108)
    for figure in figures:
        print(figure.line())
    import os

    print(f"\nload average at the end {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
          "(wall-time figures suffer from other load; cells/s are CPU time)")
    if getattr(args, "profile", False):
        from piiscan.bench.speed_profile import print_profile

        print_profile(url, captured.frames)
    incomplete = [t.table for s in result.sources for t in s.tables if t.status != "ok"]
    if incomplete:
        print(f"\nwarning: {len(incomplete)} tables failed in the scan: {', '.join(incomplete[:5])}")
    return 0 if all(f.passed is not False for f in figures) else 1
