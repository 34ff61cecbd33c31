"""Category-level precision, recall and F1 of `piiscan notice draft` against hand-written sets.

    python -m piiscan.draft.evaluate [CASES_FILE]

CASES_FILE is a Python file with a ``cases()`` function returning (kind, path, expected categories);
the default is the repository's tests/draft/draft_expected.py (the five real notices and the
invented ones). Prints one line per notice and a micro-averaged total per kind.

>>> score({"name", "email"}, {"name", "phone"})
(1, 1, 1)
>>> prf(1, 1, 1)
(0.5, 0.5, 0.5)
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from piiscan.draft import draft_notice
from piiscan.errors import PiiscanError

DEFAULT_CASES = Path(__file__).resolve().parents[3] / "tests" / "draft" / "draft_expected.py"


def score(expected: set[str], got: set[str]) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives) of one notice."""
    return len(expected & got), len(got - expected), len(expected - got)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1; an empty side counts as perfect."""
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def load_cases(path: Path) -> list[tuple[str, Path, set[str]]]:
    spec = importlib.util.spec_from_file_location("draft_cases", path)
    if spec is None or spec.loader is None:
        raise PiiscanError(f"{path}: cannot load cases")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.cases()


def evaluate(cases: list[tuple[str, Path, set[str]]]) -> dict[str, tuple[int, int, int]]:
    """Print per-notice figures; return summed (tp, fp, fn) per kind."""
    totals: dict[str, tuple[int, int, int]] = {}
    print(f"{'kind':9} {'notice':32} {'P':>5} {'R':>5} {'F1':>5}  differences")
    for kind, path, expected in cases:
        try:
            got = draft_notice(path).declared
        except PiiscanError as exc:
            print(f"{kind:9} {path.name:32} error: {exc}")
            got = set()
        tp, fp, fn = score(expected, got)
        p, r, f = prf(tp, fp, fn)
        diff = " ".join([f"+{k}" for k in sorted(got - expected)] + [f"-{k}" for k in sorted(expected - got)])
        print(f"{kind:9} {path.name:32} {p:5.2f} {r:5.2f} {f:5.2f}  {diff}")
        old = totals.get(kind, (0, 0, 0))
        totals[kind] = (old[0] + tp, old[1] + fp, old[2] + fn)
    for kind, (tp, fp, fn) in totals.items():
        p, r, f = prf(tp, fp, fn)
        print(f"overall {kind:9} P={p:.3f} R={r:.3f} F1={f:.3f} (tp={tp} fp={fp} fn={fn}, micro-averaged)")
    return totals


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else DEFAULT_CASES
    if not path.is_file():
        print(f"piiscan: error: {path}: cases file not found", file=sys.stderr)
        return 2
    try:
        evaluate(load_cases(path))
    except BrokenPipeError:  # `... | head`: the reader has what it wanted
        sys.stderr.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
