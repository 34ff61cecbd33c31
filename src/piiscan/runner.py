"""A whole `piiscan run`: registers, their sources and notices, baselines, state, outputs.

The CLI parses arguments into a :class:`RunPlan`; :func:`execute` scans each register, compares
with its baseline, keeps the report in the state folder, writes the requested files and returns
one report dict per register. Exit codes are decided by the CLI from these reports.
"""

from __future__ import annotations

import signal
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable

from piiscan.baseline import StateDir, compare, exit_code, slug
from piiscan.connectors.base import ScanOptions
from piiscan.errors import UsageError
from piiscan.notice import Notice, load_notice
from piiscan.pipeline import Progress, StopControl, scan


@dataclass
class RegisterPlan:
    name: str
    notice: Notice | None
    sources: list[tuple[str, ScanOptions]]


@dataclass
class RunPlan:
    registers: list[RegisterPlan]
    jobs: int = 2
    source_jobs: int = 2
    time_budget: float | None = None
    state_dir: Path | None = None
    retention: int | None = None
    baseline: str | None = None  # a path, or "last"
    fail_on: str = "any"
    outputs: list[Path] = field(default_factory=list)  # --json / --report / --datamap targets
    lang: str = "fi"


def plan_from_arguments(sources: list[str], notice: Path | None, options: ScanOptions, **settings: Any) -> RunPlan:
    loaded = load_notice(notice) if notice else None
    name = loaded.register if loaded and loaded.register else "default"
    return RunPlan([RegisterPlan(name, loaded, [(s, options) for s in sources])], **settings)


def plan_from_config(config_path: Path, defaults: ScanOptions, **overrides: Any) -> RunPlan:
    """A plan from piiscan.yaml; command-line values in `overrides` win over its settings."""
    from piiscan.config import load_config

    config = load_config(config_path)
    settings = config.settings
    base = replace(defaults,
                   sample_size=settings.get("sample_size", defaults.sample_size),
                   statement_timeout=float(settings.get("statement_timeout", defaults.statement_timeout)))

    def options_for(name: str) -> ScanOptions:
        source = config.sources[name]
        mapping = _load_mapping(source.mapping) if source.mapping else base.mapping
        return replace(base, include=source.include or base.include, exclude=source.exclude or base.exclude,
                       sample_size=source.sample_size or base.sample_size, mapping=mapping)

    registers = [
        RegisterPlan(r.name, load_notice(r.notice), [(config.sources[s].spec, options_for(s)) for s in r.sources])
        for r in config.registers.values()
    ] or [RegisterPlan("default", None, [(s.spec, options_for(s.name)) for s in config.sources.values()])]
    values = {
        "jobs": settings.get("max_connections", settings.get("jobs", 2)),
        "time_budget": settings.get("time_budget"),
        "retention": settings.get("retention"),
        "fail_on": settings.get("fail_on", "any"),
    }
    values.update({k: v for k, v in overrides.items() if v is not None})
    return RunPlan(registers, **values)


def _load_mapping(path: str) -> dict[str, str]:
    from piiscan.connectors.layouts import load_mapping

    return load_mapping(path)


def execute(plan: RunPlan, progress: Progress | None = None) -> list[dict[str, Any]]:
    """Scan every register of the plan; returns one report dict per register (baseline applied)."""
    from piiscan.reports.json import report_dict

    control = StopControl(plan.time_budget)
    reports = []
    with _stop_on_signals(control):
        for register in plan.registers:
            if control.stopped:
                break
            result = scan(register.sources, register.notice, progress=progress, jobs=plan.jobs,
                          source_jobs=plan.source_jobs, control=control)
            report = report_dict(result)
            report = _apply_baseline(report, register.name, plan)
            report["exit_code"] = exit_code(report, plan.fail_on)
            report["fail_on"] = plan.fail_on
            if plan.state_dir:
                state = StateDir(plan.state_dir)
                report["state_file"] = str(state.save(report, register.name))
                if plan.retention:
                    state.prune(register.name, plan.retention)
            reports.append(report)
    return reports


def _apply_baseline(report: dict[str, Any], register: str, plan: RunPlan) -> dict[str, Any]:
    if not plan.baseline:
        return report
    if plan.baseline == "last":
        if not plan.state_dir:
            raise UsageError("--baseline last needs --state-dir")
        found = StateDir(plan.state_dir).last(register)
        if found is None:  # the first run of a job: everything is new
            return compare(report, {"findings": []}, "none (first run)")
        path, baseline = found
        return compare(report, baseline, str(path))
    from piiscan.reports.files import load_report

    return compare(report, load_report(Path(plan.baseline)), plan.baseline)


def overall_exit_code(reports: list[dict[str, Any]]) -> int:
    codes = [r["exit_code"] for r in reports]
    if 1 in codes:
        return 1
    return 3 if 3 in codes or not reports else 0


def output_path(path: Path, register: str, many: bool) -> Path:
    """With several registers, each gets its own file: report.json -> report-<register>.json."""
    return path.with_name(f"{path.stem}-{slug(register)}{path.suffix}") if many else path


class _stop_on_signals:
    """Ctrl-C and SIGTERM stop the scan cleanly (the report of what was scanned is still written)."""

    def __init__(self, control: StopControl):
        self.control = control
        self.previous: dict[int, Callable | int | None] = {}

    def __enter__(self):
        import threading

        if threading.current_thread() is not threading.main_thread():
            return self
        for sig, reason in ((signal.SIGINT, "interrupted"), (signal.SIGTERM, "terminated")):
            self.previous[sig] = signal.getsignal(sig)
            signal.signal(sig, self._handler(reason))
        return self

    def _handler(self, reason: str):
        def handle(signum, frame):
            if self.control.stopped:  # a second Ctrl-C: the user insists
                signal.signal(signum, signal.SIG_DFL)
                raise KeyboardInterrupt
            self.control.stop(reason)

        return handle

    def __exit__(self, *exc) -> None:
        for sig, handler in self.previous.items():
            signal.signal(sig, handler)
