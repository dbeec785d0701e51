import duckdb
from runner_corpus import expected_documents, make_corpus

from eventwire.options import Options
from eventwire.runners.local_runner import RunStats, run_ingest
from eventwire.store import EventStore


def _rows(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT id, status, story_id, n_events, text FROM articles ORDER BY id").fetchall()
    finally:
        con.close()


def _story(rows, article_id):
    return next(r[2] for r in rows if r[0] == article_id)


def test_one_and_two_workers_store_the_same_rows_and_cluster_reprints(tmp_path, pipeline):
    corpus = make_corpus(tmp_path / "in")
    options = Options(batch_size=4)
    results = {}
    for workers in (1, 2):
        db = tmp_path / f"w{workers}.duckdb"
        stats = RunStats()
        with EventStore(db) as store:
            report = run_ingest([corpus], store, options, workers=workers, stats=stats,
                                pipeline=pipeline if workers == 1 else None)
        assert report.articles == expected_documents()
        assert (report.ok, report.skipped, report.failed) == (expected_documents() - 2, 1, 1)
        assert stats.sentences > 0 and stats.peak_worker_rss_mb > 0
        results[workers] = _rows(db)
    assert results[1] == results[2]
    rows = results[1]
    assert len({r[2] for r in rows if r[1] == "ok"}) == expected_documents() - 2 - 2   # two reprints joined
    assert _story(rows, "w0000100") == _story(rows, "w0000100r5")


def test_resume_skips_what_is_stored_and_rerun_is_idempotent(tmp_path, pipeline):
    corpus = make_corpus(tmp_path / "in")
    db = tmp_path / "r.duckdb"
    with EventStore(db) as store:
        first = run_ingest([corpus], store, Options(batch_size=4), pipeline=pipeline)
        stats = RunStats()
        again = run_ingest([corpus], store, Options(batch_size=3), pipeline=pipeline, resume=True, stats=stats)
        assert again.articles == 0 and stats.resumed_skipped == first.articles
        before = store.stats()
        run_ingest([corpus], store, Options(batch_size=5), pipeline=pipeline)   # no resume: recode, replace
        assert store.stats() == before
        logged = store.con.execute("SELECT count(*) FROM ingest_log").fetchone()[0]
        assert logged == expected_documents()


def test_progress_callback_reports_bytes_and_articles(tmp_path, pipeline):
    corpus = make_corpus(tmp_path / "in")
    calls = []
    from eventwire.runners.units import input_size

    with EventStore(tmp_path / "p.duckdb") as store:
        run_ingest([corpus], store, Options(batch_size=4), pipeline=pipeline,
                   on_progress=lambda weight, n: calls.append((weight, n)))
    assert sum(n for _, n in calls) == expected_documents()
    assert sum(w for w, _ in calls) == input_size([corpus])
