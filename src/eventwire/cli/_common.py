"""Shared CLI helpers: options -> Options, progress bars, exit codes, JSON output."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import click

from ..errors import EventwireError
from ..options import Options

T = TypeVar("T")

EXIT_OK = 0
EXIT_ERROR = 2          # usage or fatal error
EXIT_SOME_FAILED = 3    # the batch ran, but some documents failed


def pubdate_option(f):
    return click.option("--pubdate", metavar="YYYY-MM-DD", default=None,
                        help="Publication date for inputs that carry none.")(f)


def actors_option(f):
    return click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
                        help="Extra actor dictionary (YAML); repeatable.")(f)


def build_options(**kwargs: Any) -> Options:
    pubdate = kwargs.pop("pubdate", None)
    if pubdate:
        from datetime import date

        try:
            date.fromisoformat(pubdate)
        except ValueError as err:
            raise click.BadParameter(f"{pubdate!r} is not a date YYYY-MM-DD", param_hint="--pubdate") from err
    actor_files = tuple(Path(p) for p in kwargs.pop("actor_files", ()) or ())
    return Options(pubdate=pubdate, actor_files=actor_files, **{k: v for k, v in kwargs.items() if v is not None})


def progress(items: Iterable[T], *, total: int | None = None, unit: str = "doc", enabled: bool | None = None,
             desc: str | None = None) -> Iterator[T]:
    """tqdm bar on a terminal (stderr), silent otherwise."""
    show = sys.stderr.isatty() if enabled is None else enabled
    if not show:
        yield from items
        return
    from tqdm import tqdm

    yield from tqdm(items, total=total, unit=unit, desc=desc, file=sys.stderr, dynamic_ncols=True)


def echo_json(record: dict) -> None:
    click.echo(json.dumps(record, ensure_ascii=False))


def fail(err: EventwireError) -> None:
    """Turn a library error into a user message and exit code 2."""
    click.echo(f"error: {err}", err=True)
    raise SystemExit(EXIT_ERROR)
