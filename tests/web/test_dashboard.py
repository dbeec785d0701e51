"""The dashboard in headless Chromium against a live server on 127.0.0.1."""

from pathlib import Path

import pytest
from sample_store import N_EVENTS

expect = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed").expect

pytestmark = pytest.mark.browser
OUT = Path(__file__).resolve().parents[2] / "out"   # screenshots (gitignored)


def _rows(page):
    return page.locator("#events-table tbody tr.event-row")


def _apply(page):
    """Submit the filters and wait until the timeline, network and table have all reloaded."""
    page.click("#apply")
    page.wait_for_selector("body:not([data-busy])", timeout=20_000)


def test_timeline_renders_the_counts(page):
    bars = page.locator("#timeline svg rect.bar[data-count]")
    assert bars.count() > 0
    counts = [int(bars.nth(i).get_attribute("data-count")) for i in range(bars.count())]
    assert sum(counts) == N_EVENTS  # every sample event has at least a month-precise date
    assert page.locator("#timeline polyline.goldstein-line").count() == 1
    assert page.locator("#network svg g.node").count() == 7
    assert _rows(page).count() == N_EVENTS
    assert "10 events" in page.locator("#summary").text_content()
    OUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUT / "dashboard.png"), full_page=True)
    assert page.errors == []


def test_a_filter_changes_the_table_and_the_timeline(page):
    page.fill("#filters input[name=actor]", "DEU")
    _apply(page)
    expect(_rows(page)).to_have_count(3)
    cells = page.locator("#events-table tbody tr.event-row td:nth-child(2)").all_text_contents()
    cells += page.locator("#events-table tbody tr.event-row td:nth-child(4)").all_text_contents()
    assert all(c in ("DEUGOV", "TURGOV") for c in cells)
    assert "(3)" in page.locator("#events-count").text_content()
    assert "DEU" in page.locator("#timeline-caption").text_content()
    counts = page.locator("#timeline svg rect.bar").evaluate_all(
        "bars => bars.map(b => Number(b.dataset.count)).filter(n => n > 0)")
    assert sum(counts) == 3
    page.select_option("#filters select[name=quad_class]", "3")
    _apply(page)
    expect(_rows(page)).to_have_count(2)


def test_a_network_node_click_filters_by_that_actor(page):
    page.click("#network g.node[data-code='IGOUNO'] circle")
    expect(_rows(page)).to_have_count(1)
    assert page.input_value("#filters input[name=actor]") == "IGOUNO"


def test_the_article_view_highlights_the_chosen_event(page):
    row = page.locator("#events-table tbody tr.event-row", has_text="163")
    event_id = row.get_attribute("data-event")
    row.click()
    page.wait_for_selector("#article-text .hl.focus")
    focused = page.locator("#article-text .hl.focus").all_text_contents()
    assert "imposed" in focused and "Washington" in focused and "Moscow" in focused
    assert page.locator("#article-text .hl.trigger.focus").all_text_contents() == ["imposed"]
    assert page.locator(f"#article-events li.selected[data-event='{event_id}']").count() == 1
    assert "verbs/16.yaml#test_163" in page.locator("#article-events li.selected").text_content()
    # choosing another event of the article moves the highlight
    page.locator("#article-events li", has_text="138").click()
    assert page.locator("#article-text .hl.trigger.focus").all_text_contents() == ["threatened"]
    page.screenshot(path=str(OUT / "dashboard-article.png"), full_page=True)


def test_an_article_with_markup_is_shown_as_text(page):
    title = page.title()
    page.locator("#events-table tbody tr.event-row[data-article='a_hostile']").click()
    page.wait_for_selector("#article-text")
    text = page.locator("#article-text").text_content()
    assert "<script>window.__pwned = 1;" in text and "<img src=x onerror=" in text
    assert 'href="javascript:alert(1)"' in text
    assert page.locator("#article .article-title").text_content() == '<b onmouseover="alert(1)">Hostile</b>'
    assert "<script>alert(2)</script>" in page.locator("#article .article-meta").text_content()
    article = page.locator("#article")
    assert article.locator("script, img, b, iframe").count() == 0
    assert article.locator("a[href^='javascript']").count() == 0
    assert "onerror" in article.locator(".event-rule").text_content()
    assert page.evaluate("window.__pwned") is None
    assert page.title() == title
    assert page.locator("#article-text .hl.trigger.focus").all_text_contents() == ["accused"]
    page.screenshot(path=str(OUT / "dashboard-hostile.png"), full_page=True)
    assert page.errors == []


