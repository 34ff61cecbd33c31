"""'piiscan bench' reaches the benchmarks and prints the accuracy table."""

from typer.testing import CliRunner

from piiscan.cli import app


def test_bench_accuracy_prints_the_table():
    result = CliRunner().invoke(app, ["bench", "accuracy", "--rows", "20", "--no-baseline"])
    assert result.exit_code in (0, 1), result.output
    assert "piiscan P" in result.output and "personal_identity_code" in result.output
    assert "Target P >= 0.99" in result.output


def test_bench_rejects_unknown_benchmark():
    result = CliRunner().invoke(app, ["bench", "nonsense"])
    assert result.exit_code == 2
