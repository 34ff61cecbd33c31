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


class Language(str, Enum):
    fi = "fi"
    en = "en"


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
    verbose: int = typer.Option(0, "--verbose", "-v", count=True, help="Log to stderr: -v what is scanned, -vv "
                                "every table (never values or passwords)."),
) -> None:
    """piiscan: Finnish personal-data scanner that reads the privacy notice."""
    import logging

    level = {0: logging.ERROR, 1: logging.INFO}.get(verbose, logging.DEBUG)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("piiscan: %(levelname)s: %(message)s"))
    logger = logging.getLogger("piiscan")
    logger.handlers[:] = [handler]
    logger.setLevel(level)
    logger.propagate = False


class FailOn(str, Enum):
    any = "any"
    new = "new"


@app.command()
def run(
    db: List[str] = typer.Option([], "--db", help="Source to scan: a database URL (postgresql://, "
                                 "mysql+pymysql://, mariadb+pymysql://, sqlite:///), a file or a folder. Repeatable. "
                                 "Put passwords in the environment or ~/.pgpass, not here."),
    notice: Optional[Path] = typer.Option(None, "--notice", "-n", help="The notice file (seloste.yaml) to compare with."),
    config: Optional[Path] = typer.Option(None, "--config", "-c", help="piiscan.yaml with named sources and "
                                          "registers (instead of --db/--notice)."),
    output_format: OutputFormat = typer.Option(OutputFormat.text, "--format", "-f",
                                               help="text: summary for people; json: the JSON report on stdout."),
    json_path: Optional[Path] = typer.Option(None, "--json", help="Also write the JSON report to this file."),
    sample_size: int = typer.Option(1000, "--sample-size", min=1, help="Rows sampled per table."),
    statement_timeout: float = typer.Option(30.0, "--statement-timeout", min=0.1,
                                            help="Seconds any one query may run."),
    include: List[str] = typer.Option([], "--include", help="Only tables matching this glob (schema.table), "
                                      "e.g. 'public.*'. Repeatable."),
    exclude: List[str] = typer.Option([], "--exclude", help="Skip tables matching this glob. Repeatable."),
    jobs: int = typer.Option(2, "--jobs", "-j", min=1, max=32, help="Sources scanned at once."),
    max_connections: Optional[int] = typer.Option(None, "--max-connections", min=1, max=32,
                                                  help="Connections (tables sampled at once) per source [default: 2]."),
    time_budget: Optional[float] = typer.Option(None, "--time-budget", min=1,
                                                help="Seconds the whole run may take; then the report of what was "
                                                "scanned is written, marked incomplete."),
    state_dir: Optional[Path] = typer.Option(None, "--state-dir", help="Keep each run's JSON report here "
                                             "(for --baseline last and `piiscan history`)."),
    retention: Optional[int] = typer.Option(None, "--retention", min=1, help="Reports kept per register in "
                                            "--state-dir."),
    baseline: Optional[str] = typer.Option(None, "--baseline", help="Compare with an earlier JSON report: a path, "
                                           "or 'last' (the newest in --state-dir)."),
    fail_on: Optional[FailOn] = typer.Option(None, "--fail-on", help="any: exit 1 on any undeclared finding "
                                             "(default); new: only on undeclared findings new since --baseline."),
    report_paths: List[Path] = typer.Option([], "--report", "-r", help="Write the DPO's report to this file; the "
                                            "suffix picks the format: .html, .md, .csv (data map) or .json. "
                                            "Repeatable."),
    datamap: Optional[Path] = typer.Option(None, "--datamap", help="Write the data map CSV (a draft of the GDPR "
                                           "art. 30 record) to this file."),
    lang: Language = typer.Option(Language.fi, "--lang", help="Language of the HTML and Markdown report."),
    mapping: Optional[Path] = typer.Option(None, "--mapping", help="YAML file mapping export headers to "
                                           "categories ('Asiakkaan puhelin: phone'), for layouts piiscan does not "
                                           "know."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress and no summary; exit code only "
                               "(and --format json / --json output)."),
) -> None:
    """Scan sources, compare with the notice, report undeclared personal data.

    Exit codes: 0 everything found is declared; 1 undeclared personal data found; 2 could not
    start (bad arguments, invalid notice or config, unknown source kind); 3 scan incomplete (a
    source or table failed, interrupted, time budget spent) and nothing undeclared in what was
    scanned.
    """
    from piiscan.connectors.base import ScanOptions
    from piiscan.errors import PiiscanError
    from piiscan.runner import plan_from_arguments, plan_from_config

    try:
        settings = dict(jobs=max_connections, source_jobs=jobs, time_budget=time_budget, state_dir=state_dir,
                        retention=retention, baseline=baseline, fail_on=fail_on.value if fail_on else None,
                        outputs=_outputs(report_paths, datamap), lang=lang.value)
        options = ScanOptions(sample_size=sample_size, statement_timeout=statement_timeout,
                              include=tuple(include), exclude=tuple(exclude),
                              mapping=_load_mapping(mapping) if mapping else None)
        if config and (db or notice):
            raise PiiscanError("give either --config or --db/--notice, not both")
        if config:
            plan = plan_from_config(config, options, **settings)
        else:
            if not db:
                raise PiiscanError("nothing to scan: give --db (a database URL, file or folder) or --config")
            plan = plan_from_arguments(db, notice, options, **{k: v for k, v in settings.items() if v is not None})
        for register in plan.registers:
            _check_sources([spec for spec, _ in register.sources])
        if baseline and baseline != "last" and not Path(baseline).is_file():
            raise PiiscanError(f"{baseline}: baseline report not found")
    except PiiscanError as exc:
        _err(str(exc))
        raise typer.Exit(EXIT_USAGE)
    raise typer.Exit(_execute(plan, output_format, json_path, quiet))


