import pytest
from sample_store import EVENTS, N_EVENTS

from eventwire.store.queries import (EventFilter, QueryError, QuoteFilter, dyads, find_events, find_quotes,
                                     get_article, summary, timeline, top_actors)

INJECTIONS = ["'; DROP TABLE events; --", "\" OR 1=1 --", "RUS' OR '1'='1", "%", "_", "\\", "USA%' --",
              "1); DELETE FROM articles; --", "' UNION SELECT record FROM quotes --"]


def _codes(page):
    return {(e["source"]["code"], e["target"]["code"]) for e in page.items}


def test_no_filter_returns_every_event_in_date_order(con):
    page = find_events(con, EventFilter(), limit=100)
    assert page.total == N_EVENTS == len(page.items)
    dates = [e["date"] for e in page.items]
    assert dates == sorted(dates)


def test_actor_code_prefix_matches_either_side(con):
    page = find_events(con, EventFilter(actor="RUS"), limit=100)
    assert page.total == 6
    assert all(e["source"]["code"].startswith("RUS") or e["target"]["code"].startswith("RUS") for e in page.items)


def test_actor_name_is_a_case_insensitive_part_of_name_or_text(con):
    by_name = find_events(con, EventFilter(actor="erdogan"), limit=100)
    assert by_name.total == 3
    by_text = find_events(con, EventFilter(source="Washington"), limit=100)
    assert by_text.total == 1 and by_text.items[0]["cameo"] == "163"


def test_directed_and_undirected_dyads(con):
    directed = find_events(con, EventFilter(source="USA", target="RUS"), limit=100)
    assert _codes(directed) == {("USAGOV", "RUSGOV")} and directed.total == 2
    either = find_events(con, EventFilter(dyad="USA-RUS"), limit=100)
    assert _codes(either) == {("USAGOV", "RUSGOV"), ("RUSGOV", "USAGOV")} and either.total == 5


@pytest.mark.parametrize("flt, expected", [
    (EventFilter(cameo="11"), 3),
    (EventFilter(cameo="112"), 2),
    (EventFilter(root="04"), 2),
    (EventFilter(quad_class=3), 4),
    (EventFilter(plover="accuse"), 2),
    (EventFilter(modality="negated"), 1),
    (EventFilter(place="USA"), 2),
    (EventFilter(place="washing"), 2),
    (EventFilter(speaker="Merkel"), 1),
    (EventFilter(speaker="DEUGOV"), 1),
    (EventFilter(article_id="a_a3"), 3),
    (EventFilter(date_from="2017-03-03", date_to="2017-03-06"), 3),
    (EventFilter(date_to="2017-03"), 8),
    (EventFilter(date_from="2017-04"), 2),
])
def test_each_filter_narrows_to_the_matching_events(con, flt, expected):
    assert find_events(con, flt, limit=100).total == expected


def test_filters_combine(con):
    page = find_events(con, EventFilter(actor="DEU", quad_class=3, date_from="2017-03"), limit=100)
    assert page.total == 2
    assert {e["cameo"] for e in page.items} == {"111", "112"}


def test_pagination_walks_every_event_once(con):
    seen, offset = [], 0
    while offset is not None:
        page = find_events(con, EventFilter(), limit=3, offset=offset)
        seen.extend(e["id"] for e in page.items)
        offset = page.next_offset
    assert len(seen) == len(set(seen)) == N_EVENTS


@pytest.mark.parametrize("bad", [
    EventFilter(date_from="2017-13"), EventFilter(date_to="yesterday"), EventFilter(date_from="2017-02-30"),
    EventFilter(quad_class=5), EventFilter(cameo="4a"), EventFilter(root="123"), EventFilter(modality="maybe"),
    EventFilter(dyad="RUS"), EventFilter(plover="ACCUSE; --"), EventFilter(actor="  "),
])
def test_malformed_filter_values_raise_with_a_message(con, bad):
    with pytest.raises(QueryError) as info:
        find_events(con, bad)
    assert str(info.value)


@pytest.mark.parametrize("value", INJECTIONS)
def test_injection_strings_are_plain_values_in_every_text_filter(con, value):
    for name in ("actor", "source", "target", "place", "speaker", "article_id"):
        assert find_events(con, EventFilter(**{name: value}), limit=100).total == 0
    assert find_events(con, EventFilter(dyad=f"{value}-x"), limit=100).total == 0
    assert find_quotes(con, QuoteFilter(speaker=value, text=value, article_id=value)).total == 0
    assert summary(con)["events"] == N_EVENTS and summary(con)["articles"] == 6


def test_timeline_counts_by_quad_class_and_mean_goldstein(con):
    months = timeline(con, EventFilter(dyad="USA-RUS"), interval="month")
    assert [m["period"] for m in months] == ["2017-01", "2017-03"]
    jan, mar = months
    assert jan["counts"] == {"1": 3, "2": 0, "3": 0, "4": 0} and jan["total"] == 3
    assert jan["goldstein"] == pytest.approx((1.0 + 1.0 + 3.4) / 3, abs=1e-3)
    assert mar["counts"]["3"] == 1 and mar["counts"]["4"] == 1
    days = timeline(con, EventFilter(), interval="day")
    # the month-only date of the negated event is too coarse for a daily timeline
    assert sum(d["total"] for d in days) == N_EVENTS - 1
    weeks = timeline(con, EventFilter(), interval="week")
    assert weeks[0]["period"] == "2017-01-23"  # the Monday of the week of 2017-01-28
    with pytest.raises(QueryError):
        timeline(con, EventFilter(), interval="fortnight")


def test_dyads_and_top_actors(con):
    top = dyads(con, EventFilter(), limit=2)
    assert top[0] == {"source": "RUSGOV", "target": "USAGOV", "count": 3, "goldstein": pytest.approx(-0.867),
                      "counts": {"1": 2, "2": 0, "3": 1, "4": 0}}
    undirected = dyads(con, EventFilter(), limit=1, directed=False)
    assert undirected[0]["count"] == 5 and {undirected[0]["source"], undirected[0]["target"]} == {"RUSGOV",
                                                                                                   "USAGOV"}
    actors = top_actors(con, EventFilter(), limit=3)
    assert [a["code"] for a in actors[:2]] == ["RUSGOV", "USAGOV"]
    assert actors[0]["events"] == 5 and actors[0]["as_source"] + actors[0]["as_target"] == 5
    assert actors[0]["name"] == "Vladimir Putin"


def test_article_with_its_records_and_quotes(con):
    found = get_article(con, "a_a3")
    assert found["article"]["title"] == "Row over rallies"
    assert len(found["events"]) == sum(1 for e in EVENTS if e[0] == "a3")
    text = found["article"]["text"]
    for ev in found["events"]:
        assert text[ev["evidence"]["trigger_start"]:ev["evidence"]["trigger_end"]] == ev["evidence"]["trigger"]
    assert found["quotes"][0]["speaker"]["code"] == "DEUGOV"
    assert get_article(con, "no such id") is None
    quotes = find_quotes(con, QuoteFilter(speaker="merkel"))
    assert quotes.total == 1 and quotes.items[0]["kind"] == "indirect"
