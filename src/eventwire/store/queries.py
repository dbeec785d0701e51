"""Queries over the DuckDB store: filtered events and quotes, counts over time, dyads, top actors.

Every value a user gives reaches DuckDB as a bound parameter; the SQL text is assembled only from
fixed fragments chosen by name. ``EventFilter`` is the one description of "which events" shared by
the CLI, the REST API and the dashboard.

Actor values (``actor``, ``source``, ``target``, ``speaker``, the sides of ``dyad``) are read as a
CAMEO code prefix when they look like a code (three or more capital letters or digits, e.g. ``RUS``,
``USAGOV``), otherwise as a case-insensitive part of the actor's canonical name or mention text.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, fields
from datetime import date
from typing import Any

import duckdb

from ..errors import EventwireError

INTERVALS = ("day", "week", "month", "year")
MODALITIES = ("asserted", "negated", "hypothetical", "future")
QUOTE_KINDS = ("direct", "indirect", "mixed")
MAX_LIMIT = 10_000

_CODE_RE = re.compile(r"^[A-Z0-9]{3,}$")
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_CAMEO_RE = re.compile(r"^\d{2,4}$")
_PLOVER_RE = re.compile(r"^[A-Z_]{2,40}$")


class QueryError(EventwireError):
    """A filter value is malformed (bad date, unknown QuadClass, ...). The message says which and why."""


def check_date(value: str | None, name: str) -> str | None:
    """YYYY, YYYY-MM or YYYY-MM-DD (a real date), or None; anything else raises QueryError."""
    if value is None or value == "":
        return None
    value = value.strip()
    if not _DATE_RE.match(value):
        raise QueryError(f"{name}: {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    padded = value + "-01" * ((10 - len(value)) // 3)
    try:
        date.fromisoformat(padded)
    except ValueError as err:
        raise QueryError(f"{name}: {value!r} is not a valid date ({err})") from err
    return value


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _actor_clause(value: str, code_col: str, name_cols: tuple[str, ...]) -> tuple[str, list[Any]]:
    """SQL matching one actor value against a code column (prefix) or name columns (substring)."""
    value = value.strip()
    if not value:
        raise QueryError("an actor value is empty")
    if _CODE_RE.match(value):
        return f"{code_col} LIKE ? ESCAPE '\\'", [_like_escape(value) + "%"]
    pattern = "%" + _like_escape(value) + "%"
    return "(" + " OR ".join(f"{c} ILIKE ? ESCAPE '\\'" for c in name_cols) + ")", [pattern] * len(name_cols)


def _side(value: str, side: str) -> tuple[str, list[Any]]:
    return _actor_clause(value, f"{side}_code", (f"{side}_name", f"{side}_text"))


@dataclass
class EventFilter:
    """Which events: every field set narrows the selection (fields combine with AND)."""

    actor: str | None = None          # source or target
    source: str | None = None
    target: str | None = None
    dyad: str | None = None           # "A-B" or "A,B": either direction between A and B
    cameo: str | None = None          # code prefix: "04" = root 04, "041" = 041 and its 4-digit children
    root: str | None = None
    quad_class: int | None = None
    plover: str | None = None
    modality: str | None = None
    date_from: str | None = None      # inclusive, compares at the precision given
    date_to: str | None = None        # inclusive: "2017-01" includes every day of January 2017
    place: str | None = None          # location name (part) or country code
    speaker: str | None = None        # who the event is attributed to
    article_id: str | None = None

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, "")}

    def where(self) -> tuple[str, list[Any]]:
        """The WHERE clause (without the keyword; "TRUE" when empty) and its parameters."""
        parts: list[str] = []
        params: list[Any] = []

        def add(sql: str, values: list[Any]) -> None:
            parts.append(sql)
            params.extend(values)

        if self.actor:
            s_sql, s_par = _side(self.actor, "source")
            t_sql, t_par = _side(self.actor, "target")
            add(f"({s_sql} OR {t_sql})", s_par + t_par)
        if self.source:
            add(*_side(self.source, "source"))
        if self.target:
            add(*_side(self.target, "target"))
        if self.dyad:
            a, b = _split_dyad(self.dyad)
            sa, pa = _side(a, "source")
            tb, pb = _side(b, "target")
            sb, pb2 = _side(b, "source")
            ta, pa2 = _side(a, "target")
            add(f"(({sa} AND {tb}) OR ({sb} AND {ta}))", pa + pb + pb2 + pa2)
        if self.cameo:
            if not _CAMEO_RE.match(self.cameo):
                raise QueryError(f"cameo: {self.cameo!r} is not a CAMEO event code (2 to 4 digits)")
            add("cameo LIKE ?", [self.cameo + "%"])
        if self.root:
            if not (len(self.root) == 2 and self.root.isdigit()):
                raise QueryError(f"root: {self.root!r} is not a CAMEO root (two digits, 01 to 20)")
            add("root = ?", [self.root])
        if self.quad_class is not None:
            if self.quad_class not in (1, 2, 3, 4):
                raise QueryError(f"quad_class: {self.quad_class!r} is not 1, 2, 3 or 4")
            add("quad_class = ?", [int(self.quad_class)])
        if self.plover:
            plover = self.plover.strip().upper()
            if not _PLOVER_RE.match(plover):
                raise QueryError(f"plover: {self.plover!r} is not a PLOVER event type")
            add("plover = ?", [plover])
        if self.modality:
            if self.modality not in MODALITIES:
                raise QueryError(f"modality: {self.modality!r} is not one of {', '.join(MODALITIES)}")
            add("modality = ?", [self.modality])
        if self.date_from:
            add("date >= ?", [check_date(self.date_from, "date_from")])
        if self.date_to:
            value = check_date(self.date_to, "date_to")
            add("left(date, ?) <= ?", [len(value), value])
        if self.place:
            place = self.place.strip()
            if _CODE_RE.match(place) and len(place) == 3:
                add("location_country = ?", [place])
            else:
                add("location_name ILIKE ? ESCAPE '\\'", ["%" + _like_escape(place) + "%"])
        if self.speaker:
            add(*_actor_clause(self.speaker, "speaker_code", ("speaker_name",)))
        if self.article_id:
            add("article_id = ?", [self.article_id])
        return (" AND ".join(parts) or "TRUE"), params


def _split_dyad(value: str) -> tuple[str, str]:
    for sep in (",", "-", ":", "|"):
        if sep in value:
            a, _, b = value.partition(sep)
            if a.strip() and b.strip():
                return a.strip(), b.strip()
    raise QueryError(f"dyad: {value!r} is not two actors separated by '-' or ',' (e.g. RUS-USA)")


def _check_page(limit: int, offset: int) -> None:
    if not 0 < limit <= MAX_LIMIT:
        raise QueryError(f"limit must be between 1 and {MAX_LIMIT}, got {limit}")
    if offset < 0:
        raise QueryError(f"offset must be 0 or more, got {offset}")


@dataclass
class Page:
    """One page of records and the total number that match."""

    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int

    @property
    def next_offset(self) -> int | None:
        return self.offset + self.limit if self.offset + self.limit < self.total else None

    def to_dict(self) -> dict[str, Any]:
        return {"total": self.total, "limit": self.limit, "offset": self.offset,
                "next_offset": self.next_offset, "items": self.items}


def find_events(con: duckdb.DuckDBPyConnection, flt: EventFilter | None = None, *, limit: int = 50,
                offset: int = 0) -> Page:
    """Event records (the contract's shape) matching the filter, ordered by date, article, sentence."""
    flt = flt or EventFilter()
    _check_page(limit, offset)
    where, params = flt.where()
    total = con.execute(f"SELECT count(*) FROM events WHERE {where}", params).fetchone()[0]
    rows = con.execute(
        f"SELECT record FROM events WHERE {where} ORDER BY date NULLS LAST, article_id, sentence, id "
        "LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
    return Page([json.loads(r[0]) for r in rows], total, limit, offset)


@dataclass
class QuoteFilter:
    speaker: str | None = None
    kind: str | None = None
    article_id: str | None = None
    text: str | None = None           # part of the quoted text

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    def where(self) -> tuple[str, list[Any]]:
        parts: list[str] = []
        params: list[Any] = []
        if self.speaker:
            sql, par = _actor_clause(self.speaker, "speaker_code", ("speaker_name", "speaker_text"))
            parts.append(sql)
            params.extend(par)
        if self.kind:
            if self.kind not in QUOTE_KINDS:
                raise QueryError(f"kind: {self.kind!r} is not one of {', '.join(QUOTE_KINDS)}")
            parts.append("kind = ?")
            params.append(self.kind)
        if self.article_id:
            parts.append("article_id = ?")
            params.append(self.article_id)
        if self.text:
            parts.append("text ILIKE ? ESCAPE '\\'")
            params.append("%" + _like_escape(self.text) + "%")
        return (" AND ".join(parts) or "TRUE"), params


def find_quotes(con: duckdb.DuckDBPyConnection, flt: QuoteFilter | None = None, *, limit: int = 50,
                offset: int = 0) -> Page:
    flt = flt or QuoteFilter()
    _check_page(limit, offset)
    where, params = flt.where()
    total = con.execute(f"SELECT count(*) FROM quotes WHERE {where}", params).fetchone()[0]
    rows = con.execute(f"SELECT record FROM quotes WHERE {where} ORDER BY article_id, start_char, id "
                       "LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
    return Page([json.loads(r[0]) for r in rows], total, limit, offset)


def get_article(con: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, Any] | None:
    """One article with its events, quotes and times, or None when the id is unknown."""
    row = con.execute("SELECT id, url, title, outlet, published, language, status, reason, text, removed, "
                      "story_id, source_path FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        return None
    keys = ("id", "url", "title", "outlet", "published", "language", "status", "reason", "text", "removed",
            "story_id", "source_path")
    article = dict(zip(keys, row))
    article["removed"] = json.loads(article["removed"]) if article["removed"] else []
    article["schema_version"] = 1
    out: dict[str, Any] = {"article": article}
    for table, order in (("events", "sentence, id"), ("quotes", "start_char, id"), ("times", "start_char")):
        rows = con.execute(f"SELECT record FROM {table} WHERE article_id = ? ORDER BY {order}",
                           [article_id]).fetchall()
        out[table] = [json.loads(r[0]) for r in rows]
    return out


_PERIOD_SQL = {
    "day": ("left(date, 10)", 10),
    "week": ("strftime(date_trunc('week', TRY_CAST(left(date, 10) AS DATE)), '%Y-%m-%d')", 10),
    "month": ("left(date, 7)", 7),
    "year": ("left(date, 4)", 4),
}


def timeline(con: duckdb.DuckDBPyConnection, flt: EventFilter | None = None, *,
             interval: str = "month") -> list[dict[str, Any]]:
    """Event counts per period and QuadClass, and the mean Goldstein score per period.

    Events whose date is less precise than the interval (a month-only date in a daily timeline)
    are left out. Week periods are named by their Monday (YYYY-MM-DD).
    """
    if interval not in _PERIOD_SQL:
        raise QueryError(f"interval: {interval!r} is not one of {', '.join(INTERVALS)}")
    flt = flt or EventFilter()
    period, precision = _PERIOD_SQL[interval]
    where, params = flt.where()
    rows = con.execute(
        f"SELECT {period} AS period, quad_class, count(*), sum(goldstein) FROM events "
        f"WHERE {where} AND date IS NOT NULL AND length(date) >= ? GROUP BY ALL ORDER BY period, quad_class",
        [*params, precision]).fetchall()
    periods: dict[str, dict[str, Any]] = {}
    for label, quad, count, gold in rows:
        entry = periods.setdefault(label, {"period": label, "counts": {"1": 0, "2": 0, "3": 0, "4": 0},
                                           "total": 0, "_gold": 0.0})
        if quad is not None:
            entry["counts"][str(quad)] = count
        entry["total"] += count
        entry["_gold"] += gold or 0.0
    result = []
    for entry in periods.values():
        entry["goldstein"] = round(entry.pop("_gold") / entry["total"], 3) if entry["total"] else None
        result.append(entry)
    return result


def dyads(con: duckdb.DuckDBPyConnection, flt: EventFilter | None = None, *, limit: int = 20,
          directed: bool = True) -> list[dict[str, Any]]:
    """The dyads (source code, target code) with the most events, with QuadClass counts and mean Goldstein."""
    _check_page(limit, 0)
    flt = flt or EventFilter()
    where, params = flt.where()
    if directed:
        a, b = "source_code", "target_code"
    else:
        a, b = "least(source_code, target_code)", "greatest(source_code, target_code)"
    rows = con.execute(
        f"SELECT {a} AS a, {b} AS b, count(*) AS n, avg(goldstein), "
        "count(*) FILTER (quad_class = 1), count(*) FILTER (quad_class = 2), "
        "count(*) FILTER (quad_class = 3), count(*) FILTER (quad_class = 4) "
        f"FROM events WHERE {where} AND source_code IS NOT NULL AND target_code IS NOT NULL "
        "GROUP BY ALL ORDER BY n DESC, a, b LIMIT ?", [*params, limit]).fetchall()
    return [{"source": r[0], "target": r[1], "count": r[2], "goldstein": round(r[3], 3) if r[3] is not None
             else None, "counts": {"1": r[4], "2": r[5], "3": r[6], "4": r[7]}} for r in rows]


def top_actors(con: duckdb.DuckDBPyConnection, flt: EventFilter | None = None, *,
               limit: int = 20) -> list[dict[str, Any]]:
    """Actor codes by number of events they take part in (as source or target)."""
    _check_page(limit, 0)
    flt = flt or EventFilter()
    where, params = flt.where()
    rows = con.execute(
        "WITH sel AS (SELECT * FROM events WHERE " + where + "), sides AS ("
        "SELECT source_code AS code, source_name AS name, 1 AS as_source, 0 AS as_target FROM sel "
        "UNION ALL SELECT target_code, target_name, 0, 1 FROM sel) "
        "SELECT code, any_value(name) FILTER (name IS NOT NULL), count(*) AS n, sum(as_source), sum(as_target) "
        "FROM sides WHERE code IS NOT NULL GROUP BY code ORDER BY n DESC, code LIMIT ?",
        [*params, limit]).fetchall()
    return [{"code": r[0], "name": r[1], "events": r[2], "as_source": int(r[3]), "as_target": int(r[4])}
            for r in rows]


def summary(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Counts per table and the date range of the events."""
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("articles", "events", "quotes", "times")}
    first, last = con.execute("SELECT min(date), max(date) FROM events").fetchone()
    return {**counts, "first_date": first, "last_date": last}


__all__ = ["EventFilter", "QuoteFilter", "QueryError", "Page", "find_events", "find_quotes", "get_article",
           "timeline", "dyads", "top_actors", "summary", "check_date", "INTERVALS"]
