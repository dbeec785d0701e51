"""Micro-batching of POST /v1/code and its back-pressure (api/batcher.py), with a stand-in coder that
holds its first batch until the test releases it, so the batches are known without timing."""

import threading

import pytest
from fastapi.testclient import TestClient

from eventwire.api import create_app
from eventwire.api.batcher import CodeBatcher, Overloaded
from eventwire.pipeline import CodedArticle
from eventwire.records import Article


class GatedCoder:
    """Codes an article into a CodedArticle that carries its id; the first batch waits for ``gate``."""

    def __init__(self, fail_on: str | None = None) -> None:
        self.gate = threading.Event()
        self.started = threading.Event()
        self.batches: list[list[str]] = []
        self.fail_on = fail_on

    def code_articles(self, articles):
        articles = list(articles)
        self.batches.append([a.id for a in articles])
        self.started.set()
        self.gate.wait(timeout=30)
        for a in articles:
            if a.id == self.fail_on:
                raise ValueError(f"cannot code {a.id}")
        return iter([CodedArticle(article=Article(id=a.id, text=a.text)) for a in articles])


def _article(i):
    return Article(id=f"a{i}", text=f"text number {i}")


def test_requests_queued_while_busy_are_coded_in_one_batch_each_getting_its_own_result():
    coder = GatedCoder()
    batcher = CodeBatcher(lambda: coder, max_batch=10, max_queue=20)
    first = batcher.submit(_article(0))
    assert coder.started.wait(timeout=30)
    waiting = {i: batcher.submit(_article(i)) for i in (5, 3, 9, 1, 7)}  # arrive while the coder is busy
    coder.gate.set()
    assert first.result(timeout=30).article.id == "a0"
    for i, future in waiting.items():
        assert future.result(timeout=30).article.id == f"a{i}"
    assert coder.batches == [["a0"], ["a5", "a3", "a9", "a1", "a7"]]
    batcher.close()


def test_batches_are_capped_at_max_batch():
    coder = GatedCoder()
    batcher = CodeBatcher(lambda: coder, max_batch=2, max_queue=20)
    batcher.submit(_article(0))
    assert coder.started.wait(timeout=30)
    futures = [batcher.submit(_article(i)) for i in range(1, 6)]
    coder.gate.set()
    assert [f.result(timeout=30).article.id for f in futures] == [f"a{i}" for i in range(1, 6)]
    assert coder.batches == [["a0"], ["a1", "a2"], ["a3", "a4"], ["a5"]]
    batcher.close()


def test_a_failing_article_fails_only_its_own_request():
    coder = GatedCoder(fail_on="a2")
    batcher = CodeBatcher(lambda: coder, max_batch=10, max_queue=20)
    batcher.submit(_article(0))
    assert coder.started.wait(timeout=30)
    futures = {i: batcher.submit(_article(i)) for i in (1, 2, 3)}
    coder.gate.set()
    assert futures[1].result(timeout=30).article.id == "a1"
    assert futures[3].result(timeout=30).article.id == "a3"
    with pytest.raises(ValueError, match="cannot code a2"):
        futures[2].result(timeout=30)
    batcher.close()


def test_a_full_queue_refuses_at_once_with_a_retry_time():
    coder = GatedCoder()
    batcher = CodeBatcher(lambda: coder, max_batch=10, max_queue=2)
    batcher.submit(_article(0))
    assert coder.started.wait(timeout=30)
    queued = [batcher.submit(_article(1)), batcher.submit(_article(2))]
    with pytest.raises(Overloaded, match="queue is full") as refused:
        batcher.submit(_article(3))
    assert refused.value.retry_after >= 1
    coder.gate.set()
    assert [f.result(timeout=30).article.id for f in queued] == ["a1", "a2"]
    batcher.close()


def test_the_api_answers_503_with_retry_after_when_the_coding_queue_is_full(sample_db):
    coder = GatedCoder()
    with TestClient(create_app(sample_db, pipeline=coder, max_queue=1)) as client:
        batcher = client.app.state.eventwire.batcher
        busy = batcher.submit(_article(0))
        assert coder.started.wait(timeout=30)
        queued = batcher.submit(_article(1))  # the queue (bound 1) is now full
        response = client.post("/v1/code", json={"text": "Germany condemned the attack.", "id": "x"})
        assert response.status_code == 503
        assert int(response.headers["retry-after"]) >= 1
        assert "queue is full" in response.json()["error"]
        coder.gate.set()
        assert busy.result(timeout=30).article.id == "a0" and queued.result(timeout=30).article.id == "a1"
        ok = client.post("/v1/code", json={"text": "Germany condemned the attack.", "id": "x"})
        assert ok.status_code == 200 and ok.json()["article"]["id"] == "x"


def test_concurrent_api_requests_each_get_their_own_coded_article(sample_db, pipeline):
    texts = {f"doc{i}": f"{name} condemned the attack on Monday." for i, name in
             enumerate(["Germany", "France", "Russia", "Japan", "Brazil", "Kenya"])}
    results = {}
    with TestClient(create_app(sample_db, pipeline=pipeline)) as client:
        def post(doc_id):
            results[doc_id] = client.post("/v1/code", json={"text": texts[doc_id], "id": doc_id}).json()

        threads = [threading.Thread(target=post, args=(d,)) for d in texts]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
    assert set(results) == set(texts)
    for doc_id, body in results.items():
        assert body["article"]["id"] == doc_id
        assert body["article"]["text"] == texts[doc_id]
