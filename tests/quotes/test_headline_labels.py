"""A headline label before a colon names a speaker ("Pence: ...", "Poll: ..."), not a title-case
phrase with a preposition ("Chaos Over Borders: ..."), unless the phrase holds a name."""

import pytest


@pytest.mark.parametrize("text, speaker", [
    ("Pence: Flowers Will Not Be at the Debate.", "Pence"),
    ("Poll: Voters Abandon the Party.", "Poll"),
])
def test_a_name_label_is_the_speaker(find_quotes, text, speaker):
    quotes = find_quotes(text)
    assert [(q.cue, q.speaker.text if q.speaker else None) for q in quotes] == [(":", speaker)]


@pytest.mark.parametrize("text", [
    "Chaos Over Borders: Leaders Meet Again in Brussels.",
    "Storm After Storm: The Coast Braces for More Rain.",
])
def test_a_title_phrase_is_no_speaker(find_quotes, text):
    assert find_quotes(text) == []
