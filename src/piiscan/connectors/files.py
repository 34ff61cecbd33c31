"""Files and folders as a source: CSV/TSV, XLSX (each sheet a table), JSON and JSON-lines exports.

``--db`` takes one export or a folder. A folder is searched recursively for supported files
(hidden files and folders, and Excel's ``~$`` lock files, are skipped); each file is a table
named by its path inside the folder (``2024/orders.csv``), each worksheet a table named
``file.xlsx:Sheet``. A file that cannot be read is a failed table of the source with a one-line
reason, never a crash; the other files are still scanned. Files are only ever opened for reading.

>>> export_format(Path("tilaukset.CSV")), export_format(Path("a.xlsx")), export_format(Path("a.ndjson.gz"))
('csv', 'xlsx', 'jsonl')
>>> export_format(Path("notes.md")) is None
True
"""

from __future__ import annotations

import fnmatch
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from piiscan.connectors.base import Sample, ScanOptions, TableRef
from piiscan.connectors.files_text import ExportError, data_suffix
from piiscan.connectors.layouts import header_hints, holds_personal_value
from piiscan.errors import SourceError

if TYPE_CHECKING:
    import pandas as pd

# A format's suffix may be followed by .gz (orders.csv.gz, events.jsonl.gz): read through gzip.
FORMATS = {".csv": "csv", ".tsv": "csv", ".tab": "csv", ".xlsx": "xlsx", ".xlsm": "xlsx", ".json": "json",
           ".jsonl": "jsonl", ".ndjson": "jsonl"}
# Formats people save exports in that we cannot read: listed as failed tables so nobody thinks they were scanned.
UNSUPPORTED = {".xls": "old Excel .xls format is not supported; save it as .xlsx or CSV",
               ".ods": "OpenDocument spreadsheets are not supported; save it as .xlsx or CSV",
               ".numbers": "Numbers files are not supported; export it as .xlsx or CSV"}
# A text file given by name (not found in a folder) is read as CSV: Excel's "Unicode text" is .txt.
EXPLICIT_ONLY = {".txt": "csv"}
_WHOLE_NUMBER = re.compile(r"-?(?:0|[1-9]\d{0,14})")


def export_format(path: Path) -> str | None:
    """'csv', 'xlsx', 'json' or 'jsonl' from the file name; None for files that are not exports."""
    found = FORMATS.get(data_suffix(path))
    return None if found == "xlsx" and path.suffix.lower() == ".gz" else found  # a workbook is a ZIP already


class FileConnector:
    """One export file or a folder of them."""

    kind = "files"

    def __init__(self, spec: str, options: ScanOptions):
        self.spec = spec
        self.source = spec
        self.options = options
        self.root = Path(spec)
        if not self.root.exists():
            raise SourceError("no such file or folder", spec)
        self._files: dict[str, tuple[Path, str | None]] = {}  # table name -> (file, sheet)

    # -- listing --------------------------------------------------------------------------------

    def list_tables(self) -> list[TableRef]:
        tables: list[TableRef] = []
        for path, name in self._candidate_files():
            if self._excluded(name):
                continue  # an excluded file is not even opened
            tables.extend(t for t in self._tables_of(path, name) if self._wanted(t.name, name))
        if not tables and self.root.is_dir():
            raise SourceError("no export files (csv, tsv, xlsx, json, jsonl) in this folder", self.source)
        return tables

    def _candidate_files(self) -> list[tuple[Path, str]]:
        if self.root.is_file():
            return [(self.root, self.root.name)]
        found = []
        try:
            os.listdir(self.root)  # the folder itself must be readable; unreadable subfolders are skipped
            for folder, subfolders, files in os.walk(self.root):
                subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
                for file_name in sorted(files):
                    if file_name.startswith((".", "~$")):
                        continue
                    path = Path(folder) / file_name
                    if export_format(path) or data_suffix(path) in UNSUPPORTED:
                        found.append((path, path.relative_to(self.root).as_posix()))
        except OSError as exc:
            raise SourceError(f"cannot list folder: {exc.strerror}", self.source) from None
        return sorted(found, key=lambda item: item[1])

    @staticmethod
    def _names(*names: str) -> set[str]:
        """A table is matched by its name, its file's path in the folder, and the bare file or sheet name."""
        return set(names) | {n.rsplit("/", 1)[-1] for n in names}

    def _excluded(self, *names: str) -> bool:
        return any(fnmatch.fnmatch(n, p) for p in self.options.exclude for n in self._names(*names))

    def _wanted(self, table_name: str, file_name: str) -> bool:
        """--include/--exclude globs: "*.csv", "2024/*", "asiakkaat.xlsx:Tilaukset", "*:Tilaukset"."""
        names = self._names(table_name, file_name)
        if self.options.include and not any(fnmatch.fnmatch(n, p) for p in self.options.include for n in names):
            return False
        return not self._excluded(table_name, file_name)

    def _tables_of(self, path: Path, name: str) -> list[TableRef]:
        file_format = export_format(path) or (EXPLICIT_ONLY.get(data_suffix(path)) if self.root.is_file() else None)
        if file_format == "xlsx":
            from piiscan.connectors.files_xlsx import sheet_names

            try:
                sheets = sheet_names(path)
            except (ExportError, OSError):
                sheets = []  # sampling the file itself reports why it cannot be read
            if sheets:
                tables = []
                for sheet in sheets:
                    table = TableRef(f"{name}:{sheet}", None, name, "sheet")
                    self._files[table.name] = (path, sheet)
                    tables.append(table)
                return tables
        self._files[name] = (path, None)
        return [TableRef(name, None, name, "file")]

    # -- sampling -------------------------------------------------------------------------------

    def sample(self, table: TableRef) -> Sample:
        path, sheet = self._files.get(table.name, (self.root / table.table, None))
        try:
            frame, method, total = self._read(path, sheet)
        except ExportError as exc:
            raise SourceError(f"{table.name}: {exc}", self.source) from None
        except PermissionError:
            raise SourceError(f"{table.name}: permission denied", self.source) from None
        except OSError as exc:
            raise SourceError(f"{table.name}: cannot read: {exc.strerror or type(exc).__name__}", self.source) from None
        except EOFError:
            raise SourceError(f"{table.name}: compressed file is cut short", self.source) from None
        except MemoryError:
            raise SourceError(f"{table.name}: out of memory while sampling", self.source) from None
        frame = typed_columns(frame)
        # a column named by a value (JSON keyed by e-mail address) is renamed: reports show column names
        frame.columns = [f"column_{i + 1}" if holds_personal_value(str(c)) else str(c)
                         for i, c in enumerate(frame.columns)]
        layout, hints = header_hints(frame.columns, self.options.mapping)
        if layout:
            method += f"; layout: {layout}"
        return Sample(frame, method, total, column_hints=hints)

    def _read(self, path: Path, sheet: str | None) -> tuple["pd.DataFrame", str, int]:
        size = self.options.sample_size
        suffix = data_suffix(path)
        if suffix in UNSUPPORTED:
            raise ExportError(UNSUPPORTED[suffix])
        file_format = export_format(path) or EXPLICIT_ONLY.get(suffix, "csv")
        if path.stat().st_size == 0:
            raise ExportError("file is empty")
        if file_format == "xlsx":
            from piiscan.connectors.files_xlsx import sample_sheet, sheet_names

            if sheet is None:
                names = sheet_names(path)
                if not names:
                    raise ExportError("workbook has no worksheets")
                sheet = names[0]
            result = sample_sheet(path, sheet, size)
            return result.frame, _method(len(result.frame), result.rows_total, "xlsx read-only"), result.rows_total
        if file_format in ("json", "jsonl"):
            from piiscan.connectors.files_json import sample_json

            result = sample_json(path, size, lines=True if file_format == "jsonl" else None)
            method = _method(len(result.frame), result.rows_total, result.form, result.broken_rows, "line")
            return result.frame, method, result.rows_total
        from piiscan.connectors.files_text import sample_csv

        result = sample_csv(path, size)
        method = _method(len(result.frame), result.rows_total, result.dialect.describe(), result.broken_rows, "row")
        return result.frame, method, result.rows_total

    def close(self) -> None:
        """Nothing stays open between samples: every file is opened and closed by its own read."""


