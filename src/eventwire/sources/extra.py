"""The readers beyond plain text and JSONL: HTML, WARC, CSV/TSV and RSS/Atom feeds (by file suffix).

``sources.readers()`` merges ``EXTRA_READERS`` into its suffix table; URLs go to ``read_url``.
"""

from __future__ import annotations

from .csv_corpus import read_csv
from .feeds import is_url, read_feed_file, read_feed_url
from .html import read_html_file
from .warc import read_warc

EXTRA_READERS = {
    ".html": read_html_file, ".htm": read_html_file, ".xhtml": read_html_file,
    ".html.gz": read_html_file, ".htm.gz": read_html_file,
    ".warc": read_warc, ".warc.gz": read_warc,
    ".csv": read_csv, ".tsv": read_csv,
    ".rss": read_feed_file, ".atom": read_feed_file,
}

# Readers that yield many articles per file (the parallel runners split these in the main process).
CONTAINER_SUFFIXES = frozenset({".jsonl", ".ndjson", ".warc", ".warc.gz", ".csv", ".tsv",
                                ".rss", ".atom"})


read_url = read_feed_url

__all__ = ["EXTRA_READERS", "CONTAINER_SUFFIXES", "read_url", "is_url"]
