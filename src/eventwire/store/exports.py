"""Exports of the store: the GDELT 2.0 event table, PLOVER JSON records, Parquet and CSV of every table.

GDELT 2.0 event table: 61 tab-separated columns, no header line (``header=True`` adds one), one
line per event. eventwire fills the columns it has data for and leaves the others empty:

- GlobalEventID is an integer made from the event id's hash (stable, fits a signed 64-bit int);
- Day/MonthYear/Year/FractionDate come from the event date (publication date when the event
  date is less precise than a day);
- Actor*Code/Name/CountryCode/KnownGroupCode/Type1-3Code from the source and target actors
  (Ethnic and Religion codes are empty: eventwire does not code them);
- IsRootEvent is 1 for events of the article's first sentence;
- NumMentions/NumSources/NumArticles are 1 (one record per mention), AvgTone is empty;
- ActionGeo_* from the event location (Actor1Geo_*/Actor2Geo_* are empty);
- DATEADDED is the publication date (YYYYMMDD000000), SOURCEURL the article URL.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any, TextIO

import duckdb

from ..errors import StoreError
from .duckdb_store import TABLES
from .queries import EventFilter

GDELT_COLUMNS = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                             "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    *(f"Actor2{c}" for c in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                             "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{p}_{c}" for p in ("Actor1Geo", "Actor2Geo", "ActionGeo")
      for c in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)

EXPORT_FORMATS = ("gdelt", "plover", "parquet", "csv")


def _selected(con: duckdb.DuckDBPyConnection, flt: EventFilter | None) -> Iterator[tuple[dict, dict]]:
    """(event record, article fields) for the filtered events, in a stable order."""
    where, params = (flt or EventFilter()).where()
    cursor = con.execute(
        f"SELECT e.record, a.url, a.published, a.title, a.outlet FROM (SELECT * FROM events WHERE {where}) e "
        "LEFT JOIN articles a ON a.id = e.article_id "
        "ORDER BY e.date NULLS LAST, e.article_id, e.sentence, e.id", params)
    while rows := cursor.fetchmany(1000):
        for record, url, published, title, outlet in rows:
            yield json.loads(record), {"url": url, "published": published, "title": title, "outlet": outlet}


def gdelt_event_id(event_id: str) -> int:
    digits = event_id.split("_", 1)[-1]
    try:
        return int(digits[:15], 16)
    except ValueError:
        return int.from_bytes(event_id.encode("utf-8")[:7].ljust(7, b"\0"), "big")


def _full_date(*candidates: str | None) -> date | None:
    for value in candidates:
        if value and len(value) >= 10:
            try:
                return date.fromisoformat(value[:10])
            except ValueError:
                continue
    return None


def _actor_cells(actor: dict | None) -> list[str]:
    if not actor:
        return [""] * 10
    code = actor.get("code") or ""
    sectors = list(actor.get("sectors") or [])[:3]
    known_group = code[3:6] if code.startswith("IGO") else ""
    return [code, (actor.get("name") or actor.get("text") or "").upper(), actor.get("country") or "",
            known_group, "", "", "", *(sectors + [""] * (3 - len(sectors)))]


def _geo_cells(location: dict | None) -> list[str]:
    if not location or not (location.get("country") or location.get("lat") is not None):
        return [""] * 8
    has_point = location.get("lat") is not None and location.get("lon") is not None
    if not has_point:
        geo_type = "1"
    else:
        geo_type = "3" if location.get("country") == "USA" else "4"
    return [geo_type, location.get("name") or location.get("text") or "", location.get("country") or "", "", "",
            _num(location.get("lat")), _num(location.get("lon")),
            str(location["geonameid"]) if location.get("geonameid") is not None else ""]


def _num(value: Any) -> str:
    return "" if value is None else f"{value:g}" if isinstance(value, float) else str(value)


def _clean(cell: str) -> str:
    return cell.replace("\t", " ").replace("\r", " ").replace("\n", " ")


def gdelt_row(event: dict, article: dict) -> list[str]:
    """One event as the 61 cells of a GDELT 2.0 event table line."""
    day = _full_date(event.get("date"), article.get("published"))
    published = _full_date(article.get("published"))
    fraction = f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else ""
    cameo = event.get("cameo") or ""
    cells = [
        str(gdelt_event_id(event.get("id") or "")),
        day.strftime("%Y%m%d") if day else "", day.strftime("%Y%m") if day else "",
        str(day.year) if day else "", fraction,
        *_actor_cells(event.get("source")), *_actor_cells(event.get("target")),
        "1" if event.get("sentence") == 0 else "0", cameo, cameo[:3], event.get("root") or cameo[:2],
        str(event.get("quad_class") or ""), _num(event.get("goldstein")), "1", "1", "1", "",
        *([""] * 8), *([""] * 8), *_geo_cells(event.get("location")),
        published.strftime("%Y%m%d000000") if published else "", article.get("url") or "",
    ]
    return [_clean(c) for c in cells]


def write_gdelt(con: duckdb.DuckDBPyConnection, out: TextIO, flt: EventFilter | None = None, *,
                header: bool = False) -> int:
    """Write the filtered events as a GDELT 2.0 event table; returns the number of lines written."""
    if header:
        out.write("\t".join(GDELT_COLUMNS) + "\n")
    n = 0
    for event, article in _selected(con, flt):
        out.write("\t".join(gdelt_row(event, article)) + "\n")
        n += 1
    return n


def _plover_entity(actor: dict | None) -> list[dict[str, Any]]:
    """An actor as a PLOVER entity list: country (or IGO code), primary and secondary sectors, identifier."""
    if not actor:
        return []
    code = actor.get("code") or ""
    sectors = list(actor.get("sectors") or [])
    country = actor.get("country") or (code[:6] if code.startswith("IGO") else None)
    return [{"country": country, "sector": sectors[0] if sectors else None, "sector_secondary": sectors[1:],
             "identifier_text": actor.get("name"), "code": code or None, "text": actor.get("text")}]


def plover_record(event: dict, article: dict) -> dict[str, Any]:
    """One event as a PLOVER JSON record.

    PLOVER fields: id, date, event_type, mode, context (null: eventwire does not code them yet),
    actor and recipient as entity lists (country, sector, sector_secondary, identifier_text),
    location. eventwire adds modality, the sentence text and trigger, the CAMEO code, QuadClass,
    Goldstein score, the article's URL and date, and the rule that fired. A symmetric event stays
    two records (one per direction), as in the CAMEO output.
    """
    loc = event.get("location") or {}
    att = event.get("attribution") or {}
    speaker = att.get("speaker") or {}
    evidence = event.get("evidence") or {}
    return {
        "id": event.get("id"),
        "date": event.get("date"),
        "event_type": event.get("plover"),
        "mode": None,
        "context": None,
        "actor": _plover_entity(event.get("source")),
        "recipient": _plover_entity(event.get("target")),
        "location": ({"name": loc.get("name"), "country": loc.get("country"), "lat": loc.get("lat"),
                      "lon": loc.get("lon"), "geonameid": loc.get("geonameid")} if loc else None),
        "modality": event.get("modality"),
        "attributed_to": (speaker.get("name") or speaker.get("text")) if speaker else None,
        "text": evidence.get("text"),
        "trigger": evidence.get("trigger"),
        "cameo": event.get("cameo"),
        "quad_class": event.get("quad_class"),
        "goldstein": event.get("goldstein"),
        "confidence": event.get("confidence"),
        "article_id": event.get("article_id"),
        "url": article.get("url"),
        "publication_date": article.get("published"),
        "outlet": article.get("outlet"),
        "rule": event.get("rule"),
    }


def write_plover(con: duckdb.DuckDBPyConnection, out: TextIO, flt: EventFilter | None = None) -> tuple[int, int]:
    """PLOVER JSON Lines of the filtered events; events without a PLOVER type (CAMEO roots 01, 02) are left
    out. Returns (written, left out)."""
    written = left_out = 0
    for event, article in _selected(con, flt):
        if not event.get("plover"):
            left_out += 1
            continue
        out.write(json.dumps(plover_record(event, article), ensure_ascii=False) + "\n")
        written += 1
    return written, left_out


def export_tables(con: duckdb.DuckDBPyConnection, folder: str | Path, *, fmt: str = "parquet",
                  tables: tuple[str, ...] = TABLES) -> dict[str, Path]:
    """Every table as one Parquet (or CSV) file in ``folder``; returns table -> file written."""
    if fmt not in ("parquet", "csv"):
        raise StoreError(f"unknown table export format {fmt!r} (parquet or csv)")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    for table in tables:
        if table not in TABLES:
            raise StoreError(f"unknown table {table!r}")
        path = folder / f"{table}.{fmt}"
        relation = con.table(table)
        try:
            if fmt == "parquet":
                relation.write_parquet(str(path))
            else:
                relation.write_csv(str(path), header=True)
        except (duckdb.Error, OSError) as err:
            raise StoreError(f"cannot write {path}: {err}") from err
        written[table] = path
    return written


def write_csv_rows(rows: list[dict[str, Any]], out: TextIO, columns: list[str]) -> None:
    """Flat rows as CSV (used by the query command's csv output)."""
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)


__all__ = ["GDELT_COLUMNS", "EXPORT_FORMATS", "gdelt_row", "gdelt_event_id", "write_gdelt", "plover_record",
           "write_plover", "export_tables", "write_csv_rows"]