def _method(sampled: int, total: int, how: str, broken: int = 0, unit: str = "row") -> str:
    """How a file was sampled, for the report.

    >>> _method(1000, 250000, "utf-8, comma-separated", 2)
    'reservoir sample, one pass (1000 of 250000 rows); utf-8, comma-separated; 2 broken rows skipped'
    >>> _method(12, 12, "JSON-lines")
    'all rows; JSON-lines'
    """
    text = "all rows" if sampled >= total else f"reservoir sample, one pass ({sampled} of {total} rows)"
    text += f"; {how}"
    if broken:
        text += f"; {broken} broken {unit}{'s' if broken != 1 else ''} skipped"
    return text


def typed_columns(frame: "pd.DataFrame") -> "pd.DataFrame":
    """Text columns that hold only whole numbers become integers, as a database would type them.

    Numbers with a leading zero (phone numbers, postcodes like 00100) stay text; so do decimals,
    whichever decimal mark they use, so that an amount never looks like an identifier. Cells that
    are neither text nor numbers (Excel dates, JSON booleans) become text.

    >>> import pandas as pd
    >>> frame = typed_columns(pd.DataFrame({"id": ["1", "22", None], "puh": ["0401234567", "0501234567", None],
    ...                                     "hinta": ["12,50", "3", None]}))
    >>> [str(frame[c].dtype) for c in frame.columns]
    ['Int64', 'object', 'object']
    >>> typed_columns(pd.DataFrame({"puh": ['="0401234567"']}))["puh"].tolist()
    ['0401234567']
    """
    import pandas as pd

    out = {}
    for column in frame.columns:
        series = frame[column]
        if series.dtype.kind in "iufb":
            out[column] = series
            continue
        present = series.dropna()
        if len(present) and all(isinstance(v, bool) for v in present):
            out[column] = series.astype("boolean")
            continue
        text = present.map(_as_text)
        if len(text) and text.str.fullmatch(_WHOLE_NUMBER.pattern).all():
            out[column] = pd.to_numeric(series.map(lambda v: None if v is None or v != v else _as_text(v)),
                                        errors="coerce").astype("Int64")
        else:
            out[column] = series.map(lambda v: v if v is None or (isinstance(v, float) and v != v) else _as_text(v))
            out[column] = out[column].astype(object)
    return pd.DataFrame(out, columns=frame.columns) if out else frame


def _as_text(value: object) -> str:
    # Excel gives phone numbers typed as numbers as floats (401234567.0): no ".0" in the text.
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return value.isoformat()
    text = str(value)
    # ="0401234567": how some systems keep Excel from dropping a leading zero
    if text.startswith('="') and text.endswith('"') and len(text) > 3:
        return text[2:-1]
    return text
