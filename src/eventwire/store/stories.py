"""Store tables for large runs: story signatures, the resume log, and GDELT-style merged events.

* ``story_signatures``: the MinHash signature and story of every ok article, so a resumed or
  incremental run clusters new reprints with stories already stored.
* ``ingest_log``: one row per input document already stored (``input_key`` = source#ordinal),
  written in the same transaction as the document's rows: ``--resume`` skips exactly these.
* ``merged_events``: events of one story with the same day, dyad, code and modality merged into
  one, with ``num_mentions``, ``num_articles``, ``num_sources``; ``mentions`` keeps every
  (article, sentence, event) behind each merged event. The per-article ``events`` stay as they are.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import duckdb

SCHEMA = """
CREATE TABLE IF NOT EXISTS story_signatures (
    article_id VARCHAR PRIMARY KEY, story_id VARCHAR NOT NULL, signature BLOB NOT NULL, seq BIGINT
);
CREATE TABLE IF NOT EXISTS ingest_log (input_key VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL);
CREATE SEQUENCE IF NOT EXISTS story_seq;
"""

MERGE_SQL = """
CREATE OR REPLACE TEMP VIEW _event_keys AS
SELECT e.id AS event_id, e.article_id, e.sentence, e.date AS event_date,
       coalesce(a.story_id, 's_' || a.id) AS story_id,
       coalesce(e.date, a.published, '') AS day,
       coalesce(e.source_code, '') AS source_code, coalesce(e.target_code, '') AS target_code,
       e.cameo, e.root, e.quad_class, e.goldstein, coalesce(e.modality, 'asserted') AS modality,
       e.source_name, e.target_name,
       coalesce(a.outlet, regexp_extract(a.url, '^[a-z]+://([^/]+)', 1), 'article:' || a.id) AS outlet
FROM events e JOIN articles a ON a.id = e.article_id;

CREATE OR REPLACE TABLE mentions AS
SELECT 'me_' || substr(md5(concat_ws('|', story_id, day, source_code, target_code, cameo, modality)), 1, 16)
           AS merged_id,
       event_id, article_id, sentence, story_id, outlet
FROM _event_keys;

CREATE OR REPLACE TABLE merged_events AS
SELECT 'me_' || substr(md5(concat_ws('|', story_id, day, source_code, target_code, cameo, modality)), 1, 16)
           AS id,
       story_id, nullif(day, '') AS date, nullif(source_code, '') AS source_code,
       nullif(target_code, '') AS target_code, cameo, any_value(root) AS root,
       any_value(quad_class) AS quad_class, any_value(goldstein) AS goldstein, modality,
       min(source_name) AS source_name, min(target_name) AS target_name,
       count(*) AS num_mentions, count(DISTINCT article_id) AS num_articles,
       count(DISTINCT outlet) AS num_sources, min(event_id) AS first_event_id
FROM _event_keys
GROUP BY story_id, day, source_code, target_code, cameo, modality;
DROP VIEW _event_keys;
"""


def ensure_tables(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(SCHEMA)


def save_stories(con: duckdb.DuckDBPyConnection, rows: Iterable[tuple[str, str, bytes]]) -> None:
    """(article id, story id, signature) rows; replaces what an article had (re-ingest)."""
    rows = list(rows)
    last = {r[0]: n for n, r in enumerate(rows)}
    rows = [r for n, r in enumerate(rows) if last[r[0]] == n]   # an article given twice: its last row, as if stored in turn
    if not rows:
        return
    import pyarrow as pa

    incoming = pa.table({"article_id": [r[0] for r in rows], "story_id": [r[1] for r in rows],
                         "signature": pa.array([r[2] for r in rows], type=pa.binary()),
                         "n": list(range(len(rows)))})
    con.register("_stories", incoming)
    con.execute("INSERT OR REPLACE INTO story_signatures SELECT article_id, story_id, signature, "
                "nextval('story_seq') FROM (SELECT * FROM _stories ORDER BY n)")
    con.unregister("_stories")


def recent_stories(con: duckdb.DuckDBPyConnection, limit: int) -> Iterator[tuple[str, str, bytes]]:
    """The last ``limit`` clustered articles, oldest first (to refill a StoryClusterer's window)."""
    cur = con.execute("SELECT article_id, story_id, signature FROM (SELECT * FROM story_signatures "
                      "ORDER BY seq DESC NULLS LAST LIMIT ?) ORDER BY seq NULLS FIRST", [limit])
    while rows := cur.fetchmany(2048):
        yield from ((a, s, bytes(sig)) for a, s, sig in rows)


def log_inputs(con: duckdb.DuckDBPyConnection, rows: Iterable[tuple[str, str]]) -> None:
    """(input key, article id) rows of documents now stored."""
    rows = list(dict(rows).items())   # one row per key (the last)
    if not rows:
        return
    import pyarrow as pa

    con.register("_logged", pa.table({"input_key": [k for k, _ in rows], "article_id": [a for _, a in rows]}))
    con.execute("INSERT OR REPLACE INTO ingest_log SELECT input_key, article_id FROM _logged")
    con.unregister("_logged")


def done_inputs(con: duckdb.DuckDBPyConnection, keys: list[str]) -> set[str]:
    """Those of ``keys`` already stored by an earlier run."""
    if not keys:
        return set()
    found = con.execute("SELECT input_key FROM ingest_log WHERE list_contains(?, input_key)", [keys]).fetchall()
    return {k for (k,) in found}


def rebuild_merged_events(con: duckdb.DuckDBPyConnection) -> tuple[int, int]:
    """Recompute ``merged_events`` and ``mentions`` from the stored events; (merged, mentions) counts."""
    con.execute(MERGE_SQL)
    merged = con.execute("SELECT count(*) FROM merged_events").fetchone()[0]
    mentions = con.execute("SELECT count(*) FROM mentions").fetchone()[0]
    return merged, mentions
