"""Reported clauses the parser hangs in the wrong place (quotes/misplaced_clauses.py): a that-clause
hung from the reporting verb's time clause ("said after the vote ended that she would resign"), and the
sentence's own predicate hung from a relative clause that opens it ("Everything the minister says is a
lie": what is said is "Everything", not "is a lie")."""

import pytest


@pytest.mark.parametrize("text, content, speaker", [
    ("The senator said after the vote ended that she would resign.", "that she would resign", "The senator"),
    ("The coach admitted when the match was over that his team had been poor.", "that his team had been poor",
     "The coach"),
    ("Officials confirmed once the storm had passed that two bridges were closed.", "that two bridges were closed",
     "Officials"),
])
def test_a_that_clause_under_a_time_clause(find_quotes, text, content, speaker):
    quotes = find_quotes(text)
    assert [(q.text, q.speaker.text if q.speaker else None) for q in quotes] == [(content, speaker)]


@pytest.mark.parametrize("text, content", [
    ("Everything the minister says is a lie.", "Everything"),
    ("The things he says are often untrue.", "The things"),
])
def test_the_noun_a_relative_report_hangs_from(find_quotes, text, content):
    quotes = [q for q in find_quotes(text) if q.cue in ("says",)]
    assert quotes and quotes[0].text == content, [(q.cue, q.text) for q in find_quotes(text)]


def test_a_relative_report_inside_the_sentence_keeps_its_clause(find_quotes):
    text = "The draft is vague, experts say, including a clause they say could exclude single fathers."
    quotes = [q for q in find_quotes(text) if q.speaker is not None and q.speaker.text == "they"]
    assert quotes and quotes[0].text.endswith("could exclude single fathers"), [(q.cue, q.text) for q in find_quotes(text)]
