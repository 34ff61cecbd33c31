"""Value recognizers, one small module per kind of value.

Every module in this package that defines ``RECOGNIZER`` (or ``RECOGNIZERS``, a list) is
registered, found by walking the package: adding a module is the only step, so nothing can be
written and left unregistered. Modules are ordered by their ``PRIORITY`` (lower first, default
100; matters only for ties), then by name.
"""

from __future__ import annotations

import pkgutil
from functools import lru_cache
from importlib import import_module
from types import ModuleType

from piiscan.recognizers.base import ValueRecognizer

_NOT_RECOGNIZERS = {"base"}


def recognizer_modules() -> list[ModuleType]:
    """Every recognizer module of the package, in priority order."""
    modules = []
    for info in pkgutil.iter_modules(__path__):
        if info.name in _NOT_RECOGNIZERS or info.name.startswith("_") or info.ispkg:
            continue
        module = import_module(f"{__name__}.{info.name}")
        if hasattr(module, "RECOGNIZER") or hasattr(module, "RECOGNIZERS"):
            modules.append(module)
    return sorted(modules, key=lambda m: (getattr(m, "PRIORITY", 100), m.__name__))


@lru_cache(maxsize=1)
def all_recognizers() -> list[ValueRecognizer]:
    """Every registered recognizer."""
    out: list[ValueRecognizer] = []
    for module in recognizer_modules():
        out.extend(getattr(module, "RECOGNIZERS", None) or [module.RECOGNIZER])
    return out
