"""The terminal summary (rich): undeclared data first, then what matches the notice."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table



def print_summary(report: dict[str, Any], console: Console) -> None:
    """Print a report dict (as made by reports.json.report_dict) for a person at a terminal."""
    notice = report.get("notice") or {}
    register = notice.get("register") or "(no notice)"
    undeclared = [f for f in report["findings"] if not f["declared"] and not f.get("allowed")]
    declared = [f for f in report["findings"] if f["declared"] and not f.get("allowed")]
    console.print(f"[bold]piiscan {report['version']}[/] · register: [bold]{register}[/]")
    for s in report["sources"]:
        state = {"ok": "[green]ok[/]", "partial": "[yellow]partial[/]", "error": "[red]error[/]"}[s["status"]]
        line = f"  {s['source']}: {state}, {s['tables_scanned']} tables scanned"
        if s.get("tables_failed"):
            line += f", {s['tables_failed']} failed"
        console.print(line)
        if s.get("error"):
            console.print(f"    [red]{s['error']}[/]", markup=True, highlight=False)
        for t in s.get("tables", []):
            if t["status"] != "ok":
                console.print(f"    [red]{t['table']}: {t['error']}[/]", highlight=False)
    if undeclared:
        console.print(f"\n[bold red]Undeclared personal data ({_columns(len(undeclared))}):[/]")
        console.print(_table(undeclared))
    elif not any(s["tables_scanned"] for s in report["sources"]):
        console.print("\n[bold red]Nothing was scanned: every source or table failed.[/]")
    elif not report.get("complete", True):
        console.print("\n[bold yellow]No undeclared personal data found in what was scanned; the scan is "
                      "incomplete.[/]")
    else:
        console.print("\n[bold green]No undeclared personal data found.[/]")
    if declared:
        console.print(f"\n[bold]Declared and found ({_columns(len(declared))}):[/]")
        console.print(_table(declared))
    if "gone" in report:
        print_changes(report, console)
    allowed = [f for f in report["findings"] if f.get("allowed")]
    if allowed:
        console.print(f"\n[bold]Accepted in the notice ({len(allowed)}):[/]")
        for f in allowed:
            console.print(f"  {f['table']}.{f['column']} {f['category']}: {f['allowed']}", highlight=False)
    if report["declared_not_observed"]:
        names = ", ".join(report["declared_not_observed"])
        console.print(f"\nDeclared but not observed: {names}")
    verdict = ", ".join(report["undeclared_categories"]) or "none"
    console.print(f"\nUndeclared categories: [bold]{verdict}[/]  (exit {report['exit_code']})")


def _table(findings: list[dict[str, Any]]) -> Table:
    table = Table(show_header=True, header_style="bold", expand=False)
    table.add_column("category", no_wrap=True)
    table.add_column("where", no_wrap=True)
    for col in ("evidence", "verdict", "matched", "conf."):
        table.add_column(col, no_wrap=True)
    table.add_column("example (masked)", overflow="fold")
    for f in findings:
        meta = f.get("meta_key")
        where = f"{f['table']}.{f['column']}" + (f" [{meta}]" if meta and meta != f["column"] else "")
        if f.get("change"):
            where = f"({f['change']}) {where}"
        table.add_row(
            f["category"],
            escape(where),
            f["evidence"],
            f["verdict"],
            f"{f['values_matched']}/{f['rows_sampled']}",
            f"{f['confidence']:.2f}",
            escape(f["examples"][0] if f["examples"] else ""),
        )
    return table


def print_changes(report: dict[str, Any], console: Console) -> None:
    """What changed against the baseline: new findings first, then gone, then a count of unchanged."""
    new = [f for f in report["findings"] if f.get("change") == "new"]
    unchanged = [f for f in report["findings"] if f.get("change") == "unchanged"]
    gone = report.get("gone", [])
    if new:
        console.print(f"[bold]New findings ({len(new)}):[/]")
        console.print(_table(new))
    if gone:
        console.print(f"[bold]Gone since the baseline ({len(gone)}):[/]")
        console.print(_table(gone))
    console.print(f"{len(new)} new, {len(unchanged)} unchanged, {len(gone)} gone")


def _columns(n: int) -> str:
    return f"{n} column" if n == 1 else f"{n} columns"
