"""Ingestion: read inputs, code them, store them, and account for every document."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .options import Options
from .pipeline import CodedArticle, Pipeline
from .store.duckdb_store import EventStore


@dataclass
class IngestReport:
    articles: int = 0
    ok: int = 0
    skipped: int = 0
    failed: int = 0
    events: int = 0
    reasons: dict[str, int] = field(default_factory=dict)

    def add(self, coded: CodedArticle) -> None:
        self.articles += 1
        status = coded.article.status
        setattr(self, status, getattr(self, status) + 1)
        self.events += len(coded.events)
        if coded.article.reason and status != "ok":
            self.reasons[coded.article.reason] = self.reasons.get(coded.article.reason, 0) + 1

    def summary(self) -> str:
        return (f"{self.articles} articles: {self.ok} ok, {self.skipped} skipped, {self.failed} failed; "
                f"{self.events} events")


def ingest_paths(paths: Iterable[str | Path], store: EventStore, options: Options | None = None, *,
                 pipeline: Pipeline | None = None, workers: int | None = None, resume: bool = False,
                 on_progress: Callable[[int, int], None] | None = None, stats: object | None = None) -> IngestReport:
    """Code every article under ``paths`` into ``store``; returns the counts.

    Runs on ``workers`` processes (default ``options.workers``), clusters reprints into stories,
    logs every stored document for ``resume`` and rebuilds the merged events
    (``runners.local_runner.run_ingest``).
    """
    from .runners.local_runner import run_ingest

    return run_ingest(paths, store, options or Options(), workers=workers, resume=resume, pipeline=pipeline,
                      on_progress=on_progress, stats=stats)  # type: ignore[arg-type]
