"""A pronoun speaker takes the actor stage's resolution; a relative pronoun its antecedent's code."""

import pytest


def speakers(pipeline, text):
    coded = pipeline.code_text(text, published="2016-09-20")
    return [(q.speaker.text, q.speaker.name, q.speaker.code) for q in coded.quotes if q.speaker is not None]


@pytest.mark.parametrize("text, pronoun, name", [
    ("Donald Trump met Angela Merkel in Berlin on Monday. She said the talks had been useful.", "She", "Angela Merkel"),
    ("Hillary Clinton was more careful than Senator Jeff Merkley, who said the bank should be broken up. "
     "Though she called the behavior outrageous, she stopped short of that.", "she", "Hillary Clinton"),
    ('"The talks were useful," Dmitry Peskov told reporters. He added that Putin would travel to Paris.',
     "He", "Dmitry Peskov"),
])
def test_a_pronoun_speaker_is_named_as_the_actor_stage_resolves_it(pipeline, text, pronoun, name):
    found = [s for s in speakers(pipeline, text) if s[0] == pronoun]
    assert found and found[0][1] == name


@pytest.mark.parametrize("text, shown, name, code", [
    ("Russian officials met in Moscow. Dmitry Peskov, who said the talks were useful, left early.",
     "who", "Dmitry Peskov", "RUSGOV"),
    ("The talks ended on Friday. Angela Merkel, who told reporters that they had failed, flew home.",
     "who", "Angela Merkel", "DEUGOV"),
    ("The Saudi government, which has denied any role in the attacks, issued a statement.",
     "which", None, "SAUGOV"),
])
def test_a_relative_pronoun_speaker_is_coded_as_its_antecedent(pipeline, text, shown, name, code):
    found = [s for s in speakers(pipeline, text) if s[0] == shown]
    assert found and found[0][2] == code
    if name is not None:
        assert found[0][1] == name
