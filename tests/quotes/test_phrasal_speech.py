"""Phrasal verbs of speech whose particle the parser may take for an adverb ("weighed in",
"chimed in") introduce direct quotations like "said"."""

import pytest


@pytest.mark.parametrize("text, cue, speaker", [
    ('"We will all miss her greatly," Okafor weighed in, telling Berg that she had been a loyal friend.',
     "weighed in", "Okafor"),
    ('"That is simply wrong," another senator chimed in.', "chimed in", "another senator"),
])
def test_a_phrasal_speech_verb_takes_the_quotation(find_quotes, text, cue, speaker):
    direct = [q for q in find_quotes(text) if q.kind == "direct"]
    assert direct and direct[0].cue == cue and direct[0].speaker.text == speaker


def test_weighing_something_else_is_no_quote(find_quotes):
    assert find_quotes("The boxer weighed in at 200 pounds on Friday.") == []


@pytest.mark.parametrize("text, content", [
    ('"Please do not leave us," the villagers begged.', '"Please do not leave us,"'),
    ("The mayor begged residents to stay home.", "residents to stay home"),
])
def test_begging_is_a_directive(find_quotes, text, content):
    assert [q.text for q in find_quotes(text) if q.cue == "begged"] == [content]
