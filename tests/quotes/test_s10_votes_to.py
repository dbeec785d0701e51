"""A vote to do something states the voting body's will ("the committee voted to send the bill to the
floor", "voters in the region voted to leave the union"): the infinitive is the content."""

import pytest


@pytest.mark.parametrize("text, content, speaker", [
    ("The state assembly voted 61-38 to refer the pension bill back to committee.",
     "to refer the pension bill back to committee", "The state assembly"),
    ("Voters in the region voted to leave the union.", "to leave the union", "Voters in the region"),
    ("The city council has voted unanimously to ban the sale of fireworks.", "to ban the sale of fireworks",
     "The city council"),
])
def test_a_vote_to_act(find_quotes, text, content, speaker):
    quotes = [q for q in find_quotes(text) if q.cue == "voted"]
    assert quotes and quotes[0].text == content, [(q.cue, q.text) for q in find_quotes(text)]
    assert quotes[0].speaker is not None and quotes[0].speaker.text == speaker


def test_voting_alone_is_no_quote(find_quotes):
    assert find_quotes("Millions of people voted on Sunday.") == []
