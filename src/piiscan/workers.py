"""Where tables are classified: in this process, or in worker processes for big scans.

Classification is pure Python and holds the interpreter lock, so in one process it cannot run
while the sampling threads build their rows. From ``PROCESS_TABLES`` tables on, a scan hands each
sampled table to a worker process and this process keeps fetching. Workers are forked: they start
in milliseconds with everything already imported, and leave with ``os._exit`` (multiprocessing's
way), so the parent's open connections they inherit are never touched. Anything that cannot go to a worker (a value pickle cannot
carry, a broken pool) is classified here instead; the result is the same either way.
"""

from __future__ import annotations

import os
import signal
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, Callable

PROCESS_TABLES = 40  # a source with at least this many tables is classified in worker processes


def _worker_start() -> None:
    # Ctrl-C reaches the whole process group: the scan's own process decides how to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A lock that another thread of the parent held at the fork would stay locked here forever.
    import piiscan.freetext

    piiscan.freetext._BUILD_LOCK = threading.Lock()


def _prepare_inheritance() -> None:
    """Load what every worker needs before forking, so that they share it instead of each loading it."""
    from piiscan.freetext import warm_up
    from piiscan.recognizers import all_recognizers

    warm_up(all_recognizers())


class TableClassifier:
    """Runs classification calls here, or in worker processes once `use_processes` is called."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()
        self._failed = False

    def use_processes(self) -> None:
        """Start the worker processes (once; a second call does nothing)."""
        with self._lock:
            if self._pool is not None or self._failed:
                return
            workers = max(1, os.cpu_count() or 1)
            try:
                import multiprocessing

                _prepare_inheritance()

                context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods()
                                                      else "spawn")
                self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_worker_start)
            except (OSError, ValueError, ImportError):
                self._failed = True

    def submit(self, function: Callable[..., Any], *args: Any) -> Future:
        pool = self._pool
        if pool is not None:
            try:
                return pool.submit(function, *args)
            except RuntimeError:  # the pool broke or was shut down: classify here from now on
                self._pool, self._failed = None, True
        return self.run_here(function, *args)

    @staticmethod
    def run_here(function: Callable[..., Any], *args: Any) -> Future:
        future: Future = Future()
        try:
            future.set_result(function(*args))
        except BaseException as exc:  # noqa: BLE001 - handed to the caller through the future
            future.set_exception(exc)
        return future

    def close(self, wait: bool = True) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.shutdown(wait=wait, cancel_futures=True)
                self._pool = None
