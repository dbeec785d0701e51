"""Ingest on one machine: in this process (``workers=1``) or on a pool of worker processes.

Each worker process builds its own Pipeline once and codes whole work units (a spaCy batch
each). The main process plans units (streaming), keeps at most ``2 x workers + 1`` of them in
flight (bounded memory on any corpus size), and takes results back in input order: it assigns
story ids (so clusters do not depend on the number of workers), and stores each unit in one
transaction together with its resume-log rows. A killed run restarted with ``resume=True``
codes every remaining document exactly once. At the end the merged-events table is rebuilt.
"""

from __future__ import annotations

import logging
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import EventwireError
from ..ingest import IngestReport
from ..options import Options
from ..pipeline import Pipeline
from ..stages.dedup import DedupSettings, StoryClusterer
from ..store import stories
from ..store.duckdb_store import EventStore
from .units import UnitResult, WorkUnit, code_unit, peak_rss_mb, plan_units
from .worker import WorkerContext, code_in_worker, init_worker, warm_up, warmed_pipeline

__all__ = ["RunStats", "run_ingest", "worker_pool", "warm_up", "warmed_pipeline", "store_results",
           "load_clusterer"]

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int], None]   # (input bytes done, articles done) since the last call
UNITS_PER_COMMIT = 4   # units stored per transaction: DuckDB's fixed cost of one (~5 ms of CPU) is shared by four


@dataclass
class RunStats:
    """What a run measured, beyond the counts: for progress, benchmarks and the report."""

    sentences: int = 0
    resumed_skipped: int = 0
    worker_seconds: float = 0.0
    peak_worker_rss_mb: float = 0.0
    merged_events: int = 0
    mentions: int = 0
    wall_seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)   # seconds summed: read, code, sign, assign, store

    def add_time(self, name: str, seconds: float) -> None:
        self.timings[name] = self.timings.get(name, 0.0) + seconds


def worker_pool(workers: int, options: Options, dedup: DedupSettings | None) -> ProcessPoolExecutor:
    """A pool of ``workers`` processes, each building its own Pipeline when it starts.

    spawn, not fork: a clean process per worker (no inherited DuckDB handle, honest memory figures),
    each running one thread (see ``runners/worker.py``).
    """
    return ProcessPoolExecutor(max_workers=workers, mp_context=WorkerContext(),
                               initializer=init_worker, initargs=(options, dedup, os.getpid()))


def _bounded_map(pool: ProcessPoolExecutor, units: Iterator[WorkUnit], window: int) -> Iterator[UnitResult]:
    """Results in input order, with at most ``window`` units submitted and not yet taken back."""
    pending: deque[Future[UnitResult]] = deque()
    for unit in units:
        pending.append(pool.submit(code_in_worker, unit))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _skip_done(units: Iterator[WorkUnit], store: EventStore, stats: RunStats) -> Iterator[WorkUnit]:
    """Drop the documents the resume log says are stored already."""
    for unit in units:
        done = stories.done_inputs(store.con, unit.keys)
        if done:
            kept = [(k, i) for k, i in zip(unit.keys, unit.items) if k not in done]
            stats.resumed_skipped += len(unit.keys) - len(kept)
            unit.keys = [k for k, _ in kept]
            unit.items = [i for _, i in kept]
        yield unit


def load_clusterer(store: EventStore, settings: DedupSettings) -> StoryClusterer:
    """A clusterer holding the most recent stored stories (so new reprints join them)."""
    clusterer = StoryClusterer(settings)
    for article_id, story_id, signature in stories.recent_stories(store.con, settings.window):
        if len(signature) == settings.num_perm * 8:
            clusterer.remember(article_id, story_id, signature)
    return clusterer


