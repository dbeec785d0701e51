"""Fault injection in ingestion: kill -9 at random points and resume, a full disk, a read-only
database, a database another process holds. After each fault the database opens, passes an
integrity check, and (once the fault is gone) holds exactly what a clean run stores."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fault_tools import (EXIT_DONE, EXIT_STORE_ERROR, can_mount, check_integrity, documents, ingest_in_child,
                         kill_and_resume_rounds, make_corpus, remount, small_tmpfs, snapshot, wait_exit)

from eventwire.errors import StoreError
from eventwire.options import Options
from eventwire.runners.local_runner import run_ingest
from eventwire.store import EventStore

OPTIONS = Options(batch_size=3)
N_DOCS = int(os.environ.get("EVENTWIRE_FAULT_DOCS", "5"))   # text files and JSONL lines each (plus 4 odd ones)
SEED = int(os.environ.get("EVENTWIRE_FAULT_SEED", "20261127"))


@pytest.fixture(scope="module")
def clean_run(tmp_path_factory, pipeline):
    """The corpus, a database from one uninterrupted run, and the seconds one work unit takes."""
    root = tmp_path_factory.mktemp("faults")
    corpus = make_corpus(root / "corpus", n_text=N_DOCS, n_jsonl=N_DOCS)
    db = root / "clean.duckdb"
    with EventStore(db) as store:
        report = run_ingest([corpus], store, OPTIONS, pipeline=pipeline)
    assert report.articles == documents(N_DOCS, N_DOCS)
    check_integrity(db)
    started = time.perf_counter()       # a second run, timed: the first one also warmed up lazy resources
    assert wait_exit(ingest_in_child(corpus, root / "timed.duckdb", OPTIONS, pipeline)) == EXIT_DONE
    units = -(-documents(N_DOCS, N_DOCS) // OPTIONS.batch_size)
    return corpus, db, snapshot(db), (time.perf_counter() - started) / units


def test_kill_9_at_random_points_then_resume_loses_and_doubles_nothing(tmp_path, pipeline, clean_run):
    corpus, _, expected, unit_seconds = clean_run
    rng = random.Random(SEED)
    db = tmp_path / "killed.duckdb"
    hits = kill_and_resume_rounds(corpus, db, OPTIONS, pipeline, rng, kills=3, unit_seconds=unit_seconds)
    assert hits >= 1      # the first kill comes at most 2 of 5 units in: it always hits a running ingest
    check_integrity(db)
    assert snapshot(db) == expected


@pytest.mark.slow
def test_kill_9_many_rounds(tmp_path, pipeline, clean_run):
    """The long version: EVENTWIRE_KILL_ROUNDS rounds (default 25) of 4 kills each, fresh seed per round."""
    corpus, _, expected, unit_seconds = clean_run
    rounds = int(os.environ.get("EVENTWIRE_KILL_ROUNDS", "25"))
    hits = 0
    for round_no in range(rounds):
        rng = random.Random(SEED + round_no)
        db = tmp_path / f"many{round_no}.duckdb"
        hits += kill_and_resume_rounds(corpus, db, OPTIONS, pipeline, rng, kills=4, unit_seconds=unit_seconds)
        check_integrity(db)
        assert snapshot(db) == expected, f"round {round_no} differs from the clean run"
        db.unlink()
        Path(str(db) + ".wal").unlink(missing_ok=True)
    print(f"\n{rounds} rounds, {hits} kills landed on a running ingest, 0 records lost or doubled")


@pytest.mark.slow
def test_kill_9_of_the_cli_with_two_workers_then_resume(tmp_path, clean_run):
    """The real command line: ``eventwire ingest --workers 2`` killed with SIGKILL, then ``--resume``."""
    corpus, _, expected, unit_seconds = clean_run
    db = tmp_path / "cli.duckdb"
    exe = str(Path(sys.executable).with_name("eventwire"))
    rng = random.Random(SEED)
    for _ in range(int(os.environ.get("EVENTWIRE_CLI_KILLS", "3"))):
        proc = subprocess.Popen([exe, "ingest", str(corpus), "--db", str(db), "--workers", "2", "--batch-size", "3",
                                 "--resume"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
        time.sleep(rng.uniform(8.0, 8.0 + 6 * unit_seconds))   # start-up loads spaCy in three processes
        proc.send_signal(signal.SIGKILL)                  # the main process only: its workers must go too
        proc.wait()
        time.sleep(2.5)                                   # workers notice the dead parent within ~1 s
        left = subprocess.run(["pgrep", "-s", str(proc.pid)], capture_output=True, text=True).stdout.split()
        assert not left, f"worker processes outlived the killed ingest: {left}"
    done = subprocess.run([exe, "ingest", str(corpus), "--db", str(db), "--batch-size", "3", "--resume"],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode in (0, 3), done.stderr
    check_integrity(db)
    assert snapshot(db) == expected


def _fill_disk_then_resume(pipeline, clean_run, mount_point: Path, size: str) -> int:
    """Ingest onto a tmpfs of ``size``; then grow it and resume. Returns the first run's exit code."""
    corpus, clean_db, expected, _ = clean_run
    with small_tmpfs(mount_point, size):
        db = mount_point / "full.duckdb"
        code = wait_exit(ingest_in_child(corpus, db, OPTIONS, pipeline))
        assert code in (EXIT_DONE, EXIT_STORE_ERROR), f"a full disk must end the run with a StoreError, got {code}"
        remount(mount_point, "size=64m")                 # space freed: the same file opens and resumes
        check_integrity(db)
        if code == EXIT_DONE:                            # a run that says it finished must have stored it all
            assert snapshot(db) == expected
        code2 = wait_exit(ingest_in_child(corpus, db, OPTIONS, pipeline))
        assert code2 == EXIT_DONE
        check_integrity(db)
        assert snapshot(db) == expected
    return code


