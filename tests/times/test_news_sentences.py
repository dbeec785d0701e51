"""Whole news sentences through the times stage: extents and values as a TimeML annotator would give them.

Publication date: Wednesday 2017-03-15.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.stages.times import TimeStage

from .helpers import parsed

PUB = date(2017, 3, 15)

CASES = [
    ("The minister resigned on Monday after weeks of protests.", {"Monday": "2017-03-13", "weeks": "PXW"}),
    ("The president will travel to Berlin on Friday.", {"Friday": "2017-03-17"}),
    ("Talks are scheduled for April 3 in Geneva.", {"April 3": "2017-04-03"}),
    ("The ceasefire collapsed in December.", {"December": "2016-12"}),
    ("Elections will be held in November.", {"November": "2017-11"}),
    ("Exports fell 3 percent in the fourth quarter of 2016.", {"the fourth quarter of 2016": "2016-Q4"}),
    ("Rebels seized the town two weeks ago.", {"two weeks ago": "2017-03-01"}),
    ("The company said yesterday that profits rose last year.", {"yesterday": "2017-03-14", "last year": "2016"}),
    ("Parliament is expected to vote next week.", {"next week": "2017-W12"}),
    ("The blockade has lasted for three years.", {"three years": "P3Y"}),
    ("Inflation hit 4 percent in February, the highest since 2012.", {"February": "2017-02", "2012": "2012"}),
    ("Protesters gathered on Tuesday morning.", {"Tuesday morning": "2017-03-14TMO"}),
    ("The summit took place on Jan. 28, 2017 in Moscow.", {"Jan. 28, 2017": "2017-01-28"}),
    ("Fighting has intensified in recent weeks.", {"recent weeks": "PXW"}),
    ("Officials met earlier this month and again this week.", {"earlier this month": "2017-03", "this week": "2017-W11"}),
    ("The treaty was signed in 1994.", {"1994": "1994"}),
    ("Troops have been stationed there since the 1990s.", {"the 1990s": "199"}),
    ("He currently serves as foreign minister.", {"currently": "PRESENT_REF"}),
    ("The vote is set for March 20.", {"March 20": "2017-03-20"}),
    ("The army said on Sunday it had repelled the attack.", {"Sunday": "2017-03-12"}),
]


@pytest.fixture(scope="module")
def stage(pipeline):
    return TimeStage(pipeline.resources)


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_news_sentence(stage, pipeline, text, expected):
    cdoc = parsed(pipeline, text, PUB)
    stage(cdoc)
    got = {m.record.text: m.record.value for m in cdoc.times}
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    ("Voters go to the polls Sunday.", {"Sunday": "2017-03-19"}),
    ("The report, released Thursday, blamed the army.", {"Thursday": "2017-03-09"}),
    ("The deadline is Friday.", {"Friday": "2017-03-17"}),
    ("Putin says Tuesday he is ready to talk.", {"Tuesday": "2017-03-14"}),
])
def test_present_tense_weekdays(stage, pipeline, text, expected):
    cdoc = parsed(pipeline, text, PUB)
    stage(cdoc)
    assert {m.record.text: m.record.value for m in cdoc.times} == expected


def test_bare_verb_takes_its_partners_direction(stage, pipeline):
    cdoc = parsed(pipeline, "The appointee would take the seat in January 2018, run in a special vote in "
                            "November, and then run once more.", PUB)
    stage(cdoc)
    assert {m.record.text: m.record.value for m in cdoc.times}["November"] == "2017-11"


def test_possessive_weekday_is_the_nearest(stage, pipeline):
    cdoc = parsed(pipeline, "Clinton is attempting to reach black voters at Monday's debate.", PUB)   # a Wednesday
    stage(cdoc)
    assert cdoc.times[0].record.value == "2017-03-13"


def test_since_points_back(stage, pipeline):
    cdoc = parsed(pipeline, "There have been thousands of shootings since January 1st.", date(2016, 9, 29))
    stage(cdoc)
    assert {m.record.text: m.record.value for m in cdoc.times} == {"January 1st": "2016-01-01"}


def test_month_day_of_last_year(stage, pipeline):
    cdoc = parsed(pipeline, "We began this campaign on June 16th of last year.", PUB)
    stage(cdoc)
    assert {m.record.text: m.record.value for m in cdoc.times} == {"June 16th of last year": "2016-06-16"}


def test_between_is_inside_a_day_range(stage, pipeline):
    cdoc = parsed(pipeline, "Police counted 3,210 victims between January 1 and March 10.", PUB)
    stage(cdoc)
    rec = cdoc.times[0].record
    assert rec.text == "between January 1 and March 10"
    assert rec.range == {"from": "2017-01-01", "to": "2017-03-10"}
