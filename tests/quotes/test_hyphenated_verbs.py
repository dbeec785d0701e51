"""A hyphenated reporting verb the tokenizer splits ("pooh-poohed", "re-stated") is found by its
last part, shown whole as the cue, and takes the subject the parser may hang from its auxiliary."""

import pytest


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("The governor has pooh-poohed the scientists' consensus that the lake is drying up.", "pooh-poohed",
     "The governor", "the scientists' consensus that the lake is drying up"),
    ("Republicans pooh-poohed the report.", "pooh-poohed", "Republicans", "the report"),
    ("The minister has re-stated that the border will stay closed.", "re-stated", "The minister",
     "that the border will stay closed"),
])
def test_hyphenated_reporting_verbs(find_quotes, text, cue, speaker, content):
    quotes = find_quotes(text)
    assert [(q.cue, q.speaker.text, q.text) for q in quotes] == [(cue, speaker, content)]
