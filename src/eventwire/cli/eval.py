"""``eventwire eval``: score event output against a gold JSONL file (P/R/F1 at root+dyad, code+dyad, full)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import EventwireError, InputError
from ..events.evaluation import format_scores, score
from ..pipeline import Pipeline
from ..records import Article
from ._common import actors_option, build_options, fail


def _read_jsonl(path: Path) -> list[dict]:
    out = []
    try:
        with path.open(encoding="utf-8") as handle:
            for line_no, line in enumerate(handle, start=1):
                if line.strip():
                    try:
                        out.append(json.loads(line))
                    except json.JSONDecodeError as err:
                        raise InputError(f"{path}:{line_no}: bad JSON: {err}") from err
    except OSError as err:
        raise InputError(f"{path}: cannot read: {err}") from err
    return out


@click.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--system", "system_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Event records (JSONL) to score; without it the pipeline codes the gold texts itself.")
@actors_option
@click.option("--verbs", "verb_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra verb-pattern file (YAML, format of data/verbs/NN.yaml); repeatable.")
@click.option("--all", "include_negated", is_flag=True, help="Also score events with modality 'negated'.")
@click.option("--save", type=click.Path(dir_okay=False, path_type=Path), help="Write the system events coded here.")
@click.option("--errors", "show_errors", type=int, default=0, show_default=True,
              help="Print the first N items with missed or spurious events.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of tables.")
def eval_command(gold, system_file, actor_files, verb_files, include_negated, save, show_errors, as_json):
    """Score events against GOLD (lines {"id", "text", "events": [{"source", "target", "cameo"}]})."""
    try:
        gold_items = _read_jsonl(gold)
        if system_file:
            records = _read_jsonl(system_file)
        else:
            options = build_options(actor_files=actor_files, verb_files=tuple(Path(v) for v in verb_files))
            pipeline = Pipeline(options)
            articles = [Article(id=str(g["id"]), text=g["text"], published=g.get("published")) for g in gold_items]
            records = [r for coded in pipeline.code_articles(articles) for r in coded.records("events")]
            if save:
                save.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        scores = score(gold_items, records, include_negated=include_negated)
    except EventwireError as err:
        fail(err)
        return
    if as_json:
        click.echo(json.dumps(scores.as_dict(), indent=1))
        return
    for err in scores.errors[:show_errors]:
        click.echo(f"{err['id']}: {err['text'][:200]!r}\n   missed {err['missed']}\n   spurious {err['spurious']}")
    click.echo(format_scores(scores))


COMMANDS = [eval_command]
