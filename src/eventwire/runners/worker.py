"""What a worker process of the local pool runs: its own Pipeline, a watch on its parent, one thread.

A worker runs one thread. A second thread in a process, even an idle one (OpenBLAS starts one per
core when numpy loads, importing duckdb starts one for its default connection, a watchdog thread),
switches glibc's mutexes to their atomic path, and spaCy's parser and NER take the GIL at every
transition check: the pipeline then costs ~13 % more CPU per article (measured on the bench corpus:
27.7 vs 24.3 CPU ms). So the worker's BLAS gets one thread through its environment (set for the
worker only; a user's own setting wins), duckdb's default connection (imported with the CLI, which
spawn imports again in the worker) gets one thread, and the parent is watched from a timer signal.

This module imports neither the store nor duckdb: the worker loads it to run its tasks.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from multiprocessing.context import SpawnContext, SpawnProcess

from ..options import Options
from ..pipeline import Pipeline
from ..stages.dedup import DedupSettings
from .units import UnitResult, WorkUnit, code_unit

WORKER_ENV = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}

WARM_UP_TEXT = ("PARIS - France's president met Germany's chancellor in Paris on Monday. "
                "The two leaders agreed to hold talks on trade, the government said.")


class _WorkerState:
    """The pipeline of one worker process (set by the pool initializer; one per process)."""

    pipeline: Pipeline | None = None
    dedup: DedupSettings | None = None


class WorkerProcess(SpawnProcess):
    """A spawned worker whose environment has ``WORKER_ENV`` (this process's own is left as it was)."""

    def start(self) -> None:
        saved = {key: os.environ.get(key) for key in WORKER_ENV}
        for key, value in WORKER_ENV.items():
            os.environ.setdefault(key, value)
        try:
            super().start()
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value


class WorkerContext(SpawnContext):
    """The spawn context with ``WorkerProcess``: pass it as a process pool's ``mp_context``."""

    Process = WorkerProcess


def warmed_pipeline(options: Options) -> Pipeline:
    """A Pipeline whose lazily loaded resources (model, dictionaries) are loaded: one text coded."""
    pipeline = Pipeline(options)
    pipeline.code_text(WARM_UP_TEXT, published="2024-01-01")
    return pipeline


def _exit_with_parent(parent: int) -> None:
    """A worker whose main process died (kill -9) exits instead of lingering (thread fallback)."""
    while True:
        time.sleep(1.0)
        if os.getppid() != parent:
            os._exit(1)


def watch_parent(parent: int) -> None:
    """Exit when the main process is gone: checked every second from a timer signal, no thread."""
    if not hasattr(signal, "setitimer"):     # not POSIX: a watchdog thread
        threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
        return

    def check(_signum: int, _frame: object) -> None:
        if os.getppid() != parent:
            os._exit(1)

    signal.signal(signal.SIGALRM, check)
    signal.setitimer(signal.ITIMER_REAL, 1.0, 1.0)


def _one_duckdb_thread() -> None:
    """duckdb's default connection (the module imported with the CLI) runs one thread, not one per core."""
    duckdb = sys.modules.get("duckdb")
    if duckdb is not None:
        duckdb.execute("SET threads=1")


def init_worker(options: Options, dedup: DedupSettings | None, parent: int) -> None:
    watch_parent(parent)
    _one_duckdb_thread()
    _WorkerState.pipeline = warmed_pipeline(options)
    _WorkerState.dedup = dedup


def code_in_worker(unit: WorkUnit) -> UnitResult:
    assert _WorkerState.pipeline is not None, "worker not initialised"
    result = code_unit(_WorkerState.pipeline, unit, _WorkerState.dedup)
    result.worker = os.getpid()
    return result


def warm_up(pause: float = 0.5) -> int:
    """A task that holds a worker briefly: submit one per worker to start (and time) them all."""
    time.sleep(pause)
    return os.getpid()
