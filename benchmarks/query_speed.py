"""Speed of the store queries and exports on a synthetic database (no text coding involved).

    .venv/bin/python benchmarks/query_speed.py --events 1000000 --db out/bench-queries.duckdb

Builds (once) a database of N synthetic events over 2 years and 40 actors, then times each
query kind the API and the dashboard use. Prints one line per query: best of 3 runs, in ms.
"""

from __future__ import annotations

import argparse
import io
import time
from pathlib import Path

import duckdb

from eventwire.store import EventStore
from eventwire.store import queries as q
from eventwire.store.exports import write_gdelt

COUNTRIES = ["USA", "RUS", "CHN", "DEU", "FRA", "GBR", "TUR", "UKR", "IRN", "ISR", "PSE", "SYR", "IND", "PAK",
             "JPN", "KOR", "PRK", "BRA", "MEX", "EGY"]
SECTORS = ["GOV", ""]

FILL = """
INSERT INTO events
WITH base AS (
    SELECT i,
           ? [1 + (hash(i) % 20)::INT] || ? [1 + (hash(i * 7) % 2)::INT] AS src,
           ? [1 + (hash(i * 13) % 20)::INT] || ? [1 + (hash(i * 17) % 2)::INT] AS tgt,
           lpad(((hash(i * 3) % 20) + 1)::VARCHAR, 2, '0') AS root,
           (DATE '2023-01-01' + ((hash(i * 5) % 730)::INT))::VARCHAR AS day,
           (hash(i * 11) % 4)::INT + 1 AS quad,
           ((hash(i * 19) % 200)::INT - 100) / 10.0 AS gold
    FROM range(?) t(i)
)
SELECT 'ev_' || i, 'a_' || (i // 5), 0, day, 'explicit', src, left(src, 3), NULL, src, tgt, left(tgt, 3), NULL,
       tgt, root || '0', root, NULL, quad, gold, 'asserted', 0.5, 'bench', 'x', NULL, NULL, NULL, NULL, NULL,
       NULL, NULL,
       json_object('id', 'ev_' || i, 'article_id', 'a_' || (i // 5), 'sentence', 0, 'date', day,
                   'source', json_object('code', src, 'text', src, 'country', left(src, 3), 'sectors', []),
                   'target', json_object('code', tgt, 'text', tgt, 'country', left(tgt, 3), 'sectors', []),
                   'cameo', root || '0', 'root', root, 'plover', NULL, 'quad_class', quad, 'goldstein', gold,
                   'modality', 'asserted', 'evidence', json_object('text', 'x', 'trigger', 'x', 'start', 0,
                   'end', 1), 'rule', 'bench', 'confidence', 0.5)
FROM base
"""


def build(path: Path, n: int) -> None:
    with EventStore(path) as store:
        if store.con.execute("SELECT count(*) FROM events").fetchone()[0] == n:
            return
        store.con.execute("DELETE FROM events")
        store.con.execute(FILL, [COUNTRIES, SECTORS, COUNTRIES, SECTORS, n])


def best_ms(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", default="out/bench-queries.duckdb")
    args = parser.parse_args()
    path = Path(args.db)
    path.parent.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    build(path, args.events)
    print(f"database of {args.events} events ready in {time.perf_counter() - start:.1f} s")
    con = duckdb.connect(str(path), read_only=True)
    cases = {
        "events, no filter, first page of 50": lambda: q.find_events(con, q.EventFilter(), limit=50),
        "events, no filter, page at offset 500000": lambda: q.find_events(
            con, q.EventFilter(), limit=50, offset=min(500_000, args.events - 50)),
        "events, actor=RUS": lambda: q.find_events(con, q.EventFilter(actor="RUS"), limit=50),
        "events, dyad=RUS-USA, quad 4, 2023": lambda: q.find_events(
            con, q.EventFilter(dyad="RUS-USA", quad_class=4, date_from="2023", date_to="2023"), limit=50),
        "events, actor name (ILIKE)": lambda: q.find_events(con, q.EventFilter(actor="rusgov"), limit=50),
        "timeline by month, all": lambda: q.timeline(con, q.EventFilter(), interval="month"),
        "timeline by week, dyad RUS-USA": lambda: q.timeline(con, q.EventFilter(dyad="RUS-USA"), interval="week"),
        "dyads top 20": lambda: q.dyads(con, q.EventFilter(), limit=20),
        "top actors 20": lambda: q.top_actors(con, q.EventFilter(), limit=20),
        "GDELT export, dyad RUS-USA": lambda: write_gdelt(con, io.StringIO(), q.EventFilter(dyad="RUS-USA")),
    }
    for name, fn in cases.items():
        print(f"{name:<45} {best_ms(fn):9.1f} ms")


if __name__ == "__main__":
    main()
