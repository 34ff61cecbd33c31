"""Credentials: self-describing password hashes by value; bare hex digests only under credential names."""

import base64
import hashlib

import pandas as pd
import pytest

from piiscan.classify import classify_column
from piiscan.recognizers.credentials import RECOGNIZERS

HASH, HEX, TOKEN = RECOGNIZERS


def _django_pbkdf2(password: str, salt: str = "kVsEUKr2Q6aN", iterations: int = 600000) -> str:
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), iterations)
    return f"pbkdf2_sha256${iterations}${salt}${base64.b64encode(digest).decode()}"


CASES = [
    ("$2a$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW", True),  # bcrypt, Wikipedia's example
    ("$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy", True),
    ("$2y$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy", True),
    ("$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG", True),  # argon2 README
    (_django_pbkdf2("salasana"), True),
    ("$6$rounds=5000$usesomesillystri$D4IrlXatmP7rx3P3InaxBeoomnAihCKRVQP22JZ6EY47Wc6BkroIuUUBOov1i.S5KPgErtP/EN5mcO.ChWQW21", True),
    ("$P$BGrE8rF2pmF1mw0zjBhRT8zfJb2e9O/", True),  # phpass (WordPress)
    # hard negatives
    ("$2b$12$tooShort", False),
    ("$argon2id$v=19$m=65536", False),
    ("pbkdf2_sha256$", False),
    ("5f4dcc3b5aa765d61d8327deb882cf99", False),  # bare hex: needs the column name
    ("salasana123", False),
    ("$100.00", False),
    ("", False),
]


@pytest.mark.parametrize(("value", "expected"), CASES)
def test_password_hash_values(value: str, expected: bool) -> None:
    assert HASH.matches(value) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("5f4dcc3b5aa765d61d8327deb882cf99", True),  # md5
        ("5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8", True),  # sha1
        (hashlib.sha256(b"x").hexdigest(), True),
        (hashlib.sha512(b"x").hexdigest(), True),
        ("5f4dcc3b5aa765d61d8327deb882cf9", False),  # 31
        ("0" * 32, False),
        ("3f2504e0-4f89-11d3-9a0c-0305e82c3301", False),  # a UUID is no digest
        ("g" * 32, False),
    ],
)
def test_hex_digest_values(value: str, expected: bool) -> None:
    assert HEX.matches(value) is expected


def test_hex_digests_count_only_under_credential_names() -> None:
    digests = pd.Series([hashlib.md5(str(i).encode()).hexdigest() for i in range(30)])
    assert [v.recognizer for v in classify_column(digests, "password_hash") if v.evidence == "value+name"] == [
        "credentials.hex_digest"]
    assert [v for v in classify_column(digests, "file_checksum") if v.category == "credentials"] == []


def test_credentials_masks_show_the_format_only() -> None:
    assert HASH.mask("$2a$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW") == "$2a$12$***"
    assert HASH.mask(_django_pbkdf2("x")) == "pbkdf2_sha256$***"
    assert HEX.mask("5f4dcc3b5aa765d61d8327deb882cf99") == "<32 hex>"


def test_tokens_count_only_under_credential_names() -> None:
    tokens = pd.Series([f"sk_live_{i:04d}aBcD3fGh1jKlMn0pQ" for i in range(30)])
    found = [v for v in classify_column(tokens, "api_key") if v.evidence == "value+name"]
    assert [v.category for v in found] == ["credentials"]
    assert found[0].examples[0] == "<29 characters>"
    assert [v for v in classify_column(tokens, "product_code") if v.category == "credentials"] == []
