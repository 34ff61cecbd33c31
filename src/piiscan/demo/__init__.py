"""The demo web shop that ships with piiscan: a small SQLite database and its notice.

The database is generated deterministically by ``python -m piiscan.demo.build`` (Faker ``fi_FI``,
no real people) and committed, so ``piiscan demo`` needs nothing but the package.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent


def demo_paths() -> tuple[Path, Path]:
    """(shop database, its seloste.yaml)."""
    return HERE / "kauppa.db", HERE / "seloste.yaml"
