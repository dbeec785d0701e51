"""The local pool's worker processes: one BLAS thread each, the parent's environment left as it was."""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor

from eventwire.runners.worker import WORKER_ENV, WorkerContext


def test_workers_get_one_blas_thread_and_the_parent_env_is_unchanged(monkeypatch):
    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    monkeypatch.setenv("OMP_NUM_THREADS", "3")          # a user's own setting wins
    with ProcessPoolExecutor(max_workers=1, mp_context=WorkerContext()) as pool:
        seen = tuple(pool.submit(os.getenv, key).result() for key in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS"))
    assert seen == (WORKER_ENV["OPENBLAS_NUM_THREADS"], "3")
    assert "OPENBLAS_NUM_THREADS" not in os.environ and os.environ["OMP_NUM_THREADS"] == "3"
