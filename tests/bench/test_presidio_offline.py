"""The Presidio baseline runs with the network blocked and decides columns by majority."""

import pandas as pd


def test_baseline_runs_offline(no_network):
    from piiscan.bench.presidio_baseline import analyze_value, baseline_analyzer, classify_column_baseline

    baseline_analyzer.cache_clear()
    assert "EMAIL_ADDRESS" in analyze_value("matti.virtanen@example.fi")
    assert "FI_PERSONAL_IDENTITY_CODE" in analyze_value("131052-308T")
    assert "IBAN_CODE" in analyze_value("FI21 1234 5600 0007 85")
    assert "EMAIL_ADDRESS" not in analyze_value("Villasukat, harmaa")
    emails = pd.Series(["a.b@example.fi", "c@example.com", None, "ei ole", "d@example.org"])
    assert "email" in classify_column_baseline(emails)
    assert classify_column_baseline(pd.Series(["Villasukat", "Pipo", "Lapaset"])) == set()


def test_majority_rule():
    from piiscan.bench.presidio_baseline import decide_by_majority

    texts = ["a", "b", "c", "d"]
    assert decide_by_majority(texts, [{"PHONE_NUMBER"}, {"PHONE_NUMBER"}, set(), set()]) == {"phone"}
    assert decide_by_majority(texts, [{"PHONE_NUMBER"}, set(), set(), set()]) == set()
    assert decide_by_majority([], []) == set()
    # one category per column, like presidio-structured: the most frequent, then the best scored
    both = {"EMAIL_ADDRESS": 1.0, "URL": 0.5}
    assert decide_by_majority(["a", "b"], [both, both]) == {"email"}
    assert decide_by_majority(["a", "b", "c"], [{"URL": 0.5}, {"URL": 0.5}, {"EMAIL_ADDRESS": 1.0}]) == {"website"}
