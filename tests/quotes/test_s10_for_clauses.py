"""Phrasal reporting verbs with "for" ("call for", "push for", "argue for"): a for-clause with a subject
and an infinitive of its own is the content ("called for all parties to respect the truce"); a time
phrase between the verb and its preposition leaves the verb phrasal ("called on Tuesday for new
elections", "called Monday for an audit"); and a subject the parser cut off by its apposition still speaks
("Maria Lopez (R), the mayor's rival in the coming vote, called Monday for ...")."""

import pytest


@pytest.mark.parametrize("text, content, speaker", [
    ("The United Nations called for all parties to respect the ceasefire.",
     "all parties to respect the ceasefire", "The United Nations"),
    ("Rights groups are calling for the prisoners to be freed.", "the prisoners to be freed", "Rights groups"),
    ("The union pushed for wages to rise by five percent next year.", "wages to rise by five percent next year",
     "The union"),
    ("Activists have long argued for the law to be repealed.", "the law to be repealed", "Activists"),
    ("The foreign minister is calling for the talks to be resumed at once.", "the talks to be resumed at once",
     "The foreign minister"),
])
def test_a_for_clause_is_the_content(find_quotes, text, content, speaker):
    quotes = [q for q in find_quotes(text) if q.text == content]
    assert quotes, [(q.cue, q.text) for q in find_quotes(text)]
    assert quotes[0].speaker is not None and quotes[0].speaker.text == speaker
    assert quotes[0].cue.endswith(" for")


@pytest.mark.parametrize("text, content", [
    ("He called on Tuesday for new elections.", "new elections"),
    ("The senator called Monday for an independent inquiry into the deaths.",
     "an independent inquiry into the deaths"),
    ("Maria Lopez (R), the mayor's rival in the coming vote, called Monday for an audit of the city budget.",
     "an audit of the city budget"),
])
def test_a_time_phrase_before_the_preposition(find_quotes, text, content):
    quotes = [q for q in find_quotes(text) if q.text == content]
    assert quotes, [(q.cue, q.text) for q in find_quotes(text)]
    assert quotes[0].speaker is not None and quotes[0].speaker.text not in ("Tuesday", "Monday")


@pytest.mark.parametrize("text", [
    "He waited for the rain to stop.",
    "They called on Tuesday and left a message.",
])
def test_no_report_without_a_reporting_verb(find_quotes, text):
    assert find_quotes(text) == [], [(q.cue, q.text) for q in find_quotes(text)]
