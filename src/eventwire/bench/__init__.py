"""Benchmarks and synthetic corpora (``eventwire bench``)."""
