"""The column classifier: decides a whole sampled column at once.

For every column it works on the distinct non-empty values (with their counts), runs each
recognizer's shape as one vectorised regular expression over them, validates only the candidates,
and stops early once a recognizer cannot reach its threshold. Name hints (colnames.py, or a
connector's known headers) combine with the share of validating values into a confidence 0-1 and
a verdict:

- ``confirmed``: values prove it (share >= ``Thresholds.value_share``), or values and the name
  agree (share >= ``Thresholds.hinted_share`` with a name hint);
- ``suspected``: only the name suggests it (or the values are too few to say).

Columns that hold free text (notes, messages) are searched inside the text instead: see
freetext.py.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

from piiscan.categories import CATEGORIES
from piiscan.colnames import name_hints
from piiscan.model import ColumnVerdict
from piiscan.recognizers import all_recognizers
from piiscan.recognizers.base import ValueRecognizer, safe_validate

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True)
class Thresholds:
    """When a column counts as holding a category. All shares are of non-empty sampled values."""

    value_share: float = 0.5  # values alone confirm a category at this share
    hinted_share: float = 0.1  # with a name hint, this share of validating values confirms
    min_matches: int = 2  # fewer validating values than this prove nothing by value alone
    contradicted_after: int = 20  # a name hint whose values never validate is dropped after this many values
    free_text_length: float = 40.0  # mean length above which a text column is free text...
    free_text_spaces: float = 0.5  # ...when at least this share of its values has spaces
    max_examples: int = 3

    def value_confidence(self, share: float, hinted: bool) -> float:
        base = 0.55 + 0.45 * share if hinted else share
        return round(min(0.99, base), 2)


DEFAULT_THRESHOLDS = Thresholds()
NAME_ONLY_CONFIDENCE = 0.5
# Categories whose recognizers cover their values well enough that a column of 20+ values none of
# which validates is not that category, whatever its name: a products table's "nimi" holds no
# people. (Addresses are not here: foreign or free-form addresses may fail the Finnish shapes.)
_CONTRADICTABLE = {c.key for c in CATEGORIES.values() if c.found_by == "value"} | {"name", "birth_date"}
# Number and date columns hold these categories only when their name says so.
_TYPED_CATEGORIES = {"phone", "birth_date", "address", "business_id", "bank_account", "payment_card", "billing",
                     "location"}


def classify_column(
    values: "pd.Series",
    column: str,
    extra_hints: Iterable[str] = (),
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    recognizers: list[ValueRecognizer] | None = None,
) -> list[ColumnVerdict]:
    """Verdicts for one sampled column, most certain first; empty when it holds nothing personal."""
    import numpy as np

    recognizers = all_recognizers() if recognizers is None else recognizers
    hints = set(name_hints(column)) | set(extra_hints)
    read = _as_text(values, hints)
    if read is None:  # booleans, binary, dates without a birth-date name: only the name can tell
        nonempty = int(values.notna().sum())
        return _name_only(hints, set(), nonempty) if nonempty else []
    text, documents = read
    nonempty = len(text)
    if nonempty == 0:
        return []
    # Distinct values with their counts, in order of first appearance (plain Python: for a
    # 1,000-value sample this is several times cheaper than pandas' value_counts and Series).
    tally = Counter(text)
    distinct = np.array(list(tally), dtype=object)
    weights = np.fromiter(tally.values(), dtype=np.int64, count=len(tally))
    lengths = np.fromiter(map(len, tally), dtype=np.int64, count=len(tally))
    if documents or _is_free_text(distinct, lengths, weights, thresholds):
        verdicts = _free_text(text, recognizers, hints, thresholds)
        return verdicts + _name_only(hints, {v.category for v in verdicts}, nonempty)

    typed = values.dtype.kind in "iufMm"
    verdicts: list[ColumnVerdict] = []
    confirmed_by_name: set[str] = set()
    for recognizer in recognizers:
        hinted = recognizer.category in hints
        if (recognizer.needs_name or typed) and not hinted:
            continue
        if typed and recognizer.category not in _TYPED_CATEGORIES:
            continue
        if recognizer.category in confirmed_by_name:
            continue  # the name's category is confirmed already: another recognizer of it adds nothing
        verdict = _apply(recognizer, distinct, lengths, weights, nonempty, hinted, thresholds)
        if verdict:
            verdicts.append(verdict)
            if hinted:
                confirmed_by_name.add(recognizer.category)
    verdicts = _best_per_column(verdicts, hints, thresholds)
    seen = {v.category for v in verdicts}
    # A value-detectable category named by the column but contradicted by many values is dropped.
    contradicted = {
        c for c in hints - seen
        if c in _CONTRADICTABLE and nonempty >= thresholds.contradicted_after
    }
    return verdicts + _name_only(hints - contradicted, seen, nonempty)


FREE_TEXT_SAMPLE = 300  # free-text values searched per column; of more, a seeded random sample, counts scaled


def _free_text(text: list[str], recognizers: list[ValueRecognizer], hints: set[str],
               thresholds: Thresholds) -> list[ColumnVerdict]:
    """Search inside the text (freetext.py). Searching text costs far more than testing a value's
    shape, so a long column is searched on a seeded random ``FREE_TEXT_SAMPLE`` of its values and
    the counts are scaled to the column (``estimated=True``)."""
    import pandas as pd

    from piiscan.freetext import classify_free_text

    if len(text) <= FREE_TEXT_SAMPLE:
        return classify_free_text(pd.Series(text, dtype=object), recognizers, hints, thresholds)
    spread = [text[i] for i in _spread(len(text), FREE_TEXT_SAMPLE)]
    scale = len(text) / FREE_TEXT_SAMPLE
    return [
        replace(v, values_matched=min(len(text), round(v.values_matched * scale)), values_nonempty=len(text),
                estimated=True)
        for v in classify_free_text(pd.Series(spread, dtype=object), recognizers, hints, thresholds)
    ]


def _as_text(values: "pd.Series", hints: set[str]) -> tuple[list[str], bool] | None:
    """Non-empty values as stripped strings, and whether they are documents (JSON) to search as
    text; None for column types that cannot hold values we read.

    The column's inferred type decides, once per column (not per cell): text as is; integers as
    digits; dates only where the name says birth date; JSON documents as their text (searched as
    free text); binary, booleans and floats (unless the name asks for numbers) not at all.
    """
    import pandas as pd

    if values.dtype.kind == "b":
        return None
    series = values.dropna()
    if len(series) == 0:
        return [], False
    inferred = pd.api.types.infer_dtype(series, skipna=True)
    documents = False
    if inferred in ("string", "empty"):
        raw = series.tolist()
    elif inferred == "integer":
        raw = [str(int(v)) for v in series.tolist()]
    elif inferred in ("floating", "decimal", "mixed-integer-float"):
        numbers = pd.to_numeric(series, errors="coerce").dropna()
        if "location" in hints:  # latitude/longitude columns: the decimals are the point
            raw = numbers.astype(float).round(7).astype(str).tolist()
        elif hints & _TYPED_CATEGORIES:
            raw = numbers[numbers == numbers.round()].astype("int64").astype(str).tolist()
        else:
            return None
    elif inferred in ("date", "datetime", "datetime64", "timedelta", "time", "period"):
        if "birth_date" not in hints:
            return None
        raw = [v.isoformat() if hasattr(v, "isoformat") else str(v) for v in series.tolist()]
    elif inferred in ("boolean", "bytes"):
        return None
    else:  # mixed: JSON documents, arrays, odd drivers' types
        raw = [t for t in map(_loose_text, series.tolist()) if t is not None]
        documents = True  # JSON text is searched as free text, whatever its length
    stripped = (v.strip() for v in raw)
    return [v for v in stripped if v], documents


def _loose_text(value: object) -> str | None:
    import json

    if isinstance(value, str):
        return value
    if isinstance(value, bool) or isinstance(value, (bytes, bytearray, memoryview)):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (dict, list, tuple)):
        try:
            return json.dumps(value, ensure_ascii=False, default=str)
        except (TypeError, ValueError):
            return None
    return None


def _is_free_text(distinct, lengths, weights, thresholds: Thresholds) -> bool:
    import numpy as np

    if len(distinct) == 0:
        return False
    total = weights.sum()
    if float((lengths * weights).sum() / total) < thresholds.free_text_length:
        return False
    spaced = np.fromiter((" " in v for v in distinct), dtype=bool, count=len(distinct))
    return float(weights[spaced].sum() / total) >= thresholds.free_text_spaces


# A column of many distinct values is first judged on a seeded random spread of them (see _apply).
SPREAD_SIZE = 64  # distinct values shape-tested and validated first
ESTIMATE_MARGIN = 0.15  # an estimated share this far from the bar decides the verdict


def _apply(
    recognizer: ValueRecognizer,
    distinct,
    lengths,
    weights,
    nonempty: int,
    hinted: bool,
    thresholds: Thresholds,
) -> ColumnVerdict | None:
    """One recognizer over one column's distinct values: shape first, then validation.

    A column with more than twice ``SPREAD_SIZE`` distinct values of a possible length is first
    judged on a seeded random spread of ``SPREAD_SIZE`` of them: their share of rows that have the shape
    and validate estimates the column's. An estimate ``ESTIMATE_MARGIN`` below the bar ends it
    (for a column truly at the bar of one half that happens about once in 150 columns, and
    vanishes above it); one as far above decides the verdict, with ``values_matched`` the estimate
    (``estimated=True``). Only columns near the bar, and small ones, are tested value by value.
    """
    import numpy as np

    in_range = np.flatnonzero((lengths >= recognizer.min_length) & (lengths <= recognizer.max_length))
    if len(in_range) == 0:
        return None
    needed = max(thresholds.hinted_share if hinted else thresholds.value_share, recognizer.min_share)
    values = distinct
    fullmatch = recognizer.shape.fullmatch
    validate = _validator(recognizer)
    if len(in_range) > 2 * SPREAD_SIZE:
        spread = in_range[_spread(len(in_range), SPREAD_SIZE)]
        valid = np.array([i for i in spread if fullmatch(values[i]) is not None and validate(values[i])], dtype=int)
        in_range_share = weights[in_range].sum() / nonempty
        estimate = (weights[valid].sum() / weights[spread].sum()) * in_range_share
        if estimate < needed - ESTIMATE_MARGIN or len(valid) == 0:
            # none of 64 even at the lowest bar (a tenth): that happens to a column truly at the
            # bar once in a thousand
            return None
        if estimate > needed + ESTIMATE_MARGIN and len(valid):
            return _verdict(recognizer, valid, values, round(estimate * nonempty), nonempty, hinted, thresholds,
                            estimated=True)
    shaped = np.fromiter((fullmatch(values[i]) is not None for i in in_range), bool, len(in_range))
    candidates = in_range[shaped]
    if len(candidates) == 0 or weights[candidates].sum() < needed * nonempty:
        return None  # validation cannot lift the share above the bar
    valid = candidates[np.fromiter((validate(values[i]) for i in candidates), bool, len(candidates))]
    matched = int(weights[valid].sum())
    if len(valid) == 0 or matched < needed * nonempty:
        return None
    return _verdict(recognizer, valid, values, matched, nonempty, hinted, thresholds)


def _verdict(recognizer: ValueRecognizer, valid, values, matched: int, nonempty: int, hinted: bool,
             thresholds: Thresholds, estimated: bool = False) -> ColumnVerdict | None:
    if not hinted and matched < thresholds.min_matches:
        return None
    return ColumnVerdict(
        category=recognizer.category,
        evidence="value+name" if hinted else "value",
        confidence=thresholds.value_confidence(matched / nonempty, hinted),
        verdict="confirmed",
        values_matched=matched,
        values_nonempty=nonempty,
        examples=tuple(recognizer.mask(values[i]) for i in valid[: thresholds.max_examples]),
        recognizer=recognizer.name,
        estimated=estimated,
    )


@lru_cache(maxsize=1024)
def _spread(n: int, size: int):
    """Sorted positions of a seeded random `size` of `n` (repeatable; random rather than every n-th,
    which ordered data would alias with)."""
    import numpy as np

    return np.sort(np.random.default_rng(n).choice(n, size, replace=False))


@lru_cache(maxsize=None)
def _validator(recognizer: ValueRecognizer):
    """The recognizer's validation, never raising, remembered per value: the same e-mail address
    or phone number often stands in several tables of one database."""

    @lru_cache(maxsize=65536)
    def validate(value: str) -> bool:
        return safe_validate(recognizer.validate, value)

    return validate


def _best_per_column(verdicts: list[ColumnVerdict], hints: set[str], thresholds: Thresholds) -> list[ColumnVerdict]:
    """One value category per column (the one that explains most values, name-backed first), plus
    any other that the column's name also claims, or that explains nearly as many values on its
    own: "Matti Virtanen <matti@example.fi>" holds a name and an e-mail address in every value."""
    if len(verdicts) <= 1:
        return verdicts
    verdicts.sort(key=lambda v: (v.evidence == "value+name", v.values_matched), reverse=True)
    best = verdicts[0]
    kept = [best]
    for v in verdicts[1:]:
        if v.category in {k.category for k in kept}:
            continue
        as_strong = (v.values_matched >= 0.9 * best.values_matched
                     and v.values_matched >= thresholds.value_share * v.values_nonempty)
        if v.category in hints or as_strong:
            kept.append(v)
    return kept


def _name_only(hints: set[str], seen: set[str], nonempty: int) -> list[ColumnVerdict]:
    return [
        ColumnVerdict(
            category=c,
            evidence="name",
            confidence=NAME_ONLY_CONFIDENCE,
            verdict="suspected",
            values_matched=0,
            values_nonempty=nonempty,
            recognizer="column name",
        )
        for c in sorted(hints - seen)
        if c in CATEGORIES
    ]