def store_results(results: list[UnitResult], store: EventStore, clusterer: StoryClusterer | None,
                  report: IngestReport, stats: RunStats) -> None:
    """Assign story ids (in input order) and store units with their resume-log rows, in one transaction."""
    started = time.perf_counter()
    items = [item for result in results for item in result.items]
    signed: list[tuple[str, str, bytes]] = []
    for item in items:
        article = item.coded.article
        if clusterer is not None and article.status == "ok":
            article.story_id = clusterer.assign(article.id, item.signature)
            if item.signature is not None:
                signed.append((article.id, article.story_id, item.signature))
        report.add(item.coded)
        stats.sentences += item.sentences

    def also(con) -> None:
        stories.save_stories(con, signed)
        stories.log_inputs(con, [(i.key, i.coded.article.id) for i in items])

    assigned = time.perf_counter()
    store.write_many([i.coded for i in items], also=also)
    stats.add_time("assign", assigned - started)
    stats.add_time("store", time.perf_counter() - assigned)
    for result in results:
        for name, seconds in result.timings.items():
            stats.add_time(name, seconds)
        stats.worker_seconds += result.seconds
        stats.peak_worker_rss_mb = max(stats.peak_worker_rss_mb, result.peak_rss_mb)
        log.info("stored unit %d (%d documents)", result.seq, len(result.items))


def run_ingest(paths: Iterable[str | Path], store: EventStore, options: Options | None = None, *,
               workers: int | None = None, resume: bool = False, dedup: DedupSettings | None = None,
               pipeline: Pipeline | None = None, on_progress: ProgressCallback | None = None,
               stats: RunStats | None = None, pool: ProcessPoolExecutor | None = None) -> IngestReport:
    """Code every document under ``paths`` into ``store``; returns the counts (``stats`` gets the rest)."""
    options = options or Options()
    workers = max(1, workers or options.workers)
    dedup = dedup if dedup is not None else DedupSettings.from_extra(options.extra)
    stats = stats if stats is not None else RunStats()
    report = IngestReport()
    started = time.perf_counter()
    stories.ensure_tables(store.con)
    clusterer = load_clusterer(store, dedup)
    units: Iterator[WorkUnit] = plan_units(list(paths), options)
    if resume:
        units = _skip_done(units, store, stats)
    if pool is not None:   # the caller's warm pool (see ``worker_pool``), e.g. for benchmarks
        _consume(_bounded_map(pool, units, 2 * workers + 1), store, clusterer, report, stats, on_progress)
    elif workers == 1:
        pipeline = pipeline or Pipeline(options)
        results: Iterator[UnitResult] = (code_unit(pipeline, u, dedup) for u in units)
        _consume(results, store, clusterer, report, stats, on_progress)
    else:
        try:
            with worker_pool(workers, options, dedup) as own_pool:
                _consume(_bounded_map(own_pool, units, 2 * workers + 1), store, clusterer, report, stats,
                         on_progress)
        except BrokenProcessPool as err:
            raise EventwireError(f"a worker process died ({err}); {report.articles} documents were stored: "
                                 "run again with --resume to code the rest") from err
    stats.merged_events, stats.mentions = store.rebuild_merged_events()
    stats.peak_worker_rss_mb = max(stats.peak_worker_rss_mb, peak_rss_mb() if workers == 1 else 0.0)
    stats.wall_seconds = time.perf_counter() - started
    return report


def _consume(results: Iterator[UnitResult], store: EventStore, clusterer: StoryClusterer, report: IngestReport,
             stats: RunStats, on_progress: ProgressCallback | None) -> None:
    """Store the results in input order, ``UNITS_PER_COMMIT`` units per transaction.

    The units received before a failure of the producer (a dead worker) are stored before it is raised."""
    pending: list[UnitResult] = []

    def flush() -> None:
        if pending:
            store_results(pending, store, clusterer, report, stats)
            if on_progress is not None:
                for result in pending:
                    on_progress(result.weight, len(result.items))
            pending.clear()

    try:
        for result in results:
            pending.append(result)
            if len(pending) >= UNITS_PER_COMMIT:
                flush()
    except BaseException:
        flush()
        raise
    flush()
