"""Background filters: which clauses tell an event of their own (full pipeline actors)."""

from __future__ import annotations

import pytest


def _events(pipeline, text: str, published: str = "2019-06-15") -> set[tuple[str, str, str | None]]:
    coded = pipeline.code_text(text, published=published)
    return {(e.cameo[:2], e.source.code[:3], e.target.code[:3] if e.target else None) for e in coded.events}


@pytest.mark.parametrize("text, event", [
    ("Iran's foreign minister, who condemned the United States on Monday, arrived in Beijing on Tuesday.",
     ("11", "IRN", "USA")),
    ("Putin, who hosted Erdogan in Moscow on Monday, will travel to Ankara in April.", ("04", "RUS", "TUR")),
    ("Hong Kong University was besieged by police, who arrested dozens of protesters.", ("17", "HKG", "HKG")),
    # a day of a month with no year is a news day
    ("Iran's foreign minister, who condemned the United States on March 5, arrived in Moscow on Friday.",
     ("11", "IRN", "USA")),
    ("Putin, who hosted Erdogan in Sochi on Sept. 17, will travel to Ankara in April.", ("04", "RUS", "TUR")),
])
def test_an_act_told_in_a_past_non_restrictive_relative_clause_is_coded(pipeline, text, event):
    assert event in _events(pipeline, text)


@pytest.mark.parametrize("text, absent", [
    # a perfect or progressive relative describes the actor; so does a restrictive one
    ("Saudi Arabia, which has bombed Yemen since 2015, rejected the UN report on Monday.", ("19", "SAU", "YEM")),
    ("Trump, who met Kim Jong Un in Singapore last year, visited Japan on Monday.", ("04", "USA", "PRK")),
    ("Iran's foreign minister, who condemned the United States in March 2015, arrived in Moscow on Friday.",
     ("11", "IRN", "USA")),
    ("Lebanese speaker Nabih Berri, who has been negotiating with Israel, met the French envoy on Monday.",
     ("04", "LBN", "ISR")),
    ("The Kurdish protesters who attacked the police station in Istanbul were arrested on Monday.",
     ("18", "TUR", "TUR")),
])
def test_a_relative_clause_describing_an_actor_stays_background(pipeline, text, absent):
    got = _events(pipeline, text)
    assert got and absent not in got


@pytest.mark.parametrize("text, published, noun", [
    ("Kerry and Zarif sealed a deal on Tuesday, ending more than a decade of negotiations between Iran "
     "and six world powers.", "2015-07-14", "negotiations"),
    ("After months of negotiations, the two governments agreed to reopen the border.", "2021-05-01", "negotiations"),
    ("Following weeks of talks with Turkey, Sweden signed the accession protocol.", "2022-07-05", "talks"),
])
def test_a_span_of_acts_before_the_news_is_background(pipeline, text, published, noun):
    coded = pipeline.code_text(text, published=published)
    assert not any(e.evidence.trigger == noun for e in coded.events), [(e.cameo, e.evidence.trigger) for e in coded.events]


def test_a_span_of_acts_that_is_the_news_stays(pipeline):
    coded = pipeline.code_text("Two days of talks between Serbia and Kosovo ended without a deal in Brussels.",
                               published="2023-02-28")
    assert {(e.cameo, e.source.code, e.target.code) for e in coded.events} >= {("040", "SRB", "KSV"), ("040", "KSV", "SRB")}
