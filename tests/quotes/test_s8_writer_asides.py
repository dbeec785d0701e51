"""The writer's own asides report no one: "It is worth noting that ...", "Assuming that ..., we
would ..."; a participle with a speaker ("Analysts, noting that ...") still reports."""

import pytest


@pytest.mark.parametrize("text", [
    "It's worth noting that no nominee before him had ever refused.",
    "It is worth mentioning that the rule dates from 1990.",
    "Assuming that the scheme is legal, buyers would still want proof.",
    "Supposing that the vote passes, the law takes effect in May.",
])
def test_an_aside_of_the_writer_is_no_quote(find_quotes, text):
    assert not any(q.cue.lower() in ("noting", "mentioning", "assuming", "supposing") for q in find_quotes(text))


@pytest.mark.parametrize("text, cue, speaker", [
    ("Analysts, noting that prices fell, cut their forecasts.", "noting", "Analysts"),
    ("The minister ended the meeting, saying that the plan was dead.", "saying", "The minister"),
])
def test_a_participle_with_a_speaker_still_reports(find_quotes, text, cue, speaker):
    assert (cue, speaker) in [(q.cue, q.speaker.text if q.speaker else None) for q in find_quotes(text)]
