"""A semicolon joins sentences: the clause before it is not what a verb after it reports ("The delay
was not planned; aides only learned of it on Friday"), and a reported clause ends before a semicolon
that opens a clause of its own."""

import pytest


@pytest.mark.parametrize("text", [
    "The delay was not planned; aides only learned of the deals on Friday.",
    "The road was shut for hours; drivers later found out the bridge had cracked.",
])
def test_no_content_across_a_semicolon_before_the_verb(find_quotes, text):
    before = text.split(";")[0]
    assert not any(before in q.text for q in find_quotes(text))


@pytest.mark.parametrize("text, content", [
    ("Aides said the date of the release was not chosen on purpose; they only heard about the deals on Friday.",
     "the date of the release was not chosen on purpose"),
    ("The union said the strike would go ahead; managers refused to comment.", "the strike would go ahead"),
    ("He said the talks had failed; officials were stunned.", "the talks had failed"),
])
def test_a_reported_clause_ends_at_a_semicolon(find_quotes, text, content):
    assert [q.text for q in find_quotes(text) if q.cue == "said"] == [content]
