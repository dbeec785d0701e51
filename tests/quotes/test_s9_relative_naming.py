"""A naming verb whose object is a relative or free-relative pronoun ("what rebels called a hospital",
"which the president called a disgrace") reports the pronoun with its predicate; the subject names it."""

import pytest


@pytest.mark.parametrize("text, speaker, content", [
    ("The army shelled what rebels called a hospital.", "rebels", "what rebels called a hospital"),
    ("Farmers protested against what they called a land grab by the state.", "they", "what they called a land grab"),
    ("The deal, which the president called a disgrace, was signed on Friday.", "the president",
     "which the president called a disgrace"),
])
def test_relative_naming(find_quotes, text, speaker, content):
    quotes = [(q.speaker.text, q.text) for q in find_quotes(text) if q.cue == "called"]
    assert quotes == [(speaker, content)]
