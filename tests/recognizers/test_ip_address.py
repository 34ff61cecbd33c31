"""IP addresses: v4 and v6 by value; version numbers, dates and loopback are not."""

import pandas as pd
import pytest

from piiscan.classify import classify_column
from piiscan.recognizers.ip_address import IN_TEXT, RECOGNIZER

CASES = [
    ("83.150.92.17", True),
    ("192.168.1.20", True),
    ("172.16.254.1", True),
    ("2001:db8::8a2e:370:7334", True),
    ("2a00:1450:4010:c0e::64", True),
    ("fe80::1ff:fe23:4567:890a", True),
    # hard negatives
    ("1.2.3.4", False),  # a version number
    ("2.4.1.0", False),
    ("11.3.27.180", False),  # major.minor.patch.build
    ("5.189.27.180", True),  # a public address with a small first octet
    ("10.0.0.1", False),  # version-like quads lose; see the module docstring
    ("256.1.1.1", False),
    ("192.168.001.020", False),  # leading zeros: not how addresses are written
    ("127.0.0.1", False),
    ("0.0.0.0", False),
    ("::1", False),
    ("224.0.0.1", False),  # multicast
    ("01.02.2024", False),
    ("24.11.2024", False),
    ("12:30:45", False),
    ("a:b", False),
    ("1.2.3", False),
    ("", False),
]


@pytest.mark.parametrize(("value", "expected"), CASES)
def test_ip_values(value: str, expected: bool) -> None:
    assert RECOGNIZER.matches(value) is expected


def test_ip_in_text() -> None:
    text = "Kirjautuminen osoitteesta 83.150.92.17 klo 12:30:45, sovellusversio 2.4.1.0."
    hits = [m.group() for m in IN_TEXT.finditer(text) if RECOGNIZER.validate(m.group())]
    assert hits == ["83.150.92.17"]


def test_a_version_column_is_not_ip_addresses() -> None:
    versions = pd.Series([f"{a}.{b}.{c}.{d}" for a in (1, 2, 3) for b in range(10) for c in range(3) for d in (0, 7)])
    assert [v for v in classify_column(versions, "version") if v.category == "ip_address"] == []


def test_ip_mask_keeps_the_network_only() -> None:
    assert RECOGNIZER.mask("83.150.92.17") == "83.150.*.*"