@pytest.mark.skipif(not can_mount(), reason="mounting a tmpfs needs root")
def test_a_full_disk_stops_with_a_store_error_and_a_resume_completes(tmp_path, pipeline, clean_run):
    assert _fill_disk_then_resume(pipeline, clean_run, tmp_path / "small", "64k") == EXIT_STORE_ERROR


@pytest.mark.slow
@pytest.mark.skipif(not can_mount(), reason="mounting a tmpfs needs root")
@pytest.mark.parametrize("size", ["16k", "128k", "256k", "512k", "1m", "2m"])
def test_a_disk_that_fills_at_other_points(tmp_path, pipeline, clean_run, size):
    _fill_disk_then_resume(pipeline, clean_run, tmp_path / "small", size)


@pytest.mark.parametrize("limit", [200_000, pytest.param(1_300_000, marks=pytest.mark.slow)])
def test_a_size_limited_file_stops_with_a_store_error_and_a_resume_completes(tmp_path, pipeline, clean_run, limit):
    """Also without root: RLIMIT_FSIZE makes every write past the limit fail (EFBIG), as a full disk does."""
    corpus, clean_db, expected, _ = clean_run
    db = tmp_path / "limited.duckdb"
    code = wait_exit(ingest_in_child(corpus, db, OPTIONS, pipeline, fsize_limit=limit))
    assert code in (EXIT_DONE, EXIT_STORE_ERROR), f"a file-size limit must end the run with a StoreError, got {code}"
    check_integrity(db)
    if code == EXIT_DONE:
        assert snapshot(db) == expected
    assert wait_exit(ingest_in_child(corpus, db, OPTIONS, pipeline)) == EXIT_DONE
    check_integrity(db)
    assert snapshot(db) == expected


@pytest.mark.skipif(not can_mount(), reason="a read-only mount needs root (root ignores file modes)")
def test_a_read_only_database_is_refused_with_a_message_and_left_intact(tmp_path, clean_run):
    _, clean_db, expected, _ = clean_run
    mount_point = tmp_path / "ro"
    with small_tmpfs(mount_point, "64m"):
        db = mount_point / "events.duckdb"
        db.write_bytes(clean_db.read_bytes())
        remount(mount_point, "ro")
        with pytest.raises(StoreError, match="cannot open database"):
            EventStore(db)
        with EventStore(db, read_only=True) as store:          # reading still works
            assert store.stats().to_dict()["articles"] == expected.stats["articles"]
        exe = str(Path(sys.executable).with_name("eventwire"))
        cli = subprocess.run([exe, "stats", "--db", str(db), "--format", "json"], capture_output=True, text=True,
                             timeout=120)
        assert cli.returncode == 0 and '"articles"' in cli.stdout
        corpus = clean_run[0]
        cli = subprocess.run([exe, "ingest", str(corpus), "--db", str(db)], capture_output=True, text=True, timeout=300)
        assert cli.returncode == 2 and "error: cannot open database" in cli.stderr and "Traceback" not in cli.stderr
        remount(mount_point, "rw")
        assert snapshot(db) == expected


def test_a_database_held_by_another_process_is_refused_then_works_once_released(tmp_path, pipeline, clean_run):
    corpus, _, expected, _ = clean_run
    db = tmp_path / "held.duckdb"
    with EventStore(db):
        pass
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time\n"
                               f"con = duckdb.connect({str(db)!r})\nprint('held', flush=True)\ntime.sleep(120)"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(StoreError) as err:
            EventStore(db)
        assert "lock" in str(err.value).lower()
        assert wait_exit(ingest_in_child(corpus, db, OPTIONS, pipeline)) == EXIT_STORE_ERROR
    finally:
        holder.kill()
        holder.wait()
    assert wait_exit(ingest_in_child(corpus, db, OPTIONS, pipeline)) == EXIT_DONE
    check_integrity(db)
    assert snapshot(db) == expected


@pytest.mark.slow
def test_a_dask_worker_that_dies_mid_run_loses_nothing(tmp_path, clean_run):
    """Two Dask workers; one is killed (SIGKILL) once the first partition is on disk. The nanny
    restarts it, the scheduler reruns its tasks, and the database equals the clean local run."""
    distributed = pytest.importorskip("distributed")
    from eventwire.runners.dask_runner import run_dask_ingest

    corpus, _, expected, _ = clean_run
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    killed: list[int] = []
    try:
        with distributed.Client(cluster) as client:
            pids = sorted(client.run(os.getpid).values())
            parts = tmp_path / "parts"

            def killer() -> None:
                deadline = time.monotonic() + 300
                while time.monotonic() < deadline:
                    if parts.exists() and any(parts.glob("part-*/signatures.parquet")):
                        os.kill(pids[-1], signal.SIGKILL)
                        killed.append(pids[-1])
                        return
                    time.sleep(0.05)

            import threading

            thread = threading.Thread(target=killer, daemon=True)
            thread.start()
            db = tmp_path / "dask.duckdb"
            with EventStore(db) as store:
                report = run_dask_ingest([corpus], store, OPTIONS, client=client, parquet_dir=parts)
            thread.join(timeout=5)
    finally:
        cluster.close()
    assert killed, "the worker was not killed during the run"
    assert report.articles == expected.stats["articles"]
    check_integrity(db)
    assert snapshot(db) == expected
