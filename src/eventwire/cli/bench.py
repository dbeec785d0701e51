"""``eventwire bench``: end-to-end sentences/s against spaCy alone, scaling, memory, stage costs."""

from __future__ import annotations

import json

import click

from ..errors import EventwireError
from ._common import EXIT_OK, build_options, fail


@click.command("bench")
@click.option("--articles", type=click.IntRange(min=10), default=300, show_default=True,
              help="Synthetic wire stories to code (ignored with --corpus).")
@click.option("--corpus", "corpus", multiple=True, type=click.Path(exists=True),
              help="Measure on these inputs instead (files or folders; repeatable).")
@click.option("--workers", default="1,2", show_default=True, help="Worker counts to measure, comma-separated.")
@click.option("--batch-size", type=int, default=None, help="Documents per spaCy batch.")
@click.option("--repeat", type=click.IntRange(min=1), default=1, show_default=True,
              help="Measure each worker count this many times in turn and keep the best run.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def bench_command(articles, corpus, workers, batch_size, repeat, fmt):
    """Measure raw text -> records in DuckDB: sentences/s with 1 and N workers, the ratio to
    spaCy's own parse throughput on the same texts (same run), scaling efficiency, peak memory
    per worker, the time of each stage and of de-duplication, and a projection for 1M articles.

    A benchmark, not a test: on a shared machine the figures move with the load (reported).
    """
    from pathlib import Path

    from ..bench.measure import run_bench

    try:
        counts = tuple(int(w) for w in workers.split(",") if w.strip())
    except ValueError as err:
        raise click.BadParameter(f"{workers!r} is not a list of worker counts", param_hint="--workers") from err
    try:
        options = build_options(batch_size=batch_size)
        report = run_bench(articles=articles, workers=counts, corpus=[Path(c) for c in corpus] or None,
                           options=options, repeat=repeat)
    except EventwireError as err:
        fail(err)
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), indent=2))
    else:
        for line in report.lines():
            click.echo(line)
    raise SystemExit(EXIT_OK)


COMMANDS = [bench_command]
