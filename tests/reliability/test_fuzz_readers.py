"""Property tests of the input readers (JSONL, CSV/TSV, plain text, HTML, WARC, RSS/Atom).

Invariants: no exception escapes; every input document yields exactly one Article (ok, skipped
or failed, a reason when not ok); a broken archive keeps the records read before the fault.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
from pathlib import Path
from tempfile import TemporaryDirectory

from fuzz_budget import fuzz
from hypothesis import assume, example, given
from hypothesis import strategies as st

from eventwire.options import Options
from eventwire.records import Article
from eventwire.sources import read_inputs
from eventwire.sources.csv_corpus import read_csv
from eventwire.sources.feeds import articles_from_feed
from eventwire.sources.html import read_html_file
from eventwire.sources.jsonl import read_jsonl
from eventwire.sources.text import read_text_file
from eventwire.sources.warc import read_warc

OPTIONS = Options(max_doc_bytes=200_000)
STATUSES = {"ok", "skipped", "failed"}

json_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=40))
json_values = st.recursive(json_scalars, lambda inner: st.lists(inner, max_size=4) |
                           st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=12)
FIELDS = ["id", "text", "published", "url", "title", "outlet"]
records = st.dictionaries(st.sampled_from(FIELDS) | st.text(max_size=6), json_values, max_size=7)
good_records = st.fixed_dictionaries({"id": st.text(max_size=12) | st.integers(), "text": st.text(max_size=200)},
                                     optional={"published": json_values, "url": json_values,
                                               "title": json_values})

# one JSONL line: a JSON object, other JSON, broken JSON or raw bytes (never blank, never with a newline)
jsonl_lines = st.one_of(
    records.map(lambda r: json.dumps(r).encode()),
    good_records.map(lambda r: json.dumps(r, ensure_ascii=False).encode()),
    json_values.map(lambda v: json.dumps(v).encode()),
    st.binary(min_size=1, max_size=60),
    st.sampled_from([b"{not json", b"[1,2", b'{"text": "\xff\xfe bad utf8"}', b"\x00\x00", b"null", b'"str"',
                     b'{"text": 5}', b'{"id": "x", "text": "' + b"a" * 300_000 + b'"}']),
).map(lambda b: b.replace(b"\n", b" ").replace(b"\r", b" ")).filter(lambda b: b.strip())


def _check(articles: list, n: int | None = None) -> None:
    assert all(isinstance(a, Article) for a in articles)
    assert all(a.status in STATUSES for a in articles)
    assert all(a.reason for a in articles if a.status != "ok")
    assert all(isinstance(a.id, str) for a in articles)
    if n is not None:
        assert len(articles) == n


def _write(data: bytes, name: str):
    tmp = TemporaryDirectory()
    path = Path(tmp.name) / name
    path.write_bytes(data)
    return tmp, path


@fuzz(150)
@given(st.lists(jsonl_lines, max_size=12), st.sampled_from([b"\n", b"\r\n"]), st.booleans())
def test_jsonl_one_article_per_non_blank_line(lines, newline, blank_lines):
    body = (newline + (b"\n" if blank_lines else b"")).join(lines)
    tmp, path = _write(body, "in.jsonl")
    with tmp:
        articles = list(read_jsonl(path, OPTIONS))
    _check(articles, len(lines))
    for art in articles:   # a failed line names itself
        assert art.status == "ok" or "line" in art.reason


@fuzz(150)
@given(st.lists(st.lists(st.text(max_size=30), min_size=1, max_size=5), max_size=10),
       st.sampled_from([",", "\t"]), st.booleans())
def test_csv_written_by_a_csv_writer_gives_one_article_per_row(rows, delimiter, with_text):
    header = ["id", "text" if with_text else "body", "published"]
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter)
    writer.writerow(header)
    for row in rows:
        writer.writerow(row)
    tmp, path = _write(buf.getvalue().encode("utf-8"), "in.tsv" if delimiter == "\t" else "in.csv")
    with tmp:
        articles = list(read_csv(path, OPTIONS))
    _check(articles, len(rows) if with_text else 1)


@fuzz(150)
@given(st.binary(max_size=400) | st.text(max_size=200).map(lambda t: ('id,text\n"' + t).encode()))
def test_csv_reader_survives_any_bytes(data):
    tmp, path = _write(data, "in.csv")
    with tmp:
        _check(list(read_csv(path, OPTIONS)))


@fuzz(150)
@given(st.binary(max_size=600) | st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_text_file_gives_exactly_one_article(data):
    tmp, path = _write(data, "doc.txt")
    with tmp:
        _check(list(read_text_file(path, OPTIONS)), 1)
        _check(list(read_inputs([path], OPTIONS)), 1)


TAGS = ["<html>", "</html>", "<body>", "</body>", "<p>", "</p>", "<div>", "<article>", "</article>", "<script>",
        "</script>", "<title>", "</title>", "<!--", "-->", "<![CDATA[", "]]>", "<meta charset='x'>",
        "<meta property='article:published_time' content='2017-01-29'>", "<br>", "&amp;", "&#0;", "&#x110000;",
        "<svg onload=alert(1)>", "<a href='javascript:alert(1)'>", "<table>", "<td>", "<", ">", "\x00"]
BODY = "Russia accused Ukraine of shelling civilians near Donetsk on Saturday, officials said. "


def html_pages() -> st.SearchStrategy[bytes]:
    part = st.one_of(st.sampled_from(TAGS), st.just(BODY), st.text(max_size=40))
    return st.one_of(st.lists(part, max_size=40).map(lambda p: "".join(p).encode("utf-8", "surrogatepass")),
                     st.binary(max_size=300),
                     st.integers(1, 3000).map(lambda n: ("<div>" * n + BODY * 3 + "</div>" * n).encode()))


@fuzz(80)
@given(html_pages(), st.booleans())
@example(b"<svg onload=alert(1)><html>", False)     # lxml asserted in htmldate: the reader crashed
def test_html_file_gives_exactly_one_article(data, gz):
    if gz:
        data = gzip.compress(data)
    tmp, path = _write(data, "page.html.gz" if gz else "page.html")
    with tmp:
        articles = list(read_html_file(path, OPTIONS))
    _check(articles, 1)


@fuzz(60)
@given(st.binary(min_size=1, max_size=300))
def test_a_corrupt_gzip_html_page_is_one_failed_article(data):
    tmp, path = _write(gzip.compress(BODY.encode() * 5)[: len(data) % 40] + data, "page.html.gz")
    with tmp:
        _check(list(read_html_file(path, OPTIONS)), 1)


def _warc(pages: list[bytes], gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    for n, page in enumerate(pages):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://example.org/{n}", "response",
                                                      payload=io.BytesIO(page), http_headers=headers))
    return out.getvalue()


PAGE = ("<html><head><title>T{n}</title></head><body><article><p>" + BODY * 4 + " Story {n}.</p>"
        "</article></body></html>")


@fuzz(60)
@given(st.integers(1, 6), st.booleans(), st.data())
def test_warc_one_article_per_html_record_and_a_fault_keeps_its_neighbours(n, gz, data):
    pages = [PAGE.format(n=i).encode() for i in range(n)]
    archive = _warc(pages, gz)
    tmp, path = _write(archive, "crawl.warc.gz" if gz else "crawl.warc")
    with tmp:
        whole = list(read_warc(path, OPTIONS))
        _check(whole, n)
        assert all(a.status == "ok" for a in whole)
        # damage it: cut it short, or overwrite a run of bytes
        damage = data.draw(st.sampled_from(["cut", "overwrite"]))
        at = data.draw(st.integers(0, 9999)) * len(archive) // 10_000   # archive sizes vary (random record ids)
        if damage == "cut":
            broken = archive[:at]
        else:
            junk = data.draw(st.binary(min_size=1, max_size=50))
            broken = archive[:at] + junk + archive[at + len(junk):]
        path.write_bytes(broken)
        articles = list(read_warc(path, OPTIONS))
    _check(articles)
    ok = [a for a in articles if a.status == "ok"]
    assert len(ok) <= n
    assert len(articles) <= n + 1          # at most one failed Article naming the fault


def feeds() -> st.SearchStrategy[bytes]:
    item = st.tuples(st.text(max_size=30), st.text(max_size=80), st.sampled_from(
        ["https://example.org/a", "", "javascript:alert(1)", "file:///etc/passwd", "not a url"]),
        st.sampled_from(["Sat, 28 Jan 2017 10:00:00 GMT", "", "yesterday", "Mon, 99 Foo 9999"]))

    def rss(items):
        from xml.sax.saxutils import escape

        body = "".join(f"<item><title>{escape(t)}</title><description>{escape(d)}</description><link>{escape(l)}"
                       f"</link><pubDate>{p}</pubDate></item>" for t, d, l, p in items)
        return f"<?xml version='1.0'?><rss version='2.0'><channel><title>W</title>{body}</channel></rss>".encode()

    return st.one_of(st.lists(item, max_size=6).map(rss), st.binary(max_size=300),
                     st.lists(item, min_size=1, max_size=4).map(rss).flatmap(
                         lambda b: st.integers(0, len(b)).map(lambda k: b[:k])))


@fuzz(100)
@given(feeds())
def test_feed_never_raises_and_every_entry_is_an_article(data):
    articles = list(articles_from_feed(data, "feed.rss", OPTIONS))
    _check(articles)
    assert len(articles) >= 1   # an unreadable feed is one failed/skipped Article, never nothing
    assume(True)
