import json

from click.testing import CliRunner

from eventwire.cli import main
from eventwire.store import EventStore


def test_ingest_twice_is_idempotent_and_counts_every_document(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Germany sharply criticised Turkey on Monday over the arrest of journalists.")
    (docs / "b.txt").write_bytes(b"\x00\x01binary")
    db = tmp_path / "t.duckdb"
    runner = CliRunner()
    for _ in range(2):
        runner.invoke(main, ["ingest", str(docs), "--db", str(db)], catch_exceptions=False)
    result = runner.invoke(main, ["stats", "--db", str(db), "--format", "json"], catch_exceptions=False)
    stats = json.loads(result.stdout)
    assert stats["articles"] == 2 and stats["ok"] == 1 and stats["skipped"] == 1
    assert set(stats) == {"articles", "ok", "skipped", "failed", "events", "quotes", "times"}
    with EventStore(db, read_only=True) as store:
        rows = list(store.records("articles"))
    assert {r["status"] for r in rows} == {"ok", "skipped"}
    assert all(r["reason"] for r in rows if r["status"] == "skipped")
