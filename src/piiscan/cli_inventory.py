"""Commands of the scheduled inventory: `piiscan config check`, `piiscan diff`, `piiscan history`.

Registered on the application of cli.py (which imports this module); thin like the rest of the
command line: parse, call, print.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from piiscan.cli import EXIT_USAGE, FailOn, OutputFormat, _err, _load_notice, app

config_app = typer.Typer(help="Work with the inventory configuration (piiscan.yaml).", no_args_is_help=True)
app.add_typer(config_app, name="config")


@config_app.command("check")
def config_check(path: Path = typer.Argument(..., help="The piiscan.yaml to validate.")) -> None:
    """Validate a configuration: keys, types, environment variables, notices and sources."""
    from piiscan.config import load_config
    from piiscan.connectors import mask_source, source_kind
    from piiscan.errors import PiiscanError

    try:
        config = load_config(path)
        for source in config.sources.values():
            source_kind(source.spec)
        notices = {name: _load_notice(Path(r.notice)) for name, r in config.registers.items()}
    except PiiscanError as exc:
        _err(str(exc))
        raise typer.Exit(EXIT_USAGE)
    typer.echo(f"{path}: ok")
    for source in config.sources.values():
        typer.echo(f"  source {source.name}: {mask_source(source.spec)}")
    for name, register in config.registers.items():
        declared = ", ".join(sorted(notices[name].declared))
        typer.echo(f"  register {name}: {register.notice} ({declared}); sources: {', '.join(register.sources)}")


@app.command()
def diff(
    before: Path = typer.Argument(..., help="The earlier JSON report."),
    after: Path = typer.Argument(..., help="The later JSON report."),
    output_format: OutputFormat = typer.Option(OutputFormat.text, "--format", "-f", help="text or json."),
    fail_on: FailOn = typer.Option(FailOn.new, "--fail-on", help="Exit 1 on new undeclared findings (new) or on "
                                   "any undeclared finding in AFTER (any)."),
) -> None:
    """Compare two JSON reports: findings new, unchanged and gone.

    Exit codes: 0 nothing to act on; 1 undeclared findings (new ones, with --fail-on new); 2 a
    report cannot be read; 3 AFTER is incomplete and nothing undeclared.
    """
    import json

    from rich.console import Console

    from piiscan.baseline import compare, exit_code
    from piiscan.reports.files import load_report
    from piiscan.errors import PiiscanError
    from piiscan.reports.terminal import print_changes

    try:
        old, new = load_report(before), load_report(after)
    except PiiscanError as exc:
        _err(str(exc))
        raise typer.Exit(EXIT_USAGE)
    compared = compare(new, old, str(before))
    code = exit_code(compared, fail_on.value)
    if output_format == OutputFormat.json:
        sys.stdout.write(json.dumps({"before": str(before), "after": str(after), "exit_code": code,
                                     "findings": compared["findings"], "gone": compared["gone"]},
                                    ensure_ascii=False, indent=2) + "\n")
    else:
        print_changes(compared, Console())
    raise typer.Exit(code)


@app.command()
def history(
    state_dir: Path = typer.Option(..., "--state-dir", help="The state folder given to `piiscan run --state-dir`."),
    register: Optional[str] = typer.Option(None, "--register", help="Only this register."),
) -> None:
    """List the kept runs: when, which register, exit code, undeclared categories."""
    from rich.console import Console
    from rich.table import Table

    from piiscan.baseline import StateDir
    from piiscan.reports.files import load_report
    from piiscan.errors import PiiscanError

    runs = StateDir(state_dir).runs(register)
    if not runs:
        typer.echo(f"{state_dir}: no runs kept yet")
        return
    table = Table("started", "register", "exit", "complete", "findings", "undeclared")
    for path in runs:
        try:
            report = load_report(path)
        except PiiscanError as exc:
            table.add_row("?", path.parent.name, "?", "?", "?", f"unreadable: {exc}")
            continue
        table.add_row(report.get("started_at", "?"), (report.get("notice") or {}).get("register") or "-",
                      str(report.get("exit_code", "?")), "yes" if report.get("complete") else "no",
                      str(len(report["findings"])), ", ".join(report.get("undeclared_categories", [])) or "-")
    Console().print(table)
