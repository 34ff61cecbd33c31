"""Value recognizers, one small module per kind of value, registered here and only here.

Each module defines ``RECOGNIZER`` (a :class:`~piiscan.recognizers.base.ValueRecognizer`) and, in
the manner of python-stdnum, plain functions with doctested valid and invalid examples.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import import_module

from piiscan.recognizers.base import ValueRecognizer

# Order matters only for ties: more specific recognizers first.
MODULES: tuple[str, ...] = (
    "hetu",
    "ytunnus",
    "email",
    "phone",
)


@lru_cache(maxsize=1)
def all_recognizers() -> list[ValueRecognizer]:
    """Every registered recognizer (a module may define RECOGNIZERS for several)."""
    out: list[ValueRecognizer] = []
    for name in MODULES:
        module = import_module(f"piiscan.recognizers.{name}")
        out.extend(getattr(module, "RECOGNIZERS", None) or [module.RECOGNIZER])
    return out
