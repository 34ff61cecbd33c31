"""Drafting seloste.yaml from a published privacy notice (issue #6).

``piiscan notice draft tietosuojaseloste.txt`` reads the notice as published (text, Markdown or a
saved HTML page), finds its data-content section ("Rekisterin tietosisältö", "Käsiteltävät
henkilötiedot", "Registrets datainnehåll", "Categories of personal data", ...), splits it into
items and maps each to category keys. Finnish inflection and compounds are handled by simplemma
(an offline lemmatiser whose dictionaries ship inside the package; nothing is downloaded) plus
stem and compound-ending comparison for words its dictionary lacks.

>>> lines = ["1. Rekisterinpitäjä", "Esimerkki Oy", "2. Rekisterin tietosisältö", "- Nimi", "- Puhelinnumero"]
>>> draft = draft_from_lines(lines, "esimerkki.txt")
>>> draft.controller, sorted(draft.declared)
('Esimerkki Oy', ['name', 'phone'])
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from piiscan.categories import expand
import re

from piiscan.draft.items import _SUBSCRIPTION, NEWSLETTER, Match, Phrase, split_items
from piiscan.draft.sections import (data_sections, find_business_id, find_controller, find_controller_in_text, find_dates, find_register,
                                    split_sections)
from piiscan.draft.text import read_notice_text
from piiscan.errors import NoticeError
from piiscan.terms import fold


@dataclass
class Draft:
    """What a notice says about itself, ready to be written as seloste.yaml."""

    source: str
    register: str
    controller: str
    business_id: str | None
    dates: list[tuple[str, str]]  # (label as written, ISO date)
    data_headings: list[tuple[str, int]]  # (heading, line) of each data-content section
    phrases: list[Phrase] = field(default_factory=list)

    @property
    def notice_date(self) -> str | None:
        """The latest date the notice gives (its last change, if it says one)."""
        return max((iso for _, iso in self.dates), default=None)

    @property
    def mapped(self) -> list[Phrase]:
        return [p for p in self.phrases if p.matches]

    @property
    def unmapped(self) -> list[Phrase]:
        return [p for p in self.phrases if not p.matches]

    @property
    def declared(self) -> set[str]:
        """Declared category keys, groups expanded to their members."""
        return expand(m.key for p in self.phrases for m in p.matches)


def draft_from_lines(lines: list[str], source: str) -> Draft:
    """A draft from a notice's lines; NoticeError if there is no data-content section or it maps to nothing."""
    sections = split_sections(lines)
    found = data_sections(lines)
    if not found:
        raise NoticeError("no data-content section found (looked for headings such as 'Rekisterin "
                          "tietosisältö', 'Käsiteltävät henkilötiedot', 'Registrets datainnehåll', "
                          "'Categories of personal data')", source)
    phrases = [phrase for section in found for phrase in split_items(section.body)]
    register = find_register(sections)
    if _is_newsletter_register(register, lines):
        _orders_are_subscriptions(phrases)
    draft = Draft(
        source=source,
        register=register,
        controller=find_controller(sections) or find_controller_in_text(lines),
        business_id=find_business_id(lines),
        dates=find_dates(lines),
        data_headings=[(section.heading, section.line) for section in found],
        phrases=phrases,
    )
    if not draft.mapped:
        raise NoticeError(f"the data-content section '{found[0].heading}' names no known category "
                          f"({len(phrases)} phrases, none mapped)", source, found[0].line)
    return draft


def draft_notice(path: str | Path) -> Draft:
    """Read a published notice (.txt, .md, .html) and draft what it declares."""
    return draft_from_lines(read_notice_text(path), str(path))


def _is_newsletter_register(register: str, lines: list[str]) -> bool:
    """A newsletter's register: named so, or titled so in the notice's first lines, and no customer or
    member register besides ("kundregister och register över nyhetsbrevsprenumeranter" is both)."""
    head = fold(" ".join([register] + lines[:3]))
    return bool(NEWSLETTER.search(head)) and not re.search(
        r"asiakas|jasen|kund|medlem|customer|member|verkkokaup|webbutik|shop|store", head)


def _orders_are_subscriptions(phrases: list[Phrase]) -> None:
    """In a newsletter register "tilaus" is the subscription (tilata = order or subscribe): a consent."""
    for phrase in phrases:
        if any(m.key == "order_history" and _SUBSCRIPTION.match(fold(m.words)) for m in phrase.matches):
            kept = [m for m in phrase.matches if m.key not in ("order_history", "marketing_consent")]
            phrase.matches = kept + [Match("marketing_consent", phrase.text)]
