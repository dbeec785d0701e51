"""Micro-batching for ``POST /v1/code``: requests that arrive while the pipeline is busy are coded
together in one ``Pipeline.code_articles`` batch (spaCy parses a batch cheaper per document), and
each request gets its own result back through a future.

One worker thread owns the pipeline (spaCy and the stages are not shared across threads). The
queue of waiting articles is bounded: when it is full, ``submit`` raises ``Overloaded`` at once
(the API answers 503 with ``Retry-After``) instead of letting latency grow without bound.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from typing import Protocol

from ..errors import EventwireError
from ..pipeline import CodedArticle
from ..records import Article

log = logging.getLogger(__name__)

DEFAULT_MAX_BATCH = 16
DEFAULT_MAX_QUEUE = 64


class Coder(Protocol):
    def code_articles(self, articles: Iterable[Article]) -> Iterator[CodedArticle]: ...


class Overloaded(EventwireError):
    """The coding queue is full; ``retry_after`` is the suggested wait in whole seconds."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class CodeBatcher:
    """Codes submitted articles in batches of at most ``max_batch`` on one worker thread.

    ``make_coder`` builds the pipeline on first use (in the worker thread). At most ``max_queue``
    articles wait (not counting the batch being coded); past that ``submit`` raises ``Overloaded``.
    """

    def __init__(self, make_coder: Callable[[], Coder], *, max_batch: int = DEFAULT_MAX_BATCH,
                 max_queue: int = DEFAULT_MAX_QUEUE) -> None:
        if max_batch < 1 or max_queue < 1:
            raise ValueError("max_batch and max_queue must be at least 1")
        self._make_coder = make_coder
        self._coder: Coder | None = None
        self.max_batch = max_batch
        self.max_queue = max_queue
        self._pending: list[tuple[Article, Future[CodedArticle]]] = []
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None
        self._closed = False
        self._seconds_per_article = 1.0  # running estimate, for Retry-After
        self.batch_sizes: list[int] = []  # the last batches' sizes (kept short), for tests and stats

    @property
    def queued(self) -> int:
        with self._cond:
            return len(self._pending)

    def submit(self, article: Article) -> Future[CodedArticle]:
        """Queue one article; the future gets its CodedArticle (or the error that coding raised)."""
        future: Future[CodedArticle] = Future()
        with self._cond:
            if self._closed:
                raise Overloaded("the server is shutting down", retry_after=1)
            if len(self._pending) >= self.max_queue:
                wait = max(1, math.ceil(len(self._pending) * self._seconds_per_article))
                raise Overloaded(f"the coding queue is full ({len(self._pending)} articles waiting, limit "
                                 f"{self.max_queue}); retry in about {wait} s", retry_after=wait)
            self._pending.append((article, future))
            if self._thread is None:
                self._thread = threading.Thread(target=self._work, name="eventwire-coder", daemon=True)
                self._thread.start()
            self._cond.notify()
        return future

    def close(self) -> None:
        """Stop the worker after the batch in hand; articles still waiting get ``Overloaded``."""
        with self._cond:
            self._closed = True
            left, self._pending = self._pending, []
            self._cond.notify_all()
        for _, future in left:
            future.set_exception(Overloaded("the server is shutting down", retry_after=1))

    def _take(self) -> list[tuple[Article, Future[CodedArticle]]] | None:
        with self._cond:
            while not self._pending and not self._closed:
                self._cond.wait()
            if self._closed:
                return None
            batch, self._pending = self._pending[:self.max_batch], self._pending[self.max_batch:]
            return batch

    def _work(self) -> None:
        while (batch := self._take()) is not None:
            start = time.perf_counter()
            self._code(batch)
            per = (time.perf_counter() - start) / len(batch)
            self._seconds_per_article = 0.8 * self._seconds_per_article + 0.2 * per
            self.batch_sizes = [*self.batch_sizes[-99:], len(batch)]

    def _code(self, batch: list[tuple[Article, Future[CodedArticle]]]) -> None:
        try:
            if self._coder is None:
                self._coder = self._make_coder()
            results = list(self._coder.code_articles([a for a, _ in batch]))
            if len(results) != len(batch):
                raise EventwireError(f"the pipeline returned {len(results)} results for {len(batch)} articles")
        except Exception as err:  # noqa: BLE001 - handed to the waiting requests, never lost
            if len(batch) > 1 and self._coder is not None:
                log.warning("batch of %d failed (%s); coding one by one", len(batch), err)
                for item in batch:
                    self._code([item])
                return
            for _, future in batch:
                future.set_exception(err)
            return
        for (_, future), coded in zip(batch, results):
            future.set_result(coded)
