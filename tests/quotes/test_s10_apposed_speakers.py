"""A parenthetical attribution whose speaker carries an apposition between commas ("As Ana Ruiz, a
tax lawyer, put it, ...", "The levee, as Tom Berg, an engineer with the state, pointed out, was ...")
is still a parenthesis: the apposition's commas are the speaker's, not the place it opens."""

import pytest


@pytest.mark.parametrize("text, cue, speaker, content", [
    ('As Ana Ruiz, a tax lawyer, put it, "Did the firm break the law, or merely bend it?"', "put",
     "Ana Ruiz, a tax lawyer", '"Did the firm break the law, or merely bend it?"'),
    ('As Piotr Nowak, a historian at the university in Krakow and an adviser to the museum, once put it, '
     '"Every border here was drawn by someone else."', "put",
     "Piotr Nowak, a historian at the university in Krakow and an adviser to the museum",
     '"Every border here was drawn by someone else."'),
    ("The levee, as Tom Berg, an engineer with the state, pointed out, was never built for such a storm.",
     "pointed out", "Tom Berg, an engineer with the state",
     "The levee, as Tom Berg, an engineer with the state, pointed out, was never built for such a storm"),
])
def test_an_apposed_speaker_keeps_the_parenthesis(find_quotes, text, cue, speaker, content):
    quotes = [q for q in find_quotes(text) if q.cue == cue]
    assert len(quotes) == 1, [(q.cue, q.text) for q in find_quotes(text)]
    assert quotes[0].speaker is not None and quotes[0].speaker.text == speaker
    assert quotes[0].text == content


def test_a_long_subject_is_no_apposed_speaker(find_quotes):
    text = ("Gunmen attacked two villages near the river and burned a school outside Kano, the state police "
            "spokesman said on Sunday.")
    quotes = find_quotes(text)
    assert [q.speaker.text for q in quotes if q.speaker is not None] == ["the state police spokesman"]
    assert quotes[0].text.startswith("Gunmen attacked")
