"""``eventwire serve``: the REST API and the dashboard over a database, with uvicorn.

With ``--workers N`` uvicorn runs N processes, each with its own app and its own Pipeline (each
worker holds a spaCy model and the dictionaries: plan for that much memory per worker, see
benchmarks/load/README.md). The workers build their app from ``worker_app``, which reads the
settings this command passes in the environment.
"""

from __future__ import annotations

import ipaddress
import json
import os

import click

from ..errors import EventwireError
from ..store.duckdb_store import DEFAULT_DB
from ._common import build_options, fail


LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")
WORKER_SETTINGS_ENV = "EVENTWIRE_SERVE_SETTINGS"


def worker_app():
    """The app of one uvicorn worker (``--workers N``), from the settings ``serve`` put in the environment."""
    from ..api import create_app

    settings = json.loads(os.environ[WORKER_SETTINGS_ENV])
    hosts = settings.pop("allowed_hosts")
    return create_app(settings.pop("db"), build_options(), token=os.environ.get("EVENTWIRE_API_TOKEN"),
                      allowed_hosts=tuple(hosts) if hosts is not None else None, **settings)


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
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes, each with its own pipeline (memory per worker: one spaCy model).")
@click.option("--max-batch", default=16, show_default=True, type=click.IntRange(1, 1000),
              help="Most texts coded together in one batch by POST /v1/code.")
@click.option("--max-queue", default=64, show_default=True, type=click.IntRange(1, 100_000),
              help="Most texts waiting to be coded per worker; past that POST /v1/code answers 503 with "
                   "Retry-After.")
@click.option("--log-level", default="info", show_default=True,
              type=click.Choice(["critical", "error", "warning", "info", "debug"]))
def serve_command(db, host, port, token, max_body_bytes, workers, max_batch, max_queue, log_level):
    """Serve the REST API (/v1, OpenAPI at /openapi.json) and the dashboard (/) for a database."""
    import uvicorn

    from ..api import create_app

    if not _is_loopback(host) and not token:
        click.echo(f"warning: serving on {host} without an API token; anyone who can reach it can use it "
                   "(set --token or EVENTWIRE_API_TOKEN)", err=True)
    try:
        # on loopback, answer only to loopback host names (a DNS-rebinding page gets a 400)
        hosts = (*LOOPBACK_NAMES, host) if _is_loopback(host) else None
        app = create_app(db, build_options(), token=token, max_body_bytes=max_body_bytes, allowed_hosts=hosts,
                         max_batch=max_batch, max_queue=max_queue)
    except EventwireError as err:
        fail(err)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"eventwire dashboard on http://{shown}:{port}/ (API under /v1, {workers} worker(s), "
               "Ctrl-C to stop)", err=True)
    if workers == 1:
        uvicorn.run(app, host=host, port=port, log_level=log_level)
        return
    app.state.eventwire.store.close()  # checked above; each worker opens its own
    os.environ[WORKER_SETTINGS_ENV] = json.dumps({"db": str(db), "max_body_bytes": max_body_bytes,
                                                  "allowed_hosts": list(hosts) if hosts else None,
                                                  "max_batch": max_batch, "max_queue": max_queue})
    if token:
        os.environ["EVENTWIRE_API_TOKEN"] = token
    uvicorn.run("eventwire.cli.serve:worker_app", factory=True, workers=workers, host=host, port=port,
                log_level=log_level)


COMMANDS = [serve_command]
