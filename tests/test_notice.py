"""Loading seloste.yaml: terms, groups, inflected Finnish, and errors that name file and line."""

import pytest

from piiscan.errors import NoticeError
from piiscan.notice import load_notice


def write(tmp_path, text):
    path = tmp_path / "seloste.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_terms_groups_and_inflections(tmp_path):
    notice = load_notice(write(tmp_path, """
register: Testikaupan asiakasrekisteri
controller: Testikauppa Oy
notice_date: 2024-05-01
declared:
  - etu- ja sukunimi
  - Sähköpostiosoitteet
  - puhelinnumeron
  - yhteystiedot
  - personal_identity_code
  - Kuponkikoodit ja niiden käytöt
"""))
    assert notice.register == "Testikaupan asiakasrekisteri"
    assert notice.notice_date == "2024-05-01"
    assert notice.declared == {"name", "email", "phone", "address", "personal_identity_code", "coupons"}


def test_group_declares_members(tmp_path):
    notice = load_notice(write(tmp_path, "register: R\ndeclared:\n  - financial\n"))
    assert notice.declared == {"billing", "bank_account", "payment_card"}


def test_unknown_term_names_file_line_and_closest(tmp_path):
    path = write(tmp_path, "register: R\ndeclared:\n  - nimi\n  - lempiväri\n")
    with pytest.raises(NoticeError) as err:
        load_notice(path)
    message = str(err.value)
    assert message.startswith(f"{path}:4: 'lempiväri' is not a known category")
    assert "closest known terms: " in message


@pytest.mark.parametrize("text, expected", [
    ("", "file is empty"),
    ("- just\n- a list\n", "expected a mapping"),
    ("register: R\ndeclared: [email\n", "invalid YAML"),
    ("register: R\ndeclared:\n\t- email\n", "tabs"),
    ("register: R\nregister: S\ndeclared: [email]\n", "duplicate key 'register'"),
    ("register: R\ndeclared: email\n", "'declared' must be a non-empty list"),
    ("register: R\ndeclared: [email]\nextra: 1\n", "unknown key 'extra'"),
    ("register: R\ndeclared: [email]\nallow:\n  - table: t\n    column: c\n", "needs a written 'reason'"),
])
def test_bad_notices_are_one_line_errors(tmp_path, text, expected):
    with pytest.raises(NoticeError) as err:
        load_notice(write(tmp_path, text))
    assert expected in str(err.value)
    assert "\n" not in str(err.value)


def test_missing_and_huge_files(tmp_path):
    with pytest.raises(NoticeError, match="file not found"):
        load_notice(tmp_path / "nope.yaml")
    big = tmp_path / "big.yaml"
    big.write_text("register: R\ndeclared: [email]\n# " + "x" * (50 * 1024 * 1024) + "\n")
    with pytest.raises(NoticeError, match="at most 5 MB"):
        load_notice(big)


def test_allow_entries_cover_findings(tmp_path):
    notice = load_notice(write(tmp_path, """
register: R
declared: [email]
allow:
  - table: public.customers
    column: hetu_hash*
    category: henkilötunnus
    reason: Tiiviste, säilytetään kirjanpitolain vuoksi.
"""))
    assert notice.allowance_for("public.customers", "hetu_hash_v2", "personal_identity_code").reason.startswith("Tii")
    assert notice.allowance_for("public.customers", "hetu", "personal_identity_code") is None


def test_scope_limits_the_register_to_its_tables(tmp_path):
    notice = load_notice(write(tmp_path, "register: R\ndeclared: [email]\nscope: ['public.customers', 'crm*/*']\n"))
    assert notice.in_scope("postgresql://db/shop", "public.customers")
    assert not notice.in_scope("postgresql://db/shop", "public.products")
    assert notice.in_scope("crm.db", "contacts")