def _outputs(report_paths: list[Path], datamap: Optional[Path]) -> list[Path]:
    from piiscan.reports.files import report_format

    for path in report_paths:
        report_format(path)  # an unknown suffix fails before anything is scanned
    return list(report_paths) + ([datamap.with_suffix(".csv") if datamap.suffix != ".csv" else datamap]
                                 if datamap else [])


def _load_mapping(path: Path) -> dict[str, str]:
    from piiscan.connectors.layouts import load_mapping

    return load_mapping(path)


def _check_sources(sources: list[str]) -> None:
    from piiscan.connectors import source_kind

    for spec in sources:
        source_kind(spec)


def _load_notice(path: Path):
    from piiscan.notice import load_notice

    return load_notice(path)


def _execute(plan, output_format: OutputFormat, json_path: Optional[Path], quiet: bool) -> int:
    from rich.console import Console

    from piiscan.errors import PiiscanError
    from piiscan.reports.files import write_report
    from piiscan.reports.json import dumps
    from piiscan.reports.terminal import print_summary
    from piiscan.runner import execute, output_path, overall_exit_code

    err_console = Console(stderr=True)
    try:
        if not quiet and err_console.is_terminal:
            reports = _execute_with_progress(plan, err_console)
        else:
            reports = execute(plan)
    except PiiscanError as exc:
        _err(str(exc))
        return EXIT_USAGE
    many = len(reports) > 1
    for report in reports:
        text = dumps(report)
        register = (report.get("notice") or {}).get("register") or "default"
        try:
            if json_path:
                output_path(json_path, register, many).write_text(text, encoding="utf-8")
            for path in plan.outputs:
                write_report(report, output_path(path, register, many), plan.lang)
        except OSError as exc:
            _err(f"{exc.filename or ''}: cannot write: {exc.strerror or type(exc).__name__}")
            return EXIT_USAGE
        if output_format == OutputFormat.json:
            sys.stdout.write(text)
        elif not quiet:
            # piped or captured output has no width of its own: give the tables room
            print_summary(report, Console() if sys.stdout.isatty() else Console(width=130))
    return overall_exit_code(reports)


def _execute_with_progress(plan, console):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from piiscan.runner import execute

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console, transient=True) as bar:
        tasks: dict[str, int] = {}

        def on_progress(source: str, table: str | None, done: int, total: int) -> None:
            if source not in tasks:
                tasks[source] = bar.add_task(source, total=total)
            bar.update(tasks[source], completed=done, total=total,
                       description=f"{source} {table or ''}"[:80])

        return execute(plan, progress=on_progress)


