"""IP addresses, version 4 and 6 (stdlib ``ipaddress``).

Four-part version numbers ("1.2.3.4", "10.0.0.1" of a firmware) are the hard negative. A dotted
quad counts as an IPv4 address only when it is written the way addresses are: no leading zeros
in an octet (``ipaddress`` already refuses them) and not a "version-like" quad: a major number
below 30, a minor below 20 and a patch below 100 ("1.2.0.3", "2.4.1.0", "11.3.27.180"). Release
numbers almost always look like that; about 0.4 % of public client addresses do (the first octet
below 30 *and* the next two that small), a loss worth the precision on build and firmware columns. Loopback, unspecified and multicast addresses are
not about a person either. IPv6 needs at least two colons and is validated by ``ipaddress``.

>>> is_valid("192.168.1.20")
True
>>> is_valid("83.150.92.17")
True
>>> is_valid("2001:db8::8a2e:370:7334")
True
>>> is_valid("1.2.3.4")          # a version number
False
>>> is_valid("11.3.27.180")      # so is this
False
>>> is_valid("256.1.1.1")
False
>>> is_valid("127.0.0.1")        # loopback: the machine itself, nobody's address
False
>>> is_valid("01.02.2024")       # a date
False
>>> mask("83.150.92.17")
'83.150.*.*'
>>> mask("2001:db8::8a2e:370:7334")
'2001:db8:*'
"""

from __future__ import annotations

import ipaddress
import re

from piiscan.recognizers.base import ValueRecognizer

_V4 = r"(?:\d{1,3}\.){3}\d{1,3}"
_V6 = r"(?=[0-9a-fA-F:.]*:[0-9a-fA-F.]*:)[0-9a-fA-F:.]{2,45}(?:%\w+)?"
SHAPE = re.compile(rf"{_V4}|{_V6}")
IN_TEXT = re.compile(
    rf"(?<![\w.:])(?:{_V4}|(?:[0-9a-fA-F]{{1,4}}:){{2,7}}[0-9a-fA-F]{{1,4}}"
    rf"|(?:[0-9a-fA-F]{{1,4}}:){{1,6}}:(?:[0-9a-fA-F]{{1,4}}(?::[0-9a-fA-F]{{1,4}}){{0,5}})?)(?![\w.:])"
)


def _version_like(parts: list[str]) -> bool:
    major, minor, patch = (int(p) for p in parts[:3])
    return major < 30 and minor < 20 and patch < 100


def is_valid(value: str) -> bool:
    """A real, routable or private host address; not loopback, multicast or a version number."""
    value = value.strip()
    try:
        address = ipaddress.ip_address(value.split("%")[0])
    except ValueError:
        return False
    if address.version == 4 and _version_like(value.split(".")):
        return False
    return not (address.is_loopback or address.is_unspecified or address.is_multicast)


def mask(value: str) -> str:
    value = value.strip()
    if "." in value and ":" not in value:
        return ".".join(value.split(".")[:2]) + ".*.*"
    return ":".join(value.split(":")[:2]) + ":*"


RECOGNIZER = ValueRecognizer(
    name="ip_address",
    category="ip_address",
    shape=SHAPE,
    validate=is_valid,
    mask=mask,
    in_text=IN_TEXT,
    context=("ip", "osoite", "address", "yhteys"),
    min_length=3,
    max_length=50,
    text_score=0.8,
)
