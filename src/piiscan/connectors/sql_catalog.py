"""SQL catalogs: which tables and views a database holds, and how to select their columns.

Include/exclude globs are pushed into the catalog query as ``LIKE`` patterns, so a database with
thousands of tables is never listed in full just to be filtered in Python. Globs know ``*`` and
``?``; LIKE's own wildcards (``%``, ``_``) and the escape character are escaped, so ``order_items``
matches only itself. Matching is case-insensitive on every engine (MySQL and SQLite compare names
that way anyway; PostgreSQL uses ``ILIKE``).

>>> glob_to_like("public.*")
'public.%'
>>> glob_to_like("shop_?.order_items")
'shop\\\\__.order\\\\_items'

Column select lists cap what one cell may bring into memory: text (and JSON, arrays, enums,
geometry rendered as text) to ``MAX_TEXT_CHARS`` characters, binary values to
``MAX_BINARY_BYTES`` bytes, computed by the server.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

MAX_TEXT_CHARS = 32768
MAX_BINARY_BYTES = 256
MYSQL_SYSTEM_SCHEMAS = ("mysql", "information_schema", "performance_schema", "sys")


@dataclass(frozen=True)
class CatalogEntry:
    """What the catalog says about one table, as the sampler needs it."""

    schema: str | None
    table: str
    kind: str  # "table" or "view"
    relkind: str = ""  # PostgreSQL pg_class.relkind ('r', 'p', 'm', 'f', 'v'), else ""
    rows_estimated: int | None = None  # None when the catalog does not know
    pages: int | None = None  # PostgreSQL: the relation's current size in blocks

    @property
    def display(self) -> str:
        return f"{self.schema}.{self.table}" if self.schema else self.table


def glob_to_like(pattern: str) -> str:
    """A glob ('public.*') as a SQL LIKE pattern with '\\' as escape character."""
    out = pattern.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return out.replace("*", "%").replace("?", "_")


def _filters(kind: str, full_names: list[str], include: tuple[str, ...], exclude: tuple[str, ...],
             params: dict[str, Any]) -> str:
    """' AND ...' clauses matching any of `full_names` (expressions) against the globs."""
    # In MySQL string literals the backslash is itself an escape, so the escape clause doubles it.
    escape = " ESCAPE '\\\\'" if kind == "mysql" else " ESCAPE '\\'"
    op = "ILIKE" if kind == "postgresql" else "LIKE"
    clauses = []

    def matches(key: str) -> str:
        return "(" + " OR ".join(f"{name} {op} :{key}{escape}" for name in full_names) + ")"

    if include:
        ors = []
        for i, pattern in enumerate(include):
            params[f"inc{i}"] = glob_to_like(pattern)
            ors.append(matches(f"inc{i}"))
        clauses.append("(" + " OR ".join(ors) + ")")
    for i, pattern in enumerate(exclude):
        params[f"exc{i}"] = glob_to_like(pattern)
        clauses.append(f"NOT {matches(f'exc{i}')}")
    return "".join(f" AND {c}" for c in clauses)


def catalog_query(kind: str, database: str | None, include: tuple[str, ...] = (),
                  exclude: tuple[str, ...] = ()) -> tuple[str, dict[str, Any]]:
    """The listing query of an engine and its parameters; rows become CatalogEntry via `entry_from_row`."""
    params: dict[str, Any] = {}
    if kind == "postgresql":
        # Partitions are sampled through their parent; sizes of a partitioned table are its leaves'.
        leaves = "FROM pg_partition_tree(c.oid) t JOIN pg_class l ON l.oid = t.relid WHERE t.isleaf"
        sql = (
            # CASE evaluates the partition subqueries for partitioned tables only
            "SELECT n.nspname, c.relname, c.relkind, "
            "CASE WHEN c.relkind = 'p' THEN (SELECT CASE WHEN bool_or(l.reltuples < 0) THEN -1 "
            f"ELSE sum(l.reltuples) END {leaves}) ELSE c.reltuples END, "
            f"CASE WHEN c.relkind = 'p' THEN (SELECT sum(l.relpages) {leaves}) ELSE c.relpages END, "
            f"CASE WHEN c.relkind = 'p' THEN (SELECT coalesce(sum(pg_relation_size(l.oid)), 0) {leaves}) "
            "ELSE pg_relation_size(c.oid) END / current_setting('block_size')::bigint "
            "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND NOT c.relispartition "
            "AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
            "AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%' "
            "AND has_schema_privilege(n.oid, 'USAGE')"
            + _filters(kind, ["(n.nspname || '.' || c.relname)"], include, exclude, params)
            + " ORDER BY 1, 2"
        )
    elif kind == "mysql":
        if database:
            schema_filter = "table_schema = DATABASE()"
        else:
            schema_filter = "table_schema NOT IN (" + ", ".join(f"'{s}'" for s in MYSQL_SYSTEM_SCHEMAS) + ")"
        sql = (
            "SELECT table_schema, table_name, table_type, table_rows FROM information_schema.tables "
            f"WHERE {schema_filter}"
            + _filters(kind, ["CONCAT(table_schema, '.', table_name)"], include, exclude, params)
            + " ORDER BY 1, 2"
        )
    else:
        # SQLite names have no schema; 'main.customers' is accepted as well as 'customers'.
        sql = (
            "SELECT NULL, name, type, NULL FROM sqlite_master WHERE type IN ('table', 'view') "
            "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
            + _filters(kind, ["name", "('main.' || name)"], include, exclude, params)
            + " ORDER BY 2"
        )
    return sql, params


def entry_from_row(kind: str, row: tuple) -> CatalogEntry:
    """One catalog row as a CatalogEntry, with the row estimate the engine's statistics allow."""
    if kind == "postgresql":
        schema, name, relkind, tuples, pages, pages_now = row
        sized = relkind in ("r", "p", "m")  # views and foreign tables have no rows of their own
        return CatalogEntry(str(schema), str(name), "view" if relkind == "v" else "table", str(relkind),
                            _pg_estimate(tuples, pages, pages_now) if sized else None, int(pages_now or 0))
    schema, name, table_type, rows = row
    view = "VIEW" in str(table_type).upper()
    estimate = None if view or rows is None else max(0, int(rows))
    return CatalogEntry(str(schema) if schema is not None else None, str(name), "view" if view else "table",
                        rows_estimated=estimate)


