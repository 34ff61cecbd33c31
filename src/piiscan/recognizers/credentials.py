"""Credentials: password hashes in their self-describing formats; bare hex digests and tokens by name.

Formats that say what they are count by value: bcrypt (``$2a$``/``$2b$``/``$2y$``, cost and 53
characters of bcrypt base64), argon2 (``$argon2id$v=19$m=…``), PBKDF2 as Django writes it
(``pbkdf2_sha256$<iterations>$<salt>$<hash>``), sha512-crypt / sha256-crypt (``$6$``/``$5$``)
and the WordPress phpass form (``$P$``/``$H$``). A bare hex digest (MD5 32, SHA-1 40, SHA-256 64,
SHA-512 128 hex characters) is as likely a file checksum or a cache key, so it counts only in a
column named for passwords, tokens or secrets; so does an opaque API key or remember-me token
(the same shape as online_identifier's ids: letters and digits mixed, 12+ characters).

>>> is_password_hash("$2b$12$KIXQJ5bWbM7uY1yW9o7d0uQe1vH2xVqf6o3qkz6m8aA1pQ5c4nV2e")
True
>>> is_password_hash("$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA")
True
>>> is_password_hash("pbkdf2_sha256$600000$abcSalt123$Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA==")
True
>>> is_password_hash("$6$rounds=5000$saltsalt$" + "a" * 86)
True
>>> is_password_hash("$P$B" + "a" * 30)
True
>>> is_password_hash("$2b$12$tooShort")
False
>>> is_password_hash("5f4dcc3b5aa765d61d8327deb882cf99")   # bare hex: needs a credential-named column
False
>>> is_hex_digest("5f4dcc3b5aa765d61d8327deb882cf99")
True
>>> is_hex_digest("5f4dcc3b5aa765d61d8327deb882cf9")     # 31 characters is no digest
False
>>> mask("$2b$12$KIXQJ5bWbM7uY1yW9o7d0uQe1vH2xVqf6o3qkz6m8aA1pQ5c4nV2e")
'$2b$12$***'
>>> mask("5f4dcc3b5aa765d61d8327deb882cf99")
'<32 hex>'
"""

from __future__ import annotations

import re

from piiscan.recognizers import online_identifier as _online_identifier
from piiscan.recognizers.base import ValueRecognizer

_B64 = r"[A-Za-z0-9+/.=_-]"
_FORMATS = (
    re.compile(r"\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}"),  # bcrypt
    re.compile(rf"\$argon2(?:id|i|d)\$v=\d+\$m=\d+,t=\d+,p=\d+\${_B64}{{8,}}\${_B64}{{16,}}"),  # argon2
    re.compile(rf"pbkdf2_sha(?:1|256|512)\$\d{{3,7}}\${_B64}{{4,}}\${_B64}{{20,}}"),  # Django PBKDF2
    re.compile(rf"\$pbkdf2(?:-sha(?:1|256|512))?\$\d{{3,7}}\${_B64}{{4,}}\${_B64}{{20,}}"),  # passlib PBKDF2
    re.compile(r"\$[56]\$(?:rounds=\d{3,9}\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{43,86}"),  # sha256/512-crypt
    re.compile(r"\$[PH]\$[./A-Za-z0-9]{31}"),  # phpass (WordPress)
    re.compile(r"\$1\$[./A-Za-z0-9]{1,8}\$[./A-Za-z0-9]{22}"),  # md5-crypt
)
SHAPE_HASH = re.compile(r"\$?(?:2[abxy]?|argon2(?:id|i|d)|pbkdf2[\w-]*|[156]|[PH])\$\S{20,300}|pbkdf2_sha\d+\$\S{20,300}")
IN_TEXT = re.compile(r"(?<!\S)(?:\$(?:2[abxy]?|argon2(?:id|i|d)|[56]|[PH])\$\S{20,300}|pbkdf2_sha\d+\$\S{20,300})(?!\S)")
SHAPE_HEX = re.compile(r"[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{64}|[0-9a-fA-F]{128}")


def is_password_hash(value: str) -> bool:
    """A password hash in one of the self-describing formats above."""
    value = value.strip()
    return any(f.fullmatch(value) for f in _FORMATS)


def is_hex_digest(value: str) -> bool:
    """An MD5/SHA-1/SHA-256/SHA-512 hex digest; not one digit repeated ("000…")."""
    value = value.strip()
    return bool(SHAPE_HEX.fullmatch(value)) and len(set(value.lower())) > 4


def mask(value: str) -> str:
    value = value.strip()
    if value.startswith("$") or "$" in value:
        head = value.split("$")
        if value.startswith("$"):
            keep = "$".join(head[:3]) if head[1].startswith("2") else "$".join(head[:2])
            return f"{keep}$***"
        return f"{head[0]}$***"
    return f"<{len(value)} hex>"


def mask_secret(value: str) -> str:
    """Nothing of a secret but its length: even a prefix ("sk_live_") narrows it down."""
    return f"<{len(value.strip())} characters>"


RECOGNIZERS = [
    ValueRecognizer(
        name="credentials.password_hash",
        category="credentials",
        shape=SHAPE_HASH,
        validate=is_password_hash,
        mask=mask,
        in_text=IN_TEXT,
        context=("salasana", "password", "hash", "tiiviste"),
        min_length=20,
        max_length=400,
        text_score=0.9,
    ),
    ValueRecognizer(
        name="credentials.hex_digest",
        category="credentials",
        shape=SHAPE_HEX,
        validate=is_hex_digest,
        mask=mask,
        needs_name=True,
        min_length=32,
        max_length=128,
    ),
    # API keys, remember-me and reset tokens: opaque strings, so only under credential names.
    ValueRecognizer(
        name="credentials.token",
        category="credentials",
        shape=_online_identifier.SHAPE_ID,
        validate=_online_identifier.is_identifier,
        mask=mask_secret,
        needs_name=True,
        min_length=12,
        max_length=256,
    ),
]
