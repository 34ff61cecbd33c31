"""Issue #8: the column engine's verdicts equal the per-value path on the accuracy corpus.

The per-value path runs ``ValueRecognizer.matches`` on every value and computes each recognizer's
share per value. For every column the engine decides by value (not free text), the engine's count of
matching values must equal the per-value count of the recognizer it names, and every recognizer whose
per-value share alone clears the value threshold must give the column a value verdict.
"""

import pandas as pd
import pytest

from piiscan.bench.corpus import build_corpus
from piiscan.classify import DEFAULT_THRESHOLDS, classify_column
from piiscan.colnames import name_hints
from piiscan.recognizers import all_recognizers

# Text columns: the per-value path is defined on strings (typed columns are converted by the engine).
CORPUS = [c for c in build_corpus(rows=60) if c.kind != "text" and c.values.dtype == object
          and all(isinstance(x, str) for x in c.values.dropna())]


def _texts(series: pd.Series) -> list[str]:
    out = []
    for value in series.dropna():
        text = value.strip()
        if text:
            out.append(text)
    return out


@pytest.mark.parametrize("column", CORPUS, ids=lambda c: c.key)
def test_engine_agrees_with_per_value_path(column):
    verdicts = classify_column(column.values, column.name)
    if any(v.free_text for v in verdicts):
        pytest.skip("decided as free text: searched inside values, not per whole value")
    texts = _texts(column.values)
    by_name = {r.name: r for r in all_recognizers()}
    per_value = {r.name: sum(r.matches(t) for t in texts) for r in all_recognizers()}
    value_verdicts = [v for v in verdicts if v.evidence in ("value", "value+name")]
    for verdict in value_verdicts:
        assert verdict.values_nonempty == len(texts)
        assert verdict.values_matched == per_value[verdict.recognizer], verdict
        assert by_name[verdict.recognizer].category == verdict.category
    hints = name_hints(column.name)
    t = DEFAULT_THRESHOLDS
    for recognizer in all_recognizers():
        matched = per_value[recognizer.name]
        if recognizer.needs_name and recognizer.category not in hints:
            continue
        if texts and matched / len(texts) >= t.value_share and matched >= t.min_matches:
            assert value_verdicts, f"{recognizer.name} matches {matched}/{len(texts)} values one by one, " \
                                   f"the engine reports no value verdict"
