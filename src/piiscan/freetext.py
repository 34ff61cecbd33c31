"""Free text: personal data *inside* notes, messages and comments, found with Presidio.

The column classifier (classify.py) hands over a column whose values are running text. Each of
piiscan's recognizers that has an ``in_text`` pattern becomes a Presidio ``PatternRecognizer``
(its pattern, its context words, its ``validate`` as the invalidation rule), so one recognizer
definition serves both the column path and this one. Presidio runs on a blank spaCy ``fi``
pipeline (tokens only: nothing is downloaded, no model is loaded), and none of Presidio's
predefined recognizers is registered — its e-mail recognizer would ask ``tldextract`` to fetch
the public-suffix list.

Presidio costs about a millisecond per text, so it sees only the distinct values that one
compiled alternation of all ``in_text`` patterns, run over the whole Series at once, says may hold
something, and of those only the ones where a recognizer's own ``validate`` accepts a hit. Prices,
dates and order numbers never reach it; Presidio then decides spans, context and scores.

>>> import pandas as pd
>>> from piiscan.classify import DEFAULT_THRESHOLDS
>>> from piiscan.recognizers import all_recognizers
>>> notes = pd.Series(["Soita asiakkaalle numeroon 040 123 4567 ennen toimitusta.",
...                    "Asiakas pyysi soittoa: 050 765 4321, kiitos!",
...                    "Tilaus 100234 toimitettu 24.11.2024, summa 49,90 €."])
>>> [(v.category, v.values_matched, v.verdict, v.examples)
...  for v in classify_free_text(notes, all_recognizers(), set(), DEFAULT_THRESHOLDS)]
[('phone', 2, 'confirmed', ('*** *** **67', '*** *** **21'))]
"""

from __future__ import annotations

import re
import threading
from collections import defaultdict
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from piiscan.model import ColumnVerdict
from piiscan.recognizers.base import ValueRecognizer, safe_validate

if TYPE_CHECKING:
    import pandas as pd

    from piiscan.classify import Thresholds

LANGUAGE = "fi"
# A hit counts when its Presidio score (the recognizer's text_score, raised by context words)
# reaches this; a recognizer whose text_score is below it is found only next to its context words.
MIN_SCORE = 0.5
_ENTITY_PREFIX = "PIISCAN_"
# re flags that can be written as a scoped inline group "(?i:...)" in the pre-filter alternation.
_INLINE_FLAGS = {re.IGNORECASE: "i", re.MULTILINE: "m", re.DOTALL: "s", re.VERBOSE: "x"}
_BUILD_LOCK = threading.Lock()


def classify_free_text(
    text: "pd.Series",
    recognizers: list[ValueRecognizer],
    hints: set[str],
    thresholds: "Thresholds",
) -> list[ColumnVerdict]:
    """Verdicts for a free-text column: one per category found inside its values, most found first.

    ``text`` holds the column's non-empty values as strings (one per sampled row); ``hints`` are the
    categories the column's name suggests. A recognizer that needs a name hint (bare hex digests...)
    is used only when the name gives one; a recognizer without an ``in_text`` pattern is skipped.
    """
    usable = tuple(r for r in recognizers if r.in_text is not None and (not r.needs_name or r.category in hints))
    nonempty = len(text)
    if not usable or nonempty == 0:
        return []
    counts = text.astype(str).value_counts(sort=False)
    distinct = counts.index.to_series(index=range(len(counts)))
    may_hold = _may_hold(distinct, usable)
    if not may_hold.any():
        return []
    engine, recognizer_of_entity = _analyzer(usable)
    try:
        return _search(distinct, counts.to_numpy(), may_hold, usable, engine, recognizer_of_entity, hints,
                       thresholds, nonempty)
    finally:
        _valid.cache_clear()  # it holds raw hits: none of them outlives the column


