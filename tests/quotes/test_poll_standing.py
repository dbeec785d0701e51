"""What a poll shows of a candidate is the candidate with the standing ("shows the senator ahead
by 4.2 points"), not the name alone."""

import pytest


@pytest.mark.parametrize("text, content", [
    ("A new average of swing-state polls shows the senator likewise ahead by 4.2 percentage points.",
     "the senator likewise ahead by 4.2 percentage points"),
    ("The survey found Clinton ahead among women by 20 points.", "Clinton ahead among women by 20 points"),
    ("A Reuters poll showed the governor behind by six points in the state.",
     "the governor behind by six points in the state"),
    ("The latest poll shows Clinton ahead of Trump in Florida.", "Clinton ahead of Trump in Florida"),
])
def test_the_standing_is_part_of_what_the_poll_shows(find_quotes, text, content):
    assert content in [q.text for q in find_quotes(text)], [(q.cue, q.text) for q in find_quotes(text)]


def test_a_plain_object_stays_as_it_is(find_quotes):
    assert [q.text for q in find_quotes("The study cited the report behind the decision.")] == [
        "the report behind the decision"]
