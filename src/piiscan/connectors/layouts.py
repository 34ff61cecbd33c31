"""Known export layouts (WooCommerce, Finnish shops such as Finqu) and users' header mapping files.

An export is recognised by its headers. When enough of a layout's headers are present, each
header the layout knows becomes a column hint (a category the column holds), which the classifier
combines with the values: a hinted category found in the values is "value+name". Headers are
compared folded (case, diacritics, punctuation), and the shop's "billing"/"shipping" qualifiers
are set aside, so ``billing_email``, ``Billing Email`` and ``Email (Billing)`` are one header.

>>> normalize_header("Email (Billing)")
'email billing'
>>> core_header("Email (Billing)"), core_header("Laskutus: Sähköposti"), core_header("shipping_postcode")
('email', 'sahkoposti', 'postcode')
>>> layout, hints = header_hints(["Name", "Username", "Email", "Total spend", "AOV", "Postal code"])
>>> layout
'WooCommerce Analytics customers'
>>> sorted(hints["Total spend"]), sorted(hints["Postal code"])
(['order_history'], ['address'])
>>> header_hints(["Name", "Price", "SKU"])
(None, {})
>>> header_hints(["Puh."], mapping={"puh.": "phone"})
(None, {'Puh.': {'phone'}})
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping

from piiscan.terms import fold

_NON_WORD = re.compile(r"[^0-9a-z#]+")
_QUALIFIERS = {"billing", "shipping", "laskutus", "toimitus", "laskutuksen", "toimituksen", "bill", "ship"}

NAME = frozenset({"name"})
EMAIL = frozenset({"email"})
PHONE = frozenset({"phone"})
ADDRESS = frozenset({"address"})
ORGANIZATION = frozenset({"organization"})
ORDERS = frozenset({"order_history"})
COUPONS = frozenset({"coupons"})
ONLINE_ID = frozenset({"online_identifier"})


def normalize_header(header: str) -> str:
    """'First Name (Billing)' -> 'first name billing': folded, punctuation as single spaces."""
    return _NON_WORD.sub(" ", fold(str(header))).strip()


def core_header(header: str) -> str:
    """The header without its billing/shipping (laskutus/toimitus) qualifier words."""
    words = normalize_header(header).split()
    kept = [w for w in words if w not in _QUALIFIERS]
    return " ".join(kept) if kept else " ".join(words)


@dataclass(frozen=True)
class Layout:
    """An export layout: its signature headers and the categories its headers hold (by core header)."""

    name: str
    signature: frozenset[str]  # core headers typical of the layout
    min_hits: int  # signature headers that must be present to recognise it
    hints: Mapping[str, frozenset[str]]


def _addresses(*headers: str) -> dict[str, frozenset[str]]:
    return {h: ADDRESS for h in headers}


_WOO_PERSON = {
    "first name": NAME, "last name": NAME, "full name": NAME, "company": ORGANIZATION, "email": EMAIL,
    "phone": PHONE, **_addresses("address 1", "address 2", "address 1&2", "address 1 2", "address", "postcode",
                                 "post code", "zip code", "zip", "city", "state", "state code", "country",
                                 "country code", "county"),
    "vat number": frozenset({"business_id"}), "ip address": frozenset({"ip_address"}),
    "customer ip address": frozenset({"ip_address"}), "customer user agent": ONLINE_ID, "user agent": ONLINE_ID,
}

LAYOUTS: tuple[Layout, ...] = (
    Layout("WooCommerce Analytics customers",
           frozenset({"name", "username", "email", "last active", "date registered", "orders", "total spend", "aov",
                      "country region", "city", "region", "postal code"}), 5,
           {"name": NAME, "username": ONLINE_ID, "email": EMAIL, "orders": ORDERS, "total spend": ORDERS,
            "aov": ORDERS, **_addresses("country region", "city", "region", "postal code")}),
    Layout("WooCommerce Analytics orders",
           frozenset({"date", "order #", "status", "customer", "customer type", "product s", "items sold", "coupon s",
                      "net sales", "attribution"}), 5,
           {"order #": ORDERS, "customer": NAME, "product s": ORDERS, "items sold": ORDERS, "coupon s": COUPONS,
            "net sales": ORDERS}),
    Layout("WooCommerce Customer/Order/Coupon Export (orders)",
           frozenset({"order id", "order number", "order date", "first name", "last name", "email", "phone",
                      "address 1", "postcode", "customer note", "order total", "payment method", "shipping method",
                      "coupon items", "order notes", "item name", "coupons used"}), 5,
           {**_WOO_PERSON, "order id": ORDERS, "order number": ORDERS, "order total": ORDERS, "item name": ORDERS,
            "coupon items": COUPONS, "coupons used": COUPONS, "coupon code": COUPONS}),
    Layout("WooCommerce Customer/Order/Coupon Export (customers)",
           frozenset({"customer id", "first name", "last name", "user login", "user pass", "email", "date registered",
                      "total spent", "order count", "phone", "address 1", "postcode"}), 5,
           {**_WOO_PERSON, "user login": ONLINE_ID, "user pass": frozenset({"credentials"}), "total spent": ORDERS,
            "order count": ORDERS}),
    Layout("WooCommerce Customer/Order/Coupon Export (coupons)",
           frozenset({"code", "type", "discount type", "description", "amount", "expiry date", "usage limit",
                      "usage count", "customer emails", "used by", "individual use", "product ids"}), 5,
           {"code": COUPONS, "customer emails": EMAIL, "used by": COUPONS}),
    Layout("WooCommerce Advanced Order Export",
           frozenset({"order id", "order number", "order status", "order date", "first name", "last name", "email",
                      "phone", "customer ip address", "customer user agent", "customer username", "customer note",
                      "coupon code", "payment method title", "item name", "order total amount"}), 5,
           {**_WOO_PERSON, "customer username": ONLINE_ID, "customer user email": EMAIL, "user first name": NAME,
            "user last name": NAME, "customer first name": NAME, "customer last name": NAME,
            "order number": ORDERS, "order total amount": ORDERS, "item name": ORDERS, "coupon code": COUPONS,
            "coupons used": COUPONS, "customer total orders": ORDERS}),
    Layout("WooCommerce REST API orders (JSON)",
           frozenset({"billing first name", "billing email", "billing phone", "billing address 1", "billing postcode",
                      "shipping first name", "shipping address 1", "customer ip address", "customer user agent",
                      "customer note", "line items", "payment method title", "order key", "cart hash", "date created",
                      "customer id", "meta data"}), 8,
           {**_WOO_PERSON, "line items": ORDERS, "coupon lines": COUPONS}),
    Layout("Shopify customers",
           frozenset({"first name", "last name", "email", "accepts email marketing", "default address company",
                      "default address address1", "default address city", "default address zip",
                      "default address phone", "accepts sms marketing", "total spent", "total orders", "tax exempt",
                      "company", "address1", "zip", "province"}), 5,
           {"first name": NAME, "last name": NAME, "email": EMAIL, "phone": PHONE, "default address phone": PHONE,
            "company": ORGANIZATION, "default address company": ORGANIZATION, "total spent": ORDERS,
            "total orders": ORDERS, "accepts email marketing": frozenset({"marketing_consent"}),
            "accepts sms marketing": frozenset({"marketing_consent"}),
            **_addresses(*(f"{prefix}{field}" for prefix in ("", "default address ")
                           for field in ("address1", "address2", "city", "province", "province code", "country",
                                         "country code", "zip")))}),
    Layout("Shopify orders",
           frozenset({"name", "email", "financial status", "paid at", "fulfillment status", "billing name",
                      "billing street", "billing address1", "billing zip", "billing phone", "shipping name",
                      "shipping street", "lineitem name", "discount code", "payment reference"}), 5,
           {"name": ORDERS, "email": EMAIL, "phone": PHONE, "company": ORGANIZATION, "lineitem name": ORDERS,
            "discount code": COUPONS, "payment reference": frozenset({"billing"}),
            **{f"{kind} {field}": hint for kind in ("billing", "shipping") for field, hint in (
                ("name", NAME), ("phone", PHONE), ("company", ORGANIZATION), ("street", ADDRESS),
                ("address1", ADDRESS), ("address2", ADDRESS), ("city", ADDRESS), ("zip", ADDRESS),
                ("province", ADDRESS), ("province name", ADDRESS), ("country", ADDRESS))}}),
    Layout("Mailchimp audience",
           frozenset({"email address", "first name", "last name", "address", "phone number", "member rating",
                      "optin time", "optin ip", "confirm time", "confirm ip", "latitude", "longitude", "gmtoff",
                      "dstoff", "timezone", "cc", "region", "last changed", "leid", "euid"}), 6,
           {"email address": EMAIL, "first name": NAME, "last name": NAME, "address": ADDRESS, "phone number": PHONE,
            "birthday": frozenset({"birth_date"}), "optin time": frozenset({"marketing_consent"}),
            "optin ip": frozenset({"ip_address"}), "confirm ip": frozenset({"ip_address"}),
            "latitude": frozenset({"location"}), "longitude": frozenset({"location"}), "cc": ADDRESS,
            "region": ADDRESS, "leid": ONLINE_ID, "euid": ONLINE_ID}),
    Layout("Finnish web shop (Finqu-style)",
           frozenset({"etunimi", "sukunimi", "nimi", "sahkoposti", "sahkopostiosoite", "puhelin", "puhelinnumero",
                      "matkapuhelin", "osoite", "katuosoite", "lahiosoite", "postinumero", "postitoimipaikka",
                      "yritys", "y tunnus", "tilausnumero", "tilaus", "asiakasnumero", "tilauspaiva", "maa"}), 3,
           {"etunimi": NAME, "sukunimi": NAME, "nimi": NAME, "asiakas": NAME, "tilaaja": NAME, "vastaanottaja": NAME,
            "yhteyshenkilo": NAME, "sahkoposti": EMAIL, "sahkopostiosoite": EMAIL, "puhelin": PHONE,
            "puhelinnumero": PHONE, "matkapuhelin": PHONE, "gsm": PHONE, "yritys": ORGANIZATION,
            "yrityksen nimi": ORGANIZATION, "y tunnus": frozenset({"business_id"}),
            "tilausnumero": ORDERS, "tilaus": ORDERS, "tuotteet": ORDERS, "kuponki": COUPONS,
            "kuponkikoodi": COUPONS, "alennuskoodi": COUPONS, "etukoodi": COUPONS,
            "uutiskirje": frozenset({"marketing_consent"}), "markkinointilupa": frozenset({"marketing_consent"}),
            **_addresses("osoite", "katuosoite", "lahiosoite", "postiosoite", "postinumero", "postitoimipaikka",
                         "kaupunki", "maa", "osoite 2", "osoite 1")}),
)


def detect_layout(columns: Iterable[str]) -> Layout | None:
    """The known layout whose signature the headers match best (enough hits required), or None."""
    cores = {core_header(c) for c in columns} | {normalize_header(c) for c in columns}
    best: tuple[int, Layout] | None = None
    for layout in LAYOUTS:
        hits = len(layout.signature & cores)
        if hits >= layout.min_hits and (best is None or hits > best[0]):
            best = (hits, layout)
    return best[1] if best else None


def header_hints(
    columns: Iterable[str], mapping: Mapping[str, str] | None = None
) -> tuple[str | None, dict[str, set[str]]]:
    """(layout name or None, column -> categories) from a known layout and the user's mapping.

    The mapping (header -> category key) applies to any file; its headers match exactly or folded.
    """
    columns = [str(c) for c in columns]
    layout = detect_layout(columns)
    hints: dict[str, set[str]] = {}
    if layout:
        for column in columns:
            found = layout.hints.get(normalize_header(column)) or layout.hints.get(core_header(column))
            if found:
                hints[column] = set(found)
    if mapping:
        folded = {normalize_header(header): category for header, category in mapping.items()}
        for column in columns:
            category = mapping.get(column) or folded.get(normalize_header(column))
            if category:
                hints.setdefault(column, set()).add(category)
    return (layout.name if layout else None), hints


# Categories whose values prove themselves (checksums, formats): one in a header means the file has no header.
_PROVABLE = {"email", "phone", "personal_identity_code", "bank_account", "payment_card", "ip_address"}


def holds_personal_value(text: str) -> bool:
    """True if a header (or column name) is itself personal data: a file without a header row, or
    JSON keyed by e-mail address. Such names must never reach a report.

    >>> holds_personal_value("matti.meikalainen@example.fi"), holds_personal_value("040 123 4567")
    (True, True)
    >>> holds_personal_value("customers.matti@example.fi.phone"), holds_personal_value("Sähköposti")
    (True, False)
    """
    from piiscan.recognizers import all_recognizers
    from piiscan.recognizers.base import safe_validate

    text = str(text)
    for recognizer in all_recognizers():
        if recognizer.category not in _PROVABLE or recognizer.needs_name:
            continue
        if recognizer.matches(text):
            return True
        if recognizer.in_text is not None:
            for match in recognizer.in_text.finditer(text):
                if safe_validate(recognizer.validate, match.group(0).strip()):
                    return True
    return False


def header_is_data(cells: Iterable[object]) -> bool:
    """True when a would-be header row holds personal data values, i.e. the file has no header.

    >>> header_is_data(["Matti", "matti@example.fi", "040 123 4567"]), header_is_data(["Nimi", "Email"])
    (True, False)
    """
    return any(holds_personal_value(str(c)) for c in cells if c is not None and str(c).strip())


def load_mapping(path: str | Path) -> dict[str, str]:
    """A user's header mapping file (YAML ``header: category``), validated: errors name file and line.

    Values are category keys or any term a notice may use ("puhelinnumero" -> phone); a group
    ("yhteystiedot") is too vague for one column and is an error, as is an unknown term.
    """
    from piiscan.categories import CATEGORIES
    from piiscan.errors import ConfigError
    from piiscan.terms import closest_terms, match_term
    from piiscan.yamlfile import line_of, read_yaml

    data, node = read_yaml(path, ConfigError)
    if not isinstance(data, dict):
        raise ConfigError("a mapping file is a YAML mapping of 'header: category' lines", str(path))
    mapping: dict[str, str] = {}
    for header, value in data.items():
        line = line_of(node, header)
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(f"header '{header}': give one category key (e.g. email, phone, address)",
                              str(path), line)
        category = match_term(value)
        if category is None:
            close = closest_terms(value)
            hint = f"; closest known: {', '.join(close)}" if close else ""
            raise ConfigError(f"header '{header}': unknown category '{value}'{hint}", str(path), line)
        if category not in CATEGORIES:
            raise ConfigError(f"header '{header}': '{value}' is a group of categories; name one category",
                              str(path), line)
        mapping[str(header)] = category
    return mapping
