"""A passive verb of saying or thinking with a to-infinitive ("The minister is said to have resigned",
"Several soldiers were reported to have been killed") reports its subject with the infinitive, with
no speaker named; a passive with an infinitive of purpose ("was published to inform voters") does not."""

import pytest


@pytest.mark.parametrize("text, cue", [
    ("The minister is said to have resigned.", "said"),
    ("Several soldiers were reported to have been killed in the attack.", "reported"),
    ("The gunmen are believed to be hiding in the mountains.", "believed"),
    ("The former president is known to have opposed the war.", "known"),
])
def test_a_raised_passive_reports_its_clause(find_quotes, text, cue):
    quotes = find_quotes(text)
    assert [(q.cue, q.text, q.speaker) for q in quotes] == [(cue, text.rstrip("."), None)]


@pytest.mark.parametrize("text", [
    "The report was published to inform voters.",
    "The rule has been rewritten to cover the new cases.",
])
def test_an_infinitive_of_purpose_is_no_report(find_quotes, text):
    assert find_quotes(text) == []
