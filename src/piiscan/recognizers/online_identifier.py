"""Online identifiers: browser user-agent strings by value; cookie, device and session ids by name.

A user agent ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 … Chrome/120 …")
describes one visitor's browser and is found by its form. A UUID or a random token, however, is
just as often an order id, a product key or a file name, so ids, tokens and usernames count only
in a column whose name says cookie, device, session, visitor, user agent or username — plain
UUID order ids are the hard negative.

>>> is_user_agent("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36")
True
>>> is_user_agent("Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 Version/17.1 Mobile/15E148 Safari/604.1")
True
>>> is_user_agent("curl/8.4.0")
True
>>> is_user_agent("Opera/9.44.(X11; Linux x86_64; fi-FI) Presto/2.9.177 Version/11.00")
True
>>> is_user_agent("Firefox")        # a browser's name is nobody's user agent
False
>>> is_user_agent("version 5.0 (beta)")
False
>>> is_identifier("3f2504e0-4f89-11d3-9a0c-0305e82c3301")
True
>>> is_identifier("GA1.2.1234567890.1700000000")
True
>>> is_identifier("12345")          # too short to single out anyone
False
>>> is_username("matti.m")
True
>>> is_username("2024-11-24 10:00")
False
>>> mask("3f2504e0-4f89-11d3-9a0c-0305e82c3301")
'3f25***01'
>>> mask_user_agent("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36")
'Mozilla/5.0 (…)'
"""

from __future__ import annotations

import re

from piiscan.masking import mask_middle
from piiscan.recognizers.base import ValueRecognizer

_PRODUCT = r"[A-Za-z][\w.!-]{1,40}/[\w.+-]{1,30}+"
# Faker and some old Opera builds write "Opera/9.44.(X11; ...)": no space before the bracket.
# Separators and words never share a character and runs are possessive: no way to split the same
# text twice, so junk fails in linear time ("ab/1 ;, ;, ;, …" used to take minutes).
SHAPE_USER_AGENT = re.compile(rf"{_PRODUCT}(?:[ ;,]++(?:{_PRODUCT}|[\w.:+-]++)|[ ;,]*+\([^()]{{1,300}}\))*+")
IN_TEXT_USER_AGENT = re.compile(
    r"(?<![\w/])(?:Mozilla|Opera|Dalvik|curl|Wget|okhttp|python-requests|CFNetwork)/\w[\w.]{0,29}(?:(?<!\.)|(?=\())"
    r"(?: ?\([^()\n]{1,300}\)| [A-Za-z][\w.!-]{1,40}/\w[\w.+-]{0,29}(?<![.+-])| like Gecko| Mobile| Safari)*"
)
# Tokens that browsers, apps and HTTP tools put in their user agents.
_UA_TOKENS = re.compile(
    r"^(?:Mozilla|Opera|Dalvik|curl|Wget|okhttp|python-requests|python-urllib|Java|Go-http-client|"
    r"PostmanRuntime|axios|node-fetch|CFNetwork|Apache-HttpClient)/"
    r"|AppleWebKit/|Gecko/|Chrome/|Safari/|Firefox/|Edg/|OPR/|Mobile/|Trident/|bot/",
)
SHAPE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:=+/-]{11,255}")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
SHAPE_USERNAME = re.compile(r"[\w.@+-]{3,64}")


def is_user_agent(value: str) -> bool:
    """A product/version token of a browser, app or HTTP client, as user agents begin or contain."""
    value = value.strip()
    return bool(SHAPE_USER_AGENT.fullmatch(value)) and bool(_UA_TOKENS.search(value))


def is_identifier(value: str) -> bool:
    """A UUID, or a token of 12+ characters that mixes letters and digits (cookie, device, session)."""
    value = value.strip()
    if _UUID.fullmatch(value):
        return True
    if not SHAPE_ID.fullmatch(value):
        return False
    has_digit = any(c.isdigit() for c in value)
    has_letter = any(c.isalpha() for c in value)
    return has_digit and has_letter and len(set(value)) >= 6


def is_username(value: str) -> bool:
    """A login name: 3-64 word characters, dots, @, + or -, with at least one letter."""
    value = value.strip()
    return bool(SHAPE_USERNAME.fullmatch(value)) and any(c.isalpha() for c in value)


def mask(value: str) -> str:
    return mask_middle(value, keep_start=4, keep_end=2)


def mask_user_agent(value: str) -> str:
    """The first product token only: enough to see it is a user agent, not enough to single anyone out."""
    first = value.strip().split(" ")[0]
    return f"{first} (…)"


RECOGNIZERS = [
    ValueRecognizer(
        name="online_identifier.user_agent",
        category="online_identifier",
        shape=SHAPE_USER_AGENT,
        validate=is_user_agent,
        mask=mask_user_agent,
        in_text=IN_TEXT_USER_AGENT,
        context=("user agent", "selain", "browser", "useragent"),
        min_length=6,
        max_length=1000,
        text_score=0.8,
    ),
    ValueRecognizer(
        name="online_identifier.id",
        category="online_identifier",
        shape=SHAPE_ID,
        validate=is_identifier,
        mask=mask,
        needs_name=True,
        min_length=12,
        max_length=256,
    ),
    ValueRecognizer(
        name="online_identifier.username",
        category="online_identifier",
        shape=SHAPE_USERNAME,
        validate=is_username,
        mask=mask,
        needs_name=True,
        min_length=3,
        max_length=64,
    ),
]
