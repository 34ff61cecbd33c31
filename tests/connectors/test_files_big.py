"""A 1 GB-class export is sampled in one pass with bounded memory (run in a fresh process to measure it)."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time

import pytest
from faker import Faker

BIG_BYTES = 1_000_000_000
MAX_GROWTH_MB = 300

_MEASURE = """
import json, resource, sys, time
from pathlib import Path
from piiscan.connectors.base import ScanOptions
from piiscan.connectors.files import FileConnector
started = time.monotonic()
connector = FileConnector(sys.argv[1], ScanOptions(sample_size=1000))
table = connector.list_tables()[0]
sample = connector.sample(table)
print(json.dumps({"rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "seconds": time.monotonic() - started, "rows": len(sample.frame), "total": sample.rows_estimated,
                  "method": sample.method, "blocks": sorted(set(sample.frame["lohko"].astype(int).tolist())),
                  "hints": sorted(sample.column_hints)}))
"""


def _measure(path) -> dict:
    done = subprocess.run([sys.executable, "-c", _MEASURE, str(path)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


def _block(rows: int = 4000) -> bytes:
    """Rows of a Finnish shop export; '@@@@' is replaced by the block number when written."""
    fake = Faker("fi_FI")
    fake.seed_instance(7)
    rng = random.Random(7)
    lines = []
    for i in range(rows):
        note = '"Soittakaa ennen toimitusta;\nkiitos"' if i % 50 == 0 else ""
        phone = f"04{rng.randint(0, 6)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        lines.append(";".join(["@@@@", str(i), fake.first_name(), fake.last_name(), fake.email(safe=True), phone,
                               fake.street_address(), fake.postcode(), fake.city(),
                               f"{rng.randint(1, 900)},{rng.randint(0, 99):02d}", note]))
    return ("\n".join(lines) + "\n").encode("cp1252")


@pytest.mark.slow
def test_one_gigabyte_export_is_sampled_with_bounded_memory(tmp_path):
    header = "lohko;rivi;Etunimi;Sukunimi;Sähköposti;Puhelin;Osoite;Postinumero;Postitoimipaikka;Summa;Lisätiedot\n"
    small, big = tmp_path / "small.csv", tmp_path / "big.csv"
    block = _block()
    try:
        small.write_bytes(header.encode("cp1252") + block.replace(b"@@@@", b"0001"))
        blocks = 0
        with open(big, "wb") as handle:
            handle.write(header.encode("cp1252"))
            while blocks * len(block) < BIG_BYTES:
                blocks += 1
                handle.write(block.replace(b"@@@@", b"%04d" % blocks))
        baseline = _measure(small)
        started = time.monotonic()
        result = _measure(big)
        elapsed = time.monotonic() - started
    finally:
        big.unlink(missing_ok=True)
    assert result["total"] == blocks * 4000 and result["rows"] == 1000
    assert result["method"].startswith(f"reservoir sample, one pass (1000 of {blocks * 4000} rows); cp1252, semicolon")
    assert "Puhelin" in result["hints"]
    # uniform over the whole file, not its start: rows come from across all blocks
    assert min(result["blocks"]) <= blocks // 10 and max(result["blocks"]) >= blocks * 9 // 10
    assert len(result["blocks"]) > 300
    growth = result["rss_mb"] - baseline["rss_mb"]
    print(f"1 GB export: {elapsed:.1f} s, peak RSS {result['rss_mb']:.0f} MB "
          f"(baseline {baseline['rss_mb']:.0f} MB, growth {growth:.0f} MB)")
    assert growth < MAX_GROWTH_MB
    assert elapsed < 240
