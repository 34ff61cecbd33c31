"""E-mail addresses, checked for syntax only (email-validator; no DNS look-ups).

>>> is_valid("matti.meikalainen@example.fi")
True
>>> is_valid("not an email")
False
>>> is_valid("a@b")
False
>>> is_valid("logo@2x.png")        # a retina image's file name
False
>>> mask("matti.meikalainen@example.fi")
'm***@example.fi'

As a mail header writes it, with a display name ("Matti Meikäläinen <matti@example.fi>"):

>>> is_valid_with_name("Matti Meikäläinen <matti@example.fi>")
True
>>> is_valid_with_name("<matti@example.fi>")
True
>>> is_valid_with_name("Matti Meikäläinen")
False
>>> mask_with_name("Matti Meikäläinen <matti@example.fi>")
'*** <m***@example.fi>'
"""

from __future__ import annotations

import re

from piiscan.masking import mask_email as mask
from piiscan.recognizers.base import ValueRecognizer

SHAPE = re.compile(r"[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\"]{2,}")
SHAPE_WITH_NAME = re.compile(r"[^<>@\n]{0,120}<[^<>@\s]+@[^<>@\s]+>")
IN_TEXT = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-zA-Z]{2,}(?![\w-])")


def is_valid(value: str) -> bool:
    """Syntax per email-validator (no DNS); a domain ending in a file extension is a file name."""
    from email_validator import EmailNotValidError, validate_email

    from piiscan.recognizers.website import NOT_TOP_LEVEL_DOMAINS

    if value.strip().rpartition(".")[2].lower() in NOT_TOP_LEVEL_DOMAINS:
        return False
    try:
        validate_email(value.strip(), check_deliverability=False, test_environment=True)
    except (EmailNotValidError, TypeError, ValueError):
        return False
    return True


def _address_in_brackets(value: str) -> str:
    return value.strip().rpartition("<")[2].rstrip(">").strip()


def is_valid_with_name(value: str) -> bool:
    """'Display Name <address>' whose address is valid (see is_valid)."""
    value = value.strip()
    return bool(SHAPE_WITH_NAME.fullmatch(value)) and is_valid(_address_in_brackets(value))


def mask_with_name(value: str) -> str:
    """The name hidden entirely, the address masked as usual."""
    return f"*** <{mask(_address_in_brackets(value))}>"


RECOGNIZER = ValueRecognizer(
    name="email",
    category="email",
    shape=SHAPE,
    validate=is_valid,
    mask=mask,
    in_text=IN_TEXT,
    context=("email", "sähköposti", "s-posti", "mail"),
    min_length=6,
    max_length=254,
    text_score=0.9,
)
RECOGNIZERS = [
    RECOGNIZER,
    ValueRecognizer(
        name="email.with_name",
        category="email",
        shape=SHAPE_WITH_NAME,
        validate=is_valid_with_name,
        mask=mask_with_name,
        min_length=8,
        max_length=380,
    ),
]
