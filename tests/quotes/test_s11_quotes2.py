"""Session 11, second round (quotes2): the source's own asides, headline attributions, a message named after a dash."""

import pytest


def _summary(quotes):
    return [(q.cue, q.text, q.speaker.text if q.speaker else None, q.via) for q in quotes]


@pytest.mark.parametrize("text, cue, content, speaker, via", [
    # a citing participle after the source of "according to" is where the source had it from: no content
    ("According to Reuters, citing two sources, the cabinet will raise fuel duties next month.", "According to",
     "the cabinet will raise fuel duties next month", "Reuters", "Reuters"),
    ("According to the Wall Street Journal, quoting people close to the talks, the two firms are near a merger.",
     "According to", "the two firms are near a merger", "the Wall Street Journal", "Wall Street Journal"),
    ("The cabinet will raise fuel duties next month, according to Reuters, citing two sources familiar with the plan.",
     "according to", "The cabinet will raise fuel duties next month", "Reuters", "Reuters"),
])
def test_a_citing_aside_after_the_source_is_part_of_the_attribution(find_quotes, text, cue, content, speaker, via):
    assert _summary(find_quotes(text)) == [(cue, content, speaker, via)]


def test_a_participle_that_is_no_citing_verb_stays_content(find_quotes):
    quotes = find_quotes("According to the ministry, rising prices have pushed millions into poverty.")
    assert _summary(quotes) == [("According to", "rising prices have pushed millions into poverty", "the ministry", None)]
