"""A second report set against the first with "while"/"whereas" ("said exports would rise, while
analysts warned that ...") is the other source's own quote and ends the first content; a "while"
clause that is no report ("while engineers inspected it"), one without a subject of its own ("while
admitting ...") and one inside a scene described ("shows a man aiming ... while others yell") stay."""

import pytest


@pytest.mark.parametrize("text, first, cue, speaker, second", [
    ("The union said its members would strike on Monday, while the company warned that it would hire "
     "temporary staff.", "its members would strike on Monday", "warned", "the company",
     "that it would hire temporary staff"),
    ("The ministry said inflation had eased in June, whereas independent economists insisted prices were "
     "still climbing.", "inflation had eased in June", "insisted", "independent economists",
     "prices were still climbing"),
    ("Kenya's electoral board said turnout was high while observers reported long queues at polling "
     "stations.", "turnout was high", "reported", "observers", "long queues at polling stations"),
])
def test_a_report_set_against_the_claim_is_its_own(quote_content, find_quotes, text, first, cue, speaker,
                                                   second):
    assert quote_content(text, "said") == first
    other = [q for q in find_quotes(text) if q.cue == cue]
    assert other and other[0].speaker is not None and other[0].speaker.text == speaker
    assert other[0].text == second


@pytest.mark.parametrize("text, content", [
    ("The governor said the dam was safe while engineers inspected it.", "the dam was safe while engineers inspected it"),
    ("The mayor said traffic flowed smoothly while the bridge was closed.",
     "traffic flowed smoothly while the bridge was closed"),
    ("The coach said he was proud of the team while admitting mistakes had been made.",
     "he was proud of the team while admitting mistakes had been made"),
])
def test_a_while_clause_of_the_claim_stays(quote_content, text, content):
    assert quote_content(text, "said") == content


def test_a_scene_described_keeps_its_while_clause(quote_content):
    text = "Police video shows a sergeant pointing a taser at the driver while other officers yell at him to get out."
    assert quote_content(text, "shows") == \
        "a sergeant pointing a taser at the driver while other officers yell at him to get out"
