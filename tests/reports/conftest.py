"""Report dicts for the report tests: the hand-written one (report_helpers.SAMPLE_REPORT) and the demo shop's."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from report_helpers import SAMPLE_REPORT


@pytest.fixture
def sample_report() -> dict[str, Any]:
    """A fresh copy of the hand-written report, free to change in a test."""
    return copy.deepcopy(SAMPLE_REPORT)


@pytest.fixture(scope="session")
def demo_json(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo shop's JSON report, made as a user makes it: ``piiscan demo --json out.json``."""
    from typer.testing import CliRunner

    from piiscan.cli import app

    path = tmp_path_factory.mktemp("demo") / "out.json"
    result = CliRunner().invoke(app, ["demo", "--quiet", "--json", str(path)])
    assert result.exit_code == 1, result.output  # the demo's notice lacks henkilötunnus on purpose
    return path


@pytest.fixture
def demo_report(demo_json: Path) -> dict[str, Any]:
    return json.loads(demo_json.read_text(encoding="utf-8"))
