"""Session 12 review fix-ups, actors: "Georgia" is the US state only on a sign of the state itself (a state office
word after it, or one of the state's own towns), never because the text names some other US place, and never where
the text gives it a national office (review #4)."""

from __future__ import annotations

import pytest

from actor_mentions import code_at, coded


def dyads(cdoc) -> set[tuple[str, str | None, str | None]]:
    return {(e.root, e.source.code if e.source else None, e.target.code if e.target else None) for e in cdoc.events}


@pytest.mark.parametrize("text, word", [
    # the review's three guards: a Georgian leader in a US city, a foreign ministry praising the country
    ("Georgia's prime minister addressed the UN General Assembly in New York on Tuesday, criticising the European "
     "Union.", "Georgia"),
    ("Georgia's prime minister met investors in Chicago on Monday and signed a trade agreement with the United "
     "States.", "Georgia"),
    ("Russia's foreign ministry praised Georgia on Tuesday, while protesters in Chicago rallied against the war.",
     "Georgia"),
    # in my own words: another US place named, no sign of the state
    ("Georgia's president flew to Houston on Thursday to court American gas companies.", "Georgia"),
    ("Georgia signed a visa deal with Canada while its delegation was in Boston.", "Georgia"),
    # a national office keeps the country even beside a town of the state
    ("Georgia's foreign minister opened a consulate in Atlanta on Friday.", "Georgia"),
])
def test_georgia_stays_the_country_without_a_sign_of_the_state(pipeline, text, word):
    assert code_at(coded(pipeline, text), word) in ("GEO", "GEOGOV")


def test_a_georgian_leader_in_a_us_city_is_still_a_foreign_government(pipeline):
    cdoc = coded(pipeline, "Georgia's prime minister met investors in Chicago on Monday and signed a trade agreement "
                           "with the United States.")
    sources = {source for _root, source, _target in dyads(cdoc)}
    assert any(source and source.startswith("GEO") for source in sources)


def test_a_rebuke_by_a_georgian_leader_in_new_york_is_georgian(pipeline):
    cdoc = coded(pipeline, "Georgia's prime minister addressed the UN General Assembly in New York on Tuesday, "
                           "criticising the European Union.")
    assert ("11", "GEOGOV", "IGOEUR") in dyads(cdoc)


@pytest.mark.parametrize("text, word", [
    # the state's own towns, or a state office word, still make it the state
    ("Protesters marched to the capitol in Atlanta as Georgia prepared to count the ballots again.", "Georgia"),
    ("Volunteers knocked on doors in Savannah as Georgia braced for a close runoff.", "Georgia"),
    ("Georgia Republicans met in Chicago on Saturday to pick a new party chair.", "Republicans"),
])
def test_georgia_is_the_state_on_a_sign_of_the_state(pipeline, text, word):
    assert code_at(coded(pipeline, text), word).startswith("USA")
