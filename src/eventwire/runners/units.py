"""Work units: the input split into small ordered pieces that any worker can code on its own.

The main process walks the inputs (``plan_units``) without reading single-document files: a
text or HTML file travels as its path and is read on the worker. Container files (JSONL, CSV,
feeds, URLs) are read in the main process and their articles travel in the unit; WARC records
travel as raw pages and are extracted on the worker. Each document has a stable ``input key``
(``source#ordinal``) that the resume log records.

``code_unit`` is what a worker runs: read, code, and sign (MinHash) every document of a unit.
"""

from __future__ import annotations

import resource
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..options import Options
from ..pipeline import CodedArticle, Pipeline
from ..records import Article
from ..sources import iter_files, readers
from ..sources.extra import CONTAINER_SUFFIXES, is_url, read_url
from ..sources.text import failed_article
from ..sources.warc import WarcPage, iter_warc_pages
from ..stages.dedup import DedupSettings, story_signature

Item = Path | Article | WarcPage


@dataclass
class WorkUnit:
    seq: int
    keys: list[str] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    weight: int = 0          # input bytes this unit accounts for (progress and ETA)


@dataclass
class CodedItem:
    key: str
    coded: CodedArticle
    signature: bytes | None
    sentences: int = 0


@dataclass
class UnitResult:
    seq: int
    items: list[CodedItem]
    weight: int
    seconds: float
    peak_rss_mb: float
    worker: int = 0
    timings: dict[str, float] = field(default_factory=dict)   # seconds: read, code, sign; cpu (process time)


def suffix_of(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    if len(suffixes) == 2 and suffixes[1] == ".gz":
        return "".join(suffixes)
    return suffixes[-1] if suffixes else ""


def _size(path: Path) -> int:
    """Bytes of a file, 0 when it cannot be read (its reader then records why)."""
    try:
        return path.stat().st_size
    except OSError:
        return 0


def input_size(paths: Iterable[str | Path]) -> int:
    """Total bytes of the input files (URLs count 0): the progress bar's total."""
    total = 0
    for raw in paths:
        if is_url(raw):
            continue
        total += sum(_size(path) for path in iter_files([raw]))
    return total


def _container_items(path: Path | str, options: Options) -> Iterator[tuple[str, Item]]:
    if isinstance(path, str):  # URL: entries keyed by article id (a feed's order changes between fetches)
        for article in read_url(path, options):
            yield f"{path}#{article.id}", article
        return
    suffix = suffix_of(path)
    stream = iter_warc_pages(path, options) if suffix in (".warc", ".warc.gz") \
        else readers()[suffix](path, options)
    for ordinal, item in enumerate(stream):
        yield f"{path}#{ordinal}", item


def _item_weight(item: Item, gz: bool) -> int:
    if isinstance(item, WarcPage):
        return len(item.html) // (4 if gz else 1)
    if isinstance(item, Article):
        return len(item.text) + 64
    return 0


def plan_units(paths: Iterable[str | Path], options: Options, *, unit_size: int | None = None) -> Iterator[WorkUnit]:
    """The inputs as ordered work units of at most ``unit_size`` documents (streaming)."""
    size = max(1, unit_size or options.batch_size)
    unit = WorkUnit(seq=0)

    def full() -> bool:
        return len(unit.items) >= size

    for raw in paths:
        sources: Iterable[Path | str] = [raw] if is_url(raw) else iter_files([raw])
        for path in sources:
            if isinstance(path, Path) and not path.exists():
                unit.keys.append(f"{path}#0")
                unit.items.append(failed_article(path, "failed", "file not found"))
            elif isinstance(path, str) or suffix_of(path) in CONTAINER_SUFFIXES:
                file_size = 0 if isinstance(path, str) else _size(path)
                gz = isinstance(path, Path) and path.suffix.lower() == ".gz"
                counted = 0
                for key, item in _container_items(path, options):
                    weight = min(_item_weight(item, gz), file_size - counted)
                    counted += weight
                    unit.keys.append(key)
                    unit.items.append(item)
                    unit.weight += weight
                    if full():
                        yield unit
                        unit = WorkUnit(seq=unit.seq + 1)
                unit.weight += file_size - counted
            else:
                unit.keys.append(f"{path}#0")
                unit.items.append(path)
                unit.weight += _size(path)
            if full():
                yield unit
                unit = WorkUnit(seq=unit.seq + 1)
    if unit.items or unit.weight:
        yield unit


def _materialise(keys: list[str], items: list[Item], options: Options) -> Iterator[tuple[str, Article]]:
    table = readers()
    for key, item in zip(keys, items):
        if isinstance(item, Article):
            yield key, item
        elif isinstance(item, WarcPage):
            yield key, item.to_article(options)
        else:
            reader = table.get(suffix_of(item))
            if reader is None:
                from ..sources.text import read_text_file as reader
            base = key.rsplit("#", 1)[0]
            for n, article in enumerate(reader(item, options)):
                yield (key if n == 0 else f"{base}#{n}"), article


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MB.

    Linux: VmHWM of /proc/self/status (the high-water mark of this process image; ``ru_maxrss``
    would also count the parent's memory that a spawned worker inherited before its exec).
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024   # KiB on Linux


def code_unit(pipeline: Pipeline, unit: WorkUnit, dedup: DedupSettings | None) -> UnitResult:
    """Read, code and sign every document of a unit, in order."""
    started, cpu = time.perf_counter(), time.process_time()
    pairs = list(_materialise(unit.keys, unit.items, pipeline.options))
    read_done = time.perf_counter()
    sign = 0.0
    items: list[CodedItem] = []
    for (key, _), cdoc in zip(pairs, pipeline.code_documents(a for _, a in pairs)):
        coded = CodedArticle.from_document(cdoc)
        coded.events = [e for e in coded.events if pipeline._keep(e)]
        ok = coded.article.status == "ok"
        signed = time.perf_counter()
        signature = story_signature(coded.article.text, dedup) if ok and dedup else None
        sign += time.perf_counter() - signed
        sentences = sum(1 for _ in cdoc.doc.sents) if ok and cdoc.doc is not None else 0
        cdoc.doc = None
        items.append(CodedItem(key=key, coded=coded, signature=signature, sentences=sentences))
    ended = time.perf_counter()
    return UnitResult(seq=unit.seq, items=items, weight=unit.weight, seconds=ended - started,
                      peak_rss_mb=peak_rss_mb(),
                      timings={"read": read_done - started, "code": ended - read_done - sign, "sign": sign,
                               "cpu": time.process_time() - cpu})
