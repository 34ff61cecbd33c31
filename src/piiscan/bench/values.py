"""Value generators for the labelled corpus: valid Finnish identifiers, and near misses.

Faker ``fi_FI`` writes henkilötunnus with ``+ - A`` only and many of its phone numbers are not
valid Finnish numbers, so identifiers are generated here, seeded, from their definitions
(check characters computed here; the recognizers validate with python-stdnum / phonenumbers, so the
two cross-check each other).

>>> import random
>>> rng = random.Random(1)
>>> code = hetu(rng)
>>> len(code), code[6] in "+-YXWVUABCDEF"
(11, True)
>>> hetu_check("131052308")
'T'
>>> ytunnus_check("0737546")
'2'
>>> reference_check("123456")
'1'
"""

from __future__ import annotations

import random
import string
from datetime import date, datetime, timedelta

HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
CENTURY_SIGNS = {1800: "+", 1900: "-YXWVU", 2000: "ABCDEF"}
MOBILE_PREFIXES = ("040", "041", "044", "045", "046", "050")
TODAY = date(2026, 1, 1)  # fixed, so the corpus does not change with the calendar


def hetu_check(digits9: str) -> str:
    """Check character of a henkilötunnus from its date (ddmmyy) and individual number."""
    return HETU_CHECK[int(digits9) % 31]


def random_date(rng: random.Random, start_year: int, end: date = TODAY) -> date:
    first = date(start_year, 1, 1)
    return first + timedelta(days=rng.randrange((end - first).days))


def hetu(rng: random.Random, birth: date | None = None, temporary: bool = False) -> str:
    """A valid henkilötunnus with any century sign (2023 reform signs included)."""
    birth = birth or random_date(rng, rng.choice([1890, 1930, 1950, 1970, 1990, 2003]))
    century = 1800 if birth.year < 1900 else 1900 if birth.year < 2000 else 2000
    sign = rng.choice(CENTURY_SIGNS[century])
    individual = rng.randint(900, 999) if temporary else rng.randint(2, 899)
    digits = f"{birth:%d%m}{birth.year % 100:02d}{individual:03d}"
    return f"{digits[:6]}{sign}{digits[6:]}{hetu_check(digits)}"


def broken_hetu(rng: random.Random) -> str:
    """An 11-character code shaped like a henkilötunnus whose check character is wrong."""
    code = hetu(rng)
    wrong = rng.choice([c for c in HETU_CHECK if c != code[-1]])
    return code[:-1] + wrong


def ytunnus_check(digits7: str) -> str | None:
    """Y-tunnus check digit (mod 11, weights 7 9 10 5 8 4 2); None when remainder 1 (no such id)."""
    remainder = sum(w * int(d) for w, d in zip((7, 9, 10, 5, 8, 4, 2), digits7)) % 11
    return None if remainder == 1 else str(0 if remainder == 0 else 11 - remainder)


def ytunnus(rng: random.Random, vat: bool = False) -> str:
    while True:
        digits = f"{rng.randint(100000, 3399999):07d}"
        check = ytunnus_check(digits)
        if check is not None:
            return f"FI{digits}{check}" if vat else f"{digits}-{check}"


def mobile(rng: random.Random) -> str:
    """A valid Finnish mobile number in one of the usual written forms."""
    prefix, rest = rng.choice(MOBILE_PREFIXES), f"{rng.randint(0, 9999999):07d}"
    form = rng.randrange(4)
    if form == 0:
        return f"{prefix} {rest[:3]} {rest[3:]}"
    if form == 1:
        return f"+358 {prefix[1:]} {rest}"
    if form == 2:
        return f"{prefix}{rest}"
    return f"+358{prefix[1:]}{rest}"


def foreign_mobile(rng: random.Random) -> str:
    """A Swedish, Estonian or German mobile number in international form."""
    prefix, digits = rng.choice([("+46 70 ", 7), ("+372 5", 7), ("+49 151 ", 8)])
    return prefix + "".join(rng.choice(string.digits) for _ in range(digits))


