"""Labelled databases: score piiscan on a database that someone else labelled.

A labels file is YAML, either nested or flat, listing category keys per column::

    customers:
      email: [email]
      notes: []
    public.orders.billing_phone: [phone]

Tables are matched by their display name (``public.orders``) or bare name (``orders``). Every
column of every labelled table is scored; a column the file does not list is labelled empty (it
holds no personal data). Tables the file does not name are not scored. Columns are sampled with
piiscan's own connector, exactly as ``piiscan run`` samples them.

The corpus can be written out as such a database (SQLite) with its labels file, which is how the
round trip is tested and how a held-out database is expected to look.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from piiscan.categories import CATEGORIES

if TYPE_CHECKING:
    from piiscan.bench.accuracy import LabelledInput
    from piiscan.bench.corpus import LabelledColumn


def parse_labels(data: Any) -> dict[str, dict[str, set[str]]]:
    """{table: {column: keys}} from the YAML structure; unknown keys are an error.

    >>> parse_labels({"customers": {"email": ["email"]}, "public.orders.phone": "phone"})
    {'customers': {'email': {'email'}}, 'public.orders': {'phone': {'phone'}}}
    """
    if not isinstance(data, dict):
        raise ValueError("a labels file maps tables to {column: [category keys]}")
    out: dict[str, dict[str, set[str]]] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            for column, keys in value.items():
                out.setdefault(str(key), {})[str(column)] = _keys(keys, f"{key}.{column}")
        else:
            table, _, column = str(key).rpartition(".")
            if not table:
                raise ValueError(f"{key}: write table.column, or nest columns under the table")
            out.setdefault(table, {})[column] = _keys(value, str(key))
    return out


def _keys(value: Any, where: str) -> set[str]:
    keys = {value} if isinstance(value, str) else set(value or ())
    unknown = {k for k in keys if k not in CATEGORIES}
    if unknown:
        raise ValueError(f"{where}: unknown category keys {sorted(unknown)}")
    return keys


def load_labels(path: str | Path) -> dict[str, dict[str, set[str]]]:
    import yaml

    return parse_labels(yaml.safe_load(Path(path).read_text(encoding="utf-8")))


def load_labelled(url: str, labels_path: str | Path, sample_size: int = 1000) -> list["LabelledInput"]:
    """Sample every labelled table of ``url`` and pair each column with its labels."""
    from piiscan.connectors import open_source
    from piiscan.connectors.base import ScanOptions

    labels = load_labels(labels_path)
    connector = open_source(url, ScanOptions(sample_size=sample_size))
    out: list[LabelledInput] = []
    try:
        for table in connector.list_tables():
            table_labels = labels.get(table.name, labels.get(table.table))
            if table_labels is None:
                continue
            frame = connector.sample(table).frame
            missing = set(table_labels) - {str(c) for c in frame.columns}
            if missing:
                raise ValueError(f"{table.name}: labelled columns not in the table: {sorted(missing)}")
            for column in frame.columns:
                out.append((f"{table.name}.{column}", frame[column], set(table_labels.get(str(column), set()))))
    finally:
        connector.close()
    return out


def export_sqlite(corpus: list["LabelledColumn"], db_path: str | Path, labels_path: str | Path) -> None:
    """Write the corpus as a SQLite database (one table per corpus table) and its labels file."""
    import sqlite3

    import yaml

    from piiscan.bench.corpus import labels_of, tables

    db_path = Path(db_path)
    if db_path.exists():
        db_path.unlink()
    with sqlite3.connect(db_path) as conn:
        for name, frame in tables(corpus).items():
            frame = frame.astype(object).where(frame.notna(), None)
            frame.to_sql(name, conn, index=False)
    Path(labels_path).write_text(yaml.safe_dump(labels_of(corpus), allow_unicode=True, sort_keys=True),
                                 encoding="utf-8")