def test_the_paste_box_codes_text_live(page):
    text = "Germany sharply criticised Turkey on Monday. <script>window.__pwned = 4</script>"
    page.fill("#code-text", text)
    page.fill("#code-date", "2017-03-07")
    page.click("#code-button")
    page.wait_for_selector("#code-result .article-text")
    assert "<script>window.__pwned = 4</script>" in page.locator("#code-result .article-text").text_content()
    assert page.locator("#status").text_content().startswith("Coded:")
    assert page.evaluate("window.__pwned") is None
    bad = page.locator("#code-date")
    bad.fill("2017-02-30")
    page.click("#code-button")
    page.wait_for_selector("#status.error")
    assert "not a date" in page.locator("#status").text_content()


def test_the_article_view_marks_quotes_speakers_and_times(page):
    page.locator("#events-table tbody tr.event-row", has_text="praised").click()
    page.wait_for_selector("#article-text .hl.focus")
    assert page.locator("#article-text .hl.time").all_text_contents() == ["Saturday"]
    assert page.locator("#article-text .hl.trigger.focus").all_text_contents() == ["praised"]
    page.locator("#events-table tbody tr.event-row", has_text="057").click()
    expect(page.locator("#article .article-title")).to_have_text("Row over rallies")
    assert "Germany will not ban the rallies" in "".join(page.locator("#article-text .hl.quote").all_text_contents())
    assert page.locator("#article-text .hl.speaker").all_text_contents() == ["Merkel"]
    assert "Angela Merkel" in page.locator("#article .quote-list").text_content()


def test_with_a_token_the_dashboard_asks_for_it(browser, tmp_path):
    from live_server import live_server
    from sample_store import build_db

    from eventwire.api import create_app

    db = build_db(tmp_path / "token.duckdb")
    with live_server(create_app(db, token="open-sesame")) as url:
        context = browser.new_context()
        tab = context.new_page()
        tab.goto(url + "/")
        expect(tab.locator("#token-form")).to_be_visible()
        expect(tab.locator("#status")).to_contain_text("API token")
        assert tab.locator("#events-table tbody tr.event-row").count() == 0
        tab.fill("#token", "wrong")
        tab.click("#token-form button")
        expect(tab.locator("#token-form")).to_be_visible()
        tab.fill("#token", "open-sesame")
        tab.click("#token-form button")
        expect(tab.locator("#events-table tbody tr.event-row")).to_have_count(N_EVENTS)
        expect(tab.locator("#token-form")).to_be_hidden()
        context.close()


def test_filters_live_in_the_url_and_top_actors_filter(page, server):
    page.goto(server + "/#actor=DEU&interval=week")
    page.wait_for_selector("body[data-ready='1']")
    expect(_rows(page)).to_have_count(3)
    assert page.input_value("#filters input[name=actor]") == "DEU"
    # the timeline draws after the table: wait for its caption rather than read it once
    expect(page.locator("#timeline-caption")).to_contain_text("per week")
    # the negated event is dated to the month only: it cannot be placed in a week
    expect(page.locator("#timeline-caption")).to_contain_text("1 of 3 events have no date as precise as a week")
    page.click("#reset-filters")
    expect(_rows(page)).to_have_count(N_EVENTS)
    assert page.input_value("#filters input[name=actor]") == ""
    page.locator("#top-actors button[data-code='IGOUNO']").click()
    expect(_rows(page)).to_have_count(1)
    assert "actor=IGOUNO" in page.url


def test_the_event_table_pages(browser, tmp_path):
    import copy

    from live_server import live_server
    from sample_store import build_articles

    from eventwire.api import create_app
    from eventwire.store import EventStore

    articles = build_articles()
    first = articles[0]
    for i in range(30):
        extra = copy.deepcopy(first.events[0])
        extra.id, extra.date = f"ev_extra{i:04d}", f"2017-02-{i % 28 + 1:02d}"
        first.events.append(extra)
    db = tmp_path / "many.duckdb"
    with EventStore(db) as store:
        store.write_many(articles)
    total = N_EVENTS + 30
    with live_server(create_app(db)) as url:
        context = browser.new_context()
        tab = context.new_page()
        tab.goto(url + "/")
        expect(_rows(tab)).to_have_count(25)
        expect(tab.locator("#page-info")).to_have_text(f"1–25 of {total}")
        assert tab.locator("#prev").is_disabled()
        first_page = _rows(tab).evaluate_all("rows => rows.map(r => r.dataset.event)")
        tab.click("#next")
        expect(_rows(tab)).to_have_count(total - 25)
        expect(tab.locator("#page-info")).to_have_text(f"26–{total} of {total}")
        assert tab.locator("#next").is_disabled()
        second_page = _rows(tab).evaluate_all("rows => rows.map(r => r.dataset.event)")
        assert not set(first_page) & set(second_page) and len(set(first_page + second_page)) == total
        tab.click("#prev")
        expect(tab.locator("#page-info")).to_have_text(f"1–25 of {total}")
        context.close()
