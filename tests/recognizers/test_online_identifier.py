"""Online identifiers: user agents by value; ids, tokens and usernames only under identifier names."""

import uuid

import pandas as pd
import pytest

from piiscan.classify import classify_column
from piiscan.recognizers.online_identifier import IN_TEXT_USER_AGENT, RECOGNIZERS

USER_AGENT, IDENTIFIER, USERNAME = RECOGNIZERS

CHROME = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
          "Chrome/120.0.0.0 Safari/537.36")
IPHONE = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
          "Version/17.1 Mobile/15E148 Safari/604.1")
FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0"

CASES = [
    (CHROME, True),
    (IPHONE, True),
    (FIREFOX, True),
    ("curl/8.4.0", True),
    ("okhttp/4.9.2", True),
    ("WooCommerce/8.2.1; https://kauppa.fi", False),  # a plugin's version header, no client
    ("Firefox", False),
    ("version 5.0 (beta)", False),
    ("1.2.3/4", False),
    ("", False),
]


@pytest.mark.parametrize(("value", "expected"), CASES)
def test_user_agent_values(value: str, expected: bool) -> None:
    assert USER_AGENT.matches(value) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("3f2504e0-4f89-11d3-9a0c-0305e82c3301", True),
        ("GA1.2.1234567890.1700000000", True),
        ("s%3Aabc123DEF456", False),  # % is no token character
        ("a1b2c3d4e5f6a7b8", True),
        ("12345", False),
        ("aaaaaaaaaaaa", False),
        ("123456789012", False),  # digits only: a number, not a token
    ],
)
def test_identifier_values(value: str, expected: bool) -> None:
    assert IDENTIFIER.matches(value) is expected


def test_uuid_order_ids_are_not_online_identifiers() -> None:
    order_ids = pd.Series([str(uuid.uuid4()) for _ in range(50)])
    assert [v for v in classify_column(order_ids, "order_id") if v.category == "online_identifier"] == []
    assert [v for v in classify_column(order_ids, "id") if v.category == "online_identifier"] == []
    cookies = [v for v in classify_column(order_ids, "cookie_id") if v.category == "online_identifier"]
    assert [v.evidence for v in cookies] == ["value+name"]


def test_a_user_agent_column_is_found_by_value() -> None:
    agents = pd.Series([CHROME, IPHONE, FIREFOX] * 10)
    found = [v for v in classify_column(agents, "_customer_user_agent") if v.category == "online_identifier"]
    assert found and found[0].verdict == "confirmed"
    assert [v for v in classify_column(agents, "meta_value") if v.category == "online_identifier"][0].evidence == "value"


def test_user_agent_in_text() -> None:
    text = f"Virhe kassalla, selain {FIREFOX}. Versio 2.4.1."
    hits = [m.group() for m in IN_TEXT_USER_AGENT.finditer(text) if USER_AGENT.validate(m.group())]
    assert hits == [FIREFOX]


def test_masks() -> None:
    assert USER_AGENT.mask(CHROME) == "Mozilla/5.0 (…)"
    assert IDENTIFIER.mask("3f2504e0-4f89-11d3-9a0c-0305e82c3301") == "3f25***01"
    assert USERNAME.matches("matti.m") and not USERNAME.matches("12345")


def test_user_agents_without_a_space_before_the_platform() -> None:
    opera = "Opera/9.44.(X11; Linux x86_64; fi-FI) Presto/2.9.177 Version/11.00"
    assert USER_AGENT.matches(opera)
    text = f"Selain: {opera}. Kiitos."
    assert [m.group() for m in IN_TEXT_USER_AGENT.finditer(text) if USER_AGENT.validate(m.group())] == [opera]


@pytest.mark.parametrize("junk", ["ab/1" + " ;," * 5000 + "\x00", "ab/1" + " x;" * 5000 + "\x00",
                                  "Mozilla/5.0" + " (x)" * 3000 + "!"])
def test_user_agent_patterns_fail_fast_on_near_misses(junk: str) -> None:
    # Regression: "ab/1 ;, ;, …" once backtracked for minutes (separators were also word characters).
    import time

    started = time.perf_counter()
    USER_AGENT.shape.fullmatch(junk)
    IN_TEXT_USER_AGENT.findall(junk)
    assert time.perf_counter() - started < 1.0
