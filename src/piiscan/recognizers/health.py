"""Health data (GDPR art. 9): Finnish and English health terms in short values and in free text.

A value holds health data when it names a condition, a diagnosis, a pregnancy, sick leave, an
allergy or a medication — "keliakia", "pähkinäallergia", "laktoosi-intoleranssi", "raskaana",
"sairauslomalla", "diabetes tyyppi 1", "allergic to nuts". Words are matched as stems at the start
of a word or as the end of a compound ("siitepölyallergia"). False positives are what makes a DPO
stop reading, so the shop words that only *look* like health data are left out: "gluteeniton",
"laktoositon" (product properties), "allergeenit" (a food label), "raskas" (heavy), "sairaala"
(a hospital is a place), and forms that address a group rather than describe a person
("sopii allergikoille", "keliaakikoille", "for diabetics").

>>> contains_health_term("Asiakkaalla keliakia, ei vehnää")
True
>>> contains_health_term("pähkinäallergia")
True
>>> contains_health_term("laktoosi-intoleranssi")
True
>>> contains_health_term("Olen raskaana, toimitus ennen kesäkuuta")
True
>>> contains_health_term("allergic to peanuts")
True
>>> contains_health_term("Gluteeniton ruisleipä 400 g")      # a product
False
>>> contains_health_term("Allergeenit: maito, vehnä")        # a food label
False
>>> contains_health_term("Sopii allergikoille")              # addresses a group, describes nobody
False
>>> contains_health_term("Raskas toimitus, 25 kg")           # heavy, not pregnant
False
>>> contains_health_term("Allergiatiedot: sisältää pähkinää") # a product's label again
False
>>> mask("pähkinäallergia")
'p***'
"""

from __future__ import annotations

import re

from piiscan.recognizers.base import ValueRecognizer

# Stems that start a health word or end a compound. Finnish first, then English.
_STEMS = (
    "diagnoo", "diagnos", "allergi", "keliaki", "diabete", "raskau", "raskaana", "sairausloma", "sairasloma",
    "sairau", "sairast", "intoleranssi", "astma", "epilepsi", "masennu", "migreeni", "lääkity", "insuliini",
    "pyörätuoli", "kuulovam", "näkövam", "vammai", "syöpä", "syövä", "mielenterv", "terveydentil", "psoriaasi",
    "reuma", "verenpaine", "ms-tauti", "adhd", "autismi", "dementia", "alzheimer", "mielialalääk",
    "allergy", "allergic", "pregnan", "sick leave", "diabetic", "celiac", "coeliac", "asthma", "epilep",
    "medication", "prescription", "intolerance", "disabilit", "wheelchair", "insulin", "cancer", "migraine",
    "dementia", "autism", "hypertension",
)


def _trie(words: list[str]) -> str:
    """One regular expression for a set of literal words, branching letter by letter.

    Python's re tries an alternation branch by branch at every position; a trie tries one
    branch per letter, which keeps free-text search and 10 MB values fast.
    """
    heads: dict[str, list[str]] = {}
    ends = False
    for word in words:
        if word:
            heads.setdefault(word[0], []).append(word[1:])
        else:
            ends = True
    branches = [re.escape(head) + _trie(rest) for head, rest in sorted(heads.items())]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
    return body + "?" if ends and branches else body


_STEM_TRIE = _trie(sorted({s.lower() for s in _STEMS}))
# A stem and the rest of its word. A compound ("pähkinäallergia") is matched from its health
# head; a warning on a product ("ei raskauden aikana") is not about a person.
IN_TEXT = re.compile(rf"(?:{_STEM_TRIE})[\w-]*+(?!\s+(?:aikana|ja\s+imetyk|aiheuttav|advice|information|info\b))",
                     re.IGNORECASE)
SHAPE = re.compile(rf"(?s:.*?)(?:{_STEM_TRIE}).*", re.IGNORECASE | re.DOTALL)
# Words that contain a stem but describe a product or address a group of people.
_NOT_ABOUT_A_PERSON = re.compile(
    r".*(?:ikoille|ikoiden|ikoita|aville|oleville)"
    r"|\w*(?:sairaala|allergeen)\w*|(?:diabetic|celiac|coeliac|asthmatic|epileptic)s"
    r"|hypoallerg\w*|sairaanhoit\w*|raskausarvet\w*|allergiatie\w*|allergiamerk\w*",
    re.IGNORECASE,
)


def is_health_term(word: str) -> bool:
    """One word (as IN_TEXT finds it) that names a health matter of a person."""
    word = word.strip()
    return bool(IN_TEXT.fullmatch(word)) and not _NOT_ABOUT_A_PERSON.fullmatch(word)


def contains_health_term(value: str) -> bool:
    """Any word of the value is a health term (see is_health_term)."""
    return any(is_health_term(m.group()) for m in IN_TEXT.finditer(value))


def mask(value: str) -> str:
    """The first letter only: even the name of a condition is sensitive."""
    value = value.strip()
    return f"{value[:1]}***"


RECOGNIZER = ValueRecognizer(
    name="health",
    category="health",
    shape=SHAPE,
    validate=contains_health_term,
    mask=mask,
    in_text=IN_TEXT,
    context=("asiak", "minulla", "minun", "lapse", "hänellä", "potilas", "terveys", "ruokavalio", "huom"),
    min_length=4,
    max_length=300,
    text_score=0.6,
)
