"""E-mail addresses, checked for syntax only (email-validator; no DNS look-ups).

>>> is_valid("matti.meikalainen@example.fi")
True
>>> is_valid("not an email")
False
>>> is_valid("a@b")
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
    from email_validator import EmailNotValidError, validate_email

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
