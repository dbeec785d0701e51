import csv
import io
import json

import duckdb
from sample_store import N_EVENTS

from eventwire.store.exports import GDELT_COLUMNS, export_tables, gdelt_event_id, write_gdelt, write_plover
from eventwire.store.queries import EventFilter


def test_gdelt_table_has_61_columns_on_every_line_and_reads_back(con, tmp_path):
    path = tmp_path / "events.export.CSV"
    with path.open("w", encoding="utf-8", newline="") as out:
        written = write_gdelt(con, out)
    assert written == N_EVENTS
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == N_EVENTS
    assert all(len(line.split("\t")) == 61 for line in lines)
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"))) for line in lines]
    sanctions = next(r for r in rows if r["EventCode"] == "163")
    assert sanctions["Actor1Code"] == "USAGOV" and sanctions["Actor2Code"] == "RUSGOV"
    assert sanctions["Actor1CountryCode"] == "USA" and sanctions["Actor1Type1Code"] == "GOV"
    assert sanctions["Day"] == "20170302" and sanctions["MonthYear"] == "201703" and sanctions["Year"] == "2017"
    assert sanctions["EventRootCode"] == "16" and sanctions["EventBaseCode"] == "163"
    assert sanctions["QuadClass"] == "4" and float(sanctions["GoldsteinScale"]) == -8.0
    assert sanctions["ActionGeo_CountryCode"] == "USA" and float(sanctions["ActionGeo_Lat"]) == 38.9
    assert sanctions["ActionGeo_Type"] == "3" and sanctions["ActionGeo_FeatureID"] == "4140963"
    assert sanctions["SOURCEURL"] == "https://example.org/a2" and sanctions["DATEADDED"] == "20170303000000"
    un = next(r for r in rows if r["Actor1Code"] == "IGOUNO")
    assert un["Actor1KnownGroupCode"] == "UNO"
    # the month-only event date falls back to the publication date for the Day column
    negated = next(r for r in rows if r["EventCode"] == "057")
    assert negated["Day"] == "20170307"
    assert len({r["GlobalEventID"] for r in rows}) == N_EVENTS
    assert all(0 < int(r["GlobalEventID"]) < 2**63 for r in rows)
    # DuckDB reads the file back as a 61-column table
    table = duckdb.connect().execute(
        "SELECT * FROM read_csv(?, delim='\t', header=false, all_varchar=true)", [str(path)]).fetchall()
    assert len(table) == N_EVENTS and len(table[0]) == 61


def test_gdelt_header_and_filter(con):
    out = io.StringIO()
    assert write_gdelt(con, out, EventFilter(root="11"), header=True) == 3
    lines = out.getvalue().splitlines()
    assert lines[0].split("\t") == list(GDELT_COLUMNS) and len(lines) == 4


def test_gdelt_cells_carry_no_tabs_or_newlines(con):
    out = io.StringIO()
    write_gdelt(con, out, EventFilter(article_id="a_hostile"))
    lines = out.getvalue().splitlines()
    assert len(lines) == 1 and len(lines[0].split("\t")) == 61


def test_gdelt_event_id_is_stable():
    assert gdelt_event_id("ev_5f2a00000000000a") == gdelt_event_id("ev_5f2a00000000000a") > 0


def test_plover_records(con):
    out = io.StringIO()
    written, left_out = write_plover(con, out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert written == len(records) == N_EVENTS and left_out == 0
    accuse = [r for r in records if r["event_type"] == "ACCUSE"]
    assert len(accuse) == 2
    merkel = next(r for r in records if r["cameo"] == "057")
    assert merkel["actor"] == [{"country": "DEU", "sector": "GOV", "sector_secondary": [],
                                "identifier_text": "Angela Merkel", "code": "DEUGOV", "text": "Germany"}]
    assert merkel["recipient"][0]["country"] == "TUR"
    assert merkel["modality"] == "negated" and merkel["attributed_to"] == "Angela Merkel"
    assert merkel["mode"] is None and merkel["context"] is None
    un = next(r for r in records if r["event_type"] == "AID")
    assert un["actor"][0]["country"] == "IGOUNO" and un["recipient"][0]["sector"] is None
    assert all(r["text"] and r["rule"] and r["date"] for r in records)


def test_parquet_and_csv_of_every_table_read_back(con, tmp_path):
    expected = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "events", "quotes", "times")}
    parquet = export_tables(con, tmp_path / "pq", fmt="parquet")
    reader = duckdb.connect()
    for table, path in parquet.items():
        assert reader.execute("SELECT count(*) FROM read_parquet(?)", [str(path)]).fetchone()[0] == expected[table]
    events = reader.execute("SELECT cameo, record FROM read_parquet(?) ORDER BY id",
                            [str(parquet["events"])]).fetchall()
    assert all(json.loads(record)["cameo"] == cameo for cameo, record in events)
    written = export_tables(con, tmp_path / "csv", fmt="csv")
    for table, path in written.items():
        with path.open(encoding="utf-8", newline="") as handle:
            assert sum(1 for _ in csv.DictReader(handle)) == expected[table]