def _search(
    distinct: "pd.Series",
    row_counts: Any,
    may_hold: Any,
    usable: tuple[ValueRecognizer, ...],
    engine: Any,
    recognizer_of_entity: dict[str, ValueRecognizer],
    hints: set[str],
    thresholds: "Thresholds",
    nonempty: int,
) -> list[ColumnVerdict]:
    """Presidio over the pre-filtered values; verdicts per category with row counts and examples."""
    entity_of = {r: e for e, r in recognizer_of_entity.items()}
    rows: dict[str, int] = defaultdict(int)
    scores: dict[str, list[float]] = defaultdict(list)
    examples: dict[str, list[str]] = defaultdict(list)
    names: dict[str, list[str]] = defaultdict(list)
    for position in may_hold.nonzero()[0]:
        value = distinct.iat[position]
        # Ask Presidio only for the recognizers that have a validating hit in this value: most
        # pre-filter candidates ("versio 2.4.1.0", a 13-digit EAN) end here, at regex speed.
        entities = [entity_of[r] for r in usable if _has_valid_hit(r, value)]
        if not entities:
            continue
        results = engine.analyze(value, language=LANGUAGE, entities=entities, score_threshold=MIN_SCORE)
        found: dict[str, float] = {}
        for result in results:
            recognizer = recognizer_of_entity[result.entity_type]
            category = recognizer.category
            found[category] = max(found.get(category, 0.0), result.score)
            if len(examples[category]) < thresholds.max_examples:
                example = recognizer.mask(value[result.start:result.end])
                if example not in examples[category]:
                    examples[category].append(example)
            if recognizer.name not in names[category]:
                names[category].append(recognizer.name)
        for category, score in found.items():
            rows[category] += int(row_counts[position])
            scores[category].append(score)
    verdicts = [
        _verdict(category, matched, scores[category], examples[category], names[category], nonempty,
                 category in hints, thresholds)
        for category, matched in rows.items()
    ]
    return sorted(verdicts, key=lambda v: (-v.values_matched, v.category))


def _has_valid_hit(recognizer: ValueRecognizer, value: str) -> bool:
    return any(_valid(recognizer, m.group()) for m in recognizer.in_text.finditer(value))


@lru_cache(maxsize=65536)
def _valid(recognizer: ValueRecognizer, found: str) -> bool:
    """The recognizer's validate, remembered: the pre-check and Presidio ask about the same hits."""
    return safe_validate(recognizer.validate, found)


def _verdict(
    category: str,
    matched: int,
    scores: list[float],
    examples: list[str],
    names: list[str],
    nonempty: int,
    hinted: bool,
    thresholds: "Thresholds",
) -> ColumnVerdict:
    confirmed = matched >= thresholds.min_matches
    confidence = sum(scores) / len(scores)
    if not confirmed:  # one note in a sample may be a typo or a quoted example
        confidence *= 0.7
    return ColumnVerdict(
        category=category,
        evidence="value+name" if hinted else "value",
        confidence=round(min(0.99, confidence), 2),
        verdict="confirmed" if confirmed else "suspected",
        values_matched=matched,
        values_nonempty=nonempty,
        examples=tuple(examples),
        recognizer=", ".join(names),
        free_text=True,
    )


def _inline(pattern: re.Pattern[str]) -> str:
    flags = "".join(letter for flag, letter in _INLINE_FLAGS.items() if pattern.flags & flag)
    return f"(?{flags}:{pattern.pattern})" if flags else f"(?:{pattern.pattern})"


def _may_hold(distinct: "pd.Series", recognizers: tuple[ValueRecognizer, ...]) -> Any:
    """Boolean array: which values any in_text pattern finds something in (the cheap first test)."""
    try:
        prefilter = _prefilter(recognizers)
    except re.error:  # a pattern that cannot sit inside an alternation (a global inline flag): one by one
        import numpy as np

        hits = np.zeros(len(distinct), dtype=bool)
        for recognizer in recognizers:
            hits |= distinct.str.contains(recognizer.in_text, regex=True, na=False).to_numpy(dtype=bool)
        return hits
    return distinct.str.contains(prefilter, regex=True, na=False).to_numpy(dtype=bool)


