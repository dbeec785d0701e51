"""An attribution set off by commas in the middle of a sentence ("A, according to X, and B"; "A,
the agency said in a report, and B") reports the whole sentence when the clause after it has no
report of its own."""

import pytest


@pytest.mark.parametrize("text, cue, speaker", [
    ("The richest tenth paid a third of all taxes in 2015, according to the budget office, and the poorest half "
     "paid almost nothing.", "according to", "the budget office"),
    ("Rents rose by a tenth in the capital, the statistics office said in its spring survey, and house prices "
     "climbed even faster.", "said", "the statistics office"),
    ("The bridge was closed at noon, police said, and traffic was sent through the old town.", "said", "police"),
])
def test_the_sentence_goes_on_after_the_attribution(find_quotes, text, cue, speaker):
    quotes = [q for q in find_quotes(text) if q.cue == cue]
    assert [(q.speaker.text, q.text) for q in quotes] == [(speaker, text[:-1])]


def test_a_second_report_after_the_attribution_stays_apart(find_quotes):
    text = "Turnout was low, officials said, and the mayor said he was disappointed."
    quotes = [(q.speaker.text, q.text) for q in find_quotes(text)]
    assert quotes == [("officials", "Turnout was low"), ("the mayor", "he was disappointed")]


def test_a_quotation_after_the_attribution_is_not_swallowed(find_quotes):
    text = 'Sales fell, the firm said, and "nobody knows when they will recover."'
    assert not any(q.cue == "said" and q.end == len(text) - 1 and q.kind == "indirect" for q in find_quotes(text))
