"""Precision and recall are counted right, on a hand-made case and on a labelled database round trip."""

import pandas as pd
import pytest

from piiscan.bench.accuracy import evaluate


def test_precision_recall_on_hand_made_case():
    columns = [
        ("t.a", pd.Series(["x"]), {"email"}),
        ("t.b", pd.Series(["x"]), {"email"}),
        ("t.c", pd.Series(["x"]), set()),
        ("t.d", pd.Series(["x"]), {"phone"}),
        ("t.e", pd.Series(["x"]), {"email", "phone"}),
    ]
    verdicts = {"t.a": {"email"}, "t.b": set(), "t.c": {"email", "phone"}, "t.d": {"phone"}, "t.e": {"email"}}
    table = evaluate(columns, {"toy": lambda name, values: verdicts[name]})
    email, phone = table.row("toy", "email"), table.row("toy", "phone")
    assert (email.tp, email.fp, email.fn) == (2, 1, 1)
    assert email.precision == pytest.approx(2 / 3) and email.recall == pytest.approx(2 / 3)
    assert (phone.tp, phone.fp, phone.fn) == (1, 1, 1)
    assert {m.column for m in table.mistakes} == {"t.b", "t.c", "t.e"}
    assert "email: precision 0.667" in table.failing_targets("toy")
    assert "email" in table.to_text() and "phone" in table.to_text()


def test_perfect_system_passes_targets_and_is_never_behind():
    columns = [("t.a", pd.Series(["x"]), {"email"}), ("t.b", pd.Series(["x"]), set())]
    table = evaluate(columns, {"piiscan": lambda n, v: {"email"} if n == "t.a" else set(),
                               "presidio": lambda n, v: {"email"}})
    assert table.failing_targets() == []
    assert table.behind() == []
    assert table.row("presidio", "email").precision == 0.5


def test_labelled_database_round_trip(tmp_path):
    from piiscan.bench.accuracy import corpus_inputs, piiscan_system
    from piiscan.bench.corpus import build_corpus
    from piiscan.bench.labelled_db import export_sqlite, load_labelled

    corpus = [c for c in build_corpus(rows=30) if c.table in {"customers", "products"}]
    export_sqlite(corpus, tmp_path / "l.db", tmp_path / "l.yaml")
    loaded = load_labelled(f"sqlite:///{tmp_path / 'l.db'}", tmp_path / "l.yaml", sample_size=100)
    assert sorted(name for name, _, _ in loaded) == sorted(c.key for c in corpus)
    assert {name: labels for name, _, labels in loaded} == {c.key: set(c.labels) for c in corpus}
    system = {"piiscan": piiscan_system()}
    from_db = evaluate(loaded, system)
    in_memory = evaluate(corpus_inputs(corpus), system)
    for category in in_memory.categories:
        assert from_db.row("piiscan", category).support == in_memory.row("piiscan", category).support


def test_labels_file_rejects_unknown_keys():
    from piiscan.bench.labelled_db import parse_labels

    with pytest.raises(ValueError, match="unknown category"):
        parse_labels({"customers": {"email": ["e-mail"]}})


def test_value_report_lists_misses_and_stray_matches():
    import re

    from piiscan.bench.corpus import LabelledColumn
    from piiscan.bench.value_report import value_report
    from piiscan.recognizers.base import ValueRecognizer

    digits = ValueRecognizer(name="toy.digits", category="phone", shape=re.compile(r"\d+"),
                             validate=lambda s: len(s) == 3, mask=lambda s: "*" * len(s))
    corpus = [LabelledColumn("t", "phone", pd.Series(["123", "12", "456"]), frozenset({"phone"}), "value"),
              LabelledColumn("t", "sku", pd.Series(["999", "abc", "def"]), frozenset(), "negative")]
    lines = value_report(corpus, [digits])
    assert any("t.phone" in line and "missed 1/3" in line and "'12'" in line for line in lines)
    assert any("t.sku" in line and "matches 1/3" in line and "'***'" in line for line in lines)
