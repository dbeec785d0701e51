"""Kill -9 in the middle of an ingest, restart with --resume: every document is stored exactly once."""

import os
import re
import signal
import subprocess
import sys

import duckdb

from eventwire.bench.synthetic import wire_story

CLI = [sys.executable, "-c", "from eventwire.cli import main; main()"]


def _count(db, sql):
    con = duckdb.connect(str(db))
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def test_killed_run_resumes_and_codes_each_remaining_document_once(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    n = 24
    for i in range(n):
        story = wire_story(500 + i)
        (corpus / f"d{i:03d}.txt").write_text(story.title + "\n" + story.text, encoding="utf-8")
    db = tmp_path / "k.duckdb"
    args = [*CLI, "-v", "ingest", str(corpus), "--db", str(db), "--batch-size", "2", "--resume"]
    proc = subprocess.Popen(args, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, bufsize=1)
    stored = 0
    for line in proc.stderr:
        if "stored unit" in line:
            stored += 1
            if stored == 2:
                os.kill(proc.pid, signal.SIGKILL)
                break
    proc.wait(timeout=60)
    proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL, "the run ended before it could be killed"
    done_before = _count(db, "SELECT count(*) FROM ingest_log")
    assert 4 <= done_before < n
    assert _count(db, "SELECT count(*) FROM articles") == done_before

    rerun = subprocess.run(args, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    coded_now = int(re.search(r"(\d+) articles: ", rerun.stderr).group(1))
    assert coded_now == n - done_before           # only the remaining documents were coded
    assert _count(db, "SELECT count(*) FROM ingest_log") == n
    assert _count(db, "SELECT count(*) FROM articles") == n
    assert _count(db, "SELECT count(DISTINCT id) FROM articles") == n
    assert _count(db, "SELECT count(*) FROM story_signatures") == n
