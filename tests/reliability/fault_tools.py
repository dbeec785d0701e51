"""Helpers of the fault-injection tests: a mixed corpus, runs in a forked child that can be killed,
database snapshots for "same as a clean run", an integrity check, and a small tmpfs."""

from __future__ import annotations

import json
import os
import random
import select
import signal
import subprocess
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb

from eventwire.bench.synthetic import reprint, wire_story
from eventwire.errors import StoreError
from eventwire.options import Options
from eventwire.runners.local_runner import run_ingest
from eventwire.store import EventStore

EXIT_DONE, EXIT_STORE_ERROR = 0, 3


def make_corpus(root: Path, n_text: int = 10, n_jsonl: int = 10) -> Path:
    """Text files, a JSONL file, near-duplicate reprints, a binary file and a malformed JSONL line."""
    root.mkdir(parents=True, exist_ok=True)
    for n in range(n_text):
        story = wire_story(500 + n)
        (root / f"t{n:03d}.txt").write_text(f"{story.title}\n{story.text}\n", encoding="utf-8")
    copy = reprint(wire_story(500), seed=9)
    (root / "t000_reprint.txt").write_text(f"{copy.title}\n{copy.text}\n", encoding="utf-8")
    with (root / "wire.jsonl").open("w", encoding="utf-8") as out:
        for n in range(n_jsonl):
            s = wire_story(900 + n)
            out.write(json.dumps({"id": s.id, "text": s.text, "published": s.published, "url": s.url}) + "\n")
        again = reprint(wire_story(900), seed=3)
        out.write(json.dumps({"id": again.id, "text": again.text, "published": again.published}) + "\n")
        out.write("{broken json\n")
    (root / "binary.txt").write_bytes(b"\x00\x01\x02\x03 not text")
    return root


def documents(n_text: int = 10, n_jsonl: int = 10) -> int:
    return n_text + 1 + n_jsonl + 2 + 1


@dataclass(frozen=True)
class Snapshot:
    """Everything a run leaves in the database that a resumed run must reproduce exactly."""

    stats: dict
    articles: tuple
    events: tuple
    quotes: int
    times: int
    logged: tuple
    merged: int
    mentions: int


def snapshot(db: Path) -> Snapshot:
    con = duckdb.connect(str(db), read_only=True)
    q = lambda sql: con.execute(sql).fetchall()   # noqa: E731
    try:
        stats = dict(zip(("articles", "ok", "skipped", "failed"), q(
            "SELECT count(*), count(*) FILTER (status = 'ok'), count(*) FILTER (status = 'skipped'), "
            "count(*) FILTER (status = 'failed') FROM articles")[0]))
        return Snapshot(
            stats=stats,
            articles=tuple(q("SELECT id, status, reason, story_id, n_events, n_quotes, n_times, md5(text) "
                             "FROM articles ORDER BY id")),
            events=tuple(q("SELECT id, article_id, cameo, source_code, target_code, date FROM events ORDER BY id")),
            quotes=q("SELECT count(*) FROM quotes")[0][0],
            times=q("SELECT count(*) FROM times")[0][0],
            logged=tuple(q("SELECT * FROM ingest_log ORDER BY ALL")),
            merged=q("SELECT count(*) FROM merged_events")[0][0],
            mentions=q("SELECT count(*) FROM mentions")[0][0],
        )
    finally:
        con.close()


def check_integrity(db: Path) -> None:
    """The file opens read-write (the WAL replays), every block reads back, keys are unique, rows agree."""
    con = duckdb.connect(str(db))
    try:
        q = lambda sql: con.execute(sql).fetchall()   # noqa: E731
        tables = {name for (name,) in q("SELECT table_name FROM information_schema.tables")}
        assert {"articles", "events", "quotes", "times", "ingest_log"} <= tables, tables
        for table in sorted(tables):
            q(f"SELECT * FROM {table}")                            # reads (and checksums) every block
        for table in ("articles", "events", "quotes"):
            total, distinct = q(f"SELECT count(*), count(DISTINCT id) FROM {table}")[0]
            assert total == distinct, f"duplicate ids in {table}"
        for table in ("events", "quotes", "times"):
            orphans = q(f"SELECT count(*) FROM {table} WHERE article_id NOT IN (SELECT id FROM articles)")[0][0]
            assert orphans == 0, f"{orphans} {table} rows without their article"
        wrong = q("SELECT count(*) FROM articles a WHERE n_events <> (SELECT count(*) FROM events e "
                  "WHERE e.article_id = a.id)")[0][0]
        assert wrong == 0, f"{wrong} articles whose n_events disagrees with the events table"
        unlogged = q("SELECT count(*) FROM ingest_log WHERE article_id NOT IN (SELECT id FROM articles)")[0][0]
        assert unlogged == 0, "the resume log names articles that are not stored"
        q("CHECKPOINT")
    finally:
        con.close()


