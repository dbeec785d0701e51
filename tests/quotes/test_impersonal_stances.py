"""An impersonal "it" holding a clause as apparent ("it appeared that ...", "It is apparent that
..."): the clause is a quote with no speaker; not when negated, nor for a question."""

import pytest


@pytest.mark.parametrize("text, content", [
    ("Often, it appeared that Trump was unable to parlay the assault into an advantage.",
     "that Trump was unable to parlay the assault into an advantage"),
    ("It is apparent that the mayor wanted to hide the contracts from the council, which he thought was wise.",
     "that the mayor wanted to hide the contracts from the council"),
    ("It seems the talks have collapsed.", "the talks have collapsed"),
    ("By Friday it was clear that the minister would resign.", "that the minister would resign"),
])
def test_an_impersonal_stance_is_a_quote_without_speaker(find_quotes, text, content):
    quotes = [q for q in find_quotes(text) if q.text == content]
    assert quotes, [(q.cue, q.text) for q in find_quotes(text)]
    assert quotes[0].speaker is None


@pytest.mark.parametrize("text", [
    "It is not clear what effect it might have on revenue.",
    "It was not clear that the plan would work.",
    "It seems to work well.",
    "The sky is clear today.",
])
def test_negated_or_open_stances_are_no_quotes(find_quotes, text):
    assert find_quotes(text) == []
