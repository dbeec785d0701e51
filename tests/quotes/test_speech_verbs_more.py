"""Verbs of speaking that news uses to attribute a quotation in passing ("Trump interrupted",
"the senator scoffed", "Clinton shot back"): the quotation next to them is the speaker's."""

import pytest


@pytest.mark.parametrize("text, cue, speaker, quote", [
    ('"That\'s a lie," the candidate interrupted.', "interrupted", "the candidate", '"That\'s a lie,"'),
    ('"Give me a break," the senator scoffed.', "scoffed", "the senator", '"Give me a break,"'),
    ('"Nobody expected this," he marveled as the results came in.', "marveled", "he", '"Nobody expected this,"'),
    ('"Please let us through," she pleaded with the soldiers.', "pleaded", "she", '"Please let us through,"'),
    ('"You started it," Clinton shot back.', "shot back", "Clinton", '"You started it,"'),
    ('"We are ready for anything," the general fired back on Tuesday.', "fired back", "the general",
     '"We are ready for anything,"'),
    ('"Wait a moment," Biden interjected.', "interjected", "Biden", '"Wait a moment,"'),
])
def test_a_passing_speech_verb_attributes_the_quotation(find_quotes, text, cue, speaker, quote):
    quotes = find_quotes(text)
    assert [(q.cue, q.speaker.text if q.speaker else None, q.text, q.kind) for q in quotes] == \
        [(cue, speaker, quote, "direct")]


def test_an_interrupted_event_reports_nothing(find_quotes):
    assert find_quotes("The debate was interrupted by protesters.") == []
