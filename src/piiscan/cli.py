"""The command line: parse, call the pipeline, print. Exit codes are decided here and only here.

Heavy libraries (pandas, SQLAlchemy, Presidio) are imported inside commands so that
``piiscan --help`` starts fast.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from piiscan import __version__

app = typer.Typer(
    help="Find personal data in databases and exports and check it against the privacy notice (seloste.yaml).",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,  # a traceback with locals could show a password or a cell value
)
notice_app = typer.Typer(help="Work with notice files (seloste.yaml).", no_args_is_help=True)
app.add_typer(notice_app, name="notice")

EXIT_OK, EXIT_UNDECLARED, EXIT_USAGE, EXIT_INCOMPLETE = 0, 1, 2, 3


class OutputFormat(str, Enum):
    text = "text"
    json = "json"


def _err(message: str) -> None:
    typer.echo(f"piiscan: error: {message}", err=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"piiscan {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
) -> None:
    """piiscan: Finnish personal-data scanner that reads the privacy notice."""


@app.command()
def run(
    db: List[str] = typer.Option(..., "--db", help="Source to scan: a database URL (postgresql://, "
                                 "mysql+pymysql://, mariadb+pymysql://, sqlite:///), a file or a folder. Repeatable."),
    notice: Optional[Path] = typer.Option(None, "--notice", "-n", help="The notice file (seloste.yaml) to compare with."),
    output_format: OutputFormat = typer.Option(OutputFormat.text, "--format", "-f",
                                               help="text: summary for people; json: the JSON report on stdout."),
    json_path: Optional[Path] = typer.Option(None, "--json", help="Also write the JSON report to this file."),
    sample_size: int = typer.Option(1000, "--sample-size", min=1, help="Rows sampled per table."),
    statement_timeout: float = typer.Option(30.0, "--statement-timeout", min=0.1,
                                            help="Seconds any one query may run."),
    include: List[str] = typer.Option([], "--include", help="Only tables matching this glob (schema.table), "
                                      "e.g. 'public.*'. Repeatable."),
    exclude: List[str] = typer.Option([], "--exclude", help="Skip tables matching this glob. Repeatable."),
    jobs: int = typer.Option(2, "--jobs", "-j", min=1, max=32, help="Tables sampled at once per source."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress and no summary; exit code only "
                               "(and --format json / --json output)."),
) -> None:
    """Scan sources, compare with the notice, report undeclared personal data.

    Exit codes: 0 everything found is declared; 1 undeclared personal data found; 2 could not
    start (bad arguments, invalid notice, unknown source kind); 3 scan incomplete (a source or
    table failed) and nothing undeclared in what was scanned.
    """
    from piiscan.connectors.base import ScanOptions
    from piiscan.errors import PiiscanError

    try:
        loaded_notice = _load_notice(notice) if notice else None
        _check_sources(db)
        options = ScanOptions(sample_size=sample_size, statement_timeout=statement_timeout,
                              include=tuple(include), exclude=tuple(exclude))
    except PiiscanError as exc:
        _err(str(exc))
        raise typer.Exit(EXIT_USAGE)
    code = _scan_and_report(db, loaded_notice, options, output_format, json_path, jobs, quiet)
    raise typer.Exit(code)


def _load_notice(path: Path):
    from piiscan.notice import load_notice

    return load_notice(path)


def _check_sources(sources: list[str]) -> None:
    from piiscan.connectors import source_kind

    for spec in sources:
        source_kind(spec)


def _scan_and_report(sources, notice, options, output_format, json_path, jobs, quiet) -> int:
    from rich.console import Console

    from piiscan.pipeline import scan
    from piiscan.reports.json import dumps, report_dict
    from piiscan.reports.terminal import print_summary

    err_console = Console(stderr=True)
    show_progress = not quiet and err_console.is_terminal
    if show_progress:
        result = _scan_with_progress(sources, notice, options, jobs, err_console)
    else:
        result = scan(sources, notice, options, jobs=jobs)
    if json_path:
        json_path.write_text(dumps(result), encoding="utf-8")
    if output_format == OutputFormat.json:
        sys.stdout.write(dumps(result))
    elif not quiet:
        print_summary(report_dict(result), Console())
    return result.exit_code()


def _scan_with_progress(sources, notice, options, jobs, console):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from piiscan.pipeline import scan

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console, transient=True) as bar:
        tasks: dict[str, int] = {}

        def on_progress(source: str, table: str | None, done: int, total: int) -> None:
            if source not in tasks:
                tasks[source] = bar.add_task(source, total=total)
            bar.update(tasks[source], completed=done, total=total,
                       description=f"{source} {table or ''}"[:80])

        return scan(sources, notice, options, progress=on_progress, jobs=jobs)


@app.command()
def demo(
    output_format: OutputFormat = typer.Option(OutputFormat.text, "--format", "-f", help="text or json."),
    json_path: Optional[Path] = typer.Option(None, "--json", help="Also write the JSON report to this file."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress and no summary."),
) -> None:
    """Scan the demo web-shop database that ships with piiscan against its notice.

    The demo notice has one deliberate gap: the customers table holds henkilötunnus that the
    notice does not declare, so the demo exits 1.
    """
    from piiscan.connectors.base import ScanOptions
    from piiscan.demo import demo_paths

    db_path, notice_path = demo_paths()
    notice = _load_notice(notice_path)
    if not quiet and output_format == OutputFormat.text:
        typer.echo(f"Demo: scanning sqlite:///{db_path} against {notice_path}\n", err=True)
    code = _scan_and_report([f"sqlite:///{db_path}"], notice, ScanOptions(), output_format, json_path, 2, quiet)
    raise typer.Exit(code)


@notice_app.command("check")
def notice_check(path: Path = typer.Argument(..., help="The seloste.yaml to validate.")) -> None:
    """Validate a notice file and print what each declared entry maps to."""
    from piiscan.categories import label
    from piiscan.errors import PiiscanError
    from piiscan.notice import describe

    try:
        notice = _load_notice(path)
    except PiiscanError as exc:
        _err(str(exc))
        raise typer.Exit(EXIT_USAGE)
    typer.echo(f"{path}: register '{notice.register}', controller '{notice.controller}'")
    for text, key, members in describe(notice):
        suffix = f" = {', '.join(members)}" if members != [key] else ""
        typer.echo(f"  {text!r} -> {key} ({label(key, 'en')}){suffix}")
    typer.echo(f"declared categories: {', '.join(sorted(notice.declared))}")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
