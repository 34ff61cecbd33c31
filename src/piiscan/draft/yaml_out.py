"""Writing a draft as seloste.yaml, with a comment on every line saying where it came from.

Each declared entry is the notice's own words when those words map back to the same key (so the
DPO recognises them), else the category key; phrases that map to nothing stay as comments for the
DPO to review. The result loads with :func:`piiscan.notice.load_notice`.

>>> yaml_scalar("Jack’s Mood asiakasrekisteri"), yaml_scalar("RTJ: asiakkaat"), yaml_scalar("2022-03-01")
('Jack’s Mood asiakasrekisteri', '"RTJ: asiakkaat"', '"2022-03-01"')
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from piiscan.draft import Draft
from piiscan.terms import match_term

_PLAIN = re.compile(r"[^\W\d_][\w .,/()’'&+-]*", re.UNICODE)


def yaml_scalar(text: str) -> str:
    """A YAML scalar for text: plain when unambiguous, else a double-quoted (JSON) string."""
    if _PLAIN.fullmatch(text) and not text.endswith((" ", ":")) and text.casefold() not in (
            "yes", "no", "true", "false", "on", "off", "null", "y", "n"):
        return text
    quoted = json.dumps(text, ensure_ascii=False)
    # YAML refuses raw control characters (DEL, C1) that JSON leaves as they are
    return "".join(ch if ch.isprintable() else f"\\U{ord(ch):08x}" for ch in quoted)


def _comment(text: str) -> str:
    """Text for a one-line YAML comment: no line breaks, no control characters YAML refuses."""
    return " ".join("".join(ch for ch in text if ch.isprintable() or ch.isspace()).split())


def _entry(phrase: str, words: str, key: str) -> str:
    """The notice's whole phrase if it maps back to key, else the words that matched, else the key."""
    for text in (phrase, words):
        if match_term(text) == key:
            return text
    return key


def render(draft: Draft) -> str:
    """The seloste.yaml text of a draft."""
    out = [f"# Drafted by `piiscan notice draft` from {Path(draft.source).name}: review every line.",
           "# Data-content section: " + "; ".join(f"'{_comment(h)}' (line {n})" for h, n in draft.data_headings)]
    out.append(f"register: {yaml_scalar(draft.register)}" if draft.register
               else 'register: ""  # not found in the notice: fill in the register\'s name')
    out.append(f"controller: {yaml_scalar(draft.controller)}" if draft.controller
               else 'controller: ""  # not found in the notice: fill in the controller')
    if draft.business_id:
        out.append(f"business_id: {yaml_scalar(draft.business_id)}")
    if draft.notice_date:
        said = "; ".join(f"{label} {iso}" for label, iso in draft.dates)
        out.append(f"notice_date: {yaml_scalar(draft.notice_date)}  # {_comment(said)}")
    else:
        out.append("# notice_date: the notice gives no date (laadittu / viimeisin muutos)")
    out.append("declared:")
    width = max((len(_entry(p.text, m.words, m.key)) for p in draft.mapped for m in p.matches), default=0) + 4
    seen: set[str] = set()
    for phrase in draft.phrases:
        quote = f'line {phrase.line}: "{_comment(phrase.text)}"'
        if not phrase.matches:
            out.append(f"  # not mapped: {_comment(phrase.text)}  (line {phrase.line})")
            continue
        for match in phrase.matches:
            if match.key in seen:
                out.append(f"  # {match.key} again, {quote}")
                continue
            seen.add(match.key)
            item = f"  - {yaml_scalar(_entry(phrase.text, match.words, match.key))}"
            out.append(f"{item.ljust(width + 4)}# {match.key}; {quote}")
    return "\n".join(out) + "\n"


def summary(draft: Draft) -> str:
    """One line for stderr: phrases found, mapped and not mapped, and the declared categories."""
    return (f"{draft.source}: {len(draft.phrases)} phrases, {len(draft.mapped)} mapped, "
            f"{len(draft.unmapped)} not mapped; declared: {', '.join(sorted(draft.declared))}")
