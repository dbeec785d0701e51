"""Labels of an outlet's notes ("CLARIFICATION:", "DISCLOSURE:") name no speaker; the reports inside
the note are still found."""

import pytest


@pytest.mark.parametrize("label", ["CLARIFICATION", "DISCLOSURE", "Programming note"])
def test_note_label_is_no_speaker(find_quotes, label):
    text = ("The council met on Monday.\n\n" + label + ": An earlier version of this story said the mayor "
            "backed the plan; she has called for a review of it.")
    quotes = find_quotes(text)
    assert not any(q.speaker is not None and q.speaker.text.lower() == label.lower() for q in quotes)
    assert any(q.cue == "called for" and q.text == "a review of it" for q in quotes)
