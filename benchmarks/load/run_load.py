"""Bounded load test of the eventwire REST API from a second process on 127.0.0.1.

Starts ``eventwire serve`` on a free loopback port (its own process), then runs N concurrent
clients in this process for a fixed time: each POSTs a fresh ~500-word article to /v1/code (or
GETs /v1/events with ``--mix``), waits for the answer, and sends the next. Reports requests/s,
p50/p90/p99/max latency, errors, and the server's resident memory sampled every second. Every loop
is bounded by the deadline and by ``--max-requests``; the server is stopped at the end.

    .venv/bin/python benchmarks/load/run_load.py --clients 50 --duration 60 --words 500

Only 127.0.0.1 is ever contacted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shlex
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import psutil

from eventwire.bench.synthetic import wire_story
from eventwire.store import EventStore

HOST = "127.0.0.1"


def article(seed: int, words: int) -> str:
    """A synthetic wire article of exactly ``words`` words (our own templates, no third-party text)."""
    out: list[str] = []
    n = seed * 7
    while len(out) < words:
        out.extend(wire_story(n).text.split())
        n += 1
    text = " ".join(out[:words])
    return text if text.endswith(".") else text + "."


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def start_server(db: Path, port: int, extra: list[str]) -> subprocess.Popen:
    exe = Path(sys.executable).with_name("eventwire")
    env = {k: v for k, v in os.environ.items() if k != "EVENTWIRE_API_TOKEN"}
    proc = subprocess.Popen([str(exe), "serve", "--db", str(db), "--host", HOST, "--port", str(port),
                             "--log-level", "warning", *extra], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited: {proc.stderr.read().decode()[-2000:]}")
        try:
            if httpx.get(f"http://{HOST}:{port}/v1/meta", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("server did not start in 120 s")


def rss_mb(pid: int) -> float:
    try:
        proc = psutil.Process(pid)
        return (proc.memory_info().rss + sum(c.memory_info().rss for c in proc.children(recursive=True))) / 1e6
    except psutil.Error:
        return float("nan")


async def client_loop(n: int, client: httpx.AsyncClient, args, deadline: float, texts: list[str], out: dict,
                      budget: list[int]) -> None:
    rng = random.Random(n)
    while time.monotonic() < deadline and budget[0] > 0:
        budget[0] -= 1
        started = time.perf_counter()
        try:
            if rng.random() < args.mix:
                resp = await client.post("/v1/code", json={"text": rng.choice(texts), "published": "2024-03-01"})
                kind = "code"
            else:
                resp = await client.get("/v1/events", params={"limit": 50})
                kind = "events"
            ok = resp.status_code == 200
            error = None if ok else f"HTTP {resp.status_code}"
            if resp.status_code == 503:  # refused by back-pressure: timed apart, and the client waits as told
                kind = f"{kind}_refused"
                retry = resp.headers.get("retry-after", "1")
                wait = min(float(retry) if retry.isdigit() else 1.0, max(0.0, deadline - time.monotonic()))
        except httpx.HTTPError as err:
            kind, ok, error = "error", False, err.__class__.__name__
        elapsed = time.perf_counter() - started
        if time.monotonic() <= deadline + args.timeout:
            out["latencies"].setdefault(kind, []).append(elapsed)
            if not ok:
                out["errors"][error] = out["errors"].get(error, 0) + 1
        if kind.endswith("_refused"):
            await asyncio.sleep(wait)


async def sample_memory(pid: int, deadline: float, samples: list[tuple[float, float]]) -> None:
    t0 = time.monotonic()
    while time.monotonic() < deadline:
        samples.append((round(time.monotonic() - t0, 1), rss_mb(pid)))
        await asyncio.sleep(1.0)


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


async def run(args, port: int, pid: int) -> dict:
    texts = [article(seed, args.words) for seed in range(64)]
    limits = httpx.Limits(max_connections=args.clients, max_keepalive_connections=args.clients)
    async with httpx.AsyncClient(base_url=f"http://{HOST}:{port}", timeout=args.timeout, limits=limits) as client:
        warm = await client.post("/v1/code", json={"text": texts[0]})       # builds the server's pipeline
        warm.raise_for_status()
        out: dict = {"latencies": {}, "errors": {}}
        samples: list[tuple[float, float]] = []
        budget = [args.max_requests]
        started = time.monotonic()
        deadline = started + args.duration
        await asyncio.gather(sample_memory(pid, deadline, samples),
                             *(client_loop(n, client, args, deadline, texts, out, budget) for n in range(args.clients)))
        wall = time.monotonic() - started
    every = [x for xs in out["latencies"].values() for x in xs]
    n_err = sum(out["errors"].values())
    mem = [m for _, m in samples]
    half = len(mem) // 2
    report = {
        "clients": args.clients, "duration_s": args.duration, "wall_s": round(wall, 1), "words": args.words,
        "mix_code": args.mix, "requests": len(every), "errors": n_err, "error_kinds": out["errors"],
        "requests_per_s": round(len(every) / wall, 2), "ok_per_s": round((len(every) - n_err) / wall, 2),
        "latency_s": {kind: {"n": len(xs), "p50": round(pct(xs, .5), 3), "p90": round(pct(xs, .9), 3),
                             "p99": round(pct(xs, .99), 3), "max": round(max(xs), 3),
                             "mean": round(statistics.fmean(xs), 3)} for kind, xs in out["latencies"].items()},
        "server_rss_mb": {"start": round(mem[0], 1), "max": round(max(mem), 1), "end": round(mem[-1], 1),
                          "first_half_mean": round(statistics.fmean(mem[:half] or mem), 1),
                          "second_half_mean": round(statistics.fmean(mem[half:]), 1)} if mem else {},
        "rss_samples": samples,
    }
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of load")
    parser.add_argument("--words", type=int, default=500, help="words per coded article")
    parser.add_argument("--mix", type=float, default=1.0, help="share of POST /v1/code (rest: GET /v1/events)")
    parser.add_argument("--timeout", type=float, default=120.0, help="per-request timeout, seconds")
    parser.add_argument("--max-requests", type=int, default=200_000, help="hard cap on requests sent")
    parser.add_argument("--db", type=Path, default=None, help="database to serve (default: a new empty one)")
    parser.add_argument("--out", type=Path, default=Path("out/load.json"))
    parser.add_argument("--serve-args", default="", help="extra arguments for eventwire serve, e.g. "
                        "'--workers 2 --max-queue 16'")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            db = Path(tmp) / "load.duckdb"
            with EventStore(db):
                pass
        port = free_port()
        server = start_server(db, port, shlex.split(args.serve_args))
        try:
            report = asyncio.run(run(args, port, server.pid))
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2))
    brief = {k: v for k, v in report.items() if k != "rss_samples"}
    print(json.dumps(brief, indent=2))


if __name__ == "__main__":
    main()
