"""A participle right after "X said," is X's act ('"...," Ruiz said, adding that ...', '..., she
said, going on to say that ...'), even where the parser hangs it inside the quotation before."""

import pytest


@pytest.mark.parametrize("text, cue, speaker", [
    ('"We cannot keep doing this. The people are tired of it, and you know it," Ruiz said, suggesting a '
     'handful of questions, including, "Minister, do you really think the farmers will wait? What will you tell them?"',
     "suggesting", "Ruiz"),
    ('"It is the worst harvest I remember," Hall said, warning that prices would climb.', "warning", "Hall"),
])
def test_the_participle_after_said_is_the_speakers(find_quotes, text, cue, speaker):
    quotes = [q for q in find_quotes(text) if q.cue == cue]
    assert quotes, [(q.cue, q.text) for q in find_quotes(text)]
    assert quotes[0].speaker is not None and quotes[0].speaker.text == speaker


def test_going_on_to_say_stays_with_the_speaker(find_quotes):
    text = ('"The talks are going nowhere and everyone in this room can see why," the envoy said, going on to say '
            'that the two sides had "not moved an inch in a year."')
    holding = [q for q in find_quotes(text) if "not moved an inch" in q.text]
    assert holding and all(q.speaker is not None and q.speaker.text == "the envoy" for q in holding)
