"""The speed benchmark's database: a shop in the local PostgreSQL, built server-side.

``piiscan_bench`` holds ``BIG_TABLE`` (10M rows), ``MEDIUM_TABLE`` (100k rows) and shop tables
(customers, orders, products, sessions, invoices) of 2k-20k rows, 200 tables in all. Everything
is generated with ``generate_series`` inside PostgreSQL (about a minute), with valid Finnish
identifiers (henkilötunnus check characters, IBAN check digits, mobile numbers) computed in SQL.
The database is the benchmark's cache: it is reused when its recorded shape matches, and rebuilt
with ``--rebuild``.
"""

from __future__ import annotations

import time

DATABASE = "piiscan_bench"
DEFAULT_URL = f"postgresql://postgres@127.0.0.1:5432/{DATABASE}"
SHAPE_VERSION = "1"
DEFAULT_TABLES = 200
BIG_TABLE, BIG_ROWS = "events_10m", 10_000_000
MEDIUM_TABLE, MEDIUM_ROWS = "orders_100k", 100_000

_FIRST = "ARRAY['Matti','Maria','Juha','Helena','Mikko','Anna','Timo','Johanna','Jari','Liisa','Antti','Sari']"
_LAST = "ARRAY['Virtanen','Korhonen','Mäkinen','Nieminen','Mäkelä','Hämäläinen','Laine','Heikkinen','Koskinen']"
_STREETS = "ARRAY['Mannerheimintie','Hämeenkatu','Kauppakatu','Koivukuja','Rantatie','Kirkkopolku','Myllyrinne']"
_CITIES = "ARRAY['Helsinki','Espoo','Tampere','Vantaa','Oulu','Turku','Jyväskylä','Kuopio','Lahti']"
_AGENTS = ("ARRAY['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 "
           "Safari/537.36','Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
           "Gecko) Version/17.1 Mobile/15E148 Safari/604.1','Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 "
           "Firefox/121.0']")
_PRODUCTS = "ARRAY['Villasukat','Kahvinkeitin','Retkituoli','Lapaset','Pipo','Termospullo','Reppu','Kattila']"

# Expressions over the series variable i.
_HETU_DATE = "(date '1940-01-01' + ((i * 37) % 24000)::int)"
_HETU_DIGITS = f"(to_char({_HETU_DATE}, 'DDMMYY') || lpad((2 + i % 897)::text, 3, '0'))"
HETU = (f"(to_char({_HETU_DATE}, 'DDMMYY') || CASE WHEN {_HETU_DATE} < date '2000-01-01' THEN "
        f"substr('-YXWVU', 1 + (i % 6)::int, 1) ELSE substr('ABCDEF', 1 + (i % 6)::int, 1) END "
        f"|| lpad((2 + i % 897)::text, 3, '0') "
        f"|| substr('0123456789ABCDEFHJKLMNPRSTUVWXY', ({_HETU_DIGITS}::bigint % 31)::int + 1, 1))")
PHONE = "('04' || (ARRAY['0','1','4','5','6'])[1 + (i % 5)::int] || ' ' || lpad(((i * 7919) % 10000000)::text, 7, '0'))"
_BBAN = "lpad(((i * 104729) % 100000000000000)::text, 14, '0')"
IBAN = f"('FI' || lpad((98 - ({_BBAN} || '151800')::numeric % 97)::text, 2, '0') || {_BBAN})"
EMAIL = "(lower((ARRAY['matti','maria','juha','anna','timo'])[1 + (i % 5)::int]) || '.' || i || '@example.fi')"
IP = "('10.' || (i % 250) || '.' || ((i / 250) % 250) || '.' || ((i / 62500) % 250))"

