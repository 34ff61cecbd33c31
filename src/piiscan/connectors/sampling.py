"""Sampling plans: up to n rows of a table without reading (or sorting) the whole of a big one.

- PostgreSQL: ``TABLESAMPLE SYSTEM (p) REPEATABLE (seed)`` with p sized from the catalog's row
  estimate (tuple density of the last ANALYZE x the relation's current size) so that it returns
  about twice n rows from at least ``MIN_BLOCKS`` blocks, of which n are kept at random; a
  never-analyzed table gets its density measured from a small block sample first. A sample that
  comes back short is retried with a larger p. Small tables: ``ORDER BY random()`` (seeded).
- MySQL/MariaDB: random ranges of an integer primary key (the key's first column), each an index
  range read; tables without one: the first rows. Small tables: ``ORDER BY RAND(seed)``.
- SQLite: random rowids (``WHERE rowid IN (...)``); WITHOUT ROWID tables: random order of the first
  rows. Small tables: ``ORDER BY random()``.
- Keys or rowids spread far beyond the rows (a few huge ones) leave ranges and rowid draws nearly
  empty: such a table gets the random order of its first rows, and the method says so.
- Views: their first rows (a view may join or aggregate anything; its first rows cost least).

"Small" means estimated at most ``SMALL_TABLE_FACTOR`` x n rows; the random order of a small table
reads at most that many rows, however stale the estimate. Seeds come from the table name, so two
runs over unchanged data sample the same rows (which keeps baselines comparable).
"""

from __future__ import annotations

import math
import random
import zlib
from dataclasses import dataclass
from typing import Any, Callable

from piiscan.connectors.sql_catalog import CatalogEntry

SMALL_TABLE_FACTOR = 10
OVERSAMPLE = 2.0  # TABLESAMPLE/rowid draws aim at this many times n rows; n of them are kept at random
MIN_BLOCKS = 32  # PostgreSQL: a TABLESAMPLE reads at least this many blocks (their rows are shuffled)
PROBE_BLOCKS = 64  # blocks read to measure the density of a never-analyzed PostgreSQL table
MAX_ROWS_PER_BLOCK = 291  # PostgreSQL's MaxHeapTuplesPerPage for 8 kB blocks
PK_RANGES = 50  # MySQL: how many primary-key ranges a sample is spread over
PK_OVERSAMPLE = 1.1  # ranges rarely overlap; every extra row costs a pure-Python driver's time
MAX_RETRIES = 2
MAX_DRAW_FACTOR = 20  # SQLite: at most this many times n rowids in one IN list


@dataclass
class Plan:
    """A sampling query: the rows it returned, and how it is described in the report."""

    rows: list[tuple]
    columns: list[str]
    method: str
    rows_estimated: int | None


def seed_of(entry: CatalogEntry) -> int:
    """A stable seed per table: the same table is sampled the same way in every run."""
    return zlib.crc32(entry.display.encode("utf-8"))