def _pg_estimate(tuples: Any, pages: Any, pages_now: Any) -> int | None:
    """Rows now, the way the planner estimates them: tuple density of the last ANALYZE x current size.

    None when the table was never analyzed (reltuples = -1, or 0 with pages on disk): the sampler
    then measures the density itself.
    """
    tuples = float(tuples) if tuples is not None else -1.0
    pages = int(pages or 0)
    pages_now = int(pages_now or 0)
    if pages_now == 0:
        return 0 if tuples <= 0 else int(tuples)  # no heap blocks: empty (or a view / foreign table)
    if tuples > 0 and pages > 0:
        return int(round(tuples / pages * pages_now))
    return None


def column_select_list(conn, kind: str, entry: CatalogEntry, quote) -> list[tuple[str, str]]:
    """(column name, select expression) for every column, with large values capped server-side."""
    from sqlalchemy import text

    if kind == "postgresql":
        rows = conn.execute(text(
            "SELECT a.attname, t.typname, t.typcategory FROM pg_attribute a "
            "JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
            "JOIN pg_type t ON t.oid = a.atttypid WHERE n.nspname = :s AND c.relname = :t "
            "AND a.attnum > 0 AND NOT a.attisdropped "
            # column grants: a role may read some columns of a table (none readable: the table fails)
            "AND has_column_privilege(c.oid, a.attnum, 'SELECT') ORDER BY a.attnum"),
            {"s": entry.schema, "t": entry.table})
        return [(str(name), _pg_expression(quote(str(name)), str(typname), str(category)))
                for name, typname, category in rows]
    if kind == "mysql":
        rows = conn.execute(text(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = :s "
            "AND table_name = :t ORDER BY ordinal_position"), {"s": entry.schema, "t": entry.table})
        return [(str(name), _mysql_expression(quote(str(name)), str(data_type).lower())) for name, data_type in rows]
    rows = conn.execute(text("SELECT name FROM pragma_table_info(:t)"), {"t": entry.table})
    return [(str(name), _sqlite_expression(quote(str(name)))) for (name,) in rows]


def _pg_expression(column: str, typname: str, category: str) -> str:
    if typname == "bytea":
        return f"substring({column} from 1 for {MAX_BINARY_BYTES})"
    # strings, arrays, enums, geometric types, JSON/JSONB, XML: read as capped text
    if category in ("S", "A", "E", "G") or typname in ("json", "jsonb", "xml"):
        return f"left({column}::text, {MAX_TEXT_CHARS})"
    return column


_MYSQL_TEXT = {"char", "varchar", "tinytext", "text", "mediumtext", "longtext", "json", "enum", "set"}
_MYSQL_BINARY = {"binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob"}
_MYSQL_GEOMETRY = {"geometry", "point", "linestring", "polygon", "multipoint", "multilinestring",
                   "multipolygon", "geometrycollection"}


def _mysql_expression(column: str, data_type: str) -> str:
    if data_type in _MYSQL_TEXT:
        return f"LEFT({column}, {MAX_TEXT_CHARS})"
    if data_type in _MYSQL_BINARY:
        return f"LEFT({column}, {MAX_BINARY_BYTES})"
    if data_type in _MYSQL_GEOMETRY:
        return f"LEFT(ST_AsText({column}), {MAX_TEXT_CHARS})"
    return column


def _sqlite_expression(column: str) -> str:
    # SQLite types are per value, not per column: decide per value.
    return (f"CASE typeof({column}) WHEN 'text' THEN substr({column}, 1, {MAX_TEXT_CHARS}) "
            f"WHEN 'blob' THEN substr({column}, 1, {MAX_BINARY_BYTES}) ELSE {column} END")


def leads_an_index(conn, kind: str, entry: CatalogEntry, column: str, quoted_table: str) -> bool:
    """Whether `column` is the first column of an index of the table (so `WHERE column = x` is cheap)."""
    from sqlalchemy import text

    if kind == "postgresql":
        sql = ("SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid "
               "JOIN pg_namespace n ON n.oid = c.relnamespace "
               "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = i.indkey[0] "
               "WHERE n.nspname = :s AND c.relname = :t AND a.attname = :c LIMIT 1")
    elif kind == "mysql":
        sql = f"SHOW INDEX FROM {quoted_table} WHERE Column_name = :c AND Seq_in_index = 1"
    else:
        sql = ("SELECT 1 FROM pragma_index_list(:t) AS l JOIN pragma_index_info(l.name) AS i "
               "WHERE i.seqno = 0 AND i.name = :c LIMIT 1")
    params = {"s": entry.schema, "t": entry.table, "c": column}
    return conn.execute(text(sql), {k: v for k, v in params.items() if f":{k}" in sql}).first() is not None
