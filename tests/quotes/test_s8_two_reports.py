"""Two reports in one sentence: "A said X and B accused C of Y" is A's X and B's accusation, though
the parser hangs B's verb inside A's clause; "..., as X put it" after a quotation closed with a
comma inside its marks, and the clause it attributes begins at its subject."""

import pytest


def _pairs(quotes):
    return [(q.cue, q.speaker.text if q.speaker else None, q.text) for q in quotes]


@pytest.mark.parametrize("text, first, second", [
    ("Republicans said they were convinced the inquiry was botched and Democrats accused the party of stoking the issue.",
     ("said", "Republicans", "they were convinced the inquiry was botched"),
     ("accused", "Democrats", "the party of stoking the issue")),
    ("The governor said the bridge was safe and engineers confirmed the repairs were done.",
     ("said", "The governor", "the bridge was safe"),
     ("confirmed", "engineers", "the repairs were done")),
    ("She said the plan was sound but critics argued it would cost too much.",
     ("said", "She", "the plan was sound"),
     ("argued", "critics", "it would cost too much")),
])
def test_a_second_speaker_opens_a_second_quote(find_quotes, text, first, second):
    assert _pairs(find_quotes(text)) == [first, second]


@pytest.mark.parametrize("text, content", [
    ("He said the town had flooded and people were angry.", "the town had flooded and people were angry"),
    ("Officials said the dam held and residents could return home.", "the dam held and residents could return home"),
])
def test_a_clause_without_a_verb_of_saying_stays_in_the_claim(find_quotes, text, content):
    assert [q.text for q in find_quotes(text)] == [content]


@pytest.mark.parametrize("text, content, speaker", [
    ('Many lawmakers share her worry, in large part because while most visas require a job offer, '
     'the key test for the program is a "clean source of funds," as one internal memo put it.',
     'the key test for the program is a "clean source of funds,"', "one internal memo"),
    ('In the end, the plan was "dead on arrival," as one aide put it.', 'the plan was "dead on arrival,"', "one aide"),
    ('The city is "running out of patience," as the mayor said on Monday.', 'The city is "running out of patience,"',
     "the mayor"),
    ("The rule is unfair, as one lawyer put it.", "The rule is unfair", "one lawyer"),
])
def test_as_x_put_it_after_a_quotation(find_quotes, text, content, speaker):
    assert [(q.text, q.speaker.text) for q in find_quotes(text)] == [(content, speaker)]
