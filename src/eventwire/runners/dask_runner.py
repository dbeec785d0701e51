"""Ingest on a Dask cluster: partitions coded on the workers, written as Parquet, loaded into DuckDB.

The main process plans the input into partitions (the same work units as the local runner),
submits at most a bounded number at a time, and each Dask worker codes a partition with its own
Pipeline (built once per worker process) and writes ``part-NNNNNN/{articles,events,quotes,
times,signatures}.parquet`` under the Parquet folder. The main process then loads the
partitions in input order: story ids are assigned with the same clusterer as a local run, and
each partition's rows, its stories and its resume-log rows go into the database in one
transaction, so ``resume=True`` after a crash skips exactly the loaded documents.

On a real cluster the Parquet folder must be storage that the workers and this process share
(NFS, a cluster file system); see docs/SCALING.md for Slurm (dask-jobqueue) and Kubernetes.
"""

from __future__ import annotations

import logging
import os
import shutil
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb

from ..errors import EventwireError
from ..ingest import IngestReport
from ..options import Options
from ..pipeline import Pipeline
from ..stages.dedup import DedupSettings
from ..store import stories
from ..store.duckdb_store import TABLES, EventStore
from .local_runner import RunStats, _skip_done, load_clusterer
from .units import WorkUnit, code_unit, plan_units

log = logging.getLogger(__name__)


@dataclass
class PartitionResult:
    seq: int
    folder: str
    documents: int
    sentences: int
    seconds: float
    peak_rss_mb: float
    weight: int


def _worker_pipeline(options: Options) -> Pipeline:
    """The Pipeline of this Dask worker process, built on first use (kept on the worker object)."""
    from distributed import get_worker

    worker = get_worker()
    pipeline = getattr(worker, "_eventwire_pipeline", None)
    if pipeline is None or pipeline.options != options:
        pipeline = Pipeline(options)
        worker._eventwire_pipeline = pipeline
    return pipeline


def code_partition(unit: WorkUnit, folder: str, options: Options, dedup: DedupSettings) -> PartitionResult:
    """Runs on a Dask worker: code one partition and write it as Parquet files under ``folder``."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    result = code_unit(_worker_pipeline(options), unit, dedup)
    out = Path(folder) / f"part-{unit.seq:06d}"
    out.mkdir(parents=True, exist_ok=True)
    with EventStore(":memory:") as mem:
        mem.write_many([item.coded for item in result.items])
        for table in TABLES:
            mem.con.execute(f"COPY {table} TO '{out / table}.parquet' (FORMAT PARQUET)")
    signatures = pa.table({
        "ordinal": list(range(len(result.items))),
        "input_key": [i.key for i in result.items],
        "article_id": [i.coded.article.id for i in result.items],
        "status": [i.coded.article.status for i in result.items],
        "signature": pa.array([i.signature for i in result.items], type=pa.binary()),
    })
    pq.write_table(signatures, out / "signatures.parquet")
    return PartitionResult(seq=unit.seq, folder=str(out), documents=len(result.items),
                           sentences=sum(i.sentences for i in result.items), seconds=result.seconds,
                           peak_rss_mb=result.peak_rss_mb, weight=unit.weight)


def load_partition(store: EventStore, part: PartitionResult, clusterer, report: IngestReport) -> None:
    """Load one partition's Parquet files into the database, with stories and resume-log rows."""
    folder = Path(part.folder)
    con = store.con
    rows = con.execute(f"SELECT input_key, article_id, status, signature FROM '{folder}/signatures.parquet' "
                       "ORDER BY ordinal").fetchall()
    assigned: list[tuple[str, str, bytes]] = []
    for _, article_id, status, signature in rows:
        if status == "ok":
            sig = bytes(signature) if signature is not None else None
            story = clusterer.assign(article_id, sig)
            if sig is not None:
                assigned.append((article_id, story, sig))
    articles = f"'{folder}/articles.parquet'"
    con.execute("BEGIN TRANSACTION")
    try:
        for table, key in (("events", "article_id"), ("quotes", "article_id"), ("times", "article_id"),
                           ("articles", "id")):
            con.execute(f"DELETE FROM {table} WHERE {key} IN (SELECT id FROM {articles})")
        for table in TABLES:
            con.execute(f"INSERT INTO {table} SELECT * FROM '{folder}/{table}.parquet'")
        for article_id, story, _ in assigned:
            con.execute("UPDATE articles SET story_id = ? WHERE id = ?", [story, article_id])
        stories.save_stories(con, assigned)
        stories.log_inputs(con, [(key, article_id) for key, article_id, _, _ in rows])
        con.execute("COMMIT")
    except (duckdb.Error, OSError) as err:
        try:
            con.execute("ROLLBACK")
        except duckdb.TransactionException:
            pass   # a failed COMMIT (e.g. disk full) has already ended the transaction
        raise EventwireError(f"cannot load partition {folder}: {err}") from err
    for status, n in con.execute(f"SELECT status, count(*) FROM {articles} GROUP BY status").fetchall():
        setattr(report, status, getattr(report, status) + n)
        report.articles += n
    report.events += con.execute(f"SELECT count(*) FROM '{folder}/events.parquet'").fetchone()[0]
    for reason, n in con.execute(f"SELECT reason, count(*) FROM {articles} WHERE status != 'ok' "
                                 "GROUP BY reason").fetchall():
        report.reasons[reason] = report.reasons.get(reason, 0) + n