def landline(rng: random.Random) -> str:
    """A Helsinki (09) landline: 09 + 6-8 digits."""
    rest = str(rng.randint(2, 8)) + "".join(rng.choice(string.digits) for _ in range(rng.randint(5, 7)))
    return rng.choice([f"09 {rest}", f"09{rest}", f"+358 9 {rest}"])


def phone(rng: random.Random) -> str:
    return mobile(rng) if rng.random() < 0.8 else landline(rng)


def iban(rng: random.Random, country: str = "FI", spaced: bool = False) -> str:
    """A valid IBAN (check digits by stdnum); FI has 14 BBAN digits."""
    from stdnum import iban as std_iban

    lengths = {"FI": 14, "DE": 18, "EE": 16, "SE": 20}
    bban = "".join(rng.choice(string.digits) for _ in range(lengths[country]))
    number = f"{country}{std_iban.calc_check_digits(country + '00' + bban)}{bban}"
    return " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if spaced else number


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    from stdnum import luhn

    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)


def payment_card(rng: random.Random) -> str:
    """Visa, Mastercard or Amex number (Luhn-valid), sometimes grouped."""
    kind = rng.randrange(3)
    number = (luhn_complete("4", 16, rng) if kind == 0 else
              luhn_complete(str(rng.randint(51, 55)), 16, rng) if kind == 1 else
              luhn_complete(rng.choice(["34", "37"]), 15, rng))
    if rng.random() < 0.4 and len(number) == 16:
        sep = rng.choice([" ", "-"])
        return sep.join(number[i:i + 4] for i in range(0, 16, 4))
    return number


def reference_check(base: str) -> str:
    """Finnish reference number (viitenumero) check digit: weights 7 3 1 from the right."""
    total = sum(int(d) * (7, 3, 1)[i % 3] for i, d in enumerate(reversed(base)))
    return str((10 - total % 10) % 10)


def reference_number(rng: random.Random) -> str:
    base = str(rng.randint(1000, 10**rng.randint(5, 18)))
    return base + reference_check(base)


def rf_reference(rng: random.Random) -> str:
    """ISO 11649 creditor reference built on a Finnish reference number."""
    from stdnum.iso7064 import mod_97_10

    base = reference_number(rng)
    converted = "".join(str(int(c, 36)) for c in base + "RF")
    check = mod_97_10.calc_check_digits(converted)
    return f"RF{check}{base}"


def ean13(rng: random.Random, prefix: str = "64") -> str:
    body = prefix + "".join(rng.choice(string.digits) for _ in range(12 - len(prefix)))
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def street_address(rng: random.Random, street: str) -> str:
    """'Helatehtaankatu 3 B 29', 'Vihiluodontie 261 A1' or plain 'Kuusitie 8'."""
    number = rng.randint(1, 120)
    form = rng.randrange(3)
    if form == 0:
        return f"{street} {number}"
    if form == 1:
        return f"{street} {number} {rng.choice('ABCDEF')} {rng.randint(1, 60)}"
    return f"{street} {number} {rng.choice('ABC')}{rng.randint(1, 30)}"


def bcrypt_like(rng: random.Random) -> str:
    alphabet = string.ascii_letters + string.digits + "./"
    return f"$2b$12${''.join(rng.choice(alphabet) for _ in range(53))}"


def argon2_like(rng: random.Random) -> str:
    alphabet = string.ascii_letters + string.digits + "+/"
    salt = "".join(rng.choice(alphabet) for _ in range(22))
    digest = "".join(rng.choice(alphabet) for _ in range(43))
    return f"$argon2id$v=19$m=65536,t=3,p=4${salt}${digest}"


def pbkdf2_like(rng: random.Random) -> str:
    alphabet = string.ascii_letters + string.digits
    salt = "".join(rng.choice(alphabet) for _ in range(12))
    digest = "".join(rng.choice(alphabet + "+/") for _ in range(43)) + "="
    return f"pbkdf2_sha256$600000${salt}${digest}"


def hex_digest(rng: random.Random, length: int = 64) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(length))


def uuid(rng: random.Random) -> str:
    import uuid as _uuid

    return str(_uuid.UUID(int=rng.getrandbits(128), version=4))
