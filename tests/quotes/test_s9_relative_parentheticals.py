"""An attribution set off by commas right after a relative pronoun ("the stadium, which, Tompkins said,
is usually full") reports the relative clause, not the sentence it hangs from."""

import pytest


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("The bill passed the senate, which, critics say, has ignored the farmers for years.", "say", "critics",
     "which, critics say, has ignored the farmers for years"),
    ("Police detained the editor, who, his lawyer said, had done nothing illegal.", "said", "his lawyer",
     "who, his lawyer said, had done nothing illegal"),
    ("The army seized the bridge, which, according to local officials, was the last route out of the city.",
     "according to", "local officials", "which, according to local officials, was the last route out of the city"),
])
def test_parenthesis_after_a_relative_pronoun(find_quotes, text, cue, speaker, content):
    quotes = [(q.speaker.text, q.text) for q in find_quotes(text) if q.cue == cue]
    assert quotes == [(speaker, content)]


@pytest.mark.parametrize("text, cue", [
    ("The talks, the envoy said, will resume next week.", "said"),
    ("All of which, the minister said, would help restore confidence in the banks.", "said"),
])
def test_parenthesis_elsewhere_reports_the_sentence(find_quotes, text, cue):
    assert [q.text for q in find_quotes(text) if q.cue == cue] == [text[:-1]]
