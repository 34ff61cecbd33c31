"""Junk and odd input: the drafter either drafts a notice that loads, or raises one NoticeError."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from piiscan.draft import draft_from_lines
from piiscan.draft.yaml_out import render
from piiscan.errors import NoticeError
from piiscan.notice import load_notice

FRAGMENTS = ["4. Rekisterin tietosisältö", "Rekisterinpitäjä", "Rekisterin nimi:", "- Nimi", "– Sähköpostiosoite",
             "yhteystiedot (puhelin, osoite)", "Y-tunnus: 1572860-0", "Laadittu 7.5.2018", "muut tiedot",
             "Henkilörekisteri sisältää seuraavia tietoja:", "\t<p>Nimi</p>", 'nimi: "x" # y', "- 'key': [1, 2]",
             "Registrets datainnehåll", "Categories of personal data", "*", "-", "(", ")", ":", "?", "#", "{}"]
LINES = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=40)), max_size=12)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=LINES)
def test_junk_drafts_a_loadable_notice_or_raises_notice_error(lines, tmp_path):
    try:
        draft = draft_from_lines(lines, "junk.txt")
    except NoticeError as exc:
        assert str(exc).startswith("junk.txt")
        return
    path = tmp_path / "seloste.yaml"
    path.write_text(render(draft), encoding="utf-8")
    assert load_notice(path).declared == draft.declared


@pytest.mark.parametrize("register", ['Asiakkaat: VIP # kaikki', "- lista", "yes", "2024-01-01", "a\nb", "[x]"])
def test_awkward_register_names_stay_strings(register, tmp_path):
    draft = draft_from_lines(["Rekisterin nimi", register.replace("\n", " "), "Rekisterin tietosisältö", "- Nimi"],
                             "x.txt")
    path = tmp_path / "seloste.yaml"
    path.write_text(render(draft), encoding="utf-8")
    assert load_notice(path).register == register.replace("\n", " ")
