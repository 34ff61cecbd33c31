"""The Presidio baseline: Presidio's AnalyzerEngine deciding a column by majority of its values.

This is what a team would get from Presidio out of the box, deciding a column the way
presidio-structured's ``PandasAnalysisBuilder`` does: every sampled value is analysed on its own
and the column gets the one entity type found most often (ties: the higher summed score). On top
of that, the type must be found in at least half (``MAJORITY``) of the non-empty values, so a
stray hit does not label a column. Entity types are mapped to piiscan category keys
(``ENTITY_TO_CATEGORY``); types with no piiscan equivalent (US_SSN, CRYPTO, MAC_ADDRESS...) are
ignored, which only spares the baseline false positives.

Offline by construction, nothing is downloaded:

- the NLP engine is a blank spaCy ``en`` pipeline (tokens only: no NER, so Presidio's PERSON,
  LOCATION and NRP entities are never found; no spaCy model is installed on the machines this
  runs on, and none may be downloaded);
- Presidio's EmailRecognizer validates domains with ``tldextract``, which fetches the public suffix
  list on first use; it is replaced by the same recognizer using tldextract's bundled snapshot;
- Presidio's FiPersonalIdentityCodeRecognizer is not loaded by default for English: it is added.

Every column is analysed on its first ``BASELINE_VALUES`` (50) non-empty values (Presidio runs
about 1,200 cells/s; the full corpus would take minutes).

>>> sorted(set(ENTITY_TO_CATEGORY.values()))[:3]
['address', 'bank_account', 'birth_date']
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterable, Mapping

if TYPE_CHECKING:
    import pandas as pd

BASELINE_VALUES = 50
MAJORITY = 0.5
LANGUAGE = "en"

ENTITY_TO_CATEGORY: dict[str, str] = {
    "EMAIL_ADDRESS": "email",
    "PHONE_NUMBER": "phone",
    "IP_ADDRESS": "ip_address",
    "URL": "website",
    "IBAN_CODE": "bank_account",
    "CREDIT_CARD": "payment_card",
    "FI_PERSONAL_IDENTITY_CODE": "personal_identity_code",
    "PERSON": "name",
    "LOCATION": "address",
    "DATE_TIME": "birth_date",
    "NRP": "special_category",
    "MEDICAL_LICENSE": "health",
}


def _offline_email_recognizer():
    """Presidio's EmailRecognizer with tldextract's bundled suffix list (no download, no cache dir)."""
    import tldextract
    from presidio_analyzer.predefined_recognizers import EmailRecognizer

    extractor = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)

    class OfflineEmailRecognizer(EmailRecognizer):
        def validate_result(self, pattern_text: str) -> bool:
            return extractor(pattern_text).fqdn != ""

    return OfflineEmailRecognizer(supported_language=LANGUAGE)


def _blank_nlp_engine():
    """An NlpEngine that tokenises with ``spacy.blank('en')`` and loads nothing."""
    import spacy
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    engine = SpacyNlpEngine(models=[{"lang_code": LANGUAGE, "model_name": "blank"}])
    engine.nlp = {LANGUAGE: spacy.blank(LANGUAGE)}  # is_loaded() is now true: load() never runs
    return engine


@lru_cache(maxsize=1)
def baseline_analyzer():
    """Presidio's AnalyzerEngine with its predefined recognizers, Finnish hetu added, fully offline."""
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.predefined_recognizers import FiPersonalIdentityCodeRecognizer

    nlp_engine = _blank_nlp_engine()
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    registry.load_predefined_recognizers(languages=[LANGUAGE], nlp_engine=nlp_engine)
    registry.remove_recognizer("EmailRecognizer")
    registry.add_recognizer(_offline_email_recognizer())
    registry.add_recognizer(FiPersonalIdentityCodeRecognizer(supported_language=LANGUAGE))
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=[LANGUAGE])


def analyze_value(value: Any, analyzer=None) -> dict[str, float]:
    """Presidio entity types found in one value (as text), each with its best score."""
    analyzer = analyzer or baseline_analyzer()
    text = str(value).strip()
    if not text:
        return {}
    found: dict[str, float] = {}
    for result in analyzer.analyze(text=text, language=LANGUAGE):
        found[result.entity_type] = max(found.get(result.entity_type, 0.0), result.score)
    return found


def nonempty_texts(values: "pd.Series", limit: int | None = BASELINE_VALUES) -> list[str]:
    """The first ``limit`` non-empty values of a column as stripped strings."""
    out: list[str] = []
    for v in values:
        if v is None or (isinstance(v, float) and v != v):
            continue
        text = str(v).strip()
        if text:
            out.append(text)
            if limit is not None and len(out) >= limit:
                break
    return out


def classify_column_baseline(values: "pd.Series", limit: int | None = BASELINE_VALUES) -> set[str]:
    """The piiscan category (at most one) Presidio gives the column from its first ``limit`` values."""
    texts = nonempty_texts(values, limit)
    return decide_by_majority(texts, (analyze_value(t) for t in texts))


def decide_by_majority(texts: list[str], found: Iterable[Mapping[str, float] | set[str]]) -> set[str]:
    """The one category found most often, when it is found in at least ``MAJORITY`` of the values.

    >>> decide_by_majority(["a", "b", "c"], [{"EMAIL_ADDRESS": 1.0, "URL": 0.5}, {"EMAIL_ADDRESS": 1.0}, {}])
    {'email'}
    """
    if not texts:
        return set()
    counts: Counter[str] = Counter()
    scores: Counter[str] = Counter()
    for entities in found:
        best: dict[str, float] = {}
        for entity in entities:
            category = ENTITY_TO_CATEGORY.get(entity)
            score = entities[entity] if isinstance(entities, Mapping) else 1.0
            if category:
                best[category] = max(best.get(category, 0.0), score)
        counts.update(best.keys())
        scores.update(best)
    if not counts:
        return set()
    category = max(counts, key=lambda c: (counts[c], scores[c]))
    return {category} if counts[category] >= MAJORITY * len(texts) else set()
