"""Hand-written expected category sets for `piiscan notice draft`, one per notice.

Written by reading each notice's data-content section, not by running the drafter. Used by the
tests in this folder and by ``python -m piiscan.draft.evaluate``. ``real`` notices are the five
published ones in shared/notices/ (read by path, never copied); ``invented`` ones are notices of
made-up companies written for this project in other styles, to guard against fitting the drafter
to the five.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SHARED_NOTICES = REPO.parent / "shared" / "notices"
INVENTED_NOTICES = HERE / "notices"

REAL: dict[str, set[str]] = {
    # Plain list, one item per line after "Henkilörekisteri sisältää seuraavia tietoja:".
    # "Henkilön etu- ja sukunimi" -> name; "Edustamansa yhteisö/yritys" -> organization;
    # Sähköpostiosoite / Postiosoite / Puhelinnumero -> email, address, phone;
    # "Tiedot aikaisemmista tilauksista" -> order_history.
    "arjasmaa-yhtiot.txt": {"name", "organization", "email", "address", "phone", "order_history"},
    # "–" bullets: etu- ja sukunimi -> name, Osoite -> address, Sähköpostiosoite -> email,
    # Puhelinnumero -> phone, "Jäsenyydelle rekisteröidyt ostot" -> order_history,
    # "Kuponkikoodit ja niiden käytöt" -> coupons.
    "jacks-mood.txt": {"name", "address", "email", "phone", "order_history", "coupons"},
    # One sentence: "nimi, osoite, sähköpostiosoite, puhelinnumero ja lupa sähköpostitarjouksien
    # lähettämiseen" -> name, address, email, phone, and the permission is marketing_consent (the
    # e-mail offers are what the consent is about, not a second e-mail address).
    "kruununjalokivi.txt": {"name", "address", "email", "phone", "marketing_consent"},
    # Tab-separated table row with an HTML <ul> and "- " items run together on one line:
    # etu- ja sukunimi -> name, Edustamansa yhteisö -> organization, Y-tunnus -> business_id,
    # Sähköpostiosoite -> email, Puhelinnumero -> phone, Postiosoite -> address,
    # Laskutustiedot -> billing, "Tiedot aikaisemmista tilauksista, tarjouksista, laskuista" ->
    # order_history (orders, offers) and billing (invoices).
    "offistore.txt": {"name", "organization", "business_id", "email", "phone", "address", "billing",
                      "order_history"},
    # One long sentence: henkilön nimi -> name, asema -> job_title, yritys/organisaatio ->
    # organization, "yhteystiedot (puhelinnumero, sähköpostiosoite, osoite)" -> phone, email, address,
    # www-sivustojen osoitteet -> website, verkkoyhteyden IP-osoite -> ip_address,
    # "tunnukset/profiilit sosiaalisen median palveluissa" -> social_media, "tiedot tilatuista
    # tuotteista, palveluista ja niiden muutoksista" -> order_history, laskutustiedot -> billing.
    # "muut asiakassuhteeseen ... liittyvät tiedot" is a catch-all: no category.
    "rtj-group-ompastore.txt": {"name", "job_title", "organization", "phone", "email", "address", "website",
                                "ip_address", "social_media", "order_history", "billing"},
}

INVENTED: dict[str, set[str]] = {}


def cases() -> list[tuple[str, Path, set[str]]]:
    """(kind, path, expected categories) for every notice, real ones first."""
    out = [("real", SHARED_NOTICES / name, expected) for name, expected in REAL.items()]
    out += [("invented", INVENTED_NOTICES / name, expected) for name, expected in INVENTED.items()]
    return out
