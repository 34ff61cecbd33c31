"""The DPO's report as Markdown, with the content of the HTML page, for tickets and email.

Every value from the report is escaped, so a table or column name cannot break a table or smuggle
HTML into a ticket system; masked examples are code spans so their asterisks stay asterisks.

>>> escape("a|b <i>*x*</i>")
'a\\\\|b &lt;i&gt;\\\\*x\\\\*&lt;/i&gt;'
>>> code("30****A***K")
'`30****A***K`'
"""

from __future__ import annotations

import re
from typing import Any, Iterable

from piiscan.reports.view import FindingRow, ReportView, build_view

_SPECIAL = re.compile(r"([\\`*_\[\]|#!])")


def escape(text: object) -> str:
    """Text safe in a Markdown paragraph or table cell."""
    value = str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    value = _SPECIAL.sub(r"\\\1", value)
    return " ".join(value.split())  # a newline would end a table row


def code(text: object) -> str:
    """A code span that holds any text, backticks included."""
    value = " ".join(str(text).split())
    longest = max((len(run) for run in re.findall(r"`+", value)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if value.startswith("`") or value.endswith("`") else ""
    return f"{fence}{pad}{value}{pad}{fence}"


def _table(header: list[str], rows: Iterable[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell or " " for cell in row) + " |" for row in rows]
    return lines + [""]


def _where(f: FindingRow, v: ReportView) -> str:
    text = f"**{escape(f.table)}.{escape(f.column)}**"
    if f.meta_key:
        text += f" ({escape(v.t['meta_key'])} {code(f.meta_key)})"
    if v.many_sources:
        text += f"<br>{code(f.source)}"
    return text


def _findings(rows: list[FindingRow], v: ReportView, with_category: bool = False,
              with_reason: bool = False) -> list[str]:
    t = v.t
    header = ([t["category"]] if with_category else []) + [
        t["where"], t["certainty"], t["evidence"], t["confidence"], t["matched"], t["examples"]]
    header += ([t["change"]] if v.show_change else []) + ([t["reason"]] if with_reason else [])
    body = []
    for f in rows:
        row = ([escape(f.category_label)] if with_category else []) + [
            _where(f, v), escape(f.verdict), escape(f.evidence), escape(f.confidence), escape(f.matched),
            ", ".join(code(e) for e in f.examples) or t["no_examples"]]
        row += ([escape(f.change or "")] if v.show_change else []) + ([escape(f.allowed or "")] if with_reason else [])
        body.append(row)
    return _table(header, body)


def _header(v: ReportView) -> list[str]:
    t = v.t
    lines = [f"# {escape(t['title'])}: {escape(v.register)}", ""]
    lines += _table(["", ""], [
        [t["controller"], escape(v.controller or t["not_given"])],
        [t["business_id"], escape(v.business_id or t["not_given"])],
        [t["notice_date"], escape(v.notice_date)],
        [t["scanned_at"], escape(v.scanned_at)],
        [t["duration"], escape(v.duration)],
        [t["tool"], f"piiscan {escape(v.version)}"],
    ])
    for s in v.sources:
        line = f"- {t['sources']}: {code(s['source'])} – {t['tables_of']}: {s.get('tables_scanned', 0)}"
        if s.get("tables_failed"):
            line += f", {t['tables_failed']}: {s['tables_failed']}"
        if s.get("status") == "error":
            line += f" – {t['status_error']}"
        lines.append(line)
    return lines + [""]


def _verdict(v: ReportView) -> list[str]:
    t = v.t
    return [f"## {t['verdict']}", "", f"**{escape(v.verdict)}**", "",
            f"- {t['summary_undeclared']}: {len(v.undeclared)}",
            f"- {t['summary_columns']}: {v.undeclared_columns}",
            f"- {t['summary_not_observed']}: {len(v.not_observed)}", ""]


def _undeclared(v: ReportView) -> list[str]:
    t = v.t
    lines = [f"## {t['undeclared_heading']}", ""]
    if not v.undeclared:
        return lines + [t["undeclared_none"], ""]
    for number, c in enumerate(v.undeclared, 1):
        group = f" ({t['group']}: {escape(c.group_label)})" if c.group_label else ""
        lines += [f"### {number}. {escape(c.label)}{group}", ""]
        lines += _findings(list(c.findings), v)
        if c.suspected_only:
            lines += [f"*{t['suspected_hint']}*", ""]
        if c.sentence:
            lines += [t["add_to_notice"], "", f"> {escape(c.sentence)}", ""]
        if c.reminder:
            lines += [f"**{t['legal']}:** {escape(c.reminder)}", ""]
    return lines


def _rest(v: ReportView) -> list[str]:
    t = v.t
    lines = [f"## {t['not_observed_heading']}", ""]
    if v.not_observed:
        lines += [t["not_observed_intro"], ""] + [f"- {escape(name)}" for name in v.not_observed] + [""]
    else:
        lines += [t["not_observed_none"], ""]
    lines += [f"## {t['problems_heading']}", ""]
    if not v.problems:
        lines += [t["problems_none"], ""]
    else:
        lines += [t["problems_intro"], ""]
        lines += _table([t["status"], t["source"], t["table"], t["error"]],
                        [[t[p.severity], code(p.source), escape(p.table or t["whole_source"]), escape(p.message)]
                         for p in v.problems])
    if v.allowed:
        lines += [f"## {t['allowed_heading']}", "", t["allowed_intro"], ""]
        lines += _findings(v.allowed, v, with_category=True, with_reason=True)
    lines += [f"## {t['declared_found_heading']}", ""] + _findings(v.declared_found, v, with_category=True)
    if v.gone:
        lines += [f"## {t['gone_heading']}", ""] + _findings(v.gone, v, with_category=True)
    lines += [f"## {t['matrix_heading']}", "", t["matrix_intro"], ""]
    lines += _table([t["category"]] + [code(s) for s in v.matrix_sources],
                    [[escape(row.label)] + [escape(text) for _, text in row.cells] for row in v.matrix])
    lines += [f"## {t['datamap_heading']}", "", t["datamap_intro"], ""]
    table_header = [t["table"]] + ([t["source"]] if v.many_sources else []) + [
        t["found_categories"], t["sampling"], t["rows_heading"], t["status"]]
    lines += _table(table_header, [
        [escape(row.table)] + ([code(row.source)] if v.many_sources else []) +
        [escape("; ".join(row.categories)) or t["none_found"], escape(row.sampling), escape(row.rows),
         escape(row.status)]
        for row in v.tables])
    lines += ["---", "", f"**{t['legend_heading']}.** {t['legend']}", "",
              f"{t['generated_by']} {escape(v.version)}"]
    return lines


def render_markdown(report: dict[str, Any], lang: str = "fi") -> str:
    """The report dict (reports.json.report_dict or a saved JSON report) as a Markdown document."""
    view = build_view(report, lang)
    lines = _header(view) + _verdict(view) + _undeclared(view) + _rest(view)
    return "\n".join(lines) + "\n"
