"""CSV and TSV exports: encoding and dialect sniffed from the file's start, rows sampled in one pass.

Nothing is assumed. The encoding comes from a byte-order mark, else from whether the start of the
file is valid UTF-8, else Windows-1252 (what Finnish Excel writes), else Latin-1. The delimiter is
the one of ``, ; TAB |`` that splits the first records (parsed by :mod:`csv`, so quoted
multi-line cells count as one record) into the most consistent number of fields; Excel's
``sep=;`` first line wins over sniffing.

>>> sniff_encoding("Sähköposti;Puhelin\\n".encode("utf-8"))
'utf-8'
>>> sniff_encoding(b"\\xef\\xbb\\xbfEmail,Phone\\n")
'utf-8-sig'
>>> sniff_encoding("Sähköposti;Puhelin\\n".encode("cp1252"))
'cp1252'
>>> sniff_delimiter('Nimi;Summa;Huom\\nMatti;12,50;"a; b"\\nMaija;3,20;"c\\nd"\\n')
';'
>>> sniff_delimiter("Nimi;Osoite;Summa\\n" + "Matti;Katu 1;12,50\\n" * 30 + "Rikki;rivi;1,00;extra\\n" * 2)
';'
>>> sniff_delimiter("a|b|c\\n1|2|3\\n")
'|'
>>> sniff_delimiter("email\\nmatti@example.fi\\n")
','
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import re
import threading
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from piiscan.connectors.files_sampling import FrameReservoir

if TYPE_CHECKING:
    import pandas as pd

DELIMITERS = (",", ";", "\t", "|")
HEAD_BYTES = 1024 * 1024  # the start that encoding and dialect are sniffed from
DIALECT_CHARS = 256 * 1024
SNIFF_RECORDS = 200
CHUNK_CELLS = 400_000  # cells per parsed chunk: bounds memory whatever the row width
_SEP_LINE = re.compile(r"^\ufeff?sep=(.)\r?\n")
_SKIPPING = re.compile(r"Skipping line \d+")
_PARSE_LOCK = threading.Lock()
_CONTROL_BYTES = [b for b in range(32) if b not in (9, 10, 12, 13, 26)]
MISSING = ["", "\\N", "NULL"]  # empty, and how SQL tools write a NULL


class ExportError(Exception):
    """A file cannot be read as an export; the message says why and carries no cell value."""


@dataclass(frozen=True)
class TextDialect:
    encoding: str
    delimiter: str
    skip_lines: int = 0  # Excel's "sep=;" line and title lines above the header
    escapechar: str | None = None  # "\\" for MySQL-style exports that write \" inside quoted cells
    width: int = 0  # fields in most data records (0: not known)

    def describe(self) -> str:
        shown = {"\t": "tab", ",": "comma", ";": "semicolon", "|": "pipe"}[self.delimiter]
        return f"{self.encoding}, {shown}-separated"


def data_suffix(path: Path) -> str:
    """The suffix that says the format, under a ``.gz``: '.csv' for orders.csv and orders.csv.gz.

    >>> data_suffix(Path("orders.CSV.gz")), data_suffix(Path("a.tsv")), data_suffix(Path("b.gz"))
    ('.csv', '.tsv', '')
    """
    if path.suffix.lower() == ".gz":
        return path.with_suffix("").suffix.lower()
    return path.suffix.lower()


def open_export(path: Path, mode: str = "rb", **kwargs):
    """Open an export for reading, through gzip when it is compressed (``orders.csv.gz``)."""
    if path.suffix.lower() == ".gz":
        return gzip.open(path, mode, **kwargs)
    return open(path, mode, **kwargs)


def sniff_encoding(head: bytes) -> str:
    """The encoding of a file from its first bytes (see module doc)."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"  # Excel's "Unicode text" export
    nuls = head.count(b"\x00")
    if nuls > len(head) // 4:  # UTF-16 without a byte-order mark: every other byte is zero
        if head[1::2].count(b"\x00") > 0.9 * nuls:
            return "utf-16-le"
        if head[0::2].count(b"\x00") > 0.9 * nuls:
            return "utf-16-be"
    if sum(head.count(bytes([b])) for b in _CONTROL_BYTES) > len(head) // 100:
        raise ExportError("binary data, not a text export")
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)  # a cut-off last character is fine
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        head.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


def sniff_delimiter(text: str, preferred: str | None = None) -> str:
    """The delimiter that splits the first records most consistently into more than one field."""
    best: tuple[bool, int, float, int] | None = None
    choice = preferred or ","
    for rank, delimiter in enumerate(DELIMITERS):
        widths = _record_widths(text, delimiter)
        if not widths:
            continue
        common = max(set(widths), key=widths.count)
        if common < 2:
            continue
        consistency = widths.count(common) / len(widths)
        # Mostly consistent is enough (a broken row or a title line may differ); then more fields
        # win: a decimal comma in every row of a ";" file splits it consistently, but into fewer fields.
        score = (consistency >= 0.9, common, consistency, int(delimiter == preferred) - rank)
        if best is None or score > best:
            best, choice = score, delimiter
    return choice


def _record_widths(text: str, delimiter: str) -> list[int]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"')
    widths: list[int] = []
    try:
        for record in reader:
            if record:
                widths.append(len(record))
            if len(widths) >= SNIFF_RECORDS:
                break
    except csv.Error:
        pass
    # the last record may be cut off by the end of the sniffed text
    return widths[:-1] if len(widths) > 2 else widths


