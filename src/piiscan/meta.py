"""Key/value meta tables: WordPress and WooCommerce keep customers' data one value per row.

``wp_postmeta``, ``wp_usermeta``, ``wp_wc_orders_meta`` (any table prefix, any table with a
``meta_key`` and a ``meta_value`` column) hold ``_billing_phone`` in one row and
``_billing_email`` in the next. Classified as columns, ``meta_value`` is a mix of everything and
``meta_key`` a list of names. :func:`reshape_meta` pivots a sampled meta table into one column per
key, so each key is classified on its own values and named in the finding (``Finding.meta_key``).

A random sample of a big meta table holds few rows of each key; :func:`meta_aware_sample` lets a
SQL connector fetch up to ``per_key`` rows of each key it saw and of every known personal key.

>>> import pandas as pd
>>> from piiscan.connectors.base import Sample, TableRef
>>> rows = pd.DataFrame({"meta_id": [1, 2, 3], "post_id": [7, 7, 8],
...                      "meta_key": ["_billing_phone", "_billing_email", "_billing_phone"],
...                      "meta_value": ["040 123 4567", "a@example.fi", "050 765 4321"]})
>>> sample = reshape_meta(TableRef("shop.wp_postmeta"), Sample(rows, "order by rand()"))
>>> list(sample.frame.columns), sample.meta_keys["_billing_phone"]
(['_billing_email', '_billing_phone'], '_billing_phone')
>>> sample.frame["_billing_phone"].tolist()
['040 123 4567', '050 765 4321']
>>> sorted(sample.column_hints["_billing_phone"]), sample.method
(['phone'], 'order by rand(); meta table pivoted by meta_key (2 keys)')
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Iterable

from piiscan.colnames import name_hints
from piiscan.connectors.base import Sample, TableRef
from piiscan.connectors.layouts import holds_personal_value

if TYPE_CHECKING:
    import pandas as pd

KEY_COLUMN = "meta_key"
VALUE_COLUMN = "meta_value"
MAX_VALUE_CHARS = 4000  # serialized carts and sessions can be megabytes; the start shows what they hold
MAX_KEYS = 500  # a meta table with more distinct keys in its sample is pivoted on the most frequent ones

# Keys whose names do not say what they hold (or say it misleadingly), as WordPress/WooCommerce use them.
KNOWN_KEYS: dict[str, frozenset[str]] = {
    "_billing_state": frozenset({"address"}), "_billing_country": frozenset({"address"}),
    "_shipping_state": frozenset({"address"}), "_shipping_country": frozenset({"address"}),
    "billing_state": frozenset({"address"}), "billing_country": frozenset({"address"}),
    "shipping_state": frozenset({"address"}), "shipping_country": frozenset({"address"}),
    "_billing_address_index": frozenset({"name", "address"}),
    "_shipping_address_index": frozenset({"name", "address"}),
    "nickname": frozenset({"online_identifier"}), "session_tokens": frozenset({"online_identifier"}),
    "_transaction_id": frozenset({"billing"}), "_money_spent": frozenset({"order_history"}),
    "paying_customer": frozenset({"order_history"}), "_customer_ip_address": frozenset({"ip_address"}),
    "_customer_user_agent": frozenset({"online_identifier"}),
}

# Personal keys a meta-aware sample always asks for, seen in the random sample or not.
PERSONAL_KEYS: tuple[str, ...] = tuple(
    f"{prefix}{kind}_{field}"
    for prefix in ("_", "")
    for kind in ("billing", "shipping")
    for field in ("first_name", "last_name", "company", "address_1", "address_2", "city", "postcode", "state",
                  "country", "email", "phone")
) + ("_customer_ip_address", "_customer_user_agent", "_billing_address_index", "_shipping_address_index",
     "first_name", "last_name", "nickname", "description", "session_tokens", "_billing_vat_number",
     "_wc_order_attribution_user_agent", "community-events-location")


def meta_columns(frame: "pd.DataFrame") -> tuple[str, str] | None:
    """The (key, value) column names if the frame is shaped like a meta table, else None.

    >>> import pandas as pd
    >>> meta_columns(pd.DataFrame(columns=["umeta_id", "user_id", "META_KEY", "meta_value"]))
    ('META_KEY', 'meta_value')
    >>> meta_columns(pd.DataFrame(columns=["id", "email"])) is None
    True
    """
    by_lower = {str(c).lower(): str(c) for c in frame.columns}
    if KEY_COLUMN in by_lower and VALUE_COLUMN in by_lower:
        return by_lower[KEY_COLUMN], by_lower[VALUE_COLUMN]
    return None


def key_hints(meta_key: str) -> set[str]:
    """Categories a meta key's name suggests (``_billing_phone`` -> phone)."""
    return set(KNOWN_KEYS.get(meta_key, frozenset())) | set(name_hints(meta_key))


