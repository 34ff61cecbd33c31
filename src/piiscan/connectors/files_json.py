"""JSON exports: an array of objects (streamed, never loaded whole) and JSON-lines.

A shop's REST export nests objects (``{"billing": {"email": ...}}``); nested keys become dotted
columns (``billing.email``) and lists become JSON text, so every value is classified. A ``.json``
file holding one object per line is read as JSON-lines; an object that wraps the records
(``{"orders": [...]}``) is unwrapped when it fits in memory.

>>> import json, tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> path = folder / "orders.json"
>>> _ = path.write_text(json.dumps([{"id": 1, "billing": {"email": "a@example.fi"}}, {"id": 2}]))
>>> result = sample_json(path, 10)
>>> sorted(result.frame.columns), result.rows_total, result.broken_rows
(['billing.email', 'id'], 2, 0)
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

from piiscan.connectors.files_sampling import RecordReservoir
from piiscan.connectors.files_text import ExportError, open_export

if TYPE_CHECKING:
    import pandas as pd

READ_CHARS = 1024 * 1024
WHOLE_OBJECT_LIMIT = 100 * 1024 * 1024  # a top-level object (not an array) is parsed whole up to this size
MAX_RECORD_CHARS = 64 * 1024 * 1024  # one array element larger than this is taken as broken JSON
_WHITESPACE = " \t\r\n"


@dataclass
class JsonSample:
    frame: "pd.DataFrame"
    rows_total: int
    broken_rows: int
    form: str  # "JSON array", "JSON-lines", "JSON object"


def sample_json(path: Path, size: int, lines: bool | None = None) -> JsonSample:
    """A uniform sample of ``size`` records; ``lines`` forces JSON-lines (None: decide from the content)."""
    reservoir = RecordReservoir(size)
    with open_export(path, "rt", encoding="utf-8-sig", errors="replace") as handle:
        start = handle.read(READ_CHARS)
        if not start.strip():
            raise ExportError("file is empty")
        if lines is None:
            lines = _looks_like_lines(start)
        handle.seek(0)
        if lines:
            broken = _sample_lines(handle, reservoir)
            form = "JSON-lines"
        elif start.lstrip(_WHITESPACE + "\ufeff").startswith("["):
            for record in _array_records(handle):
                reservoir.add(record)
            broken, form = 0, "JSON array"
        else:
            for record in _wrapped_records(path):
                reservoir.add(record)
            broken, form = 0, "JSON object"
    if reservoir.seen == 0 and broken:
        raise ExportError(f"none of the {broken} lines is valid JSON")
    return JsonSample(records_frame(reservoir.records()), reservoir.seen, broken, form)


def records_frame(records: list[Any]) -> "pd.DataFrame":
    """Records as a table: nested objects flattened to dotted columns, lists kept as JSON text."""
    import pandas as pd

    rows = [r if isinstance(r, dict) else {"value": r} for r in records]
    frame = pd.json_normalize(rows, sep=".") if rows else pd.DataFrame()
    for column in frame.columns:
        if frame[column].map(lambda v: isinstance(v, (list, dict))).any():
            frame[column] = frame[column].map(
                lambda v: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v)
    return frame


def _looks_like_lines(start: str) -> bool:
    text = start.lstrip(_WHITESPACE + "\ufeff")
    if not text.startswith("{"):
        return False
    try:
        _, end = json.JSONDecoder().raw_decode(text)
    except json.JSONDecodeError:
        # the first object is longer than the sniffed start, or broken: one object per line decides
        first_line = text.split("\n", 1)[0]
        try:
            json.loads(first_line)
            return True
        except json.JSONDecodeError:
            return False
    return text[end:].lstrip(" \t\r").startswith("\n") and text[end:].strip().startswith("{")


def _sample_lines(handle, reservoir: RecordReservoir) -> int:
    broken = 0
    for line in handle:
        line = line.strip()
        if not line:
            continue
        try:
            reservoir.add(json.loads(line))
        except json.JSONDecodeError:
            broken += 1
    return broken


def _array_records(handle) -> Iterator[Any]:
    """The elements of a top-level JSON array, decoded one by one from a sliding buffer."""
    decoder = json.JSONDecoder()
    buffer = handle.read(READ_CHARS).lstrip(_WHITESPACE + "\ufeff")[1:]  # past the "["
    at_end = False
    while True:
        buffer = buffer.lstrip(_WHITESPACE + ",")
        if buffer.startswith("]"):
            return
        try:
            record, end = decoder.raw_decode(buffer)
        except json.JSONDecodeError as exc:
            if at_end or len(buffer) > MAX_RECORD_CHARS:
                raise ExportError(f"invalid JSON: {exc.msg}") from None
            more = handle.read(READ_CHARS)
            at_end = not more
            buffer += more
            continue
        yield record
        buffer = buffer[end:]
        if len(buffer) < READ_CHARS // 2 and not at_end:
            more = handle.read(READ_CHARS)
            at_end = not more
            buffer += more


def _wrapped_records(path: Path) -> list[Any]:
    size = path.stat().st_size
    if size > WHOLE_OBJECT_LIMIT:
        raise ExportError(f"a {size // (1024 * 1024)} MB JSON object; only arrays and JSON-lines are streamed")
    try:
        with open_export(path, "rt", encoding="utf-8-sig", errors="replace") as handle:
            data = json.load(handle)
    except json.JSONDecodeError as exc:
        raise ExportError(f"invalid JSON at line {exc.lineno}: {exc.msg}") from None
    if isinstance(data, dict):
        lists = [v for v in data.values() if isinstance(v, list) and v and all(isinstance(r, dict) for r in v)]
        if len(lists) == 1:
            return lists[0]
        return [data]
    return data if isinstance(data, list) else [data]
