"""Calls for something: "Merkel's call for a European solution", "renewed its calls for the prime
minister to resign" (the parser makes "for" the mark of an infinitive clause), "sounded a call for
X": the content is what is called for, the speaker its holder or the subject of the light verb."""

import pytest


@pytest.mark.parametrize("text, content, speaker", [
    ("President Barack Obama sounded a call for Congress to raise the debt ceiling.",
     "Congress to raise the debt ceiling", "President Barack Obama"),
    ("The opposition renewed its calls for the prime minister to resign.", "the prime minister to resign", "its"),
    ("Merkel's call for a European solution went unheeded.", "a European solution", "Merkel's"),
    ("There were growing calls for an independent inquiry into the shooting.",
     "an independent inquiry into the shooting", None),
])
def test_a_call_for_something(find_quotes, text, content, speaker):
    quotes = find_quotes(text)
    hits = [(q.text, q.speaker.text if q.speaker else None) for q in quotes if q.cue.lower().startswith("call")]
    assert hits == [(content, speaker)], [(q.cue, q.text) for q in quotes]


def test_a_phone_call_is_no_call_for_anything(find_quotes):
    quotes = find_quotes("He made a phone call to his lawyer on Friday.")
    assert not [q for q in quotes if "call" in (q.cue or "")]