def sniff_dialect(path: Path) -> TextDialect:
    """Encoding and delimiter of a CSV/TSV file; ExportError when it is empty or not text."""
    with open_export(path, "rb") as handle:
        head = handle.read(HEAD_BYTES)
    if not head.strip():
        raise ExportError("file is empty")
    if head.startswith(b"PK\x03\x04"):
        raise ExportError("this is a ZIP/XLSX file with a text-file name; rename it to .xlsx")
    encoding = sniff_encoding(head)
    text = head.decode(encoding, errors="replace")[:DIALECT_CHARS]
    text = text.lstrip("\ufeff")
    sep_line = _SEP_LINE.match(text)
    if sep_line and sep_line.group(1) in DELIMITERS:
        delimiter = sep_line.group(1)
        text = text[sep_line.end():]
    else:
        preferred = "\t" if data_suffix(path) in (".tsv", ".tab") else None
        delimiter = sniff_delimiter(text, preferred)
    escapechar = "\\" if text.count('\\"') > text.count('""') else None
    widths = _record_widths(text, delimiter)
    width = max(set(widths), key=widths.count) if widths else 0
    return TextDialect(encoding, delimiter, int(bool(sep_line)) + preamble_lines(text, delimiter), escapechar, width)


def preamble_lines(text: str, delimiter: str) -> int:
    r"""Lines before the header: a report title or export date that some systems write first.

    >>> preamble_lines("Asiakasraportti 2024\n\nNimi;Email;Puhelin\na;b;c\nd;e;f\n", ";")
    2
    >>> preamble_lines("Nimi;Email\na;b\n", ";")
    0
    """
    widths = _record_widths(text, delimiter)
    if not widths:
        return 0
    common = max(set(widths), key=widths.count)
    if common < 2:
        return 0
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"')
    lines_before = 0
    try:
        for record in reader:
            if record and len(record) >= max(2, (common + 1) // 2):
                return lines_before
            lines_before = reader.line_num
            if lines_before > 20:  # a preamble is a few lines; beyond that the header is the first row
                break
    except csv.Error:
        pass
    return 0


@dataclass
class CsvSample:
    frame: "pd.DataFrame"
    rows_total: int
    broken_rows: int
    dialect: TextDialect


def sample_csv(path: Path, size: int) -> CsvSample:
    """A uniform sample of ``size`` rows (all rows when fewer), read in chunks: memory stays bounded.

    Values are kept as text (a phone's leading zero, a postcode's "00100" survive); broken rows
    (more fields than the header) are skipped and counted.
    """
    import pandas as pd
    from pandas.errors import EmptyDataError, ParserError

    dialect = sniff_dialect(path)
    header = _header_cells(path, dialect)
    options = dict(sep=dialect.delimiter, encoding=dialect.encoding, encoding_errors="replace",
                   skiprows=dialect.skip_lines, dtype=str, keep_default_na=False, na_values=MISSING, quotechar='"',
                   doublequote=dialect.escapechar is None, escapechar=dialect.escapechar, skip_blank_lines=True,
                   index_col=False)
    from piiscan.connectors.layouts import header_is_data

    if header_is_data(header):
        # no header row: the first row is data, and its values must not become column names
        width = max(len(header), dialect.width)
        options.update(header=None, names=[f"column_{i + 1}" for i in range(width)])
    elif dialect.width > len(header) + 1:
        # the data is wider than the header (an export that leaves trailing headers out): name the rest
        from piiscan.connectors.files_xlsx import unique_headers

        options.update(header=None, skiprows=dialect.skip_lines + 1,
                       names=unique_headers(header + [None] * (dialect.width - len(header)), keep_trailing=True))
    reservoir = FrameReservoir(size)
    broken = 0
    # pandas reports skipped rows only as warnings, and catching warnings is process-wide: one CSV
    # is parsed at a time so that each file counts its own broken rows.
    with _PARSE_LOCK, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", pd.errors.ParserWarning)
        try:
            chunk_rows = max(500, CHUNK_CELLS // max(1, len(header), dialect.width))
            reader = pd.read_csv(path, on_bad_lines="warn", engine="c", chunksize=chunk_rows, **options)
            with reader:
                for chunk in reader:
                    reservoir.add(chunk)
                    broken += _count_skipped(caught)
        except EmptyDataError:
            raise ExportError("no header row and no data") from None
        except ParserError as exc:
            raise ExportError(_parser_reason(exc, reservoir.seen)) from None
        broken += _count_skipped(caught)
    frame = reservoir.frame()
    if frame is None:  # a header and no rows
        frame = pd.read_csv(path, nrows=0, **options)
    # pandas calls a header cell left empty "Unnamed: 3"; the other readers say column_4
    frame.columns = [f"column_{i + 1}" if str(c).startswith("Unnamed: ") else str(c).strip()
                     for i, c in enumerate(frame.columns)]
    return CsvSample(frame, reservoir.seen, broken, dialect)


def _header_cells(path: Path, dialect: TextDialect) -> list[str]:
    with open_export(path, "rt", encoding=dialect.encoding, errors="replace", newline="") as handle:
        for _ in range(dialect.skip_lines):
            handle.readline()
        try:
            return next(csv.reader(handle, delimiter=dialect.delimiter), [])
        except csv.Error:
            return []


def _count_skipped(caught: list) -> int:
    count = sum(len(_SKIPPING.findall(str(w.message))) for w in caught)
    caught.clear()
    return count


def _parser_reason(exc: Exception, rows_read: int) -> str:
    # pandas says "Error tokenizing data. C error: EOF inside string starting at row 3": keep the why.
    reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    reason = reason.split("C error: ", 1)[-1].rstrip(".")
    if "EOF inside string" in reason:
        reason = f"a quoted cell is never closed ({reason})"
    return f"cannot parse as CSV after {rows_read} rows: {reason}"[:300]
