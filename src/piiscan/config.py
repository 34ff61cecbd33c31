"""The inventory configuration (piiscan.yaml): named sources, registers, settings.

    sources:
      shop:
        url: postgresql://reader:${SHOP_DB_PASSWORD}@db.internal/shop
        include: ["public.*"]
        exclude: ["public.audit_*"]
        sample_size: 500
      exports:
        path: /srv/exports/finqu
        mapping: finqu-mapping.yaml
    registers:
      asiakasrekisteri:
        notice: seloste.yaml
        sources: [shop, exports]
    settings:
      jobs: 2
      statement_timeout: 30
      time_budget: 3600
      retention: 30

``${VAR}`` references are expanded from the environment when the file is read, so secrets stay
out of the file; a missing variable is an error naming the line. Relative paths are relative to
the configuration file. Unknown keys and wrong types are errors with the line.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from piiscan.errors import ConfigError
from piiscan.yamlfile import line_of, read_yaml

_ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")

_SOURCE_KEYS = {"url": str, "path": str, "include": list, "exclude": list, "sample_size": int, "mapping": str}
_REGISTER_KEYS = {"notice": str, "sources": list}
_SETTING_KEYS = {"jobs": int, "max_connections": int, "statement_timeout": (int, float), "sample_size": int,
                 "time_budget": (int, float), "retention": int, "fail_on": str}


@dataclass(frozen=True)
class SourceConfig:
    name: str
    spec: str = field(repr=False)  # URL (secrets expanded: never print it, use mask_source) or path
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    sample_size: int | None = None
    mapping: str | None = None


@dataclass(frozen=True)
class RegisterConfig:
    name: str
    notice: str
    sources: tuple[str, ...]


@dataclass
class Config:
    path: str
    sources: dict[str, SourceConfig] = field(default_factory=dict)
    registers: dict[str, RegisterConfig] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)


def load_config(path: str | Path, environ: dict[str, str] | None = None) -> Config:
    """Read and validate piiscan.yaml; raises ConfigError with file and line."""
    environ = dict(os.environ) if environ is None else environ
    name = str(path)
    base = Path(path).resolve().parent
    data, node = read_yaml(path, ConfigError)
    if not isinstance(data, dict):
        raise ConfigError("expected a mapping with 'sources' (and 'registers', 'settings')", name, 1)
    _check_keys(data, {"sources": dict, "registers": dict, "settings": dict}, name, node, ())
    raw_sources = data.get("sources")
    if not raw_sources:
        raise ConfigError("'sources' must name at least one source", name, line_of(node, "sources") or 1)
    config = Config(path=name)
    for source_name, raw in raw_sources.items():
        where = ("sources", source_name)
        if not isinstance(raw, dict):
            raise ConfigError(f"source '{source_name}' must be a mapping with 'url' or 'path'", name,
                              line_of(node, *where))
        _check_keys(raw, _SOURCE_KEYS, name, node, where)
        if ("url" in raw) == ("path" in raw):
            raise ConfigError(f"source '{source_name}' needs exactly one of 'url' or 'path'", name,
                              line_of(node, *where))
        spec = raw.get("url") or str(_relative(base, raw["path"]))
        spec = _expand(spec, environ, name, line_of(node, *where, "url" if "url" in raw else "path"))
        mapping = str(_relative(base, raw["mapping"])) if raw.get("mapping") else None
        config.sources[str(source_name)] = SourceConfig(
            str(source_name), spec, _strings(raw, "include", name, node, where),
            _strings(raw, "exclude", name, node, where), raw.get("sample_size"), mapping)
    for register_name, raw in (data.get("registers") or {}).items():
        where = ("registers", register_name)
        if not isinstance(raw, dict):
            raise ConfigError(f"register '{register_name}' must be a mapping with 'notice' and 'sources'", name,
                              line_of(node, *where))
        _check_keys(raw, _REGISTER_KEYS, name, node, where)
        if "notice" not in raw:
            raise ConfigError(f"register '{register_name}' needs a 'notice'", name, line_of(node, *where))
        sources = tuple(_strings(raw, "sources", name, node, where)) or tuple(config.sources)
        for i, source in enumerate(sources):
            if source not in config.sources:
                raise ConfigError(f"register '{register_name}' names unknown source '{source}'", name,
                                  line_of(node, *where, "sources", i))
        config.registers[str(register_name)] = RegisterConfig(
            str(register_name), str(_relative(base, raw["notice"])), sources)
    settings = data.get("settings") or {}
    _check_keys(settings, _SETTING_KEYS, name, node, ("settings",))
    if settings.get("fail_on") not in (None, "new", "any"):
        raise ConfigError("'fail_on' must be 'new' or 'any'", name, line_of(node, "settings", "fail_on"))
    config.settings = dict(settings)
    return config


def _relative(base: Path, value: str) -> Path:
    path = Path(os.path.expanduser(value))
    return path if path.is_absolute() else base / path


def _expand(text: str, environ: dict[str, str], name: str, line: int | None) -> str:
    def substitute(match: re.Match) -> str:
        var = match.group(1)
        if var not in environ:
            raise ConfigError(f"environment variable '{var}' is not set", name, line)
        return environ[var]

    return _ENV_REF.sub(substitute, text)


def _check_keys(raw: dict, allowed: dict[str, Any], name: str, node, where: tuple) -> None:
    for key, value in raw.items():
        if key not in allowed:
            raise ConfigError(f"unknown key '{key}' (known: {', '.join(sorted(allowed))})", name,
                              line_of(node, *where, key))
        expected = allowed[key]
        if value is not None and (not isinstance(value, expected) or isinstance(value, bool)):
            kinds = expected if isinstance(expected, tuple) else (expected,)
            wanted = " or ".join({"str": "text", "int": "a whole number", "float": "a number", "list": "a list",
                                  "dict": "a mapping"}[k.__name__] for k in kinds)
            raise ConfigError(f"'{key}' must be {wanted}", name, line_of(node, *where, key))


def _strings(raw: dict, key: str, name: str, node, where: tuple) -> tuple[str, ...]:
    values = raw.get(key) or []
    for i, value in enumerate(values):
        if not isinstance(value, str):
            raise ConfigError(f"'{key}' entries must be text", name, line_of(node, *where, key, i))
    return tuple(values)
