"""Value-level diagnostics: which recognizer misses or wrongly matches which corpus values.

Column verdicts hide near misses: a recognizer that matches 20% of a negative column does not
flip the column today but will under a name hint. This report lists, per recognizer, on the
corpus's whole-value columns (not free text):

- misses: values of a column labelled with the recognizer's category that no recognizer of that
  category matches;
- stray matches: columns not labelled with its category where it matches at least
  ``STRAY_SHARE`` of the values. Recognizers that need a name hint are left out (``needs_name``):
  alone they decide nothing.

Examples are masked with the recognizer's own ``mask`` (misses are shown as written: they are
fake values the recognizer did not recognise).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable

STRAY_SHARE = 0.05
EXAMPLES = 3


def _texts(values) -> list[str]:
    return [t for t in (str(x).strip() for x in values.dropna()) if t]


def value_report(corpus: Iterable, recognizers: list | None = None) -> list[str]:
    """Lines of the report, misses first, then stray matches."""
    from piiscan.recognizers import all_recognizers

    recognizers = all_recognizers() if recognizers is None else recognizers
    by_category = defaultdict(list)
    for recognizer in recognizers:
        by_category[recognizer.category].append(recognizer)
    misses, strays = [], []
    for column in corpus:
        if column.kind == "text":
            continue
        texts = _texts(column.values)
        if not texts:
            continue
        for category in sorted(column.labels):
            own = by_category.get(category, [])
            if column.kind != "value" or not own:
                continue
            missed = [t for t in texts if not any(r.matches(t) for r in own)]
            if missed:
                misses.append(f"  {category:22} {column.key:32} missed {len(missed)}/{len(texts)}, e.g. "
                              f"{missed[:EXAMPLES]}")
        for recognizer in recognizers:
            if recognizer.category in column.labels or recognizer.needs_name:
                continue
            hits = [t for t in texts if recognizer.matches(t)]
            if len(hits) >= STRAY_SHARE * len(texts):
                strays.append(f"  {recognizer.name:22} {column.key:32} matches {len(hits)}/{len(texts)} "
                              f"(label: {', '.join(sorted(column.labels)) or 'none'}), e.g. "
                              f"{[recognizer.mask(h) for h in hits[:EXAMPLES]]}")
    return (["Values a recognizer of the labelled category misses:"] + (misses or ["  none"])
            + [f"Columns of other categories where a recognizer matches >= {STRAY_SHARE:.0%} of values:"]
            + (strays or ["  none"]))
