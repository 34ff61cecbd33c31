"""The contract every connector follows: list tables, sample one, close.

Connectors are read-only by construction: they open read-only sessions (or files), apply a
statement timeout, and never write. Errors leave as :class:`~piiscan.errors.SourceError` with the
masked source name and a one-line reason that carries no cell value.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True)
class TableRef:
    """A table, view, file or sheet; `name` is what findings show (``public.customers``, ``orders.csv``)."""

    name: str
    schema: str | None = None
    table: str = ""
    kind: str = "table"  # "table", "view", "file", "sheet"
    rows_estimated: int | None = None


@dataclass
class Sample:
    """Sampled rows of one table, and how they were taken."""

    frame: "pd.DataFrame"
    method: str  # e.g. "tablesample system (1.2%)", "order by random()", "primary-key ranges", "all rows"
    rows_estimated: int | None = None
    # Categories known from the layout (a WooCommerce header, a mapping file), by column.
    column_hints: dict[str, set[str]] = field(default_factory=dict)
    # For key/value meta tables: the meta key each pivoted column came from.
    meta_keys: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ScanOptions:
    sample_size: int = 1000
    statement_timeout: float = 30.0  # seconds
    include: tuple[str, ...] = ()  # glob patterns on "schema.table" (or file names)
    exclude: tuple[str, ...] = ()
    mapping: dict[str, str] | None = None  # header -> category, from a user's mapping file


class Connector(Protocol):
    source: str  # display name: a URL without password, or a path
    kind: str  # "postgresql", "mysql", "sqlite", "files"

    def list_tables(self) -> list[TableRef]: ...

    def sample(self, table: TableRef) -> Sample: ...

    def close(self) -> None: ...
