"""Matching notice terms to category keys.

A notice names its data in running Finnish (or Swedish, or English): "sähköpostiosoitteet",
"puhelinnumeron", "etu- ja sukunimi". Terms are compared after case folding and lemmatisation
with simplemma (offline dictionaries shipped in the package, no download); a word that the
dictionary does not know is matched by a conservative stem prefix.

>>> match_term("Sähköpostiosoitteet")
'email'
>>> match_term("puhelinnumeron")
'phone'
>>> match_term("yhteystiedot")
'contact'
>>> match_term("personal_identity_code")
'personal_identity_code'
>>> match_term("lempiruoka") is None
True
>>> match_term("henkilön") is None, match_term("A") is None
(True, True)
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from functools import lru_cache

from piiscan.categories import CATEGORIES, GROUPS

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+", re.UNICODE)
_LANGS = ("fi", "sv", "en")


def fold(text: str) -> str:
    """Case- and diacritic-insensitive form: 'Sähköposti' -> 'sahkoposti'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """Folded lemma of one word, trying Finnish first, then Swedish and English."""
    import simplemma  # imported here: loading its dictionaries takes a moment

    word = word.casefold()
    if "-" in word and not word.endswith("-"):
        # "s-postiosoitteet", "ip-osoite": lemmatise the last part only
        head, _, tail = word.rpartition("-")
        return fold(head) + "-" + lemma(tail)
    for lang in _LANGS:
        found = simplemma.lemmatize(word, lang=lang)
        if found != word:
            return fold(found)
    return fold(word)


@lru_cache(maxsize=65536)
def known_word(word: str) -> bool:
    """Whether the lemmatiser's Finnish, Swedish or English dictionary has the word."""
    import simplemma

    word = word.casefold()
    return any(simplemma.is_known(word, lang=lang) for lang in _LANGS)


def words(text: str) -> list[str]:
    """Words of a phrase, with 'etu- ja sukunimi' kept as written."""
    return _WORD.findall(text.casefold())


def lemmas(text: str) -> tuple[str, ...]:
    return tuple(lemma(w) for w in words(text))


@lru_cache(maxsize=1)
def _vocabulary() -> dict[tuple[str, ...], str]:
    """Every known term, as a tuple of lemmas, mapped to its key (category or group)."""
    vocab: dict[tuple[str, ...], str] = {}
    for item in list(GROUPS.values()) + list(CATEGORIES.values()):
        for term in (item.key.replace("_", " "),) + item.fi + item.en + item.sv:
            vocab.setdefault(lemmas(term), item.key)
            vocab.setdefault(tuple(fold(w) for w in words(term)), item.key)
    return vocab


@lru_cache(maxsize=1)
def _folded_vocabulary() -> dict[tuple[str, ...], str]:
    """Every known term as written (folded), without lemmatising: most notices use the terms
    themselves, and this answers them without loading the lemmatiser's dictionaries."""
    vocab: dict[tuple[str, ...], str] = {}
    for item in list(GROUPS.values()) + list(CATEGORIES.values()):
        for term in (item.key.replace("_", " "),) + item.fi + item.en + item.sv:
            vocab.setdefault(tuple(fold(w) for w in words(term)), item.key)
    return vocab


def known_terms() -> list[str]:
    """Every key, group key and term a notice may use."""
    out: list[str] = list(CATEGORIES) + list(GROUPS)
    for item in list(GROUPS.values()) + list(CATEGORIES.values()):
        out.extend(item.fi + item.en + item.sv)
    return out


def _stem(word: str) -> str:
    # Finnish inflection changes the end of a word (osoite -> osoitteet, tilaus -> tilauksista);
    # keep enough of the start to stay unambiguous.
    return word[: max(5, len(word) - 2)]


def same_stem(word: str, term_word: str) -> bool:
    """An inflected form of the term word. A much longer term word is not a form of a short word:
    "henkilön" is not "henkilötunnus", "puhe" is not "puhelin", "a" is nothing.

    >>> same_stem("kuponkikoodien", "kuponkikoodi"), same_stem("henkilo", "henkilotunnus")
    (True, False)
    """
    if len(word) < 4 or len(term_word) < 4:
        return False
    # an ending adds a few letters, a compound many: "ammattipätevyys" is no form of "ammatti"
    return (word.startswith(_stem(term_word)) and len(word) - len(term_word) <= 5) or (
        term_word.startswith(_stem(word)) and len(term_word) - len(word) <= 2)


def match_term(entry: str) -> str | None:
    """The category or group key that a notice entry names, or None.

    Tries, in order: the key itself; the exact folded term; the term's lemmas; then each
    word's stem against the stems of the terms, longest match first.
    """
    text = entry.strip()
    if not text:
        return None
    key = text.casefold().replace(" ", "_").replace("-", "_")
    if key in CATEGORIES or key in GROUPS:
        return key
    folded = tuple(fold(w) for w in words(text))
    if folded in _folded_vocabulary():
        return _folded_vocabulary()[folded]
    vocab = _vocabulary()
    if folded in vocab:
        return vocab[folded]
    lemmatised = lemmas(text)
    if lemmatised in vocab:
        return vocab[lemmatised]
    # Stem match, for forms the dictionary does not know ("kuponkikoodien", "laskutusosoitteiden"); a word
    # it knows has its own lemma, and a shared start is no kinship ("toiminnan" is not "toiminimi")
    unknown = [not known_word(w) for w in words(text)]
    best: tuple[int, str] | None = None
    for term, found in vocab.items():
        if len(term) != len(lemmatised) or not term:
            continue
        if all(w == t or (new and same_stem(w, t)) for w, t, new in zip(lemmatised, term, unknown)):
            score = sum(len(t) for t in term)
            if best is None or score > best[0]:
                best = (score, found)
    return best[1] if best else None


def closest_terms(entry: str, n: int = 3) -> list[str]:
    """Known terms that look most like an unknown entry, for error messages."""
    terms = known_terms()
    by_fold = {fold(t): t for t in terms}
    hits = difflib.get_close_matches(fold(entry), list(by_fold), n=n, cutoff=0.5)
    return [by_fold[h] for h in hits]
