"""Trailing attributions of a clause that holds an intention ("The cabinet plans to raise the pension age,
the newspaper reported"): the outlet reports the plan, it does not carry the planner's words, so its quote
stands (a promise or a statement is still carried: "X vowed to resign, Reuters reported"). And a clause
complete before a mid-sentence "according to" phrase is its content, not the adjunct after the phrase
("Turnout was low, according to local media, with many polling stations empty by noon")."""

import pytest


@pytest.mark.parametrize("text, content, speaker", [
    ("The cabinet plans to raise the pension age, the newspaper reported, citing two ministers.",
     "The cabinet plans to raise the pension age", "the newspaper"),
    ("The two firms hope to close the merger by June, the business daily reported.",
     "The two firms hope to close the merger by June", "the business daily"),
    ("The rebels have agreed to a truce, state television reported on Sunday.",
     "The rebels have agreed to a truce", "state television"),
])
def test_an_outlet_reporting_an_intention_keeps_its_quote(find_quotes, text, content, speaker):
    quotes = [q for q in find_quotes(text) if q.text == content]
    assert quotes, [(q.cue, q.text) for q in find_quotes(text)]
    assert quotes[0].speaker is not None and quotes[0].speaker.text == speaker


def test_an_outlet_still_carries_a_promise(find_quotes):
    quotes = find_quotes("The minister vowed to resign, Reuters reported.")
    assert [(q.cue, q.text, q.via) for q in quotes] == [("vowed", "to resign", "Reuters")]


@pytest.mark.parametrize("text, content, speaker", [
    ("Turnout was low, according to local media, with many polling stations empty by noon.",
     "Turnout was low", "local media"),
    ("The army shelled the town, according to residents, killing at least 12 people and wounding dozens more.",
     "The army shelled the town", "residents"),
    ("Exports fell in May, according to customs data, despite a weaker currency and strong demand in Asia.",
     "Exports fell in May", "customs data"),
])
def test_the_clause_before_according_to_is_the_content(find_quotes, text, content, speaker):
    quotes = [q for q in find_quotes(text) if q.cue.lower() == "according to"]
    assert quotes and quotes[0].text == content, [(q.cue, q.text) for q in find_quotes(text)]
    assert quotes[0].speaker is not None and quotes[0].speaker.text == speaker


def test_a_predicate_after_the_phrase_is_still_the_content(find_quotes):
    quotes = [q for q in find_quotes("He was, according to aides, furious about the leak.") if q.cue == "according to"]
    assert quotes and quotes[0].text != "He was"
