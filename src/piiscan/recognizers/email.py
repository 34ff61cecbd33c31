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
"""

from __future__ import annotations

import re

from piiscan.masking import mask_email as mask
from piiscan.recognizers.base import ValueRecognizer

SHAPE = re.compile(r"[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\"]{2,}")
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
