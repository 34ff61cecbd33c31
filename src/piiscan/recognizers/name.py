"""Henkilön nimi (a person's name): Finnish first names and surnames from open name lists.

The lists are the most common first names and surnames in the Finnish population register
(Digital and Population Data Services Agency, DVV, open data under CC BY 4.0), as carried by
Faker's ``fi_FI`` person provider; they ship in ``data/`` (see data/README.md), so Faker is no
runtime dependency. They are loaded once, on first use.

A *full name* is ``Etunimi [Toinen] Sukunimi`` or ``Sukunimi, Etunimi``, every part capitalised
(or all upper case; Finnish writes only names that way, products and places get one capital),
surname parts perhaps hyphenated; registers also write ``Sukunimi Etunimi``. It counts when the surname is listed (``Kevin Virtanen``) or
ends the way few words but many surnames do (``-nen``, ``-niemi``, ``-ström``...: ``Veeti
Kuusniemi``), or when the first name is listed and the surname is no genitive (``Eino Leinon
tie`` is a street).
Product names (``Kolumbia espresso``, ``Kenia Tumma``) fail: no part is a listed name. A column
is a name column only when most of its values are names (classify.py), so a few products named
after people (``Aino Tuoli``) do not make one. A *single* first name or surname proves nothing alone (``Aalto``, ``Aura`` are
also words and towns), so that recognizer needs a column name that speaks of names.

>>> is_full_name("Matti Virtanen")
True
>>> is_full_name("Virtanen, Matti")
True
>>> is_full_name("Anna-Liisa Korhonen-Mäkelä")
True
>>> is_full_name("Kevin Virtanen")      # a first name not on the list, a listed surname
True
>>> is_full_name("Veeti Kuusniemi")     # neither listed, a surname ending
True
>>> is_full_name("Eino Leinon")         # as in "Eino Leinon tie": a genitive, a street
False
>>> is_full_name("MATTI VIRTANEN")
True
>>> is_full_name("Virtanen Matti")      # surname first, as registers write it
True
>>> is_full_name("Matti Virtanen <mv@example.fi>")   # a mail header's display name
True
>>> is_full_name("matti virtanen"), is_full_name("aino kahvila")   # lower case: both listed
(True, False)
>>> is_full_name("Kolumbia espresso")
False
>>> is_full_name("Kenia Tumma Paahto")
False
>>> is_full_name("Aino Design Oy")      # a company
False
>>> is_single_name("Aalto"), is_single_name("Espresso")
(True, False)
>>> mask("Matti Virtanen")
'M*** V***'
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from piiscan.recognizers.base import ValueRecognizer

_PART = r"[A-ZÅÄÖÉÜ][a-zåäöéèüA-ZÅÄÖÉÜ']{1,30}(?:-[A-ZÅÄÖÉÜ][a-zåäöéèüA-ZÅÄÖÉÜ']{1,30})?"
_LOWER_PART = r"[a-zåäöéèü']{2,31}(?:-[a-zåäöéèü']{2,31})?"  # sloppy data: "matti virtanen"
_NAME_FORMS = rf"{_PART}(?: {_PART}){{1,3}}|{_PART}, {_PART}(?: {_PART}){{0,2}}|{_LOWER_PART}(?: {_LOWER_PART}){{1,2}}"
_NAME_ONLY_SHAPE = re.compile(_NAME_FORMS)
# A mail header's display name: "Matti Virtanen <matti@example.fi>" (the address is email's job).
_MAILBOX = re.compile(r" <[^<>\s@]+@[^<>\s]+>$")
FULL_NAME_SHAPE = re.compile(rf"(?:{_NAME_FORMS})(?: <[^<>\s@]+@[^<>\s]+>)?")
SINGLE_NAME_SHAPE = re.compile(rf"{_PART}|{_LOWER_PART}")
_TEXT_PART = r"[A-ZÅÄÖÉÜ][a-zåäöéèü']{1,30}(?:-[A-ZÅÄÖÉÜ][a-zåäöéèü']{1,30})?"  # capitalised, not all upper
# Up to three capitalised words: "Terveisin Matti Virtanen" is one candidate, so a capitalised
# word before a name (sentence start, greeting) does not take the first name away from it.
IN_TEXT = re.compile(rf"(?<![\w-]){_TEXT_PART}(?: {_TEXT_PART}){{1,2}}(?![\w-])")

# Endings that few words but many surnames have: -nen alone is a third of Finns' surnames.
STRONG_SURNAME_ENDINGS = (
    "nen", "niemi", "mäki", "järvi", "lahti", "koski", "vaara", "saari", "lampi", "harju", "kangas", "korpi",
    "luoma", "ström", "qvist", "kvist", "berg", "holm", "gren", "blom", "sson", "lund",
)
LEGAL_FORMS = frozenset({"Oy", "Oyj", "Ab", "Abp", "Ky", "Ay", "Tmi", "Ry", "Ltd", "Inc", "Gmbh", "Llc", "Osk"})


@lru_cache(maxsize=2)
def _load(filename: str) -> frozenset[str]:
    text = resources.files("piiscan.recognizers").joinpath(f"data/{filename}").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip())


def first_names() -> frozenset[str]:
    """The listed first names, as written (``Anna-Liisa``)."""
    return _load("first_names.txt")


def surnames() -> frozenset[str]:
    """The listed surnames, as written (``Virtanen``)."""
    return _load("last_names.txt")


def _title(part: str) -> str:
    return "-".join(p[:1].upper() + p[1:].lower() for p in part.split("-"))


def _is_first_name(part: str) -> bool:
    part = _title(part)
    return part in first_names() or all(p in first_names() for p in part.split("-"))


def _is_listed_surname(part: str) -> bool:
    return all(p in surnames() for p in _title(part).split("-"))


def _split_full_name(value: str) -> tuple[list[str], str] | None:
    """(first names, surname) of a full name, or None when it is not written like one."""
    value = _MAILBOX.sub("", value.strip())
    if not _NAME_ONLY_SHAPE.fullmatch(value):
        return None
    if "," in value:
        surname, _, given = value.partition(", ")
        return given.split(), surname
    parts = value.split()
    return parts[:-1], parts[-1]


def is_full_name(value: str) -> bool:
    """A first name (or several) and a surname, at least one of them listed (see above)."""
    split = _split_full_name(value)
    if split is None:
        return False
    given, surname = split
    if any(_title(part) in LEGAL_FORMS for part in (*given, surname)):
        return False
    value = _MAILBOX.sub("", value.strip())
    if value.islower():  # lower case proves no name-ness: both parts must be listed
        return (_is_first_name(given[0]) and _is_listed_surname(surname)) or _surname_first(value)
    if _is_listed_surname(surname) or _has_strong_ending(surname):
        return True
    # A listed first name before a genitive ("Eino Leinon [tie]", "Ida Ekmanin [puisto]") names a
    # street or a prize, not a person: Finnish genitives end in -n.
    if _is_first_name(given[0]) and not surname.lower().endswith("n"):
        return True
    return _surname_first(value)


def _has_strong_ending(surname: str) -> bool:
    return all(p.lower().endswith(STRONG_SURNAME_ENDINGS) for p in _title(surname).split("-"))


def _surname_first(value: str) -> bool:
    """Registers write "Virtanen Matti" without a comma: a surname, then a listed first name."""
    parts = value.strip().split()
    if "," in value or len(parts) < 2:
        return False
    return (_is_listed_surname(parts[0]) or _has_strong_ending(parts[0])) and _is_first_name(parts[1])


def is_single_name(value: str) -> bool:
    """A listed first name or surname alone (``Aino``, ``Virtanen``), any case."""
    value = value.strip()
    return bool(SINGLE_NAME_SHAPE.fullmatch(value)) and (_is_first_name(value) or _is_listed_surname(value))


def mask(value: str) -> str:
    """Initials only."""
    words = re.findall(r"[^\W\d_][\w'-]*", value.split("<")[0])
    return " ".join(f"{w[0].upper()}***" for w in words[:3]) or "***"


FULL_NAME = ValueRecognizer(
    name="fi.full_name",
    category="name",
    shape=FULL_NAME_SHAPE,
    validate=is_full_name,
    mask=mask,
    in_text=IN_TEXT,
    context=("nimi", "name", "asiakas", "yhteyshenkilö", "henkilö", "namn"),
    min_length=5,
    max_length=160,
    text_score=0.6,
)

SINGLE_NAME = ValueRecognizer(
    name="fi.first_or_surname",
    category="name",
    shape=SINGLE_NAME_SHAPE,
    validate=is_single_name,
    mask=mask,
    needs_name=True,
    min_length=2,
    max_length=62,
)

RECOGNIZERS = [FULL_NAME, SINGLE_NAME]
