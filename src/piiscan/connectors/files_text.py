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
>>> sniff_delimiter("a|b|c\\n1|2|3\\n")
'|'
>>> sniff_delimiter("email\\nmatti@example.fi\\n")
','
"""

from __future__ import annotations

import codecs
import csv
import io
import re
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


class ExportError(Exception):
    """A file cannot be read as an export; the message says why and carries no cell value."""


@dataclass(frozen=True)
class TextDialect:
    encoding: str
    delimiter: str
    skip_lines: int = 0  # 1 when the file starts with Excel's "sep=;" line

    def describe(self) -> str:
        shown = {"\t": "tab", ",": "comma", ";": "semicolon", "|": "pipe"}[self.delimiter]
        return f"{self.encoding}, {shown}-separated"


def sniff_encoding(head: bytes) -> str:
    """The encoding of a file from its first bytes (see module doc)."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"  # Excel's "Unicode text" export
    if b"\x00" in head:
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
    best: tuple[float, int, int] | None = None
    choice = preferred or ","
    for rank, delimiter in enumerate(DELIMITERS):
        widths = _record_widths(text, delimiter)
        if not widths:
            continue
        common = max(set(widths), key=widths.count)
        if common < 2:
            continue
        consistency = widths.count(common) / len(widths)
        score = (consistency, common, int(delimiter == preferred) - rank)
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
    with open(path, "rb") as handle:
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
        preferred = "\t" if path.suffix.lower() in (".tsv", ".tab") else None
        delimiter = sniff_delimiter(text, preferred)
    return TextDialect(encoding, delimiter, skip_lines=int(bool(sep_line)) + preamble_lines(text, delimiter))


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
            if record and len(record) >= common - 1 and len(record) >= 2:
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
    columns = _header_width(path, dialect)
    reservoir = FrameReservoir(size)
    broken = 0
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", pd.errors.ParserWarning)
        try:
            reader = pd.read_csv(
                path, sep=dialect.delimiter, encoding=dialect.encoding, encoding_errors="replace",
                skiprows=dialect.skip_lines, dtype=str, keep_default_na=False, na_values=[""],
                quotechar='"', doublequote=True, skip_blank_lines=True, index_col=False,
                on_bad_lines="warn", engine="c", chunksize=max(500, CHUNK_CELLS // max(1, columns)),
            )
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
        frame = pd.read_csv(path, sep=dialect.delimiter, encoding=dialect.encoding, encoding_errors="replace",
                            skiprows=dialect.skip_lines, dtype=str, nrows=0, index_col=False)
    frame.columns = [str(c).strip() for c in frame.columns]
    return CsvSample(frame, reservoir.seen, broken, dialect)


def _header_width(path: Path, dialect: TextDialect) -> int:
    with open(path, encoding=dialect.encoding, errors="replace", newline="") as handle:
        for _ in range(dialect.skip_lines):
            handle.readline()
        try:
            return len(next(csv.reader(handle, delimiter=dialect.delimiter), []))
        except csv.Error:
            return 1


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
