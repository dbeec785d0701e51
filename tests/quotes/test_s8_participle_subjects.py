"""A subject followed by a participle phrase ("Protesters marching through the streets chanted ...")
that the parser reads as the main verb still gives the finite verb its speaker."""

import pytest


@pytest.mark.parametrize("text, cue, speaker", [
    ('Protesters marching through the streets chanted "No more curfews!" and kept going until dawn.',
     "chanted", "Protesters"),
    ('Students marching past the palace shouted "Free them now!" at the guards.', "shouted", "Students"),
    ("Officials speaking on condition of anonymity said the talks had failed.", "said",
     "Officials speaking on condition of anonymity"),
])
def test_the_subject_before_a_participle_speaks(find_quotes, text, cue, speaker):
    found = [(q.cue, q.speaker.text if q.speaker else None) for q in find_quotes(text)]
    assert (cue, speaker) in found, found
