"""Invented notices in other styles and languages, and the held-out set, against hand-written sets.

The invented notices were written to find the drafter's blind spots and it was tuned on them. The
ten held-out sets were each scored once before any change made because of them (first runs: F1
0.971, 0.800, 0.500, 0.863, 0.964, 0.881, 0.884, 0.927, 0.828 and 0.847, see draft_expected.py); they are kept here with a threshold,
as regression sets.
"""

from __future__ import annotations

import pytest

from draft_expected import (HOLDOUT, HOLDOUT2, HOLDOUT2_NOTICES, HOLDOUT3, HOLDOUT3_NOTICES, HOLDOUT4,
                            HOLDOUT4_NOTICES, HOLDOUT5, HOLDOUT5_NOTICES, HOLDOUT6,
                            HOLDOUT6_NOTICES, HOLDOUT7, HOLDOUT7_NOTICES, HOLDOUT8,
                            HOLDOUT8_NOTICES, HOLDOUT9, HOLDOUT9_NOTICES,
                            HOLDOUT10, HOLDOUT10_NOTICES, HOLDOUT_NOTICES, INVENTED,
                            INVENTED_NOTICES, SHARED_NOTICES, cases)
from piiscan.draft import draft_notice
from piiscan.draft.evaluate import evaluate, prf
from piiscan.draft.yaml_out import render
from piiscan.notice import load_notice


@pytest.mark.parametrize("name", sorted(INVENTED))
def test_invented_notice_drafts_the_expected_categories(name):
    assert draft_notice(INVENTED_NOTICES / name).declared == INVENTED[name]


@pytest.mark.parametrize("path", sorted(INVENTED_NOTICES.iterdir()) + sorted(HOLDOUT_NOTICES.iterdir())
                         + sorted(HOLDOUT2_NOTICES.iterdir()) + sorted(HOLDOUT3_NOTICES.iterdir())
                         + sorted(HOLDOUT4_NOTICES.iterdir()) + sorted(HOLDOUT5_NOTICES.iterdir())
                         + sorted(HOLDOUT6_NOTICES.iterdir()) + sorted(HOLDOUT7_NOTICES.iterdir())
                         + sorted(HOLDOUT8_NOTICES.iterdir()) + sorted(HOLDOUT9_NOTICES.iterdir())
                         + sorted(HOLDOUT10_NOTICES.iterdir()),
                         ids=lambda p: p.name)
def test_every_invented_draft_loads(path, tmp_path):
    out = tmp_path / "seloste.yaml"
    draft = draft_notice(path)
    out.write_text(render(draft), encoding="utf-8")
    assert load_notice(out).declared == draft.declared


def test_held_out_notices_reach_f1_095():
    tp = fp = fn = 0
    held_out = [(HOLDOUT_NOTICES / name, expected) for name, expected in HOLDOUT.items()]
    held_out += [(HOLDOUT2_NOTICES / name, expected) for name, expected in HOLDOUT2.items()]
    held_out += [(HOLDOUT3_NOTICES / name, expected) for name, expected in HOLDOUT3.items()]
    held_out += [(HOLDOUT4_NOTICES / name, expected) for name, expected in HOLDOUT4.items()]
    held_out += [(HOLDOUT5_NOTICES / name, expected) for name, expected in HOLDOUT5.items()]
    held_out += [(HOLDOUT6_NOTICES / name, expected) for name, expected in HOLDOUT6.items()]
    held_out += [(HOLDOUT7_NOTICES / name, expected) for name, expected in HOLDOUT7.items()]
    held_out += [(HOLDOUT8_NOTICES / name, expected) for name, expected in HOLDOUT8.items()]
    held_out += [(HOLDOUT9_NOTICES / name, expected) for name, expected in HOLDOUT9.items()]
    held_out += [(HOLDOUT10_NOTICES / name, expected) for name, expected in HOLDOUT10.items()]
    for path, expected in held_out:
        got = draft_notice(path).declared
        tp, fp, fn = tp + len(got & expected), fp + len(got - expected), fn + len(expected - got)
    assert prf(tp, fp, fn)[2] >= 0.95


def test_saved_page_header_fields_and_no_navigation_leak():
    draft = draft_notice(INVENTED_NOTICES / "verkkokauppa-sivu.html")
    assert (draft.register, draft.controller, draft.business_id, draft.notice_date) == (
        "Lankakerän verkkokaupan asiakasrekisteri", "Lankakerä Oy", "2455614-2", "2025-02-14")
    assert not any("Ostoskori" in p.text or "Mastercard" in p.text for p in draft.phrases)


@pytest.mark.skipif(not SHARED_NOTICES.is_dir(), reason="shared/notices is not beside the clone")
def test_evaluate_prints_per_notice_and_overall(capsys):
    totals = evaluate(cases())
    printed = capsys.readouterr().out
    assert "kruununjalokivi.txt" in printed and "overall real" in printed and "overall holdout" in printed
    assert prf(*totals["real"]) == (1.0, 1.0, 1.0)
