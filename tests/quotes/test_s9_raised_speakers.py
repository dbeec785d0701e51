"""The speaker of a reporting verb in the infinitive of a passive ("is expected to announce", "was
asked to explain", "was forced to admit") is that passive's subject, not a "by" agent it lacks."""

import pytest


@pytest.mark.parametrize("text, cue, speaker", [
    ("The president is expected to announce that troops will stay until spring.", "announce", "The president"),
    ("The minister is set to tell parliament that the budget must be cut.", "tell", "The minister"),
    ("The envoy was asked to explain why the talks had stalled.", "explain", "The envoy"),
    ("The company was forced to admit that its figures were wrong.", "admit", "The company"),
])
def test_passive_subject_speaks_the_infinitive(find_quotes, text, cue, speaker):
    quotes = [q for q in find_quotes(text) if q.cue == cue]
    assert [q.speaker.text if q.speaker else None for q in quotes] == [speaker]


def test_a_passive_report_keeps_its_agent(find_quotes):
    quotes = find_quotes("The plan was announced by the defence ministry on Friday.")
    assert [q.speaker.text for q in quotes if q.cue == "announced"] == ["the defence ministry"]
