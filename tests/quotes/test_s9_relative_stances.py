"""A content that goes on after its object ("cited X and as Y ...") keeps a stance verb inside a
relative clause of the continuation's own nouns ("a region that had opposed the treaty" is part of what
was cited, no quote of its own); a verb of saying or thinking there still opens a report of its own
("which she said were ...")."""

import pytest


@pytest.mark.parametrize("text, content", [
    ("The veterans cited his service in the navy and as an envoy to a region that had long opposed the treaty.",
     "his service in the navy and as an envoy to a region that had long opposed the treaty"),
    ("The bishops cited his work in the camps and as a mediator between tribes that had long opposed the ceasefire.",
     "his work in the camps and as a mediator between tribes that had long opposed the ceasefire"),
])
def test_stance_in_a_relative_clause_stays_in_the_content(find_quotes, text, content):
    quotes = find_quotes(text)
    assert [(q.cue, q.text) for q in quotes] == [("cited", content)]


def test_words_said_in_a_relative_clause_are_a_report_of_their_own(find_quotes):
    text = "The minister cited rising prices and the strikes that have shut the ports, which she said were hurting exports."
    quotes = {q.cue: q.text for q in find_quotes(text)}
    assert quotes["cited"] == "rising prices and the strikes that have shut the ports"
    assert quotes["said"].endswith("were hurting exports")


@pytest.mark.parametrize("text, content", [
    ("The senator said the charge smacked of hypocrisy, because his rivals had led the way in questioning the "
     "inquiry.", "the charge smacked of hypocrisy, because his rivals had led the way in questioning the inquiry"),
    ("The mayor said the plan would fail, because the council had spent years opposing any new tax.",
     "the plan would fail, because the council had spent years opposing any new tax"),
])
def test_stance_gerund_in_the_continuation_stays(find_quotes, text, content):
    assert [q.text for q in find_quotes(text) if q.cue == "said"] == [content]


def test_finite_stance_verb_after_the_content_stops_it(find_quotes):
    text = "The mayor said the plan would fail, and the council criticized the budget."
    assert [q.text for q in find_quotes(text) if q.cue == "said"] == ["the plan would fail"]
