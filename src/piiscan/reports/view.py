"""What the DPO's report shows, worked out once from a report dict for the HTML and Markdown renderers.

The report dict is the JSON contract (reports/json.py). Everything here is already in the reader's
language and order: undeclared categories by severity, then what matches the notice, what the notice
declares but the scan did not see, a categories × sources matrix, a per-table data map and the gaps
of the scan. Only fields of the report dict are shown, so only masked examples can appear.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from piiscan.categories import CATEGORIES, GROUPS, label, severity_rank
from piiscan.reports.i18n import Labels
from piiscan.reports.texts import legal_reminder, notice_sentence


@dataclass(frozen=True)
class FindingRow:
    """One finding as a line of a table."""

    source: str
    table: str
    column: str
    meta_key: str | None
    category: str
    category_label: str
    evidence: str
    verdict_key: str  # "confirmed" or "suspected"
    verdict: str
    confidence: str
    matched: str
    examples: tuple[str, ...]
    change_key: str | None
    change: str | None
    allowed: str | None


@dataclass(frozen=True)
class CategorySection:
    """One undeclared category: what to add to the notice, the legal note, and where it was found."""

    key: str
    label: str
    group_label: str
    sentence: str
    reminder: str | None
    findings: tuple[FindingRow, ...]

    @property
    def suspected_only(self) -> bool:
        """Only column names point at this category: the DPO should look before editing the notice."""
        return all(f.verdict_key == "suspected" for f in self.findings)


@dataclass(frozen=True)
class TableRow:
    """One table of the per-table data map."""

    source: str
    table: str
    status_key: str
    status: str
    sampling: str
    rows: str
    categories: tuple[str, ...]


@dataclass(frozen=True)
class Problem:
    """A source, table or column that could not be scanned completely."""

    severity: str  # "error" (nothing scanned there) or "warning" (scanned, some columns not)
    source: str
    table: str | None
    message: str


@dataclass(frozen=True)
class MatrixRow:
    """One category across all sources: cell keys are 'both', 'found', 'allowed', 'declared', 'unscanned' or ''."""

    label: str
    cells: tuple[tuple[str, str], ...]  # (key, text) per source


@dataclass
class ReportView:
    """Everything a renderer needs, in display order and in one language."""

    t: Labels
    register: str
    controller: str | None
    business_id: str | None
    notice_date: str
    notice_path: str | None
    scanned_at: str
    duration: str
    version: str
    sources: list[dict[str, Any]]
    verdict_kind: str  # "bad", "warn" or "ok"
    verdict: str
    incomplete_reason: str | None
    undeclared: list[CategorySection] = field(default_factory=list)
    declared_found: list[FindingRow] = field(default_factory=list)
    not_observed: list[str] = field(default_factory=list)
    allowed: list[FindingRow] = field(default_factory=list)
    gone: list[FindingRow] = field(default_factory=list)
    matrix_sources: list[str] = field(default_factory=list)
    matrix: list[MatrixRow] = field(default_factory=list)
    tables: list[TableRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    show_change: bool = False

    @property
    def lang(self) -> str:
        return self.t.lang

    @property
    def many_sources(self) -> bool:
        """With one source the header names it; with more, every row says which."""
        return len(self.matrix_sources) > 1

    @property
    def undeclared_columns(self) -> int:
        return sum(len(section.findings) for section in self.undeclared)


# severity_rank builds its order on every call; reports sort thousands of findings by it.
severity_position = lru_cache(maxsize=None)(severity_rank)

# Where the capitalised first term of categories.py is not how the name is written.
_DISPLAY = {
    ("ip_address", "fi"): "IP-osoite", ("ip_address", "en"): "IP address",
    ("payment_card", "fi"): "Maksukortin numero",
    ("credentials", "fi"): "Salasanat ja muut tunnistautumistiedot",
    ("credentials", "en"): "Passwords and other credentials",
}


def category_label(key: str, lang: str) -> str:
    """Display name of a category key; an unknown key (from a newer piiscan) is shown as it is."""
    if (key, lang) in _DISPLAY:
        return _DISPLAY[key, lang]
    return label(key, lang) if key in CATEGORIES or key in GROUPS else key


def category_inline(key: str, lang: str) -> str:
    """The name as written inside a sentence: 'henkilötunnus', but 'IP-osoite' and 'Y-tunnus' keep capitals."""
    name = category_label(key, lang)
    if len(name) > 1 and (name[1].isupper() or name[1] == "-"):
        return name
    return name[:1].lower() + name[1:]


def _finding_row(f: dict[str, Any], t: Labels) -> FindingRow:
    sampled = int(f.get("rows_sampled") or 0)
    rows = t["rows"]
    if f.get("evidence") == "name":
        # Only the column name spoke; say how much the column holds instead of a match count of 0.
        filled = int(f.get("values_nonempty") or 0)
        matched = t["name_only_matched"].format(filled=t.integer(filled), sampled=t.integer(sampled))
    else:
        matched = f"{t.integer(int(f.get('values_matched') or 0))} {t['rows_of']} {t.integer(sampled)} {rows}"
        if f.get("free_text"):
            matched += f" ({t['in_text']})"
    change = f.get("change")
    category = f["category"]
    return FindingRow(
        source=f["source"], table=f["table"], column=f["column"], meta_key=f.get("meta_key"),
        category=category, category_label=category_label(category, t.lang),
        evidence=t.get(f"evidence_{f.get('evidence')}", str(f.get("evidence"))),
        verdict_key=f.get("verdict", "confirmed"), verdict=t.get(f"verdict_{f.get('verdict')}", str(f.get("verdict"))),
        confidence=t.percent(float(f.get("confidence") or 0)), matched=matched,
        examples=tuple(str(e) for e in f.get("examples") or ()),
        change_key=change, change=t.get(f"change_{change}", str(change)) if change else None,
        allowed=f.get("allowed"),
    )


def _finding_order(f: dict[str, Any]) -> tuple:
    return (severity_position(f["category"]), f.get("verdict") != "confirmed", -float(f.get("confidence") or 0),
            -int(f.get("values_matched") or 0), f["source"], f["table"], f["column"])


def _undeclared_sections(findings: list[dict[str, Any]], t: Labels) -> list[CategorySection]:
    by_category: dict[str, list[dict[str, Any]]] = {}
    for f in sorted(findings, key=_finding_order):
        by_category.setdefault(f["category"], []).append(f)
    sections = []
    for key, items in by_category.items():
        known = key in CATEGORIES
        sections.append(CategorySection(
            key=key, label=category_label(key, t.lang),
            group_label=label(CATEGORIES[key].group, t.lang) if known else "",
            sentence=notice_sentence(key, t.lang) if known else "",
            reminder=legal_reminder(key, t.lang),
            findings=tuple(_finding_row(f, t) for f in items),
        ))
    return sections


def _failed_count(report: dict[str, Any]) -> int:
    return sum((s.get("tables_failed") or 0) + (1 if s.get("status") == "error" else 0)
               for s in report.get("sources", []))


def _verdict(report: dict[str, Any], sections: list[CategorySection], has_notice: bool, t: Labels) -> tuple[str, str]:
    failed = _failed_count(report)
    incomplete = not report.get("complete", True) or failed > 0
    failed_text = t.verdict("failed_count", count=failed) if failed else (report.get("incomplete_reason") or "")
    if not has_notice:
        return ("warn", t.verdict("no_notice"))
    if sections:
        names = ", ".join(category_inline(s.key, t.lang) for s in sections)
        key = "undeclared_one" if len(sections) == 1 else "undeclared_many"
        text = t.verdict(key, categories=names, count=len(sections))
        if incomplete:
            text += t.verdict("incomplete_suffix", failed=failed_text)
        return ("bad", text)
    if incomplete:
        return ("warn", t.verdict("clean_incomplete", failed=failed_text))
    return ("ok", t.verdict("clean"))


def _matrix(report: dict[str, Any], current: list[dict[str, Any]], declared: set[str],
            t: Labels) -> tuple[list[str], list[MatrixRow]]:
    sources = [s["source"] for s in report.get("sources", [])]
    unscanned = {s["source"] for s in report.get("sources", []) if s.get("status") == "error"}
    for f in current:
        if f["source"] not in sources:
            sources.append(f["source"])
    keys = sorted(declared | {f["category"] for f in current}, key=lambda k: (severity_position(k), k))
    by_cell: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for f in current:
        by_cell.setdefault((f["category"], f["source"]), []).append(f)
    rows = []
    for key in keys:
        cells = []
        for source in sources:
            here = by_cell.get((key, source), [])
            if here and key in declared:
                cell = "both"
            elif here and all(f.get("allowed") for f in here):
                cell = "allowed"
            elif here:
                cell = "found"
            elif source in unscanned:  # "declared" would read as if the source had been checked
                cell = "unscanned"
            elif key in declared:
                cell = "declared"
            else:
                cell = ""
            cells.append((cell, t[f"cell_{cell}"] if cell else ""))
        rows.append(MatrixRow(label=category_label(key, t.lang), cells=tuple(cells)))
    return sources, rows


def _tables(report: dict[str, Any], current: list[dict[str, Any]], t: Labels) -> list[TableRow]:
    by_table: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for f in current:
        by_table.setdefault((f["source"], f["table"]), []).append(f)
    rows = []
    seen: set[tuple[str, str]] = set()
    for source in report.get("sources", []):
        for table in source.get("tables", []):
            place = (source["source"], table["table"])
            seen.add(place)
            rows.append(_table_row(source["source"], table, by_table.get(place, []), t))
    for place, found in by_table.items():  # a table the source listing does not name: still on the map
        if place not in seen:
            rows.append(_table_row(place[0], {"table": place[1], "status": "ok"}, found, t))
    return rows


def _table_row(source: str, table: dict[str, Any], found: list[dict[str, Any]], t: Labels) -> TableRow:
    found = sorted(found, key=lambda f: (severity_position(f["category"]), f["column"]))
    categories = tuple(
        f"{category_label(f['category'], t.lang)} ({f['column']}{' · ' + f['meta_key'] if f.get('meta_key') else ''})"
        for f in found)
    estimated = table.get("rows_estimated")
    sampled = t.integer(table.get("rows_sampled") or 0)
    if estimated is None:
        rows = t["rows_sampled"].format(sampled=sampled)
    elif estimated == table.get("rows_sampled"):
        rows = t["rows_sampled_all"].format(sampled=sampled)
    else:
        rows = t["rows_sampled_of"].format(sampled=sampled, estimated=t.integer(estimated))
    status = table.get("status", "ok")
    return TableRow(source=source, table=table["table"], status_key=status, status=t.get(f"status_{status}", status),
                    sampling=t.sampling(table.get("sample_method")), rows=rows, categories=categories)


def _with_notice_wording(key: str, notice: dict[str, Any], t: Labels) -> str:
    """'IP-osoite (selosteessa: ”verkkoyhteyden IP-osoite”)': the DPO finds the line to reconsider."""
    group = CATEGORIES[key].group if key in CATEGORIES else None
    wording = [str(e.get("text")) for e in notice.get("entries") or []
               if isinstance(e, dict) and e.get("text") and e.get("maps_to") in (key, group)]
    name = category_label(key, t.lang)
    return f"{name} ({t['in_notice']}: {', '.join(f'”{w}”' for w in wording)})" if wording else name


def _problems(report: dict[str, Any]) -> list[Problem]:
    problems = []
    for source in report.get("sources", []):
        if source.get("error"):
            problems.append(Problem("error", source["source"], None, str(source["error"])))
        for table in source.get("tables", []):
            if table.get("status", "ok") != "ok":
                problems.append(Problem("error", source["source"], table["table"], str(table.get("error") or "")))
            elif table.get("error"):  # the table was read but some columns could not be classified
                problems.append(Problem("warning", source["source"], table["table"], str(table["error"])))
    return problems


def build_view(report: dict[str, Any], lang: str = "fi") -> ReportView:
    """Turn a report dict (reports.json.report_dict, or a saved JSON report) into a ReportView."""
    t = Labels(lang)
    notice = report.get("notice") or {}
    has_notice = bool(notice.get("register") or notice.get("path"))
    declared = set(notice.get("declared") or [])
    findings = list(report.get("findings") or [])
    current = [f for f in findings if f.get("change") != "gone"]
    current.sort(key=_finding_order)
    undeclared = [f for f in current if not f.get("declared") and not f.get("allowed")]
    sections = _undeclared_sections(undeclared, t)
    verdict_kind, verdict = _verdict(report, sections, has_notice, t)
    matrix_sources, matrix = _matrix(report, current, declared, t)
    return ReportView(
        t=t,
        register=notice.get("register") or t["no_notice"],
        controller=notice.get("controller"),
        business_id=notice.get("business_id"),
        notice_date=t.date(notice.get("notice_date")),
        notice_path=notice.get("path"),
        scanned_at=t.timestamp(report.get("started_at")),
        duration=t.seconds(report.get("seconds")),
        version=str(report.get("version") or ""),
        sources=list(report.get("sources") or []),
        verdict_kind=verdict_kind,
        verdict=verdict,
        incomplete_reason=report.get("incomplete_reason"),
        undeclared=sections,
        declared_found=[_finding_row(f, t) for f in current if f.get("declared") and not f.get("allowed")],
        not_observed=[_with_notice_wording(k, notice, t) for k in
                      sorted(report.get("declared_not_observed") or [], key=lambda k: (severity_position(k), k))],
        allowed=[_finding_row(f, t) for f in current if f.get("allowed")],
        gone=[_finding_row(f, t) for f in sorted(findings, key=_finding_order) if f.get("change") == "gone"],
        matrix_sources=matrix_sources,
        matrix=matrix,
        tables=_tables(report, current, t),
        problems=_problems(report),
        show_change=any("change" in f for f in findings),
    )