@lru_cache(maxsize=32)
def _prefilter(recognizers: tuple[ValueRecognizer, ...]) -> re.Pattern[str]:
    """One compiled alternation of every in_text pattern: the cheap test a value must pass first."""
    return re.compile("|".join(_inline(r.in_text) for r in recognizers if r.in_text is not None))


def _entity(recognizer: ValueRecognizer) -> str:
    return _ENTITY_PREFIX + re.sub(r"\W", "_", recognizer.name).upper()


def warm_up(recognizers: list[ValueRecognizer]) -> None:
    """Build the engine that columns without name hints use, now: before worker processes are
    forked, so that they inherit it instead of each building its own."""
    _analyzer(tuple(r for r in recognizers if r.in_text is not None and not r.needs_name))


def _analyzer(recognizers: tuple[ValueRecognizer, ...]) -> tuple[Any, dict[str, ValueRecognizer]]:
    """A Presidio AnalyzerEngine holding exactly these recognizers; built once per set, per process.

    Sources are scanned in threads: the lock keeps two of them from building the same engine
    (seconds of work) at the same time.
    """
    with _BUILD_LOCK:
        return _build_analyzer(recognizers)


@lru_cache(maxsize=8)
def _build_analyzer(recognizers: tuple[ValueRecognizer, ...]) -> tuple[Any, dict[str, ValueRecognizer]]:
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

    recognizer_of_entity = {_entity(r): r for r in recognizers}
    registry = RecognizerRegistry(
        recognizers=[presidio_recognizer(r) for r in recognizers], supported_languages=[LANGUAGE]
    )
    engine = AnalyzerEngine(
        registry=registry,
        nlp_engine=_nlp_engine(),
        supported_languages=[LANGUAGE],
        # Finnish inflects: "puhelinnumeroni" should count as the context word "puhelin".
        context_aware_enhancer=LemmaContextAwareEnhancer(context_matching_mode="substring"),
    )
    return engine, recognizer_of_entity


def presidio_recognizer(recognizer: ValueRecognizer) -> Any:
    """A Presidio PatternRecognizer made from a piiscan recognizer's in_text, context and validate."""
    from presidio_analyzer import Pattern, PatternRecognizer

    if recognizer.in_text is None:
        raise ValueError(f"recognizer {recognizer.name} has no in_text pattern")

    class _FromValueRecognizer(PatternRecognizer):
        def validate_result(self, pattern_text: str) -> bool | None:
            return None  # keep the recognizer's own text_score; invalidate_result does the checking

        def invalidate_result(self, pattern_text: str) -> bool | None:
            return not _valid(recognizer, pattern_text)

    flags = recognizer.in_text.flags & (re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE)
    return _FromValueRecognizer(
        supported_entity=_entity(recognizer),
        name=f"piiscan:{recognizer.name}",
        supported_language=LANGUAGE,
        patterns=[Pattern(name=recognizer.name, regex=recognizer.in_text.pattern, score=recognizer.text_score)],
        context=list(recognizer.context),
        global_regex_flags=flags,
    )


@lru_cache(maxsize=1)
def _nlp_engine() -> Any:
    """Presidio's slim spaCy engine on a blank Finnish pipeline: a tokenizer, nothing to download.

    A blank pipeline has no lemmatizer, and Presidio's context words are compared with lemmas, so
    a one-line component makes each token's lowercase text its lemma.
    """
    from presidio_analyzer.nlp_engine import SlimSpacyNlpEngine
    from spacy.language import Language

    engine = SlimSpacyNlpEngine(supported_languages=[LANGUAGE], generic_tokenizer="blank", auto_download=False)
    engine.load()
    if not Language.has_factory("piiscan_lowercase_lemma"):
        Language.component("piiscan_lowercase_lemma", func=_lowercase_lemma)
    engine.nlp[LANGUAGE].add_pipe("piiscan_lowercase_lemma")
    return engine


def _lowercase_lemma(doc: Any) -> Any:
    for token in doc:
        token.lemma_ = token.lower_
    return doc
