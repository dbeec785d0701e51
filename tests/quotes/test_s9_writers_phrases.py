"""Verbs of saying that report nothing (``quotes/idioms.py``): the writer's fixed phrases ("not to
mention X", "to say nothing of X", "which is to say ...") and commands to the reader ("Note that ...",
"Don't blame ..."); a command to think or expect still states the writer's view."""

import pytest


@pytest.mark.parametrize("text, verb", [
    ("The rebels control the valley, not to mention the mountain passes.", "mention"),
    ("The rebels control the valley, to say nothing of the mountain passes.", "say"),
    ("Prices rose sharply, which is to say that wages fell in real terms.", "say"),
    ("Note that the figures exclude the capital.", "Note"),
    ("Don't blame the weather for the floods.", "blame"),
    ("Now tell us the border is safe.", "tell"),
    ("Say what you will about the general, he kept the army together.", "Say"),
])
def test_no_quote_from_the_writers_phrase(find_quotes, text, verb):
    assert not any(q.cue == verb for q in find_quotes(text))


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("The minister said the rebels control the valley.", "said", "The minister", "the rebels control the valley"),
    ("Ask any farmer in the valley and he will tell you the river is dying.", "tell", "he", "the river is dying"),
    ("The envoy did not mention the prisoners, officials noted.", "noted", "officials",
     "The envoy did not mention the prisoners"),
])
def test_reports_around_such_phrases_stay(find_quotes, text, cue, speaker, content):
    assert (speaker, content) in [(q.speaker.text if q.speaker else None, q.text) for q in find_quotes(text) if q.cue == cue]


def test_a_command_to_expect_is_the_writers_view(find_quotes):
    quotes = find_quotes("But don't expect the new cabinet to change course.")
    assert [(q.cue, q.text) for q in quotes] == [("expect", "the new cabinet to change course")]
