"""The embedded DuckDB store: articles, events, quotes and times tables.

Writing an article replaces every row it had before (delete + insert in one transaction),
so re-ingesting the same input is idempotent: same ids, no duplicates.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from ..errors import StoreError
from ..pipeline import CodedArticle
from . import stories

DEFAULT_DB = "eventwire.duckdb"

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, url VARCHAR, title VARCHAR, outlet VARCHAR, published VARCHAR,
    language VARCHAR, status VARCHAR NOT NULL, reason VARCHAR, text VARCHAR, removed JSON,
    story_id VARCHAR, source_path VARCHAR, n_events INTEGER, n_quotes INTEGER, n_times INTEGER
);
CREATE TABLE IF NOT EXISTS events (
    id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, sentence INTEGER, date VARCHAR, date_basis VARCHAR,
    source_code VARCHAR, source_country VARCHAR, source_name VARCHAR, source_text VARCHAR,
    target_code VARCHAR, target_country VARCHAR, target_name VARCHAR, target_text VARCHAR,
    cameo VARCHAR, root VARCHAR, plover VARCHAR, quad_class INTEGER, goldstein DOUBLE,
    modality VARCHAR, confidence DOUBLE, rule VARCHAR, trigger VARCHAR,
    location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE,
    speaker_code VARCHAR, speaker_name VARCHAR, via VARCHAR, record JSON
);
CREATE TABLE IF NOT EXISTS quotes (
    id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, kind VARCHAR, text VARCHAR, start_char INTEGER,
    end_char INTEGER, speaker_text VARCHAR, speaker_name VARCHAR, speaker_code VARCHAR, cue VARCHAR,
    via VARCHAR, record JSON
);
CREATE TABLE IF NOT EXISTS times (
    article_id VARCHAR NOT NULL, start_char INTEGER, end_char INTEGER, text VARCHAR, value VARCHAR,
    type VARCHAR, range_from VARCHAR, range_to VARCHAR, record JSON
);
"""

TABLES = ("articles", "events", "quotes", "times")


@dataclass
class StoreStats:
    articles: int
    ok: int
    skipped: int
    failed: int
    events: int
    quotes: int
    times: int

    def to_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


def _actor_cols(actor: dict | None) -> list[Any]:
    actor = actor or {}
    return [actor.get("code"), actor.get("country"), actor.get("name"), actor.get("text")]


def _arrow(rows: list[list[Any]]):
    """Rows (lists in table column order) as an Arrow table with positional column names."""
    import pyarrow as pa

    columns = list(zip(*rows))
    return pa.table({f"c{i}": pa.array(list(col)) for i, col in enumerate(columns)})


def _rows_of(coded: CodedArticle, rows: dict[str, list[list[Any]]]) -> None:
    """Append the rows of one coded article to ``rows[table]`` (column order of SCHEMA)."""
    a = coded.article
    rows["articles"].append(
        [a.id, a.url, a.title, a.outlet, a.published, a.language, a.status, a.reason, a.text,
         json.dumps(a.removed), a.story_id, a.source_path, len(coded.events), len(coded.quotes),
         len(coded.times)])
    seen: set[str] = set()
    for ev in coded.events:
        if ev.id in seen:
            continue
        seen.add(ev.id)
        d = ev.to_dict()
        loc = d["location"] or {}
        att = d["attribution"] or {}
        sp = att.get("speaker") or {}
        rows["events"].append(
            [ev.id, ev.article_id, ev.sentence, ev.date, ev.date_basis, *_actor_cols(d["source"]),
             *_actor_cols(d["target"]), ev.cameo, ev.root, ev.plover, ev.quad_class, _float(ev.goldstein),
             ev.modality, _float(ev.confidence), ev.rule, ev.evidence.trigger, loc.get("name"), loc.get("country"),
             _float(loc.get("lat")), _float(loc.get("lon")), sp.get("code"), sp.get("name"), att.get("via"),
             json.dumps(d)])
    for q in coded.quotes:
        if q.id in seen:
            continue
        seen.add(q.id)
        sp = q.speaker
        rows["quotes"].append(
            [q.id, q.article_id, q.kind, q.text, q.start, q.end, sp.text if sp else None,
             sp.name if sp else None, sp.code if sp else None, q.cue, q.via, json.dumps(q.to_dict())])
    for t in coded.times:
        rng = t.range or {}
        rows["times"].append([t.article_id, t.start, t.end, t.text, t.value, t.type, rng.get("from"),
                              rng.get("to"), json.dumps(t.to_dict())])


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


