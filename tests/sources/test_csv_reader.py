import csv

from eventwire.options import Options
from eventwire.sources import read_inputs

TEXT = "Kenya's president met Uganda's president in Nairobi on Friday to discuss trade."


def _write(path, rows, delimiter=","):
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def test_csv_with_default_columns(tmp_path):
    path = _write(tmp_path / "c.csv", [["id", "text", "published", "title"],
                                       ["k1", TEXT, "2022-05-06", "Leaders meet"],
                                       ["k2", "A second article,\nwith a line break and a comma.", "", ""]])
    articles = list(read_inputs([path], Options()))
    assert [a.id for a in articles] == ["k1", "k2"]
    assert articles[0].published == "2022-05-06" and articles[0].title == "Leaders meet"
    assert "line break" in articles[1].text and articles[1].published is None


def test_tsv_with_configured_field_names(tmp_path):
    path = _write(tmp_path / "c.tsv", [["doc_id", "body", "date"], ["x9", TEXT, "2020-01-02"]], delimiter="\t")
    options = Options(extra={"fields": {"id": "doc_id", "text": "body", "published": "date"}})
    [article] = read_inputs([path], options)
    assert (article.id, article.text, article.published) == ("x9", TEXT, "2020-01-02")


def test_bad_rows_fail_alone_and_missing_text_column_fails_the_file(tmp_path):
    path = _write(tmp_path / "c.csv", [["id", "text"], ["a", TEXT], ["b", TEXT, "surplus"], ["c", ""]])
    articles = list(read_inputs([path], Options()))
    assert [a.status for a in articles] == ["ok", "failed", "failed"]
    assert "beyond the header" in articles[1].reason
    assert "no string field 'text'" in articles[2].reason
    nocol = _write(tmp_path / "n.csv", [["id", "content"], ["a", TEXT]])
    [failed] = read_inputs([nocol], Options())
    assert failed.status == "failed" and "no text column 'text'" in failed.reason
