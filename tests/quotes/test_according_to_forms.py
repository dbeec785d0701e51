"""'According to' in the middle of a sentence ("The talks, according to two officials, collapsed
...") reports the sentence around it (one covering span); a closing ", according to X" is the
attribution of the clause before it, never part of another verb's content."""

import pytest


@pytest.mark.parametrize("text, speaker", [
    ("The talks, according to two diplomats who attended them, collapsed over the issue of sanctions.",
     "two diplomats who attended them"),
    ("The ceasefire, according to local officials, was broken within hours.", "local officials"),
])
def test_a_phrase_inside_the_clause_reports_the_sentence(find_quotes, text, speaker):
    quotes = find_quotes(text)
    assert [(q.cue, q.text, q.speaker.text) for q in quotes] == [("according to", text.rstrip("."), speaker)]


@pytest.mark.parametrize("text, content", [
    ("The company expects sales to fall by 10 percent this year, according to a statement released Tuesday.",
     "The company expects sales to fall by 10 percent this year"),
    ("Exports fell sharply in March, according to figures released on Friday, and imports rose.",
     "Exports fell sharply in March"),
])
def test_a_closing_phrase_reports_the_clause_before_it(find_quotes, text, content):
    quotes = find_quotes(text)
    according = [q for q in quotes if q.cue == "according to"]
    assert [q.text for q in according] == [content]
    assert not [q for q in quotes if "according to" in q.text]


@pytest.mark.parametrize("text", [
    "At 236 pounds he is overweight according to his body mass index.",
    "The launch went according to plan.",
    "According to tradition, the new pope is chosen in the Sistine Chapel.",
    "According to the rules of the chamber, the speaker must resign.",
])
def test_according_to_a_measure_plan_or_rule_names_no_source(find_quotes, text):
    assert find_quotes(text) == []


def test_according_to_a_source_still_attributes(find_quotes):
    quotes = find_quotes("The rebels lost the town, according to a report by the monitoring group.")
    assert [(q.speaker.text, q.text) for q in quotes] == [("a report by the monitoring group", "The rebels lost the town")]
