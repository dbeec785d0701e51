"""``eventwire ingest`` and ``eventwire stats``: code inputs into the DuckDB store and count what it holds."""

from __future__ import annotations

import json
import sys
import time
from contextlib import contextmanager

import click

from ..errors import EventwireError
from ..ingest import ingest_paths
from ..store import EventStore
from ..store.duckdb_store import DEFAULT_DB
from ._common import EXIT_OK, EXIT_SOME_FAILED, actors_option, build_options, fail, pubdate_option

db_option = click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
                         help="DuckDB database file.")


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@pubdate_option
@actors_option
@click.option("--batch-size", type=int, default=None, help="Documents per spaCy batch (and per work unit).")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes on this machine, each with its own pipeline.")
@click.option("--dask", "dask_address", metavar="tcp://HOST:8786|local", default=None,
              help="Code on a Dask cluster (or a local one): partitions, Parquet, then loads the database.")
@click.option("--resume", is_flag=True, help="Skip the documents an earlier (interrupted) run already stored.")
def ingest_command(paths, db, pubdate, actor_files, batch_size, workers, dask_address, resume):
    """Code PATHS (files, folders or feed URLs) and store every article, event, quote and time.

    Re-ingesting the same input replaces the same rows (stable ids); every input document gets
    an article row with status ok, skipped or failed and a reason. Reprints are clustered into
    stories and their events merged (tables merged_events and mentions).
    """
    try:
        options = build_options(pubdate=pubdate, actor_files=actor_files, batch_size=batch_size, workers=workers)
        with EventStore(db) as store:
            if dask_address:
                from ..runners.dask_runner import run_dask_ingest

                report = run_dask_ingest(paths, store, options, address=dask_address, resume=resume)
            else:
                with ingest_progress(paths) as on_progress:
                    report = ingest_paths(paths, store, options, workers=workers, resume=resume,
                                          on_progress=on_progress)
    except EventwireError as err:
        fail(err)
    click.echo(report.summary(), err=True)
    raise SystemExit(EXIT_SOME_FAILED if report.failed else EXIT_OK)


@contextmanager
def ingest_progress(paths):
    """A bar over input bytes (for the ETA) showing articles/s; silent when stderr is not a terminal."""
    if not sys.stderr.isatty():
        yield None
        return
    from tqdm import tqdm

    from ..runners.units import input_size

    started, done = time.perf_counter(), [0]
    with tqdm(total=input_size(paths), unit="B", unit_scale=True, desc="ingesting", file=sys.stderr,
              dynamic_ncols=True) as bar:
        def update(weight: int, articles: int) -> None:
            done[0] += articles
            rate = done[0] / max(time.perf_counter() - started, 1e-9)
            bar.set_postfix_str(f"{done[0]} articles, {rate:.1f} articles/s", refresh=False)
            bar.update(weight)

        yield update


@click.command("stats")
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def stats_command(db, fmt):
    """Counts of articles (ok, skipped, failed), events, quotes and times in the database."""
    try:
        with EventStore(db, read_only=True) as store:
            stats = store.stats().to_dict()
    except EventwireError as err:
        fail(err)
    if fmt == "json":
        click.echo(json.dumps(stats))
    else:
        for key, value in stats.items():
            click.echo(f"{key:<10} {value:>8}")


COMMANDS = [ingest_command, stats_command]