@app.command()
def demo(
    output_format: OutputFormat = typer.Option(OutputFormat.text, "--format", "-f", help="text or json."),
    json_path: Optional[Path] = typer.Option(None, "--json", help="Also write the JSON report to this file."),
    report_paths: List[Path] = typer.Option([], "--report", "-r", help="Write the DPO's report to this file "
                                            "(.html, .md, .csv or .json). Repeatable."),
    lang: Language = typer.Option(Language.fi, "--lang", help="Language of the HTML and Markdown report."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress and no summary."),
) -> None:
    """Scan the demo web-shop database that ships with piiscan against its notice.

    The demo notice has one deliberate gap: the customers table holds henkilötunnus that the
    notice does not declare, so the demo exits 1.
    """
    from piiscan.connectors.base import ScanOptions
    from piiscan.demo import demo_paths
    from piiscan.runner import plan_from_arguments

    from piiscan.errors import PiiscanError

    db_path, notice_path = demo_paths()
    if not quiet and output_format == OutputFormat.text:
        typer.echo(f"Demo: scanning sqlite:///{db_path} against {notice_path}\n", err=True)
    try:
        plan = plan_from_arguments([f"sqlite:///{db_path}"], notice_path, ScanOptions(),
                                   outputs=_outputs(report_paths, None), lang=lang.value)
    except PiiscanError as exc:
        _err(str(exc))
        raise typer.Exit(EXIT_USAGE)
    raise typer.Exit(_execute(plan, output_format, json_path, quiet))


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


@notice_app.command("draft")
def notice_draft(
    path: Path = typer.Argument(..., help="The published privacy notice: .txt, .md or a saved .html page."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write the seloste.yaml here instead of stdout."),
) -> None:
    """Draft a seloste.yaml from the privacy notice (tietosuojaseloste) itself; review it before use.

    Each declared entry quotes the phrase it came from; phrases that map to no category are left as
    '# not mapped:' comments. A summary goes to stderr.
    """
    from piiscan.draft import draft_notice
    from piiscan.draft.yaml_out import render, summary
    from piiscan.errors import PiiscanError

    try:
        draft = draft_notice(path)
    except PiiscanError as exc:
        _err(str(exc))
        raise typer.Exit(EXIT_USAGE)
    text = render(draft)
    if out is None:
        sys.stdout.write(text)
    else:
        try:
            out.write_text(text, encoding="utf-8")
        except OSError as exc:
            _err(f"{out}: cannot write: {exc.strerror}")
            raise typer.Exit(EXIT_USAGE)
    typer.echo(summary(draft), err=True)


@app.command()
def report(
    json_report: Path = typer.Argument(..., help="A JSON report saved by 'piiscan run --json'."),
    report_paths: List[Path] = typer.Option([], "--report", "-r", help="Write the report to this file; the "
                                            "suffix picks the format: .html/.htm, .md, .csv (data map) or .json. "
                                            "Repeatable."),
    datamap: Optional[Path] = typer.Option(None, "--datamap", help="Also write the data map CSV to this file."),
    lang: str = typer.Option("fi", "--lang", help="Language of the HTML and Markdown report: fi or en."),
) -> None:
    """Render the DPO's report (HTML, Markdown, data map CSV) from a saved JSON report."""
    from piiscan.errors import PiiscanError
    from piiscan.reports.files import load_report, report_format, write_datamap, write_report

    targets = list(report_paths) + ([datamap] if datamap else [])
    try:
        if not targets:
            raise PiiscanError("nothing to write: give --report PATH (.html, .md, .csv or .json) or --datamap PATH")
        for path in report_paths:
            report_format(path)  # an unknown suffix fails before anything is written
        saved = load_report(json_report)
        for path in report_paths:
            write_report(saved, path, lang)
        if datamap:
            write_datamap(saved, datamap)
    except PiiscanError as exc:
        _err(str(exc))
        raise typer.Exit(EXIT_USAGE)
    except OSError as exc:
        _err(f"{exc.filename or ''}: cannot write: {exc.strerror or type(exc).__name__}")
        raise typer.Exit(EXIT_USAGE)
    for path in targets:
        typer.echo(f"wrote {path}", err=True)


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True, "help_option_names": []})
def bench(ctx: typer.Context) -> None:
    """Benchmarks: 'piiscan bench accuracy|speed|export [options]' ('piiscan bench -h' for options).

    accuracy: precision/recall per category against Presidio on the generated corpus or a labelled
    database (--database URL --labels labels.yaml); speed: the figures of issue #8 on a PostgreSQL
    database it builds (piiscan_bench); export: the corpus as SQLite + labels.yaml.
    """
    from piiscan.bench.__main__ import main as bench_main

    raise typer.Exit(bench_main(list(ctx.args) or ["-h"]))


# The inventory commands (config check, diff, history) live beside this module; importing it
# registers them on `app`.
from piiscan import cli_inventory  # noqa: E402,F401


def main() -> None:
    app()


if __name__ == "__main__":
    main()
