"""Storage: the embedded DuckDB database, Parquet files and exports."""

from .duckdb_store import EventStore

__all__ = ["EventStore"]
