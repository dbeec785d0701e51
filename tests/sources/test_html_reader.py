import gzip
import json
import re
from collections import Counter
from pathlib import Path

import pytest
from source_pages import EMPTY_PAGE, article_page

from eventwire.options import Options
from eventwire.sources import read_inputs
from eventwire.sources.html import article_from_html, read_html_file

SHARED_HTML = Path(__file__).resolve().parents[3] / "shared" / "data" / "article-html"


def test_html_page_gives_body_title_date_and_url_id(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(article_page(url="https://wire.example.org/2021/chile-peru"), encoding="utf-8")
    [article] = read_inputs([page], Options())
    assert article.status == "ok"
    assert "joint commission" in article.text
    assert "Privacy" not in article.text and "Sport" not in article.text
    assert article.title == "Chile and Peru agree to talks on fishing dispute"
    assert article.published == "2021-03-09"
    assert article.url == "https://wire.example.org/2021/chile-peru"
    assert article.id.startswith("a_")


def test_same_url_same_id_whatever_the_markup(tmp_path):
    a = article_from_html(article_page(url="https://x.example/a"), "one", Options())
    b = article_from_html(article_page(url="https://x.example/a", title="Other title"), "two", Options())
    assert a.id == b.id


def test_page_without_body_is_skipped_with_reason(tmp_path):
    page = tmp_path / "gallery.html"
    page.write_text(EMPTY_PAGE)
    [article] = read_html_file(page, Options())
    assert article.status == "skipped"
    assert article.reason == "HTML without an article body"


def test_gzipped_page_and_truncated_gzip(tmp_path):
    good = tmp_path / "good.html.gz"
    good.write_bytes(gzip.compress(article_page().encode()))
    bad = tmp_path / "bad.html.gz"
    bad.write_bytes(gzip.compress(article_page().encode())[:200])
    articles = list(read_inputs([good, bad], Options()))
    assert [a.status for a in articles] == ["ok", "failed"]
    assert "gzip" in articles[1].reason


def _tokens(text: str) -> Counter:
    return Counter(re.findall(r"\w+", text.lower()))


@pytest.mark.skipif(not SHARED_HTML.exists(), reason="shared/ article-html benchmark not present")
def test_body_extraction_quality_on_benchmark_pages():
    """Token-level F1 of the extracted body against the benchmark's articleBody (floor pinned below measured)."""
    truth = json.loads((SHARED_HTML / "ground-truth.json").read_text(encoding="utf-8"))
    scores = []
    for path in sorted((SHARED_HTML / "html").glob("*.html.gz"))[:15]:
        [article] = read_html_file(path, Options())
        gold, system = _tokens(truth[path.name.split(".")[0]]["articleBody"]), _tokens(article.text)
        tp = sum((gold & system).values())
        p = tp / max(1, sum(system.values()))
        r = tp / max(1, sum(gold.values()))
        scores.append(2 * p * r / (p + r) if p + r else 0.0)
    assert sum(scores) / len(scores) >= 0.85
