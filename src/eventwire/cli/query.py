"""``eventwire query``: events, quotes, counts over time, dyads and top actors from a database."""

from __future__ import annotations

import io
import json
from typing import Any

import click

from ..errors import EventwireError
from ..store import EventStore
from ..store import queries as q
from ..store.duckdb_store import DEFAULT_DB
from ..store.exports import write_csv_rows
from ._common import fail

FILTER_OPTIONS = [
    ("--actor", "actor", "Source or target: code prefix (RUS, USAGOV) or part of a name (Putin)."),
    ("--source", "source", "Source actor: code prefix or part of a name."),
    ("--target", "target", "Target actor: code prefix or part of a name."),
    ("--dyad", "dyad", "Two actors, either direction: RUS-USA."),
    ("--cameo", "cameo", "CAMEO event code prefix: 04, 041, 0411."),
    ("--root", "root", "CAMEO root (two digits)."),
    ("--plover", "plover", "PLOVER event type (ACCUSE, CONSULT ...)."),
    ("--place", "place", "Location name (part) or country code."),
    ("--speaker", "speaker", "Who the event is attributed to: code prefix or part of a name."),
    ("--article", "article_id", "Events of one article id."),
]


def filter_options(f):
    """The event filters as click options (shared by query and export)."""
    f = click.option("--to", "date_to", metavar="DATE", help="Up to this date, inclusive (YYYY[-MM[-DD]]).")(f)
    f = click.option("--from", "date_from", metavar="DATE", help="From this date, inclusive (YYYY[-MM[-DD]]).")(f)
    f = click.option("--modality", type=click.Choice(q.MODALITIES), help="asserted, negated, ...")(f)
    f = click.option("--quad-class", "quad_class", type=click.IntRange(1, 4),
                     help="1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict.")(f)
    for flag, dest, text in reversed(FILTER_OPTIONS):
        f = click.option(flag, dest, default=None, help=text)(f)
    return f


def event_filter(kwargs: dict[str, Any]) -> q.EventFilter:
    return q.EventFilter(**{name: kwargs.pop(name, None) for name in q.EventFilter.names()})


def _actor(actor: dict | None) -> str:
    if not actor:
        return ""
    return actor.get("code") or actor.get("text") or ""


def event_row(ev: dict[str, Any]) -> dict[str, Any]:
    """An event record as a flat row."""
    ev_src = ev.get("source") or {}
    ev_tgt = ev.get("target") or {}
    loc = ev.get("location") or {}
    speaker = ((ev.get("attribution") or {}).get("speaker") or {})
    return {
        "date": ev.get("date") or "", "source": _actor(ev_src), "source_text": ev_src.get("text", ""),
        "cameo": ev.get("cameo"), "plover": ev.get("plover") or "", "target": _actor(ev_tgt),
        "target_text": ev_tgt.get("text", ""), "quad_class": ev.get("quad_class"),
        "goldstein": ev.get("goldstein"), "modality": ev.get("modality"),
        "trigger": (ev.get("evidence") or {}).get("trigger", ""), "place": loc.get("name") or "",
        "speaker": speaker.get("code") or speaker.get("name") or "", "confidence": ev.get("confidence"),
        "rule": ev.get("rule"), "article_id": ev.get("article_id"), "id": ev.get("id"),
        "sentence_text": (ev.get("evidence") or {}).get("text", ""),
    }


def quote_row(quote: dict[str, Any]) -> dict[str, Any]:
    sp = quote.get("speaker") or {}
    return {"speaker": sp.get("code") or sp.get("name") or sp.get("text") or "", "kind": quote.get("kind"),
            "cue": quote.get("cue") or "", "text": quote.get("text"), "article_id": quote.get("article_id"),
            "id": quote.get("id")}


def timeline_row(period: dict[str, Any]) -> dict[str, Any]:
    counts = period["counts"]
    return {"period": period["period"], "q1": counts["1"], "q2": counts["2"], "q3": counts["3"],
            "q4": counts["4"], "total": period["total"], "goldstein": period["goldstein"]}


def dyad_row(dyad: dict[str, Any]) -> dict[str, Any]:
    counts = dyad["counts"]
    return {"source": dyad["source"], "target": dyad["target"], "count": dyad["count"], "q1": counts["1"],
            "q2": counts["2"], "q3": counts["3"], "q4": counts["4"], "goldstein": dyad["goldstein"]}