class Sampler:
    """Runs the sampling plan of one engine over an open connection."""

    def __init__(self, kind: str, conn, quoted_table: str, columns: list[tuple[str, str]],
                 quote: Callable[[str], str]):
        """`columns`: (name, select expression) of every column to read (sql_catalog.column_select_list)."""
        self.kind = kind
        self.conn = conn
        self.table = quoted_table
        self.select = ", ".join(f"{expression} AS {quote(name)}" for name, expression in columns)
        # the plain columns, for subqueries: SELECT * would need rights on columns not granted
        self.plain = ", ".join(quote(name) for name, _ in columns)
        self.quote = quote

    def _fetch(self, sql: str, params: dict[str, Any] | None = None) -> tuple[list[tuple], list[str]]:
        from sqlalchemy import text

        result = self.conn.execute(text(sql), params or {})
        return [tuple(r) for r in result.fetchall()], list(result.keys())

    def sample(self, entry: CatalogEntry, n: int) -> Plan:
        if entry.kind == "view" or entry.relkind == "f":
            rows, cols = self._fetch(f"SELECT {self.select} FROM {self.table} LIMIT :n", {"n": n})
            what = "view" if entry.kind == "view" else "foreign table"
            return Plan(rows, cols, f"first rows ({what})", entry.rows_estimated)
        if self.kind == "postgresql":
            return self._postgresql(entry, n)
        if self.kind == "mysql":
            return self._mysql(entry, n)
        return self._sqlite(entry, n)

    def _random_order(self, n: int, estimate: int | None, random_fn: str, note: str = "",
                      count: bool = True) -> Plan:
        cap = SMALL_TABLE_FACTOR * n
        if estimate is None and count:  # count, but never past the cap: says whether the cap cut the table
            estimate = self._fetch(f"SELECT count(*) FROM (SELECT 1 FROM {self.table} LIMIT :c) AS piiscan_count",
                                   {"c": cap + 1})[0][0][0]
        rows, cols = self._fetch(
            f"SELECT {self.select} FROM (SELECT {self.plain} FROM {self.table} LIMIT :cap) AS piiscan_sample "
            f"ORDER BY {random_fn} LIMIT :n", {"cap": cap, "n": n})
        method = f"order by {random_fn.split('(')[0].lower()}()" + (f" {note}" if note else "")
        if estimate is not None and estimate > cap:
            method += f" of the first {cap} rows"
        return Plan(rows, cols, method, estimate)

    # -- PostgreSQL ------------------------------------------------------------------------------

    def _postgresql(self, entry: CatalogEntry, n: int) -> Plan:
        estimate = entry.rows_estimated
        pages = entry.pages or 0
        note = ""
        if estimate is None and pages * MAX_ROWS_PER_BLOCK <= SMALL_TABLE_FACTOR * n:
            # never analyzed, but too few blocks to hold more than a small table: no need to count
            self._pg_seed(entry)
            return self._random_order(n, None, "random()", count=False)
        if estimate is None:
            estimate = self._pg_probe(pages, seed_of(entry))
            note = " (density measured: table never analyzed)"
        if estimate <= SMALL_TABLE_FACTOR * n:
            self._pg_seed(entry)
            return self._random_order(n, estimate, "random()")
        # SYSTEM draws whole blocks: read at least MIN_BLOCKS of them and pick n rows at random among
        # their rows, so that a sample is never one block of neighbouring rows.
        percent = min(100.0, max(100.0 * OVERSAMPLE * n / estimate, 100.0 * MIN_BLOCKS / max(1, pages)))
        self._pg_seed(entry)
        for _ in range(MAX_RETRIES + 1):
            rows, cols = self._fetch(
                f"SELECT {self.select} FROM {self.table} TABLESAMPLE SYSTEM ({percent:.6f}) "
                f"REPEATABLE ({seed_of(entry)}) ORDER BY random() LIMIT :n", {"n": n})
            if len(rows) >= n or percent >= 100.0:
                break
            # the estimate was high or the drawn blocks sparse: draw more blocks
            percent = min(100.0, percent * OVERSAMPLE * n / max(1, len(rows)))
        return Plan(rows, cols, f"tablesample system ({percent:.3g}%)" + note, estimate)

    def _pg_seed(self, entry: CatalogEntry) -> None:
        """Seed random() for this transaction, so ORDER BY random() repeats from run to run."""
        self._fetch("SELECT setseed(:s)", {"s": (seed_of(entry) % 2_000_000) / 1_000_000 - 1})

    def _pg_probe(self, pages: int, seed: int) -> int:
        """Rows of a never-analyzed table: count a small block sample, scale by the size."""
        percent = min(100.0, 100.0 * PROBE_BLOCKS / pages)
        rows, _ = self._fetch(
            f"SELECT count(*) FROM {self.table} TABLESAMPLE SYSTEM ({percent:.6f}) REPEATABLE ({seed})")
        counted = int(rows[0][0])
        return counted if percent >= 100.0 else int(counted * 100.0 / percent)

    # -- MySQL / MariaDB -------------------------------------------------------------------------

    def _mysql(self, entry: CatalogEntry, n: int) -> Plan:
        estimate = entry.rows_estimated
        seed = seed_of(entry) % 1_000_000
        if estimate is None or estimate <= SMALL_TABLE_FACTOR * n:
            return self._random_order(n, estimate, f"RAND({seed})")
        key = self._mysql_integer_key(entry)
        if key is None:
            rows, cols = self._fetch(f"SELECT {self.select} FROM {self.table} LIMIT :n", {"n": n})
            return Plan(rows, cols, "first rows (no integer primary key)", estimate)
        qkey = self.quote(key)
        low, high = self._fetch(f"SELECT MIN({qkey}), MAX({qkey}) FROM {self.table}")[0][0]
        if low is None:
            return Plan([], [], "primary-key ranges (empty)", estimate)
        rng = random.Random(seed)
        ranges = min(PK_RANGES, n)
        per = math.ceil(PK_OVERSAMPLE * n / ranges)
        starts = sorted(rng.randint(int(low), int(high)) for _ in range(ranges))
        parts = [f"(SELECT {self.select}, {qkey} AS piiscan_key FROM {self.table} WHERE {qkey} >= {int(s)} "
                 f"ORDER BY {qkey} LIMIT {per})" for s in starts]
        rows, cols = self._fetch(" UNION ALL ".join(parts))
        # overlapping ranges return a row twice: keep each key once, in a seeded random order
        unique = {row[-1]: row[:-1] for row in rows}
        keys = list(unique)
        rng.shuffle(keys)
        chosen = [unique[k] for k in keys[:n]]
        if len(chosen) < n / 2:
            # keys spread far beyond the rows (a few huge ones): random order of the first rows
            return self._random_order(n, estimate, f"RAND({seed})", "(key ranges came back short)")
        return Plan(chosen, cols[:-1], f"primary-key ranges ({ranges} x {per} rows)", estimate)

    def _mysql_integer_key(self, entry: CatalogEntry) -> str | None:
        # SHOW KEYS reads one table's definition; information_schema.statistics joins are far slower
        keys, _ = self._fetch(f"SHOW KEYS FROM {self.table} WHERE Key_name = 'PRIMARY' AND Seq_in_index = 1")
        if not keys:
            return None
        column = str(keys[0][4])  # Column_name
        types, _ = self._fetch(
            "SELECT data_type FROM information_schema.columns WHERE table_schema = :s AND table_name = :t "
            "AND column_name = :c", {"s": entry.schema, "t": entry.table, "c": column})
        return column if types and "int" in str(types[0][0]).lower() else None

    # -- SQLite ----------------------------------------------------------------------------------

    def _sqlite(self, entry: CatalogEntry, n: int) -> Plan:
        from sqlalchemy.exc import OperationalError

        try:
            high = self._fetch(f"SELECT max(rowid) FROM {self.table}")[0][0][0]
        except OperationalError as exc:
            if "rowid" not in str(exc.orig):
                raise
            self.conn.rollback()
            return self._random_order(n, None, "random()", "(without rowid)")
        high = int(high or 0)
        if high <= SMALL_TABLE_FACTOR * n:
            return self._random_order(n, high, "random()")
        rng = random.Random(seed_of(entry))
        draw = min(high, math.ceil(OVERSAMPLE * n))
        rows: list[tuple] = []
        cols: list[str] = []
        for _ in range(MAX_RETRIES + 1):
            ids = sorted(rng.sample(range(1, high + 1), draw))
            rows, cols = self._fetch(
                f"SELECT {self.select} FROM {self.table} WHERE rowid IN ({','.join(map(str, ids))})")
            if len(rows) >= n or draw >= high:
                break
            # many rowids were deleted: draw more (in proportion to how many hit), within bounds
            draw = min(high, MAX_DRAW_FACTOR * n, math.ceil(draw * OVERSAMPLE * n / max(1, len(rows))))
        if len(rows) < n / 2 and draw < high:
            # rowids spread far beyond the rows (a few huge ones): random order of the first rows
            return self._random_order(n, None, "random()", "(rowids too sparse)")
        # the rows come back in rowid order: keep a random n of them, not the lowest rowids
        return Plan(rng.sample(rows, n) if len(rows) > n else rows, cols, "random rowids", high)
