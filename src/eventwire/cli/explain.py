"""``eventwire explain "sentence"``: the parse, the actors, every pattern tried and why it fired or not."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import EventwireError
from ..events.explain import explain
from ..pipeline import Pipeline
from ..records import Article
from ._common import actors_option, build_options, fail, pubdate_option


@click.command("explain")
@click.argument("text")
@pubdate_option
@actors_option
@click.option("--verbs", "verb_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra verb-pattern file (YAML); repeatable.")
@click.option("--no-parse", is_flag=True, help="Leave out the token-by-token parse.")
def explain_command(text, pubdate, actor_files, verb_files, no_parse):
    """Explain how TEXT is coded: parse, actors, the patterns tried and why each fired or not."""
    try:
        options = build_options(pubdate=pubdate, actor_files=actor_files,
                                verb_files=tuple(Path(v) for v in verb_files))
        pipeline = Pipeline(options)
        article = Article(id="explain", text=text, published=options.pubdate)
        cdoc = next(pipeline.code_documents([article]))
        coder = next(s for s in pipeline.stages if s.name == "events").coder
        for line in explain(cdoc, coder, show_parse=not no_parse):
            click.echo(line)
        for note in cdoc.notes:   # what the later stages did: e.g. an act told twice kept once
            click.echo(f"note: {note}")
    except EventwireError as err:
        fail(err)


COMMANDS = [explain_command]
