"""Uniform random samples of exports too big to load: one pass, bounded memory.

Every record gets a random key; the ``size`` records with the smallest keys are a uniform sample
without replacement (the "bottom-k" form of reservoir sampling). Memory holds the sample and one
chunk, never the file. The seed is fixed so that two scans of the same file agree.

>>> reservoir = RecordReservoir(3)
>>> for record in range(100):
...     reservoir.add(record)
>>> reservoir.seen, len(reservoir.records())
(100, 3)
>>> small = RecordReservoir(10)
>>> for record in "abc":
...     small.add(record)
>>> small.records()
['a', 'b', 'c']
"""

from __future__ import annotations

import heapq
import random
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

SEED = 20181050  # fixed: the same file gives the same sample (1050/2018 is the Data Protection Act)


class RecordReservoir:
    """Keeps a uniform sample of ``size`` records (dicts, tuples...) offered one at a time."""

    def __init__(self, size: int, seed: int = SEED):
        self.size = max(1, size)
        self.seen = 0
        self._rng = random.Random(seed)
        self._heap: list[tuple[float, int, Any]] = []  # (-key, order, record): the largest key on top

    def add(self, record: Any) -> None:
        key = self._rng.random()
        self.seen += 1
        if len(self._heap) < self.size:
            heapq.heappush(self._heap, (-key, self.seen, record))
        elif key < -self._heap[0][0]:
            heapq.heapreplace(self._heap, (-key, self.seen, record))

    def records(self) -> list[Any]:
        """The sample, in file order."""
        return [record for _, _, record in sorted(self._heap, key=lambda item: item[1])]


class FrameReservoir:
    """Keeps a uniform sample of ``size`` rows of DataFrame chunks offered one at a time.

    >>> import pandas as pd
    >>> reservoir = FrameReservoir(5)
    >>> for start in range(0, 1000, 100):
    ...     reservoir.add(pd.DataFrame({"n": range(start, start + 100)}))
    >>> frame = reservoir.frame()
    >>> reservoir.seen, len(frame), frame["n"].is_monotonic_increasing
    (1000, 5, True)
    """

    def __init__(self, size: int, seed: int = SEED):
        import numpy as np

        self.size = max(1, size)
        self.seen = 0
        self._rng = np.random.default_rng(seed)
        self._keys = np.empty(0)
        self._order = np.empty(0, dtype=np.int64)
        self._frame: "pd.DataFrame | None" = None

    def add(self, chunk: "pd.DataFrame") -> None:
        import numpy as np
        import pandas as pd

        keys = self._rng.random(len(chunk))
        order = np.arange(self.seen, self.seen + len(chunk))
        self.seen += len(chunk)
        if self._frame is not None and len(self._keys) >= self.size:
            # only rows that beat the current worst key can enter: usually a handful per chunk
            wanted = keys < self._keys.max()
            chunk, keys, order = chunk[wanted], keys[wanted], order[wanted]
            if len(chunk) == 0:
                return
        frame = chunk if self._frame is None else pd.concat([self._frame, chunk], ignore_index=True)
        keys = np.concatenate([self._keys, keys])
        order = np.concatenate([self._order, order])
        if len(keys) > self.size:
            keep = np.argpartition(keys, self.size - 1)[: self.size]
            frame, keys, order = frame.iloc[keep], keys[keep], order[keep]
        self._frame = frame.reset_index(drop=True)
        self._keys, self._order = keys, order

    def frame(self) -> "pd.DataFrame | None":
        """The sample in file order, or None if no row was offered."""
        if self._frame is None:
            return None
        return self._frame.iloc[self._order.argsort(kind="stable")].reset_index(drop=True)
