"""Excel workbooks (.xlsx, .xlsm): every sheet is a table, read row by row in read-only mode.

openpyxl's read-only mode streams the sheet's XML, so a big workbook is sampled without loading
it whole. The first non-empty row is the header; empty header cells get ``column_N`` names and
repeated ones a ``.1`` suffix, as pandas does for CSV.

>>> unique_headers(["Email", None, "Email", " Puhelin "])
['Email', 'column_2', 'Email.1', 'Puhelin']
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from piiscan.connectors.files_sampling import RecordReservoir
from piiscan.connectors.files_text import ExportError
from piiscan.connectors.layouts import header_is_data

if TYPE_CHECKING:
    import pandas as pd

HEADER_SEARCH_ROWS = 30  # a title or export date above the header is looked past within these rows


@dataclass
class SheetSample:
    frame: "pd.DataFrame"
    rows_total: int


def _open(path: Path):
    import openpyxl

    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except zipfile.BadZipFile:
        raise ExportError("not a valid XLSX file (not a ZIP archive)") from None
    except KeyError as exc:  # a ZIP without the workbook parts
        raise ExportError(f"not a valid XLSX file (missing part {exc})") from None
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds; one line says which
        raise ExportError(f"cannot open as XLSX: {type(exc).__name__}") from None


def sheet_names(path: Path) -> list[str]:
    """Names of the workbook's worksheets (chart sheets have no rows and are left out)."""
    workbook = _open(path)
    try:
        return [ws.title for ws in workbook.worksheets if hasattr(ws, "iter_rows")]
    finally:
        workbook.close()


def sample_sheet(path: Path, sheet: str, size: int) -> SheetSample:
    """A uniform sample of ``size`` data rows of one sheet, values as Excel stored them."""
    import pandas as pd

    workbook = _open(path)
    try:
        if sheet not in workbook.sheetnames:
            raise ExportError(f"no sheet named '{sheet}'")
        rows = (row for row in workbook[sheet].iter_rows(values_only=True) if any(_filled(v) for v in row))
        first_rows = [row for _, row in zip(range(HEADER_SEARCH_ROWS), rows)]
        at = header_row(first_rows)
        header = unique_headers(list(first_rows[at])) if first_rows else None
        reservoir = RecordReservoir(size)
        if first_rows and header_is_data(first_rows[at]):
            # no header row: the row is data, and its values must not become column names
            width = max(len(row) for row in first_rows)
            header = [f"column_{i + 1}" for i in range(width)]
            reservoir.add(first_rows[at])
        for row in first_rows[at + 1:]:
            reservoir.add(row)
        for row in rows:
            reservoir.add(row)
    except ExportError:
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged sheet: name the kind of damage, not the cells
        raise ExportError(f"cannot read sheet '{sheet}': {type(exc).__name__}") from None
    finally:
        workbook.close()
    if header is None:
        return SheetSample(pd.DataFrame(), 0)
    width = len(header)
    records = [tuple(row[:width]) + (None,) * (width - len(row)) for row in reservoir.records()]
    frame = pd.DataFrame(records, columns=header, dtype=object)
    # columns past the header's width with no name are dropped: Excel leaves formatting there
    return SheetSample(frame, reservoir.seen)


def header_row(rows: list[tuple]) -> int:
    """Index of the header among a sheet's first non-empty rows: title rows above it are skipped.

    >>> header_row([("Asiakasraportti",), ("Nimi", "Email", "Puhelin"), ("a", "b", "c")])
    1
    >>> header_row([("Email",), ("a@example.fi",)])
    0
    """
    filled = [sum(1 for v in row if _filled(v)) for row in rows]
    if not filled or max(filled) < 2:
        return 0
    wanted = max(2, (max(filled) + 1) // 2)
    return next(i for i, count in enumerate(filled) if count >= wanted)


def unique_headers(cells: list[Any], keep_trailing: bool = False) -> list[str]:
    """Header cells as unique, stripped column names."""
    names: list[str] = []
    seen: dict[str, int] = {}
    for i, cell in enumerate(cells):
        name = str(cell).strip() if _filled(cell) else f"column_{i + 1}"
        if name in seen:
            seen[name] += 1
            name = f"{name}.{seen[name]}"
        else:
            seen[name] = 0
        names.append(name)
    while not keep_trailing and names and names[-1].startswith("column_") and not _filled(cells[len(names) - 1]):
        names.pop()
    return names


def _filled(value: Any) -> bool:
    return value is not None and str(value).strip() != ""
