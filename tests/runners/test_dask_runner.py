import duckdb
import pytest
from runner_corpus import expected_documents, make_corpus

from eventwire.options import Options
from eventwire.runners.local_runner import RunStats, run_ingest
from eventwire.store import EventStore

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


def _table(db, sql):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_dask_run_matches_a_local_run_and_writes_partitioned_parquet(tmp_path, client, pipeline):
    from eventwire.runners.dask_runner import run_dask_ingest

    corpus = make_corpus(tmp_path / "in", n_text=5, n_jsonl=3)
    options = Options(batch_size=3)
    with EventStore(tmp_path / "local.duckdb") as store:
        run_ingest([corpus], store, options, pipeline=pipeline)
    stats = RunStats()
    parquet = tmp_path / "parts"
    with EventStore(tmp_path / "dask.duckdb") as store:
        report = run_dask_ingest([corpus], store, options, client=client, parquet_dir=parquet, stats=stats)
    n = expected_documents(n_text=5, n_jsonl=3)
    assert report.articles == n and report.failed == 1 and report.skipped == 1
    parts = sorted(p.name for p in parquet.iterdir())
    assert len(parts) == -(-n // 3) and all((parquet / p / "events.parquet").exists() for p in parts)
    sql = "SELECT id, status, reason, story_id, text, n_events FROM articles ORDER BY id"
    assert _table(tmp_path / "dask.duckdb", sql) == _table(tmp_path / "local.duckdb", sql)
    count = "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM ingest_log), (SELECT count(*) FROM mentions)"
    assert _table(tmp_path / "dask.duckdb", count) == _table(tmp_path / "local.duckdb", count)
    # resume on the cluster: everything is stored already, nothing is coded again
    again = RunStats()
    with EventStore(tmp_path / "dask.duckdb") as store:
        second = run_dask_ingest([corpus], store, options, client=client, parquet_dir=parquet, resume=True,
                                 stats=again)
    assert second.articles == 0 and again.resumed_skipped == n