def reshape_meta(table: TableRef, sample: Sample) -> Sample:
    """One column per meta key (values from meta_value); other samples are returned unchanged."""
    import pandas as pd

    from piiscan.connectors.files import typed_columns

    columns = meta_columns(sample.frame)
    if columns is None:
        return sample
    key_column, value_column = columns
    rows = sample.frame[[key_column, value_column]].dropna(subset=[key_column])
    rows = rows[rows[key_column].astype(str).str.strip() != ""]
    counts = rows[key_column].astype(str).value_counts()
    keys = sorted(counts.index[:MAX_KEYS])
    grouped = rows.groupby(rows[key_column].astype(str), sort=True)[value_column]
    pivoted = {key: pd.Series(list(values), dtype=object) for key, values in grouped if key in set(keys)}
    frame = typed_columns(pd.DataFrame(pivoted, columns=keys)) if pivoted else pd.DataFrame()
    # a key that is itself personal data (a plugin keying rows by e-mail) is never shown
    shown = {key: key if not holds_personal_value(key) else f"meta_key_{i + 1}" for i, key in enumerate(keys)}
    frame.columns = [shown[key] for key in frame.columns]
    hints = {shown[key]: key_hints(key) for key in keys if key_hints(key) and shown[key] == key}
    meta_keys = {name: key if name == key else "(a key that is personal data)" for key, name in shown.items()}
    method = f"{sample.method}; meta table pivoted by {key_column} ({len(keys)} keys)"
    return Sample(frame, method, sample.rows_estimated, column_hints=hints, meta_keys=meta_keys)


def meta_aware_sample(
    conn: Any,
    quoted_table: str,
    quote: Callable[[str], str],
    first_sample: "pd.DataFrame",
    per_key: int = 50,
    extra_keys: Iterable[str] = PERSONAL_KEYS,
) -> tuple["pd.DataFrame", str]:
    """Re-sample a meta table key by key: up to ``per_key`` rows of each key seen in ``first_sample``
    and of every known personal key, through the table's ``meta_key`` index (one UNION ALL per 50 keys).

    ``conn`` is an open SQLAlchemy connection, ``quote`` the dialect's identifier quoting. Returns the
    rows (key and value columns only) and a description for ``Sample.method``.
    """
    import pandas as pd
    from sqlalchemy import text

    columns = meta_columns(first_sample)
    if columns is None:
        return first_sample, ""
    key_column, value_column = columns
    seen = first_sample[key_column].dropna().astype(str).value_counts().index[:MAX_KEYS].tolist()
    keys = list(dict.fromkeys(seen + list(extra_keys)))
    qkey, qvalue = quote(key_column), quote(value_column)
    parts_rows: list[pd.DataFrame] = []
    try:
        for start in range(0, len(keys), 50):
            batch = keys[start:start + 50]
            selects = [
                f"SELECT * FROM (SELECT {qkey}, SUBSTR({qvalue}, 1, {MAX_VALUE_CHARS}) AS {qvalue} "
                f"FROM {quoted_table} WHERE {qkey} = :k{i} LIMIT {int(per_key)}) AS piiscan_k{i}"
                for i in range(len(batch))
            ]
            result = conn.execute(text(" UNION ALL ".join(selects)), {f"k{i}": key for i, key in enumerate(batch)})
            parts_rows.append(pd.DataFrame(result.fetchall(), columns=[key_column, value_column]))
    except Exception as exc:  # noqa: BLE001 - e.g. a JSON-typed value column: the random sample still stands
        return first_sample, f"meta keys not re-sampled ({type(exc).__name__})"
    frame = pd.concat(parts_rows, ignore_index=True) if parts_rows else first_sample[[key_column, value_column]]
    return frame, f"meta-aware: up to {per_key} rows for each of {len(keys)} keys"