TEMPLATES: dict[str, str] = {
    "customers": f"""SELECT i AS id, ({_FIRST})[1 + (i % 12)::int] AS first_name,
        ({_LAST})[1 + (i % 9)::int] AS last_name, {EMAIL} AS email, {PHONE} AS phone, {HETU} AS hetu,
        ({_STREETS})[1 + (i % 7)::int] || ' ' || (1 + i % 90) AS street_address,
        lpad(((i * 13) % 99999)::text, 5, '0') AS postcode, ({_CITIES})[1 + (i % 9)::int] AS city,
        timestamp '2020-01-01' + i * interval '17 minutes' AS created_at, (i % 3 = 0) AS newsletter""",
    "orders": f"""SELECT i AS id, 100000000 + i AS order_number, (i * 7) % 50000 AS customer_id,
        timestamp '2023-01-01' + i * interval '7 minutes' AS ordered_at, round((i % 30000) / 100.0, 2) AS total,
        {EMAIL} AS billing_email, {PHONE} AS billing_phone,
        ({_STREETS})[1 + (i % 7)::int] || ' ' || (1 + i % 90) AS shipping_address,
        (ARRAY['paid','shipped','cancelled'])[1 + (i % 3)::int] AS status""",
    "products": f"""SELECT i AS id, 'SKU-' || lpad(i::text, 6, '0') AS sku,
        ({_PRODUCTS})[1 + (i % 8)::int] || ' ' || (i % 40) AS product_name, round((i % 9000) / 100.0 + 1, 2) AS price,
        '64' || lpad(((i * 7907) % 10000000000)::text, 11, '0') AS ean,
        'Laadukas tuote kotiin ja mökille, malli ' || i AS description""",
    "sessions": f"""SELECT i AS id, md5(i::text) AS session_id, {IP} AS ip_address,
        ({_AGENTS})[1 + (i % 3)::int] AS user_agent, timestamp '2024-01-01' + i * interval '1 minute' AS started_at""",
    "invoices": f"""SELECT i AS id, 'LASKU-' || i AS invoice_no, {IBAN} AS iban,
        round((i % 50000) / 100.0, 2) AS amount, date '2024-01-01' + (i % 365)::int AS due_date""",
}


def table_plan(tables: int = DEFAULT_TABLES, big_rows: int = BIG_ROWS,
               medium_rows: int = MEDIUM_ROWS) -> list[tuple[str, str, int]]:
    """(table name, template, rows) for every table: the two fixed-size ones, then shop tables.

    >>> plan = table_plan(10)
    >>> len(plan), plan[0][0], plan[1][2]
    (10, 'events_10m', 100000)
    """
    plan = [(BIG_TABLE, "sessions", big_rows), (MEDIUM_TABLE, "orders", medium_rows)]
    names = list(TEMPLATES)
    for k in range(tables - len(plan)):
        template = names[k % len(names)]
        plan.append((f"{template}_{k:03d}", template, 2000 + (k * 7919) % 18000))
    return plan


def _connect(url: str, database: str | None = None):
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(url)
    return psycopg.connect(host=u.host or "127.0.0.1", port=u.port or 5432, user=u.username or "postgres",
                           password=u.password, dbname=database or u.database, autocommit=True)


def _shape_key(tables: int, big_rows: int, medium_rows: int) -> str:
    return f"v{SHAPE_VERSION}:{tables}:{big_rows}:{medium_rows}"


def existing_shape(url: str) -> str | None:
    """The shape recorded in the benchmark database, or None when it is missing or unfinished."""
    import psycopg

    try:
        with _connect(url) as conn:
            row = conn.execute("SELECT value FROM bench_meta WHERE key = 'shape'").fetchone()
            return row[0] if row else None
    except psycopg.Error:
        return None


def ensure_database(url: str = DEFAULT_URL, tables: int = DEFAULT_TABLES, rebuild: bool = False,
                    log=print, big_rows: int = BIG_ROWS, medium_rows: int = MEDIUM_ROWS) -> float:
    """Build the benchmark database unless it exists with the right shape; seconds spent building.

    ``big_rows``/``medium_rows`` shrink the two fixed tables (tests build a tiny one)."""
    from sqlalchemy.engine import make_url

    shape = _shape_key(tables, big_rows, medium_rows)
    if not rebuild and existing_shape(url) == shape:
        return 0.0
    database = make_url(url).database or DATABASE
    started = time.monotonic()
    with _connect(url, "postgres") as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{database}"')
    with _connect(url) as conn:
        conn.execute("CREATE TABLE bench_meta (key text PRIMARY KEY, value text)")
        for name, template, rows in table_plan(tables - 1, big_rows, medium_rows):  # + bench_meta
            t0 = time.monotonic()
            conn.execute(f'CREATE TABLE "{name}" AS {TEMPLATES[template]} FROM generate_series(1, {rows}) AS i')
            if rows >= medium_rows:
                log(f"  built {name} ({rows:,} rows) in {time.monotonic() - t0:.1f} s")
        conn.execute("VACUUM ANALYZE")
        conn.execute("INSERT INTO bench_meta VALUES ('shape', %s)", (shape,))
    return time.monotonic() - started
