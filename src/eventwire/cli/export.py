"""``eventwire export``: the GDELT 2.0 event table, PLOVER JSON, or Parquet/CSV of every table."""

from __future__ import annotations

import sys
from contextlib import nullcontext
from pathlib import Path

import click

from ..errors import EventwireError
from ..store import EventStore
from ..store.duckdb_store import DEFAULT_DB
from ..store.exports import export_tables, write_gdelt, write_plover
from ._common import EXIT_OK, fail
from .query import event_filter, filter_options


@click.command("export")
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False, exists=True),
              help="DuckDB database file.")
@click.option("--format", "fmt", type=click.Choice(["gdelt", "plover", "parquet", "csv"]), required=True,
              help="gdelt: GDELT 2.0 event table (61 tab-separated columns); plover: PLOVER JSON Lines; "
                   "parquet/csv: one file per table.")
@click.option("--out", "out", default=None, type=click.Path(),
              help="Output file for gdelt/plover (default: stdout); folder for parquet/csv (default: export/).")
@click.option("--header", is_flag=True, help="gdelt: start with a line of column names.")
@filter_options
def export_command(db, fmt, out, header, **filters):
    """Export a database. Filters (gdelt and plover only) select the events like `eventwire query`."""
    try:
        flt = event_filter(filters)
        with EventStore(db, read_only=True) as store:
            if fmt in ("parquet", "csv"):
                if flt.to_dict():
                    raise click.UsageError("filters apply to gdelt and plover exports only")
                written = export_tables(store.con, Path(out or "export"), fmt=fmt)
                for table, path in written.items():
                    click.echo(f"{table}: {path}", err=True)
            else:
                target = click.open_file(out, "w", encoding="utf-8", lazy=False) if out and out != "-" \
                    else nullcontext(sys.stdout)
                with target as handle:
                    if fmt == "gdelt":
                        n = write_gdelt(store.con, handle, flt, header=header)
                        click.echo(f"{n} events written (GDELT 2.0 event table, 61 columns)", err=True)
                    else:
                        n, left_out = write_plover(store.con, handle, flt)
                        click.echo(f"{n} events written as PLOVER records; {left_out} without a PLOVER type "
                                   "(CAMEO roots 01, 02) left out", err=True)
    except EventwireError as err:
        fail(err)
    raise SystemExit(EXIT_OK)


COMMANDS = [export_command]