def ingest_in_child(corpus: Path, db: Path, options: Options, pipeline, *, resume: bool = True,
                    workers: int = 1, fsize_limit: int | None = None, progress_fd: int | None = None) -> int:
    """Fork; the child ingests ``corpus`` into ``db`` with the parent's loaded pipeline and exits
    EXIT_DONE, or EXIT_STORE_ERROR on a StoreError (any other exception: exit 1). Returns the pid.
    With ``progress_fd`` the child writes one byte there each time a work unit is committed."""
    pid = os.fork()
    if pid:
        return pid
    code = 1
    try:
        on_progress = (lambda weight, n: os.write(progress_fd, b".")) if progress_fd is not None else None
        if fsize_limit is not None:
            import resource

            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)   # writes past the limit fail with EFBIG instead
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize_limit, fsize_limit))
        with EventStore(db) as store:
            run_ingest([corpus], store, options, pipeline=pipeline if workers == 1 else None, workers=workers,
                       resume=resume, on_progress=on_progress)
        code = EXIT_DONE
    except StoreError:
        code = EXIT_STORE_ERROR
    except BaseException:   # noqa: BLE001 - the child must never return into pytest
        import traceback

        traceback.print_exc()
        code = 1
    finally:
        os._exit(code)


def wait_exit(pid: int, timeout: float = 300.0) -> int | None:
    """Exit code of a child (None when a signal ended it)."""
    deadline = time.monotonic() + timeout
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status) if os.WIFEXITED(status) else None
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            raise AssertionError(f"child {pid} did not finish in {timeout} s")
        time.sleep(0.02)


def kill_at(pid: int, delay: float) -> bool:
    """SIGKILL ``pid`` after ``delay`` seconds; True when it was still running (a real kill)."""
    deadline = time.monotonic() + delay
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return False
        time.sleep(0.005)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        return False
    _, status = os.waitpid(pid, 0)
    return os.WIFSIGNALED(status)


def kill_after_units(pid: int, read_fd: int, units: int, extra: float) -> bool:
    """SIGKILL ``pid`` once it has committed ``units`` more work units and ``extra`` seconds more have
    passed (so the kill lands while the next unit is coded or committed). True when it was still running."""
    seen = 0
    while seen < units:
        ready, _, _ = select.select([read_fd], [], [], 120.0)
        if not ready:
            break
        chunk = os.read(read_fd, 64)
        if not chunk:          # the child closed the pipe: it finished
            break
        seen += len(chunk)
    return kill_at(pid, extra)


def kill_and_resume_rounds(corpus: Path, db: Path, options: Options, pipeline, rng: random.Random, *,
                           kills: int, unit_seconds: float) -> int:
    """Kill an ingest ``kills`` times, each after a random number of committed units (0-2) plus a
    random fraction of a unit's time, resuming each time; then let a last resumed run finish.
    Returns how many kills hit a running ingest."""
    hits = 0
    for _ in range(kills):
        read_fd, write_fd = os.pipe()
        pid = ingest_in_child(corpus, db, options, pipeline, progress_fd=write_fd)
        os.close(write_fd)
        try:
            hits += kill_after_units(pid, read_fd, rng.randint(0, 2), rng.uniform(0.0, unit_seconds))
        finally:
            os.close(read_fd)
    pid = ingest_in_child(corpus, db, options, pipeline)
    assert wait_exit(pid) == EXIT_DONE
    return hits


def can_mount() -> bool:
    return os.geteuid() == 0 and subprocess.run(["which", "mount"], capture_output=True).returncode == 0


@contextmanager
def small_tmpfs(path: Path, size: str):
    """A tmpfs of ``size`` mounted at ``path`` (root only); unmounted on exit."""
    path.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], check=True)
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def remount(path: Path, opts: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{opts}", str(path)], check=True)