def _clear_parts(folder: Path) -> None:
    """Remove the partitions of an earlier run (only ``part-*`` folders: nothing else is touched)."""
    for part in folder.glob("part-*"):
        if part.is_dir():
            shutil.rmtree(part, ignore_errors=True)


def connect(address: str, workers: int):
    """A Dask client: ``local`` starts a LocalCluster of ``workers`` single-threaded processes."""
    from distributed import Client, LocalCluster

    for name in ("distributed", "distributed.scheduler", "distributed.worker", "distributed.core",
                 "distributed.http.proxy"):
        logging.getLogger(name).setLevel(logging.WARNING)
    # a loaded worker may take more than the nanny's 4 s to stop at the end; it is then killed, harmlessly
    logging.getLogger("distributed.nanny").setLevel(logging.ERROR)
    if address == "local":
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        return Client(cluster), cluster
    try:
        return Client(address, timeout="30s"), None
    except (OSError, TimeoutError) as err:
        raise EventwireError(f"cannot reach the Dask scheduler at {address}: {err}") from err


def _ordered(futures: Iterator, window: int) -> Iterator[PartitionResult]:
    pending: deque = deque()
    for future in futures:
        pending.append(future)
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def run_dask_ingest(paths: Iterable[str | Path], store: EventStore, options: Options | None = None, *,
                    address: str = "local", resume: bool = False, parquet_dir: str | Path | None = None,
                    keep_parquet: bool = True, dedup: DedupSettings | None = None,
                    stats: RunStats | None = None, client=None) -> IngestReport:
    """Code ``paths`` on a Dask cluster into ``store``; the counts are returned, the rest goes to ``stats``."""
    options = options or Options()
    dedup = dedup if dedup is not None else DedupSettings.from_extra(options.extra)
    stats = stats if stats is not None else RunStats()
    workers = max(1, options.workers if options.workers > 1 else 2)
    folder = Path(parquet_dir or options.extra.get("parquet_dir") or f"{store.path}.parquet")
    if store.path == ":memory:" and parquet_dir is None:
        raise EventwireError("a Dask run needs a Parquet folder (parquet_dir) for an in-memory database")
    folder.mkdir(parents=True, exist_ok=True)
    _clear_parts(folder)
    started = time.perf_counter()
    report = IngestReport()
    stories.ensure_tables(store.con)
    clusterer = load_clusterer(store, dedup)
    units: Iterator[WorkUnit] = plan_units(list(paths), options, unit_size=options.batch_size)
    if resume:
        units = _skip_done(units, store, stats)
    own, cluster = (None, None) if client is not None else connect(address, workers)
    client = client or own
    try:
        window = 2 * max(1, len(client.scheduler_info().get("workers", {})) or workers) + 1
        futures = (client.submit(code_partition, unit, str(folder.resolve()), options, dedup, pure=False)
                   for unit in units if unit.items)
        for part in _ordered(futures, window):
            load_partition(store, part, clusterer, report)
            stats.sentences += part.sentences
            stats.worker_seconds += part.seconds
            stats.peak_worker_rss_mb = max(stats.peak_worker_rss_mb, part.peak_rss_mb)
            log.info("loaded partition %d (%d documents)", part.seq, part.documents)
    finally:
        if own is not None:
            own.close()
        if cluster is not None:
            cluster.close()
    stats.merged_events, stats.mentions = store.rebuild_merged_events()
    stats.wall_seconds = time.perf_counter() - started
    if not keep_parquet:
        _clear_parts(folder)
    log.info("dask run: %s in %.1f s on pid %d", report.summary(), stats.wall_seconds, os.getpid())
    return report
