"""CSV and TSV corpora: one article per row, with a header line naming the columns.

Column names default to ``id``, ``text``, ``published``, ``url``, ``title``, ``outlet``; map
others with ``Options(extra={"fields": {"text": "body", "id": "doc_id"}})`` (the same option as
the JSONL reader). A row that cannot be read becomes a failed Article naming the row.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from ..options import Options
from ..records import Article
from .jsonl import DEFAULT_FIELDS, article_from_record
from .text import failed_article


def _field_limit(options: Options) -> None:
    # csv's default cell limit (128 KiB) is below a long article; the document-size limit governs instead
    if csv.field_size_limit() < options.max_doc_bytes + 1:
        csv.field_size_limit(options.max_doc_bytes + 1)


def read_csv(path: Path, options: Options) -> Iterator[Article]:
    """Rows of a ``.csv`` (comma) or ``.tsv`` (tab) file with a header line."""
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    names = {**DEFAULT_FIELDS, **dict(options.extra.get("fields", {}))}  # type: ignore[arg-type]
    _field_limit(options)
    try:
        handle = path.open("rb")
    except OSError as err:
        yield failed_article(path, "failed", f"cannot read file: {err.strerror or err}")
        return
    with handle:
        text = io.TextIOWrapper(handle, encoding="utf-8-sig", errors="replace", newline="")
        reader = csv.DictReader(text, delimiter=delimiter)
        try:
            header = reader.fieldnames
        except csv.Error as err:
            yield failed_article(path, "failed", f"unreadable CSV header: {err}")
            return
        if not header or names["text"] not in header:
            yield failed_article(path, "failed", f"no text column {names['text']!r} in the header "
                                 f"(columns: {', '.join(header or []) or 'none'})")
            return
        row_no = 1
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as err:
                row_no += 1
                yield failed_article(path, "failed", f"row {row_no}: {err}", key=f"line {row_no}")
                continue
            row_no += 1
            if None in row:  # more cells than header columns
                yield failed_article(path, "failed", f"row {row_no}: {len(row[None])} cell(s) beyond the header",
                                     key=f"line {row_no}")
                continue
            record = {k: v for k, v in row.items() if v not in (None, "")}
            yield article_from_record(record, path, row_no, options)
