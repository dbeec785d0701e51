"""Approving, ratifying and vetoing a measure state the body's stance on it, as PolNeAR marks them
(a committee 'approved a bill', a president 'set to veto legislation', a bill 'was passed by Congress'):
the measure is the content, the body voting the source. The noun in 'approval rating' is no cue."""

import pytest


@pytest.mark.parametrize("text, cue, content, speaker", [
    ("The Senate approved a bill that would raise the minimum wage.",
     "approved", "a bill that would raise the minimum wage", "The Senate"),
    ("Regulators have approved the merger of the two airlines.",
     "approved", "the merger of the two airlines", "Regulators"),
    ("Parliament on Tuesday ratified the trade agreement with Canada.",
     "ratified", "the trade agreement with Canada", "Parliament"),
    ("The treaty was ratified by the Kenyan parliament last week.",
     "ratified", "The treaty", "the Kenyan parliament"),
    ("The governor appears set to veto legislation that would cut school budgets.",
     "veto", "legislation that would cut school budgets", "The governor"),
])
def test_a_vote_on_a_measure_is_attributed(find_quotes, text, cue, content, speaker):
    assert [(q.cue, q.text, q.speaker.text if q.speaker else None) for q in find_quotes(text)] == \
        [(cue, content, speaker)]


def test_an_approval_rating_is_no_attribution(find_quotes):
    assert find_quotes("His approval rating fell to 40 percent after the vote.") == []
