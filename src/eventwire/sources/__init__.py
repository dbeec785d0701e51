"""Input sources: each reader turns a file (or URL) into Article records with stable ids.

Readers never raise on a bad document: they yield an Article with status ``skipped`` or
``failed`` and a reason, so every input is accounted for.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..options import Options
from ..records import Article
from .jsonl import read_jsonl
from .text import failed_article, read_text_file

Reader = Callable[[Path, Options], Iterator[Article]]

# file suffix -> reader. Other modules of this package add theirs in ``readers()``.
def readers() -> dict[str, Reader]:
    table: dict[str, Reader] = {".txt": read_text_file, ".text": read_text_file, ".jsonl": read_jsonl,
                                ".ndjson": read_jsonl}
    try:
        from .extra import EXTRA_READERS
    except ImportError:  # the optional readers module is not part of this build
        EXTRA_READERS = {}
    table.update(EXTRA_READERS)
    return table


def _suffix(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if len(suffixes) == 2 and suffixes[1] == ".gz":
        return "".join(suffixes)
    return suffixes[-1] if suffixes else ""


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named, and the files inside folders named (sorted, recursive, hidden ones left out)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not any(part.startswith(".") for part in child.relative_to(path).parts):
                    yield child
        else:
            yield path


def _files_and_urls(paths: Iterable[str | Path]) -> Iterator[Path | str]:
    """Like ``iter_files``, but http(s) URLs pass through as strings (a Path would mangle them)."""
    for raw in paths:
        if isinstance(raw, str) and raw.lower().startswith(("http://", "https://")):
            yield raw
        else:
            yield from iter_files([raw])


def read_inputs(paths: Iterable[str | Path], options: Options | None = None) -> Iterator[Article]:
    """Every article of every input path; unknown suffixes are read as plain text."""
    options = options or Options()
    table = readers()
    for path in _files_and_urls(paths):
        if isinstance(path, str):  # a URL (feeds)
            from .extra import read_url

            yield from read_url(path, options)
            continue
        if not path.exists():
            yield failed_article(path, "failed", "file not found")
            continue
        reader = table.get(_suffix(path), read_text_file)
        yield from reader(path, options)


__all__ = ["read_inputs", "iter_files", "readers", "Reader"]
