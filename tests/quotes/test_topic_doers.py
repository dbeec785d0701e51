"""A topic noun with no holder of its own ('questions about', 'attacks on') is held by the subject
of a light verb taking it or of an active verb acting with it, not of a verb that receives it."""

import pytest


def topic(quotes, cue):
    found = [q for q in quotes if q.cue == cue]
    assert found, [(q.cue, q.text) for q in quotes]
    return found[0]


@pytest.mark.parametrize("text, cue, speaker", [
    ("Donald Trump is raising questions about the sound system at the rally.", "questions about",
     "Donald Trump"),
    ("The senator made comments about the budget on Tuesday.", "comments about", "The senator"),
    ("Trump has answered with attacks on Machado, among them posts on Sunday.", "attacks on", "Trump"),
    ("She then hit him with attacks on his record and his agenda.", "attacks on", "She"),
])
def test_the_doer_holds_the_topic_noun(find_quotes, text, cue, speaker):
    q = topic(find_quotes(text), cue)
    assert q.speaker is not None and q.speaker.text == speaker


@pytest.mark.parametrize("text, cue", [
    ("Trump faced questions about his taxes.", "questions about"),
    ("The plan was met with criticism for its cost.", "criticism for"),
])
def test_a_receiver_does_not_hold_the_topic_noun(find_quotes, text, cue):
    assert topic(find_quotes(text), cue).speaker is None


@pytest.mark.parametrize("text, cue, content", [
    ("Voters in the north share a rising skepticism about the European Union's value.", "skepticism about",
     "the European Union's value"),
    ("Migrants arrived in the city amid disagreements about how and where to shelter them.", "disagreements about",
     "how and where to shelter them"),
    ("American commitments to European security look the most questionable.", "commitments to", "European security"),
    ("His rhetoric about immigrants has alarmed business leaders.", "rhetoric about", "immigrants"),
    ("Her remarks came during an answer about how she would cut the deficit.", "answer about",
     "how she would cut the deficit"),
    ("The program featured a typical discussion about the leaked emails.", "discussion about", "the leaked emails"),
])
def test_stance_and_topic_nouns_report_what_they_are_about(find_quotes, text, cue, content):
    assert topic(find_quotes(text), cue).text == content
