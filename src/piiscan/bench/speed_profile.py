"""Where the scan's time goes, for ``piiscan bench speed --profile``.

- The scan runs in worker threads, which cProfile does not follow; instead ``pipeline.scan`` runs
  once with ``connector.sample`` and ``classify_column`` wrapped by timers, and the summed seconds
  of each (across threads) are printed beside the wall time.
- The classifier is then profiled on its own (cProfile, one thread) over the captured samples:
  its hottest functions, and the CPU seconds spent per recognizer in ``classify._apply``.
"""

from __future__ import annotations

import cProfile
import io
import pstats
import threading
import time
from collections import defaultdict
from typing import Any, Callable


class _Timer:
    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self.lock = threading.Lock()

    def wrap(self, label: str, fn: Callable) -> Callable:
        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                with self.lock:
                    self.seconds[label] += time.perf_counter() - started
                    self.calls[label] += 1

        return timed


def stage_breakdown(url: str) -> tuple[float, _Timer]:
    """Wall seconds of one scan, and seconds summed over threads in sampling and classification."""
    from piiscan import pipeline
    from piiscan.connectors.base import ScanOptions
    from piiscan.connectors.sql import SqlConnector

    timer = _Timer()
    original_classify, original_sample = pipeline.classify_column, SqlConnector.sample
    pipeline.classify_column = timer.wrap("classify_column", original_classify)
    SqlConnector.sample = timer.wrap("connector.sample", original_sample)
    try:
        started = time.perf_counter()
        pipeline.scan([url], None, ScanOptions())
        return time.perf_counter() - started, timer
    finally:
        pipeline.classify_column, SqlConnector.sample = original_classify, original_sample


def recognizer_costs(frames: dict[str, Any]) -> dict[str, float]:
    """CPU seconds per recognizer inside ``classify._apply`` over every column of the samples."""
    from piiscan import classify

    costs: dict[str, float] = defaultdict(float)
    original = classify._apply

    def timed(recognizer, *args, **kwargs):
        started = time.process_time()
        try:
            return original(recognizer, *args, **kwargs)
        finally:
            costs[recognizer.name] += time.process_time() - started

    classify._apply = timed
    try:
        for frame in frames.values():
            for column in frame.columns:
                classify.classify_column(frame[column], str(column))
    finally:
        classify._apply = original
    return dict(costs)


def hottest_functions(frames: dict[str, Any], limit: int = 20) -> str:
    """cProfile of the classifier over the samples, by own time."""
    from piiscan.classify import classify_column

    profiler = cProfile.Profile()
    profiler.enable()
    for frame in frames.values():
        for column in frame.columns:
            classify_column(frame[column], str(column))
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(limit)
    return out.getvalue()


def print_profile(url: str, frames: dict[str, Any]) -> None:
    wall, timer = stage_breakdown(url)
    print(f"\nProfile: one pipeline.scan took {wall:.2f} s wall; summed over its worker threads:")
    for label in ("connector.sample", "classify_column"):
        print(f"  {label:18} {timer.seconds[label]:8.2f} s in {timer.calls[label]} calls")
    costs = recognizer_costs(frames)
    total = sum(costs.values())
    print(f"\nCPU seconds per recognizer inside classify._apply ({total:.1f} s in all):")
    for name, seconds in sorted(costs.items(), key=lambda kv: -kv[1])[:12]:
        print(f"  {name:30} {seconds:7.2f} s")
    print("\nClassifier's hottest functions (cProfile, own time):")
    print(hottest_functions(frames))
