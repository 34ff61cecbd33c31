"""The accuracy benchmark: column-level precision and recall per category, piiscan against Presidio.

A *system* maps a column (name, sampled values) to the set of category keys it reports. For every
category, over all labelled columns: a true positive is a column whose label and prediction both
hold the category, a false positive one predicted but not labelled, a false negative one labelled
but not predicted. piiscan's prediction is every category of ``classify_column`` (confirmed or
suspected); ``confirmed_only`` restricts it to confirmed verdicts.

>>> cols = [("a", None, {"email"}), ("b", None, set()), ("c", None, {"email", "name"})]
>>> table = evaluate(cols, {"toy": lambda name, values: {"email"} if name != "c" else {"name"}})
>>> row = table.row("toy", "email")
>>> (row.tp, row.fp, row.fn, row.precision, row.recall)
(1, 1, 1, 0.5, 0.5)
>>> table.row("toy", "name").precision
1.0
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable

from piiscan.categories import CATEGORIES

if TYPE_CHECKING:
    import pandas as pd

System = Callable[[str, "pd.Series"], set[str]]
LabelledInput = tuple[str, "pd.Series", set[str]]  # (column name, values, labels)
PRECISION_TARGET, RECALL_TARGET = 0.99, 0.98


@dataclass
class Score:
    """Counts and ratios of one system on one category."""

    system: str
    category: str
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def support(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.support if self.support else None


@dataclass
class Mistake:
    system: str
    column: str
    labels: frozenset[str]
    predicted: frozenset[str]

    def __str__(self) -> str:
        missed = ", ".join(sorted(self.labels - self.predicted)) or "-"
        extra = ", ".join(sorted(self.predicted - self.labels)) or "-"
        return f"{self.system:9} {self.column:40} missed: {missed:28} wrongly: {extra}"


@dataclass
class AccuracyTable:
    """Scores of every system on every category, and the columns each system got wrong."""

    systems: list[str]
    scores: dict[tuple[str, str], Score] = field(default_factory=dict)
    mistakes: list[Mistake] = field(default_factory=list)
    columns: int = 0

    def row(self, system: str, category: str) -> Score:
        return self.scores.setdefault((system, category), Score(system, category))

    @property
    def categories(self) -> list[str]:
        seen = {c for (_s, c), score in self.scores.items() if score.tp + score.fp + score.fn}
        return [c for c in CATEGORIES if c in seen] + sorted(seen - set(CATEGORIES))

    def to_text(self) -> str:
        """The table as printed by ``piiscan bench accuracy``."""
        head = f"{'category':24} {'how':10} {'cols':>4}"
        for s in self.systems:
            head += f" | {s + ' P':>11} {s + ' R':>11}"
        lines = [head, "-" * len(head)]
        for category in self.categories:
            how = CATEGORIES[category].found_by if category in CATEGORIES else "?"
            line = f"{category:24} {how:10} {self.row(self.systems[0], category).support:>4}"
            for s in self.systems:
                score = self.row(s, category)
                line += f" | {_fmt(score.precision):>11} {_fmt(score.recall):>11}"
            lines.append(line)
        return "\n".join(lines)

    def failing_targets(self, system: str = "piiscan") -> list[str]:
        """Value-detectable categories where ``system`` misses P >= 0.99 or R >= 0.98."""
        out = []
        for category in self.categories:
            if category not in CATEGORIES or "value" not in CATEGORIES[category].found_by:
                continue
            score = self.row(system, category)
            if (score.precision or 0.0) < PRECISION_TARGET and score.tp + score.fp:
                out.append(f"{category}: precision {_fmt(score.precision)}")
            if score.support and (score.recall or 0.0) < RECALL_TARGET:
                out.append(f"{category}: recall {_fmt(score.recall)}")
        return out

    def behind(self, system: str = "piiscan", other: str = "presidio") -> list[str]:
        """Categories where ``system`` is not at least as good as ``other`` on both P and R (F1)."""
        out = []
        for category in self.categories:
            mine, theirs = self.row(system, category), self.row(other, category)
            if _f1(mine) < _f1(theirs):
                out.append(category)
        return out


def _f1(score: Score) -> float:
    p, r = score.precision or 0.0, score.recall or 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def _fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def evaluate(columns: Iterable[LabelledInput], systems: dict[str, System] | None = None) -> AccuracyTable:
    """Score each system on labelled columns ``(name, values, labels)``; default: piiscan and Presidio."""
    systems = systems if systems is not None else default_systems()
    table = AccuracyTable(list(systems))
    for name, values, labels in columns:
        table.columns += 1
        labels = frozenset(labels)
        for system, predict in systems.items():
            predicted = frozenset(predict(name, values))
            for category in labels | predicted:
                score = table.row(system, category)
                if category in labels and category in predicted:
                    score.tp += 1
                elif category in predicted:
                    score.fp += 1
                else:
                    score.fn += 1
            if predicted != labels:
                table.mistakes.append(Mistake(system, name, labels, predicted))
    return table


def piiscan_system(confirmed_only: bool = False) -> System:
    """piiscan's column engine as a system."""
    from piiscan.classify import classify_column

    def predict(name: str, values: "pd.Series") -> set[str]:
        column = name.rsplit(".", 1)[-1]
        return {v.category for v in classify_column(values, column)
                if not confirmed_only or v.verdict == "confirmed"}

    return predict


def presidio_system(limit: int | None = None) -> System:
    """Presidio's AnalyzerEngine by majority of values (presidio_baseline.py) as a system."""
    from piiscan.bench.presidio_baseline import BASELINE_VALUES, classify_column_baseline

    return lambda name, values: classify_column_baseline(values, limit or BASELINE_VALUES)


def default_systems(confirmed_only: bool = False, baseline: bool = True) -> dict[str, System]:
    systems: dict[str, System] = {"piiscan": piiscan_system(confirmed_only)}
    if baseline:
        systems["presidio"] = presidio_system()
    return systems


def corpus_inputs(corpus: Iterable[Any]) -> list[LabelledInput]:
    """LabelledColumn objects as ``(table.column, values, labels)`` for :func:`evaluate`."""
    return [(c.key, c.values, set(c.labels)) for c in corpus]
