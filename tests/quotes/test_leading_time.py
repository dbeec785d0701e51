"""A phrase of time right after the reporting verb and before the reported clause's subject ("said
on Monday the troops would stay") tells when it was said, even when the parser hangs it in the
clause; after "that" it is the claim's ("said that after the vote he would resign")."""

import pytest


@pytest.mark.parametrize("text, content", [
    ("The minister said on Monday the troops would stay.", "the troops would stay"),
    ("The senator said after the convention he would not back the nominee.", "he would not back the nominee"),
    ("She said in 2014 the economy would grow.", "the economy would grow"),
    ("Officials told reporters on Tuesday the border would reopen.", "the border would reopen"),
    ("He said during the debate the plan was a disaster.", "the plan was a disaster"),
    ("He said that after the vote he would resign.", "that after the vote he would resign"),
])
def test_a_leading_phrase_of_time(find_quotes, text, content):
    assert [q.text for q in find_quotes(text) if q.cue in ("said", "told")] == [content]
