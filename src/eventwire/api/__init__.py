"""The REST API and the dashboard: ``create_app(db_path, options, token=None)`` builds the ASGI app."""

from .app import create_app

__all__ = ["create_app"]
