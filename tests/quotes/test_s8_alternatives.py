"""A refusal or plan with two alternatives ("declined to X or Y") reports both; the parser may hang
the second verb from the reporting verb, and the content then never ends on the bare "or"."""

import pytest


@pytest.mark.parametrize("text, cue, content", [
    ("On Tuesday the chancellor declined to warn Beijing or even openly call it a threat.",
     "declined", "to warn Beijing or even openly call it a threat"),
    ("The mayor declined to name the company or say when the deal would close.",
     "declined", "to name the company or say when the deal would close"),
    ("The minister refused to resign or apologize.", "refused", "to resign or apologize"),
])
def test_both_alternatives_are_one_content(find_quotes, text, cue, content):
    quotes = find_quotes(text)
    assert [(q.cue, q.text) for q in quotes] == [(cue, content)]


@pytest.mark.parametrize("text", [
    "Officials declined to confirm the report or deny it.",
    "The airline refused to refund the tickets or rebook the passengers, a spokeswoman said.",
    "The coach declined to criticize the referee or blame his players after the defeat.",
])
def test_no_content_ends_on_a_conjunction(find_quotes, text):
    for quote in find_quotes(text):
        assert quote.text.split()[-1].strip(".,") not in ("or", "and", "nor", "but"), quote.text
