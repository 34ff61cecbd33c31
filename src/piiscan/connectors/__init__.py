"""Connectors: every source is a SQLAlchemy URL, a file or a folder.

>>> source_kind("postgresql://reader@db/shop")
'postgresql'
>>> source_kind("mysql+pymysql://root@127.0.0.1/shop")
'mysql'
>>> source_kind("sqlite:///shop.db")
'sqlite'
>>> mask_source("postgresql://reader:s3cret@db:5432/shop?sslmode=require&password=x")
'postgresql://reader@db:5432/shop?sslmode=require'
"""

from __future__ import annotations

import os
import re

from piiscan.connectors.base import Connector, ScanOptions
from piiscan.errors import SourceError

_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*)://")
SQL_KINDS = {"postgresql": "postgresql", "postgres": "postgresql", "mysql": "mysql", "mariadb": "mysql",
             "sqlite": "sqlite"}


def source_kind(spec: str) -> str:
    """'postgresql', 'mysql', 'sqlite' or 'files'; raises SourceError for anything else."""
    match = _SCHEME.match(spec)
    if match:
        dialect = match.group(1).split("+")[0].lower()
        if dialect in SQL_KINDS:
            return SQL_KINDS[dialect]
        raise SourceError(
            f"unknown source kind '{dialect}' (use postgresql://, mysql+pymysql://, mariadb+pymysql://, "
            "sqlite:/// or a file/folder path)", mask_source(spec))
    if os.path.exists(spec):
        return "files"
    raise SourceError("no such file or folder, and not a database URL", spec)


_USERINFO_PASSWORD = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*://[^:/@?#]*):[^@/?#]*@")
_QUERY_SECRET = re.compile(r"([?&])(password|passwd|pwd|secret|token|sslpassword)=[^&#]*&?", re.IGNORECASE)


def mask_source(spec: str) -> str:
    """A source as it may be printed: no password, ever (not in the user part, not in the query)."""
    if not _SCHEME.match(spec):
        return spec
    masked = _USERINFO_PASSWORD.sub(r"\1@", spec)
    masked = _QUERY_SECRET.sub(r"\1", masked)
    return masked.rstrip("?&")


def open_source(spec: str, options: ScanOptions) -> Connector:
    kind = source_kind(spec)
    if kind == "files":
        from piiscan.connectors.files import FileConnector

        return FileConnector(spec, options)
    from piiscan.connectors.sql import SqlConnector

    return SqlConnector(spec, options)
