from source_pages import BODY, article_page, write_warc

from eventwire.options import Options
from eventwire.sources import read_inputs
from eventwire.sources.warc import WarcPage, iter_warc_pages, read_warc

PAGES = [(f"https://wire.example.org/story/{n}", article_page(f"Story number {n} on fishing talks",
                                                              body=[f"Paragraph {n}. " + b for b in BODY]))
         for n in range(4)]


def test_warc_gz_yields_only_html_responses_with_url_ids(tmp_path):
    archive = write_warc(tmp_path / "news.warc.gz", PAGES)
    articles = list(read_inputs([archive], Options()))
    assert [a.status for a in articles] == ["ok"] * 4
    assert [a.url for a in articles] == [u for u, _ in PAGES]
    assert len({a.id for a in articles}) == 4
    assert all("joint commission" in a.text for a in articles)


def test_uncompressed_warc(tmp_path):
    archive = write_warc(tmp_path / "news.warc", PAGES[:2], extra_records=False)
    assert [a.status for a in read_warc(archive, Options())] == ["ok", "ok"]


def test_truncated_archive_keeps_the_records_before_the_fault(tmp_path):
    archive = write_warc(tmp_path / "news.warc.gz", PAGES)
    data = archive.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: int(len(data) * 0.8)])
    articles = list(read_warc(cut, Options()))
    assert 1 <= sum(a.status == "ok" for a in articles) < 4
    assert articles[-1].status == "failed"
    assert "corrupt or truncated archive" in articles[-1].reason
    assert [a.url for a in articles if a.status == "ok"] == [u for u, _ in PAGES[: len(articles) - 1]]


def test_garbage_archive_is_one_failed_article_and_neighbours_survive(tmp_path):
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(b"this is not a web archive at all\n" * 20)
    good = write_warc(tmp_path / "good.warc.gz", PAGES[:1])
    articles = list(read_inputs([bad, good], Options()))
    assert [a.status for a in articles] == ["failed", "ok"]
    assert articles[0].reason and articles[0].id


def test_pages_are_raw_until_extracted(tmp_path):
    archive = write_warc(tmp_path / "news.warc.gz", PAGES[:2])
    items = list(iter_warc_pages(archive, Options()))
    assert all(isinstance(i, WarcPage) for i in items)
    assert items[0].to_article(Options()).url == PAGES[0][0]
