"""``eventwire ingest`` and ``eventwire stats``: code inputs into the DuckDB store and count what it holds."""

from __future__ import annotations

import json

import click

from ..errors import EventwireError
from ..ingest import ingest_paths
from ..store import EventStore
from ..store.duckdb_store import DEFAULT_DB
from ._common import EXIT_OK, EXIT_SOME_FAILED, actors_option, build_options, fail, progress, pubdate_option

db_option = click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
                         help="DuckDB database file.")


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@pubdate_option
@actors_option
@click.option("--batch-size", type=int, default=None, help="Documents per spaCy batch.")
def ingest_command(paths, db, pubdate, actor_files, batch_size):
    """Code PATHS (files or folders) and store every article, event, quote and time in the database.

    Re-ingesting the same input replaces the same rows (stable ids); every input document gets
    an article row with status ok, skipped or failed and a reason.
    """
    try:
        options = build_options(pubdate=pubdate, actor_files=actor_files, batch_size=batch_size)
        with EventStore(db) as store:
            report = ingest_paths(paths, store, options, wrap=lambda it: progress(it, desc="ingesting"))
    except EventwireError as err:
        fail(err)
    click.echo(report.summary(), err=True)
    raise SystemExit(EXIT_SOME_FAILED if report.failed else EXIT_OK)


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
