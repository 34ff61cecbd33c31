"""The notice file (seloste.yaml): what a register's privacy notice declares.

Format in shared/spec/notice-and-report.md::

    register: Jack's Mood asiakasrekisteri
    controller: Roptrox Oy
    declared:
      - etu- ja sukunimi
      - sähköpostiosoite
    allow:                      # optional: accepted findings, each with a reason
      - table: public.customers
        column: hetu_hash
        category: personal_identity_code
        reason: Tunnisteen tiiviste, säilytetään lain perusteella.

Every ``declared`` entry must map to a category key, a group key or a term (inflected Finnish
welcome); one that maps to nothing is an error naming the file, the line and the closest terms.
"""

from __future__ import annotations

import datetime
import fnmatch
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from piiscan.categories import CATEGORIES, GROUPS, expand
from piiscan.errors import NoticeError
from piiscan.terms import closest_terms, match_term
from piiscan.yamlfile import line_of, read_yaml

_KNOWN_KEYS = {"register", "controller", "business_id", "notice_date", "declared", "allow", "scope", "source_file"}


@dataclass(frozen=True)
class Allowance:
    """An accepted finding: matched by glob patterns on table and column, and a category."""

    table: str
    column: str
    category: str
    reason: str

    def covers(self, table: str, column: str, category: str) -> bool:
        return (
            fnmatch.fnmatchcase(table.casefold(), self.table.casefold())
            and fnmatch.fnmatchcase(column.casefold(), self.column.casefold())
            and self.category in (category, "*")
        )


@dataclass(frozen=True)
class DeclaredEntry:
    text: str  # as written in the notice
    key: str  # the category or group key it maps to
    line: int | None = None


@dataclass
class Notice:
    register: str = ""
    controller: str = ""
    business_id: str | None = None
    notice_date: str | None = None
    entries: list[DeclaredEntry] = field(default_factory=list)
    allow: list[Allowance] = field(default_factory=list)
    scope: list[str] = field(default_factory=list)
    path: str | None = None

    @property
    def declared(self) -> set[str]:
        """Declared category keys, groups expanded to their members."""
        return expand(e.key for e in self.entries)

    def in_scope(self, source: str, table: str) -> bool:
        """Whether a table belongs to this register: no scope means everything does.

        Scope patterns are globs on the table name (``public.customers``, ``wp_*``) or on
        ``source/table``.
        """
        if not self.scope:
            return True
        names = (table.casefold(), f"{source}/{table}".casefold())
        return any(fnmatch.fnmatchcase(n, p.casefold()) for p in self.scope for n in names)

    def allowance_for(self, table: str, column: str, category: str) -> Allowance | None:
        return next((a for a in self.allow if a.covers(table, column, category)), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "register": self.register,
            "controller": self.controller,
            "business_id": self.business_id,
            "notice_date": self.notice_date,
            "path": self.path,
            "declared": sorted(self.declared),
            "entries": [{"text": e.text, "maps_to": e.key} for e in self.entries],
        }


def load_notice(path: str | Path) -> Notice:
    """Read and validate a seloste.yaml; raises NoticeError with file and line."""
    name = str(path)
    data, node = read_yaml(path, NoticeError)
    if not isinstance(data, dict):
        raise NoticeError("expected a mapping with 'register' and 'declared' at the top level", name, 1)
    unknown = sorted(set(map(str, data)) - _KNOWN_KEYS)
    if unknown:
        raise NoticeError(
            f"unknown key '{unknown[0]}' (known: {', '.join(sorted(_KNOWN_KEYS))})", name, line_of(node, unknown[0]))
    declared = data.get("declared")
    if not isinstance(declared, list) or not declared:
        raise NoticeError("'declared' must be a non-empty list of categories or terms", name,
                          line_of(node, "declared") or 1)
    entries = []
    for i, item in enumerate(declared):
        line = line_of(node, "declared", i)
        if not isinstance(item, (str, int, float)) or isinstance(item, bool):
            raise NoticeError(f"declared entry must be text, not {type(item).__name__}", name, line)
        text = str(item).strip()
        key = match_term(text)
        if key is None:
            near = closest_terms(text)
            hint = f"; closest known terms: {', '.join(near)}" if near else ""
            raise NoticeError(f"'{text}' is not a known category or term{hint}", name, line)
        entries.append(DeclaredEntry(text, key, line))
    notice = Notice(
        register=_text(data, "register", name, node),
        controller=_text(data, "controller", name, node),
        business_id=_optional_text(data, "business_id", name, node),
        notice_date=_optional_text(data, "notice_date", name, node),
        entries=entries,
        allow=_allowances(data.get("allow"), name, node),
        scope=_scope(data.get("scope"), name, node),
        path=name,
    )
    return notice


def _text(data: dict, key: str, name: str, node) -> str:
    value = data.get(key, "")
    if value is None:
        return ""
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if not isinstance(value, (str, int)):
        raise NoticeError(f"'{key}' must be text", name, line_of(node, key))
    return str(value)


def _optional_text(data: dict, key: str, name: str, node) -> str | None:
    return _text(data, key, name, node) or None if key in data else None


def _allowances(raw: Any, name: str, node) -> list[Allowance]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise NoticeError("'allow' must be a list", name, line_of(node, "allow"))
    out = []
    for i, item in enumerate(raw):
        line = line_of(node, "allow", i)
        if not isinstance(item, dict):
            raise NoticeError("each 'allow' entry needs table, column, category and reason", name, line)
        extra = set(item) - {"table", "column", "category", "reason", "source"}
        if extra:
            raise NoticeError(f"unknown key '{sorted(extra)[0]}' in 'allow' entry", name, line)
        reason = str(item.get("reason") or "").strip()
        if not reason:
            raise NoticeError("an 'allow' entry needs a written 'reason'", name, line)
        category = str(item.get("category", "*"))
        if category != "*":
            key = match_term(category)
            if key is None or key in GROUPS:
                raise NoticeError(f"'allow' category '{category}' is not a category key", name, line)
            category = key
        out.append(Allowance(str(item.get("table", "*")), str(item.get("column", "*")), category, reason))
    return out


def _scope(raw: Any, name: str, node) -> list[str]:
    if raw is None:
        return []
    if isinstance(raw, str):
        return [raw]
    if not isinstance(raw, list) or not all(isinstance(s, str) for s in raw):
        raise NoticeError("'scope' must be a list of source or table patterns", name, line_of(node, "scope"))
    return list(raw)


def describe(notice: Notice) -> list[tuple[str, str, list[str]]]:
    """(entry text, key, member keys) for `piiscan notice check`."""
    return [(e.text, e.key, sorted(expand([e.key]))) for e in notice.entries]


assert set(CATEGORIES).isdisjoint(GROUPS)
