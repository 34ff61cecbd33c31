"""Reading the YAML files users write (notices, configs) with line numbers and clear errors.

PyYAML's own loader silently keeps the last of two duplicate keys and reports errors in its own
words; here every error names the file and the line, and duplicate keys are errors.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Type

import yaml

from piiscan.errors import LocatedError

MAX_BYTES = 5 * 1024 * 1024  # a notice or config of more than 5 MB is a mistake, not a notice


class LineLoader(yaml.SafeLoader):
    """SafeLoader that refuses duplicate keys and remembers each value's line."""


def _construct_mapping(loader: LineLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key '{key}' (first on line {seen[key]})", key_node.start_mark)
        seen[key] = key_node.start_mark.line + 1
    return loader.construct_mapping(node, deep=deep)


LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def read_yaml(path: str | Path, error: Type[LocatedError]) -> tuple[Any, yaml.Node | None]:
    """The parsed document and its node tree (for line numbers). Errors are `error` with file and line."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise error(f"file is {size // (1024 * 1024)} MB; a notice or config is at most 5 MB", str(path))
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise error("file not found", str(path)) from None
    except IsADirectoryError:
        raise error("is a folder, not a YAML file", str(path)) from None
    except UnicodeDecodeError as exc:
        raise error(f"not UTF-8 text (byte {exc.start})", str(path)) from None
    except OSError as exc:
        raise error(f"cannot read: {exc.strerror}", str(path)) from None
    if not text.strip():
        raise error("file is empty", str(path))
    try:
        node = yaml.compose(text, Loader=LineLoader)
        data = LineLoader(text).get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        if "\t" in text and "tab" in str(exc).lower() or "found character '\\t'" in str(exc):
            problem = "tabs are not allowed for indentation in YAML; use spaces"
        raise error(f"invalid YAML: {problem}", str(path), mark.line + 1 if mark else None) from None
    except yaml.YAMLError as exc:
        raise error(f"invalid YAML: {exc}", str(path)) from None
    return data, node


def line_of(node: yaml.Node | None, *keys: Any) -> int | None:
    """Line (1-based) of the value at a path of mapping keys / sequence indexes in a composed node."""
    for key in keys:
        if node is None:
            return None
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == key), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
        else:
            return None
    return node.start_mark.line + 1 if node is not None else None
