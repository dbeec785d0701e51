"""``eventwire code``: print records for input files as JSON Lines (the evaluation contract)."""

from __future__ import annotations

import click

from ..errors import EventwireError
from ..pipeline import Pipeline
from ..sources import read_inputs
from ._common import EXIT_OK, EXIT_SOME_FAILED, actors_option, build_options, echo_json, fail, progress, pubdate_option

WHAT = click.Choice(["events", "quotes", "times", "articles", "all"])


@click.command("code")
@click.argument("files", nargs=-1, required=True, type=click.Path())
@pubdate_option
@actors_option
@click.option("--what", type=WHAT, default="events", show_default=True, help="Which records to print.")
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@click.option("--no-negated", is_flag=True, help="Leave out events with modality 'negated'.")
@click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=0.0, show_default=True,
              help="Leave out events whose confidence is below this floor (0 keeps every event).")
def code_command(files, pubdate, actor_files, what, fmt, no_negated, min_confidence):
    """Code FILES (plain text, .jsonl, folders) and print records as JSON Lines to stdout.

    Documents that cannot be coded are reported on stderr and counted in the exit code
    (3 when any document failed).
    """
    try:
        options = build_options(pubdate=pubdate, actor_files=actor_files, include_negated=not no_negated,
                                min_confidence=min_confidence)
        pipeline = Pipeline(options)
        failed = 0
        for coded in progress(pipeline.code_articles(read_inputs(files, options)), desc="coding"):
            art = coded.article
            if art.status != "ok":
                click.echo(f"{art.status}: {art.source_path or art.id}: {art.reason}", err=True)
                failed += art.status == "failed"
            for record in coded.records(what):
                echo_json(record)
    except EventwireError as err:
        fail(err)
    raise SystemExit(EXIT_SOME_FAILED if failed else EXIT_OK)


COMMANDS = [code_command]
