"""``eventwire actors``: look up a name or role phrase in the actor dictionary, show its size."""

from __future__ import annotations

from datetime import date

import click

from ..actors import actor_resolver
from ..errors import EventwireError
from ..resources import Resources
from ._common import actors_option, build_options, echo_json, fail


@click.group("actors")
def actors_group() -> None:
    """The actor dictionary: look up names and phrases, check user files, show sizes."""


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as err:
        raise click.BadParameter(f"{value!r} is not a date YYYY-MM-DD", param_hint="--date") from err


@actors_group.command("lookup")
@click.argument("text")
@click.option("--date", "when", metavar="YYYY-MM-DD", default=None,
              help="Resolve roles at this date (default: the roles held now).")
@click.option("--country", default=None, metavar="ISO3", help="Country to assume for role phrases without one.")
@actors_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def lookup_command(text, when, country, actor_files, fmt):
    """Resolve TEXT ("Putin", "the Kremlin", "a Turkish frigate") to an actor code and say why."""
    day = _parse_date(when)
    try:
        resolver = actor_resolver(Resources(build_options(actor_files=actor_files)))
        res = resolver.lookup(text, day, context_country=country.upper() if country else None)
    except EventwireError as err:
        fail(err)
    if fmt == "json":
        echo_json(res.as_dict(text) if res else {"text": text, "name": None, "code": None, "country": None,
                                                 "sectors": [], "why": "not found in the actor dictionary"})
        return
    if res is None:
        click.echo(f"{text}: not found in the actor dictionary")
        raise SystemExit(1)
    click.echo(f"{text} -> {res.code or '(no code)'}  name: {res.name or '-'}  country: {res.country or '-'}  "
               f"sectors: {' '.join(res.sectors) or '-'}")
    click.echo(f"  why: {res.why}")
    entry = res.entry
    if entry is not None and entry.roles:   # the whole record, so the date boundaries can be checked
        click.echo(f"  {entry.kind} {entry.name} ({entry.origin}), roles:")
        for role in entry.roles:
            start = role.start.isoformat() if role.start else "..."
            end = role.end.isoformat() if role.end else "open"
            click.echo(f"    {role.code:10} {start} .. {end}  {role.title or ''}")


@actors_group.command("stats")
@actors_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def stats_command(actor_files, fmt):
    """Entries and aliases per dictionary section (validates every file on the way)."""
    try:
        resolver = actor_resolver(Resources(build_options(actor_files=actor_files)))
    except EventwireError as err:
        fail(err)
    sizes = resolver.dictionary.sizes
    if fmt == "json":
        echo_json(sizes)
        return
    click.echo(f"{'section':15} {'entries':>8} {'aliases':>8}")
    for section, counts in sizes.items():
        click.echo(f"{section:15} {counts['entries']:8d} {counts['aliases']:8d}")


COMMANDS = [actors_group]
