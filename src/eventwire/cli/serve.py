"""``eventwire serve``: the REST API and the dashboard over a database, with uvicorn."""

from __future__ import annotations

import ipaddress

import click

from ..errors import EventwireError
from ..store.duckdb_store import DEFAULT_DB
from ._common import build_options, fail


LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@click.command("serve")
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False, exists=True),
              help="DuckDB database file (opened read-only).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback by default).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--token", envvar="EVENTWIRE_API_TOKEN", default=None, show_envvar=True,
              help="API token every /v1 request must send (Authorization: Bearer TOKEN).")
@click.option("--max-body", "max_body_bytes", default=2_000_000, show_default=True, type=click.IntRange(1000),
              help="Largest request body accepted, in bytes.")
@click.option("--log-level", default="info", show_default=True,
              type=click.Choice(["critical", "error", "warning", "info", "debug"]))
def serve_command(db, host, port, token, max_body_bytes, log_level):
    """Serve the REST API (/v1, OpenAPI at /openapi.json) and the dashboard (/) for a database."""
    import uvicorn

    from ..api import create_app

    if not _is_loopback(host) and not token:
        click.echo(f"warning: serving on {host} without an API token; anyone who can reach it can use it "
                   "(set --token or EVENTWIRE_API_TOKEN)", err=True)
    try:
        # on loopback, answer only to loopback host names (a DNS-rebinding page gets a 400)
        hosts = (*LOOPBACK_NAMES, host) if _is_loopback(host) else None
        app = create_app(db, build_options(), token=token, max_body_bytes=max_body_bytes, allowed_hosts=hosts)
    except EventwireError as err:
        fail(err)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"eventwire dashboard on http://{shown}:{port}/ (API under /v1, Ctrl-C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level=log_level)


COMMANDS = [serve_command]
