"""Osoite (Finnish postal address): street address, post box, postal code and post office.

A street address is a street name ending in one of the common Finnish or Swedish street words
(``-katu``, ``-tie``, ``-kuja``... ``-gatan``, ``-vägen``...), a house number, and perhaps a
staircase letter and apartment (``Helatehtaankatu 3 B 29``, ``Vihiluodontie 261 A1``,
``Mannerheimintie 12 as 5``); a post box is ``PL 55`` (``PB``/``Box`` in Swedish and English).
Either may be followed by the postal code and post office (``90440 Kempele``), which may also
stand alone. A bare five-digit number or a town name proves nothing, so the postal-code and
municipality recognizers have ``needs_name=True`` (postinumero, zip, kaupunki, city...).

>>> is_valid("Helatehtaankatu 3 B 29")
True
>>> is_valid("Nils Westermarckin bulevardi 533")
True
>>> is_valid("PL 55, 00101 HELSINKI")
True
>>> is_valid("90440 Kempele")
True
>>> is_valid("Storgatan 4 A 2")
True
>>> is_valid("Kotikatu 5 B as. 12")
True
>>> is_valid("10115 Berlin")            # a German postal code and city
False
>>> is_valid("Moottori 250")            # -tori in a loanword is no market square
False
>>> is_valid("Kenia tumma paahto")      # a coffee, not a street
False
>>> is_valid("Linja 5")                 # a street word alone: a bus line
False
>>> is_valid("Toinen linja 4")
True
>>> is_valid_postal_code("00700"), is_valid_postal_code("700"), is_valid_postal_code("SE-123 45")
(True, True, False)
>>> is_municipality("helsinki"), is_municipality("Helsingfors"), is_municipality("Berlin")
(True, True, False)
>>> is_place("Haukipudas"), is_place("Berlin")
(True, False)
>>> mask("Helatehtaankatu 3 B 29")
'H*** 3 B 29'
>>> mask("90440 Kempele")
'90*** K***'
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from piiscan.masking import mask_generic
from piiscan.recognizers.base import ValueRecognizer
from piiscan.terms import fold

STREET_WORDS = (
    "katu", "tie", "kuja", "polku", "tori", "väylä", "raitti", "rinne", "kaari", "ranta", "puisto",
    "bulevardi", "esplanadi", "aukio", "piha", "mäki", "penger", "tanhua", "puistikko", "linja", "kaarre",
    "reitti", "lenkki", "kierto", "ahde", "törmä", "kaarto",
    "gatan", "gata", "vägen", "väg", "gränd", "stigen", "gången", "backen", "allén", "torget", "kajen",
    "parken", "planen", "stranden", "esplanaden", "bågen", "brinken", "slingan", "leden", "plan", "torg",
)
_STREET_WORDS = "|".join(sorted(STREET_WORDS, key=len, reverse=True))
_FOLDED_STREET_WORDS = tuple(fold(w) for w in STREET_WORDS)
# House number (or range), staircase letter, apartment: "3", "12b", "4-6", "3 B 29", "261 A1",
# "12 as 5", "5 B as. 12".
_HOUSE = r"[0-9]{1,4}[a-zA-Z]?(?:-[0-9]{1,4}[a-zA-Z]?)?(?: ?[A-Za-z](?![a-zA-Z]))?(?:,? ?(?:as\.? ?)?[0-9]{1,3}[a-z]?)?"
_STREET = rf"(?:[\w.'-]+ ){{0,4}}[\w'-]*(?:{_STREET_WORDS}) {_HOUSE}"
_BOX = r"(?:PL|PB|Box|P\.?O\.? ?Box|Postilokero) [0-9]{1,5}"
_POSTAL = r"(?:FI-)?[0-9]{5} [^\W\d_][\w'. -]{0,40}"
# The lookahead fails digit-less text (names, sentences, products) before any backtracking.
SHAPE = re.compile(rf"(?=[\s\S]*[0-9])(?:(?:{_STREET}|{_BOX})(?:(?:,? |,|\s*\n\s*){_POSTAL})?|{_POSTAL})",
                   re.IGNORECASE)
IN_TEXT = re.compile(
    rf"(?<![\w-])(?:[A-ZÅÄÖ][\w-]*(?:{_STREET_WORDS}) {_HOUSE}|{_BOX})(?:,? (?:FI-)?[0-9]{{5}} [A-ZÅÄÖ][\w-]+)?(?![\w-])"
)
POSTAL_CODE_SHAPE = re.compile(r"(?:FI-?)?[0-9]{5}|[0-9]{3,4}", re.IGNORECASE)
MUNICIPALITY_SHAPE = re.compile(r"[^\W\d_][\w' -]{0,40}")

_STREETS_ALONE = {"bulevardi", "esplanadi", "esplanaden"}  # Helsinki's Bulevardi and Esplanadi
_LOANWORD_TORI = re.compile(r"(?:[kt]|ni|s)tori$")  # moottori, traktori, monitori, kompostori
_POSTAL_PART = re.compile(r"(?:FI-)?(?P<code>[0-9]{5}) (?P<place>[^\W\d_][\w'. -]{0,40})$", re.IGNORECASE)
# Endings of Finnish and Swedish place names, for post offices that are not municipalities
# (villages and districts: Haukipudas, Kello, Espoon keskus...).
_PLACE_ENDINGS = (
    "la", "lä", "nen", "järvi", "joki", "koski", "lahti", "niemi", "saari", "vaara", "mäki", "salo", "linna",
    "harju", "pää", "ranta", "kylä", "kangas", "suo", "vesi", "lampi", "salmi", "maa", "keskus", "kaupunki",
    "pudas", "vuori", "lehto", "by", "holm", "vik", "ås", "fors", "berg", "strand", "näs", "sund", "ö", "dal",
)


@lru_cache(maxsize=1)
def municipalities() -> frozenset[str]:
    """Finnish municipality names, folded; loaded once, on first use (see data/README.md)."""
    text = resources.files("piiscan.recognizers").joinpath("data/municipalities.txt").read_text("utf-8")
    return frozenset(fold(line) for line in text.splitlines() if line.strip())


def is_municipality(value: str) -> bool:
    """A Finnish municipality (Finnish or Swedish name), any case."""
    if len(value) > 64:  # cheap refusal: junk can be megabytes
        return False
    return fold(value.strip()) in municipalities()


def is_place(place: str) -> bool:
    """A municipality, or a name that ends like a Finnish or Swedish place (a post office that is
    a village or district: ``Haukipudas``, ``Espoon keskus``)."""
    if len(place) > 64:
        return False
    place = place.strip().rstrip(".")
    if is_municipality(place):
        return True
    first = place.split()[0].casefold() if place.split() else ""  # no folding: "-ö" is not "-o"
    return first.endswith(_PLACE_ENDINGS) or fold(place).endswith("keskus")


def _street_ok(street: str) -> bool:
    words = fold(street).split()
    for i, word in enumerate(words):
        suffix = next((w for w in _FOLDED_STREET_WORDS if word.endswith(w)), None)
        if suffix and i + 1 < len(words) and words[i + 1][:1].isdigit():
            # A street word alone ("Linja 5", "Tie 3") is a bus line or a chapter, not a street.
            if word == suffix and i == 0 and suffix not in _STREETS_ALONE:
                return False
            return not (suffix == "tori" and _LOANWORD_TORI.search(word))
    return False


def is_valid(value: str) -> bool:
    """A street address or post box (with or without postal code and post office), or a postal
    code with a Finnish post office."""
    value = value.strip()
    if not SHAPE.fullmatch(value):
        return False
    lines = re.split(r",\s*|\s*\n\s*", value, maxsplit=1)
    head = lines[0]
    postal = _POSTAL_PART.search(value)
    if postal and postal.start() == 0:  # a postal code and post office alone
        return is_place(postal["place"])
    if re.match(_BOX, head, re.IGNORECASE):
        return True
    if postal and not (len(lines) > 1):  # "Kauppakatu 5 00100 Helsinki": cut the postal part off
        head = value[: postal.start()].rstrip(", ")
    return _street_ok(head)


def is_valid_postal_code(value: str) -> bool:
    """Five digits (``FI-`` allowed), or three or four when a number column dropped leading zeros."""
    digits = value.strip().upper().removeprefix("FI").lstrip("-")
    return digits.isascii() and digits.isdigit() and 3 <= len(digits) <= 5 and int(digits) >= 100


def mask(value: str) -> str:
    """Street initial and house number; postal code's first two digits and the place's initial."""
    value = value.strip()
    postal = _POSTAL_PART.search(value)
    if postal and postal.start() == 0:
        return f"{postal['code'][:2]}*** {postal['place'][:1]}***"
    head = value[: postal.start()].rstrip(", \n") if postal else value
    return mask_generic(head)


def mask_postal_code(value: str) -> str:
    """The postal area (first two digits) only."""
    digits = re.sub(r"\D", "", value).zfill(5)
    return digits[:2] + "***"


def mask_place(value: str) -> str:
    """The first letter only."""
    return value.strip()[:1] + "***"


RECOGNIZER_ADDRESS = ValueRecognizer(
    name="fi.address",
    category="address",
    shape=SHAPE,
    validate=is_valid,
    mask=mask,
    in_text=IN_TEXT,
    context=("osoite", "katuosoite", "postiosoite", "asuu", "address", "adress", "toimitus"),
    min_length=4,
    max_length=120,
    text_score=0.75,
)

POSTAL_CODE = ValueRecognizer(
    name="fi.postal_code",
    category="address",
    shape=POSTAL_CODE_SHAPE,
    validate=is_valid_postal_code,
    mask=mask_postal_code,
    needs_name=True,
    min_length=3,
    max_length=8,
)

MUNICIPALITY = ValueRecognizer(
    name="fi.municipality",
    category="address",
    shape=MUNICIPALITY_SHAPE,
    validate=is_place,
    mask=mask_place,
    needs_name=True,
    min_length=2,
    max_length=41,
)

RECOGNIZERS = [RECOGNIZER_ADDRESS, POSTAL_CODE, MUNICIPALITY]
