"""The time finder and normaliser on single expressions (no spaCy model needed)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.times.finder import find_candidates
from eventwire.times.normalise import period_bounds, resolve

PUB = date(2017, 1, 29)          # a Sunday


def one(text: str, anchor: date | None = PUB, direction: str | None = None):
    cands = find_candidates(text)
    assert len(cands) == 1, [c.text for c in cands]
    return cands[0], resolve(cands[0], anchor, direction)


@pytest.mark.parametrize("text, extent, value, kind", [
    ("It happened on March 1, 2008.", "March 1, 2008", "2008-03-01", "DATE"),
    ("It happened on 1 March 2008.", "1 March 2008", "2008-03-01", "DATE"),
    ("Filed 2016-11-08 in court.", "2016-11-08", "2016-11-08", "DATE"),
    ("They met in April 1997.", "April 1997", "1997-04", "DATE"),
    ("They met in 1997.", "1997", "1997", "DATE"),
    ("He spoke yesterday.", "yesterday", "2017-01-28", "DATE"),
    ("He spoke last week.", "last week", "2017-W03", "DATE"),
    ("Sales rose earlier this month.", "earlier this month", "2017-01", "DATE"),
    ("It happened two days ago.", "two days ago", "2017-01-27", "DATE"),
    ("Talks lasted three years.", "three years", "P3Y", "DURATION"),
    ("over the past five trading days", "the past five trading days", "P5D", "DURATION"),
    ("They meet every week.", "every week", "P1W", "SET"),
    ("the first quarter of 2009", "the first quarter of 2009", "2009-Q1", "DATE"),
    ("during the 1990s", "the 1990s", "199", "DATE"),
    ("The vote is now over.", "now", "PRESENT_REF", "DATE"),
    ("at 6:40 p.m. local time", "6:40 p.m. local time", "2017-01-29T18:40", "TIME"),
    ("at 18:00 UTC", "18:00 UTC", "2017-01-29T18:00Z", "TIME"),
    ("this morning", "this morning", "2017-01-29TMO", "TIME"),
])
def test_single_expressions(text, extent, value, kind):
    cand, res = one(text)
    assert cand.text == extent
    assert (res.value, res.type) == (value, kind)


def test_weekday_direction_from_tense():
    assert one("They spoke Saturday.", direction="past")[1].value == "2017-01-28"
    assert one("They will speak Saturday.", direction="future")[1].value == "2017-02-04"
    assert one("They spoke Saturday.", direction=None)[1].value == "2017-01-28"     # news default: past


def test_month_day_range_and_direction():
    cand, res = one("a summit on July 7-8.", direction="future")
    assert cand.text == "July 7-8"
    assert res.range == {"from": "2017-07-07", "to": "2017-07-08"}
    assert one("in July", direction="past")[1].value == "2016-07"
    assert one("in July", direction="future")[1].value == "2017-07"


def test_month_across_year_end():
    assert one("on December 30", anchor=date(2017, 1, 3), direction=None)[1].value == "2016-12-30"


@pytest.mark.parametrize("text", ["It was February 30, 2017.", "on the 45th of July", "in July 3050",
                                  "on 2017-13-45", "on 31/31/2017"])
def test_bad_dates_are_found_but_unresolved(text):
    cands = find_candidates(text)
    assert cands, text
    assert all(resolve(c, PUB).value is None for c in cands)


def test_no_publication_date_gives_unresolved_or_partial_values():
    assert one("He spoke yesterday.", anchor=None)[1].value is None
    assert one("They spoke Saturday.", anchor=None)[1].value == "XXXX-WXX-6"
    assert one("in July", anchor=None)[1].value == "XXXX-07"
    assert one("on March 1, 2008", anchor=None)[1].value == "2008-03-01"


def test_bare_may_needs_context():
    assert find_candidates("May the best team win.") == []
    assert one("Elections are due in May.")[0].text == "May"


def test_expressions_never_cross_line_breaks():
    texts = [c.text for c in find_candidates("Markets closed until Friday\nSeptember 18, 2008")]
    assert texts == ["Friday", "September 18, 2008"]


def test_period_bounds():
    assert period_bounds("2017-07") == (date(2017, 7, 1), date(2017, 7, 31))
    assert period_bounds("2017-W04-WE") == (date(2017, 1, 28), date(2017, 1, 29))
    assert period_bounds("2009-Q1") == (date(2009, 1, 1), date(2009, 3, 31))
    assert period_bounds("PRESENT_REF") is None


@pytest.mark.parametrize("text, value", [
    ("signed on 7/8/07 in Rome", "2007-07-08"), ("signed on 29.01.2017 in Rome", "2017-01-29"),
    ("signed on 2017/01/29 in Rome", "2017-01-29"), ("signed on 13/01/2017 in Rome", "2017-01-13"),
    ("signed on 02/30/2017 in Rome", None),
])
def test_numeric_dates_through_dateparser(text, value):
    assert one(text)[1].value == value


def test_seasons_need_to_read_as_seasons():
    assert find_candidates("the Arab Spring protests") == []
    assert find_candidates("a hot spring nearby") == []
    assert one("Sales slowed in the spring.", direction="past")[1].value == "2016-SP"
    assert one("by the end of the month")[1].value == "2017-01"


def test_long_adjectives_are_durations():
    assert (one("an hour-long phone call")[1].value, one("a decades-long feud")[1].value) == ("PT1H", "PXY")


@pytest.mark.parametrize("text, found", [
    ("his Russia Today programme", []), ("on the Today Show", []), ("Today Trump said no.", ["Today"]),
    ("He spoke today.", ["today"]), ("They burned Christmas trees.", []), ("home for Christmas.", ["Christmas"]),
    ("to pay for a quarter of college", []),
])
def test_names_and_nouns_are_not_times(text, found):
    assert [c.text for c in find_candidates(text)] == found
