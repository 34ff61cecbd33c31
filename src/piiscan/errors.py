"""Errors of piiscan.

One root, :class:`PiiscanError`; each subclass carries where the problem is (a file and line, or a
source) so that the CLI can print one clear line. Messages never contain raw personal data or
passwords: callers pass masked sources and never include cell values.

>>> print(NoticeError("unknown category 'foo'", path="seloste.yaml", line=7))
seloste.yaml:7: unknown category 'foo'
>>> str(SourceError("connection refused", source="postgresql://reader@db/shop"))
'postgresql://reader@db/shop: connection refused'
"""

from __future__ import annotations


class PiiscanError(Exception):
    """Root of every error piiscan raises on purpose."""


class LocatedError(PiiscanError):
    """An error in a file, with an optional line number."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        self.message = message
        self.path = path
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path or ""
        if self.path and self.line:
            where = f"{self.path}:{self.line}"
        return f"{where}: {self.message}" if where else self.message


class NoticeError(LocatedError):
    """The notice file (seloste.yaml) cannot be read or has an entry that maps to nothing."""


class ConfigError(LocatedError):
    """The piiscan.yaml configuration is invalid."""


class SourceError(PiiscanError):
    """A source (database URL, file, folder) cannot be opened or read."""

    def __init__(self, message: str, source: str):
        self.message = message
        self.source = source
        super().__init__(str(self))

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


class UsageError(PiiscanError):
    """Bad command-line arguments that typer itself cannot catch."""