class EventStore:
    """A DuckDB database file of coded articles. Use as a context manager or call ``close()``."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> None:
        self.path = str(path)
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
            if not read_only:
                self.con.execute(SCHEMA)
        except (duckdb.Error, OSError) as err:
            raise StoreError(f"cannot open database {self.path}: {err}") from err

    def __enter__(self) -> "EventStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def write(self, coded: CodedArticle) -> None:
        """Store one coded article, replacing whatever the same article id had before."""
        self.write_many([coded])

    def write_many(self, batch: Iterable[CodedArticle],
                   also: Callable[[duckdb.DuckDBPyConnection], None] | None = None) -> int:
        """Store a batch in one transaction; ``also(con)`` writes more rows in the same transaction.

        Rows go in as one Arrow table per table (row-by-row INSERTs cost ~10 ms each); an article
        id given twice in a batch keeps its last version, as storing one by one would.
        """
        batch = list(batch)
        if not batch and also is None:
            return 0
        latest = {coded.article.id: coded for coded in batch}
        rows: dict[str, list[list[Any]]] = {t: [] for t in TABLES}
        for coded in latest.values():
            _rows_of(coded, rows)
        try:
            self.con.execute("BEGIN TRANSACTION")
            if latest:
                # only articles stored before have old rows: a fresh ingest skips the deletes' table scans
                # the ids as an Arrow table: a list parameter costs duckdb an import probe per element
                self.con.register("_ids", _arrow([[article_id] for article_id in latest]))
                stored = [r[0] for r in self.con.execute(
                    "SELECT id FROM articles WHERE id IN (SELECT c0 FROM _ids)").fetchall()]
                self.con.unregister("_ids")
                for table, key in (("events", "article_id"), ("quotes", "article_id"), ("times", "article_id"),
                                   ("articles", "id")):
                    if stored:
                        self.con.execute(f"DELETE FROM {table} WHERE list_contains(?, {key})", [stored])
                for table in TABLES:
                    if rows[table]:
                        self.con.register("_incoming", _arrow(rows[table]))
                        self.con.execute(f"INSERT INTO {table} SELECT * FROM _incoming")
                        self.con.unregister("_incoming")
            if also is not None:
                also(self.con)
            self.con.execute("COMMIT")
        except duckdb.Error as err:
            try:
                self.con.execute("ROLLBACK")
            except duckdb.TransactionException:
                pass   # a failed COMMIT (e.g. disk full) has already ended the transaction
            raise StoreError(f"cannot write to {self.path}: {err}") from err
        return len(batch)

    def rebuild_merged_events(self) -> tuple[int, int]:
        """Recompute the merged events and their mentions from the stored events (``stories``);
        (merged, mentions) counts. A failed write (disk full, file-size limit) raises StoreError."""
        try:
            return stories.rebuild_merged_events(self.con)
        except duckdb.Error as err:
            raise StoreError(f"cannot write to {self.path}: {err}") from err

    def _replace(self, coded: CodedArticle) -> None:
        """Store one article (inside the caller's transaction), replacing its old rows."""
        self.write_many([coded])

    def has_article(self, article_id: str) -> bool:
        return self.con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is not None

    def stats(self) -> StoreStats:
        counts = self.con.execute(
            "SELECT count(*), count(*) FILTER (status = 'ok'), count(*) FILTER (status = 'skipped'), "
            "count(*) FILTER (status = 'failed') FROM articles").fetchone()
        n = {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("events", "quotes", "times")}
        return StoreStats(*counts, n["events"], n["quotes"], n["times"])

    def records(self, table: str, where: str = "", params: list[Any] | None = None,
                limit: int | None = None, offset: int = 0) -> Iterator[dict[str, Any]]:
        """Stored records of a table as dicts (the contract's shape), filtered by a parameterised clause."""
        if table not in TABLES:
            raise StoreError(f"unknown table {table!r}")
        column = "to_json(articles)" if table == "articles" else "record"
        sql = f"SELECT {column} FROM {table}" + (f" WHERE {where}" if where else "")
        sql += " ORDER BY " + ("id" if table == "articles" else "article_id, " + (
            "start_char" if table in ("quotes", "times") else "sentence, id"))
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        for (value,) in self.con.execute(sql, params or []).fetchall():
            record = json.loads(value)
            if table == "articles":
                record["removed"] = json.loads(record["removed"]) if isinstance(record["removed"], str) else \
                    record["removed"]
                for extra in ("n_events", "n_quotes", "n_times"):
                    record.pop(extra, None)
                record["schema_version"] = 1
            yield record
