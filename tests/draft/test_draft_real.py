"""The five published notices in shared/notices/ draft to the hand-written category sets.

The notices are read by path (../shared/notices beside the repository) and never copied; no test
here names a person who appears in them.
"""

from __future__ import annotations

import re

import pytest

from draft_expected import REAL, SHARED_NOTICES
from piiscan.draft import draft_notice
from piiscan.draft.yaml_out import render
from piiscan.notice import load_notice

pytestmark = pytest.mark.skipif(not SHARED_NOTICES.is_dir(), reason="shared/notices is not beside the clone")


@pytest.mark.parametrize("name", sorted(REAL))
def test_real_notice_drafts_the_expected_categories(name):
    assert draft_notice(SHARED_NOTICES / name).declared == REAL[name]


@pytest.mark.parametrize("name", sorted(REAL))
def test_real_notice_draft_loads_as_a_notice_with_the_same_categories(name, tmp_path):
    draft = draft_notice(SHARED_NOTICES / name)
    path = tmp_path / "seloste.yaml"
    path.write_text(render(draft), encoding="utf-8")
    assert load_notice(path).declared == REAL[name]


@pytest.mark.parametrize("name, register, controller, business_id, notice_date", [
    ("jacks-mood.txt", "Jack’s Mood asiakasrekisteri", "Roptrox Oy", "2859115-6", None),
    # the quoted name inside "Henkilötietoja sisältävän rekisterin nimi on ”...”."
    ("rtj-group-ompastore.txt", "RTJ Group Oy:n asiakastietorekisteri", "RTJ Group Oy / Ompastore", "2354125-6",
     "2022-03-01"),  # Laadittu 7.5.2018, Viimeisin muutos 1.3.2022: the latest wins
    ("offistore.txt", "Asiakasrekisteri", None, None, "2018-05-03"),  # Laatimispäivä in a table row
    # no "Rekisterin nimi" heading: the name comes from the title line
    ("kruununjalokivi.txt", "asiakas- ja markkinointirekisteri", None, None, None),
    ("arjasmaa-yhtiot.txt", "Asiakastietorekisteri", None, None, None),
])
def test_real_notice_header_fields(name, register, controller, business_id, notice_date):
    draft = draft_notice(SHARED_NOTICES / name)
    assert draft.register == register
    if controller:
        assert draft.controller == controller
    assert draft.business_id == business_id
    assert draft.notice_date == notice_date


@pytest.mark.parametrize("name", sorted(REAL))
def test_controller_never_carries_a_phone_number_or_email(name):
    controller = draft_notice(SHARED_NOTICES / name).controller
    assert controller
    assert "@" not in controller and not re.search(r"\d{5}", controller)


def test_catch_all_phrase_is_left_for_review():
    text = render(draft_notice(SHARED_NOTICES / "rtj-group-ompastore.txt"))
    assert "# not mapped: muut asiakassuhteeseen ja tilattuihin tuotteisiin ja palveluihin liittyvät tiedot" in text


def test_each_declared_entry_quotes_its_phrase():
    text = render(draft_notice(SHARED_NOTICES / "kruununjalokivi.txt"))
    consent = next(line for line in text.splitlines() if "marketing_consent;" in line)
    assert consent.lstrip().startswith("- ") and '"lupa sähköpostitarjouksien lähettämiseen"' in consent
