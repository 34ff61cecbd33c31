"""Benchmarks from the command line: ``python -m piiscan.bench accuracy|speed|export`` (or ``piiscan bench``).

- ``accuracy``: precision and recall per category, piiscan against the Presidio baseline, on the
  generated corpus or on a labelled database (``--database URL --labels labels.yaml``);
- ``speed``: the figures of issue #8 on a PostgreSQL database it builds (``--rebuild`` to rebuild);
- ``export``: write the corpus as a SQLite database and its labels file.

Exit code 0 when every target holds, 1 when one fails, 2 on bad arguments.
"""

from __future__ import annotations

import argparse
import sys
import time


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="piiscan bench", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="what", required=True)
    acc = sub.add_parser("accuracy", help="precision/recall per category against Presidio")
    acc.add_argument("--rows", type=int, default=None, help="rows per corpus column (default 200)")
    acc.add_argument("--seed", type=int, default=None, help="corpus seed")
    acc.add_argument("--database", help="score a labelled database (SQLAlchemy URL) instead of the corpus")
    acc.add_argument("--labels", help="labels file (YAML) for --database")
    acc.add_argument("--sample-size", type=int, default=1000, help="rows sampled per table with --database")
    acc.add_argument("--no-baseline", action="store_true", help="skip Presidio")
    acc.add_argument("--confirmed-only", action="store_true", help="count only confirmed piiscan verdicts")
    acc.add_argument("--mistakes", action="store_true", help="list every column a system got wrong")
    acc.add_argument("--values", action="store_true", help="value-level misses and stray matches per recognizer")
    speed = sub.add_parser("speed", help="cells/s, run vs bare fetch, sampling cost, memory, start-up")
    speed.add_argument("--url", default=None, help="PostgreSQL server URL (default: local, database piiscan_bench)")
    speed.add_argument("--rebuild", action="store_true", help="drop and rebuild the benchmark database")
    speed.add_argument("--tables", type=int, default=None, help="tables in the benchmark database (default 200)")
    speed.add_argument("--profile", action="store_true", help="print where pipeline.scan spends its time")
    speed.add_argument("--big-rows", type=int, default=None, help="rows of the big table (default 10M; for trials)")
    speed.add_argument("--medium-rows", type=int, default=None, help="rows of the medium table (default 100k)")
    speed.add_argument("--presidio-cells", type=int, default=None, help="cells Presidio analyses (default 3000)")
    export = sub.add_parser("export", help="write the corpus as SQLite + labels.yaml")
    export.add_argument("--out", required=True, help="SQLite file to write")
    export.add_argument("--labels", required=True, help="labels YAML to write")
    export.add_argument("--rows", type=int, default=None)
    export.add_argument("--seed", type=int, default=None)
    return parser


def _corpus(args):
    from piiscan.bench.corpus import DEFAULT_ROWS, DEFAULT_SEED, build_corpus

    return build_corpus(seed=DEFAULT_SEED if args.seed is None else args.seed, rows=args.rows or DEFAULT_ROWS)


def run_accuracy(args) -> int:
    from piiscan.bench.accuracy import corpus_inputs, default_systems, evaluate
    from piiscan.bench.presidio_baseline import BASELINE_VALUES

    if args.database:
        if not args.labels:
            print("piiscan bench accuracy: --database needs --labels", file=sys.stderr)
            return 2
        from piiscan.bench.labelled_db import load_labelled

        inputs = load_labelled(args.database, args.labels, args.sample_size)
        what = f"labelled database {args.database}"
    else:
        corpus = _corpus(args)
        inputs = corpus_inputs(corpus)
        what = f"generated corpus ({len(corpus)} columns x {len(corpus[0].values)} rows)"
    started = time.monotonic()
    table = evaluate(inputs, default_systems(args.confirmed_only, baseline=not args.no_baseline))
    print(f"Accuracy at column level on the {what}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print("piiscan: classify_column, every verdict (confirmed or suspected)" if not args.confirmed_only
          else "piiscan: classify_column, confirmed verdicts only")
    if not args.no_baseline:
        print(f"presidio: AnalyzerEngine (predefined + FI hetu, blank spaCy en, no NER) on the first "
              f"{BASELINE_VALUES} values of each column, category when found in >= half of them")
    print()
    print(table.to_text())
    print(f"\n{table.columns} columns, {time.monotonic() - started:.1f} s")
    if args.mistakes:
        print("\nColumns decided wrongly:")
        for mistake in table.mistakes:
            print(f"  {mistake}")
    if args.values and not args.database:
        from piiscan.bench.value_report import value_report

        print()
        print("\n".join(value_report(corpus)))
    failing = table.failing_targets()
    behind = table.behind() if not args.no_baseline else []
    print(f"\nTarget P >= 0.99 and R >= 0.98 on value-detectable keys: "
          f"{'PASS' if not failing else 'FAIL: ' + '; '.join(failing)}")
    if not args.no_baseline:
        print(f"piiscan ahead of the baseline (F1) on every category: "
              f"{'PASS' if not behind else 'FAIL: ' + ', '.join(behind)}")
    return 0 if not failing and not behind else 1


def run_export(args) -> int:
    from piiscan.bench.labelled_db import export_sqlite

    corpus = _corpus(args)
    export_sqlite(corpus, args.out, args.labels)
    print(f"wrote {len(corpus)} labelled columns to {args.out}, labels to {args.labels}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.what == "accuracy":
        return run_accuracy(args)
    if args.what == "export":
        return run_export(args)
    from piiscan.bench.speed import run_speed

    return run_speed(args)


if __name__ == "__main__":
    sys.exit(main())
