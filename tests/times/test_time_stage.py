"""The times stage on parsed text: the seed article, tense, ranges, bounds, event dates."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.stages.times import TimeStage

from .helpers import event_at, parsed

PUB = date(2017, 1, 29)


@pytest.fixture(scope="module")
def stage(pipeline):
    return TimeStage(pipeline.resources)


def times_of(stage, pipeline, text, published=PUB):
    cdoc = parsed(pipeline, text, published)
    stage(cdoc)
    return cdoc, {m.record.text: m.record for m in cdoc.times}


def test_seed_article_times(pipeline, seed_text, record_validator):
    coded = pipeline.code_text(seed_text, published="2017-01-29")
    by_text = {}
    for t in coded.times:
        record_validator("time", t.to_dict())
        by_text.setdefault(t.text, t)
        assert coded.article.text[t.start:t.end] == t.text
    assert by_text["Saturday"].value == "2017-01-28"
    assert by_text["July 7-8"].range == {"from": "2017-07-07", "to": "2017-07-08"}
    assert by_text["July"].range == {"from": None, "to": "2017-07-01"}      # "before July"
    assert by_text["July"].value == "2017-07"


def test_tense_chooses_direction(stage, pipeline):
    _, past = times_of(stage, pipeline, "Putin said Tuesday that talks went well.")
    _, future = times_of(stage, pipeline, "Putin will meet Trump on Tuesday.")
    _, modal = times_of(stage, pipeline, "The two leaders could meet in June.")
    assert past["Tuesday"].value == "2017-01-24"
    assert future["Tuesday"].value == "2017-01-31"
    assert modal["June"].value == "2017-06"


def test_ranges_and_bounds(stage, pipeline):
    _, t = times_of(stage, pipeline, "Talks will run between May and July, and a deal is expected after March.")
    assert t["between May and July"].range == {"from": "2017-05-01", "to": "2017-07-31"}
    assert t["March"].range == {"from": "2017-04-01", "to": None}


def test_bad_dates_do_not_fail_the_document(stage, pipeline):
    cdoc, t = times_of(stage, pipeline, "The meeting on February 30, 2017 and the 45th of July was set for 3050.")
    assert t["February 30, 2017"].value is None
    assert t["the 45th of July"].value is None
    assert all(m.record.value is None for m in cdoc.times)


def test_event_dates_from_their_clause(stage, pipeline):
    text = ("Trump and Putin spoke Saturday by phone. The Kremlin said the two could meet before July. "
            "Officials met in Geneva on March 3, 2016. Rebels attacked a convoy.")
    cdoc = parsed(pipeline, text, PUB)
    spoke, meet, met, attacked = (event_at(cdoc, w) for w in ("spoke", "meet", "met", "attacked"))
    stage(cdoc)
    assert (spoke.date, spoke.date_basis) == ("2017-01-28", "relative")
    assert (meet.date, meet.date_basis) == ("2017", "relative")          # before July: within 2017
    assert (met.date, met.date_basis) == ("2016-03-03", "explicit")
    assert (attacked.date, attacked.date_basis) == ("2017-01-29", "publication")


def test_ranges_date_events_by_their_first_day(stage, pipeline):
    cdoc = parsed(pipeline, "Leaders will gather in Hamburg on July 7-8.", PUB)
    ev = event_at(cdoc, "gather")
    stage(cdoc)
    assert (ev.date, ev.date_basis) == ("2017-07-07", "relative")


def test_time_in_another_clause_does_not_date_the_event(stage, pipeline):
    cdoc = parsed(pipeline, "Putin, who visited Paris on Monday, criticised NATO.", PUB)
    ev = event_at(cdoc, "criticised")
    stage(cdoc)
    assert ev.date_basis == "publication"


def test_without_publication_date_events_say_none(stage, pipeline):
    cdoc = parsed(pipeline, "Rebels attacked the town on Saturday.", None)
    ev = event_at(cdoc, "attacked")
    stage(cdoc)
    assert (ev.date, ev.date_basis) == (None, "none")
    assert cdoc.times[0].record.value == "XXXX-WXX-6"


def test_dateline_gives_outlet_and_publication_date(stage, pipeline):
    cdoc = parsed(pipeline, "MOSCOW, Jan 29, 2017 (Reuters) - Russia said on Saturday it would respond.", None)
    stage(cdoc)
    assert cdoc.published == date(2017, 1, 29)
    assert cdoc.article.outlet == "Reuters"
    assert {m.record.text: m.record.value for m in cdoc.times}["Saturday"] == "2017-01-28"


def test_coordinated_verb_shares_the_date(stage, pipeline):
    cdoc = parsed(pipeline, "Police arrested the opposition leader on Sunday and charged him with treason.", PUB)
    arrested, charged = event_at(cdoc, "arrested"), event_at(cdoc, "charged")
    stage(cdoc)
    assert arrested.date == charged.date == "2017-01-29"
    assert charged.date_basis == "relative"


@pytest.mark.parametrize("text", [
    "The two could meet before a summit in Hamburg on July 7-8.",
    # the parser hangs "on July 7-8" on "meet", right after the "before" phrase (the form of a sentence in the seed article)
    "Dmitry Peskov, Putin's press secretary, told Russian news agency Interfax that the two would \u201cvery probably\u201d "
    "meet before the Group of 20 gathering in Hamburg, Germany on July 7-8.",
])
def test_event_before_a_dated_occasion_is_bounded(stage, pipeline, text):
    cdoc = parsed(pipeline, text, PUB)
    ev = event_at(cdoc, "meet")
    stage(cdoc)
    assert (ev.date, ev.date_basis) == ("2017", "relative")


@pytest.mark.parametrize("text, trigger", [
    ("Putin met Erdogan on Monday before the summit in Hamburg.", "met"),
    ("Trump and Putin spoke by phone on Monday, officials said.", "spoke"),   # "by phone" bounds nothing
])
def test_a_date_outside_a_bounding_phrase_is_the_events_own(stage, pipeline, text, trigger):
    cdoc = parsed(pipeline, text, PUB)
    ev = event_at(cdoc, trigger)
    stage(cdoc)
    assert ev.date == "2017-01-23"



@pytest.mark.parametrize("text", [
    "Troops withdrew in the 1990s.", "Sales collapsed in the spring.", "He resigned in fiscal 2009.",
    "They met this morning.", "Fighting resumed over the weekend.", "Prices are rising now.",
])
def test_event_dates_keep_the_record_format(stage, pipeline, record_validator, text):
    cdoc = parsed(pipeline, text, PUB)
    ev = event_at(cdoc, text.split()[1])
    stage(cdoc)
    record_validator("event", ev.to_dict())
    assert ev.date is None or len(ev.date) in (4, 7, 10)


def test_unwritable_dates_leave_the_event_undated(stage, pipeline):
    cdoc = parsed(pipeline, "Troops withdrew in the 1990s. Rebels attacked on February 30, 2017.", PUB)
    withdrew, attacked = event_at(cdoc, "withdrew"), event_at(cdoc, "attacked")
    stage(cdoc)
    assert (withdrew.date, withdrew.date_basis) == (None, "none")
    assert (attacked.date, attacked.date_basis) == (None, "none")


def test_open_start_dates_by_year(stage, pipeline):
    cdoc = parsed(pipeline, "The rebels have held the town since March 2014.", PUB)
    ev = event_at(cdoc, "held")
    stage(cdoc)
    assert (ev.date, ev.date_basis) == ("2014", "explicit")