TABLE_COLUMNS = {
    "events": [("date", 10), ("source", 10), ("cameo", 5), ("plover", 11), ("target", 10), ("quad_class", 4),
               ("goldstein", 6), ("modality", 12), ("trigger", 16), ("sentence_text", 60)],
    "quotes": [("speaker", 12), ("kind", 8), ("cue", 10), ("text", 70)],
    "timeline": [("period", 10), ("q1", 5), ("q2", 5), ("q3", 5), ("q4", 5), ("total", 6), ("goldstein", 9)],
    "dyads": [("source", 12), ("target", 12), ("count", 6), ("q1", 4), ("q2", 4), ("q3", 4), ("q4", 4),
              ("goldstein", 9)],
    "actors": [("code", 12), ("name", 30), ("events", 7), ("as_source", 9), ("as_target", 9)],
}
HEADINGS = {"quad_class": "quad", "goldstein": "gold", "sentence_text": "sentence"}


def _cell(value: Any, width: int) -> str:
    text = "" if value is None else str(value).replace("\n", " ").replace("\t", " ")
    return text if len(text) <= width else text[:max(width - 1, 0)] + "…"


def format_table(rows: list[dict[str, Any]], what: str) -> str:
    """Rows as fixed-width columns with a heading line (the last column is not padded)."""
    columns = TABLE_COLUMNS[what]
    widths = [max(w, len(HEADINGS.get(name, name))) for name, w in columns]
    if rows:  # shrink columns to their content
        widths = [min(w, max(len(HEADINGS.get(name, name)), *(len(_cell(r.get(name), w)) for r in rows)))
                  for (name, _), w in zip(columns, widths)]
    lines = ["  ".join(HEADINGS.get(name, name).ljust(w) for (name, _), w in zip(columns, widths)).rstrip()]
    for row in rows:
        lines.append("  ".join(_cell(row.get(name), w).ljust(w) for (name, _), w in zip(columns, widths)).rstrip())
    return "\n".join(lines)


def run_query(store: EventStore, what: str, flt: q.EventFilter, *, limit: int, offset: int, interval: str,
              speaker: str | None) -> tuple[list[dict[str, Any]], list[dict[str, Any]], int]:
    """(records, flat rows, total) for one kind of query."""
    con = store.con
    if what == "events":
        page = q.find_events(con, flt, limit=limit, offset=offset)
        return page.items, [event_row(e) for e in page.items], page.total
    if what == "quotes":
        page = q.find_quotes(con, q.QuoteFilter(speaker=speaker, article_id=flt.article_id), limit=limit,
                             offset=offset)
        return page.items, [quote_row(x) for x in page.items], page.total
    if what == "timeline":
        periods = q.timeline(con, flt, interval=interval)
        return periods, [timeline_row(p) for p in periods], len(periods)
    if what == "dyads":
        found = q.dyads(con, flt, limit=limit)
        return found, [dyad_row(d) for d in found], len(found)
    found = q.top_actors(con, flt, limit=limit)
    return found, found, len(found)


@click.command("query")
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False, exists=True),
              help="DuckDB database file.")
@click.option("--what", type=click.Choice(["events", "quotes", "timeline", "dyads", "actors"]), default="events",
              show_default=True, help="Events, quotes, counts over time, strongest dyads or top actors.")
@filter_options
@click.option("--interval", type=click.Choice(q.INTERVALS), default="month", show_default=True,
              help="Period of --what timeline.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
@click.option("--limit", type=click.IntRange(1, q.MAX_LIMIT), default=50, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0, show_default=True)
def query_command(db, what, interval, fmt, limit, offset, **filters):
    """Query a database: events (default), quotes, a timeline per QuadClass, dyads or top actors.

    Actor values read as a CAMEO code prefix when they look like one (RUS, USAGOV), otherwise as
    part of a name (Putin). Example: eventwire query --db events.duckdb --dyad RUS-USA --what timeline
    """
    speaker = filters.get("speaker")
    try:
        flt = event_filter(filters)
        with EventStore(db, read_only=True) as store:
            records, rows, total = run_query(store, what, flt, limit=limit, offset=offset, interval=interval,
                                             speaker=speaker)
    except EventwireError as err:
        fail(err)
    if fmt == "jsonl":
        for record in records:
            click.echo(json.dumps(record, ensure_ascii=False))
    elif fmt == "csv":
        columns = list(rows[0]) if rows else [name for name, _ in TABLE_COLUMNS[what]]
        buffer = io.StringIO()
        write_csv_rows(rows, buffer, columns)
        click.echo(buffer.getvalue(), nl=False)
    else:
        click.echo(format_table(rows, what))
        if what in ("events", "quotes"):
            shown = f"{offset + 1}-{offset + len(rows)} of {total}" if rows else f"0 of {total}"
            click.echo(f"{shown} {what}", err=True)


COMMANDS = [query_command]
