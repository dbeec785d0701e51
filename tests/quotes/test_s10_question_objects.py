"""An object of a verb of presenting goes on through ", and how/why/whether ..." (a second object, a
question clause, which no second act of the speaker can be: "described the hardship of the miners, and
why the strike had lasted"), while ", and thanked X" is a second act."""

import pytest


@pytest.mark.parametrize("text, cue, content", [
    ("She described the hardship of the miners, and why the strike had lasted so long.", "described",
     "the hardship of the miners, and why the strike had lasted so long"),
    ("The report detailed the failures of the agency, and how officials had ignored the warnings.", "detailed",
     "the failures of the agency, and how officials had ignored the warnings"),
    ("The envoy discussed the ceasefire, and whether it could hold through the winter.", "discussed",
     "the ceasefire, and whether it could hold through the winter"),
])
def test_a_question_clause_after_and_is_more_of_the_object(find_quotes, text, cue, content):
    quotes = [q for q in find_quotes(text) if q.cue == cue]
    assert quotes and quotes[0].text == content, [(q.cue, q.text) for q in find_quotes(text)]


def test_a_second_act_still_ends_the_object(find_quotes):
    quotes = find_quotes("The minister praised the army, and thanked the volunteers.")
    assert [(q.cue, q.text) for q in quotes] == [("praised", "the army"), ("thanked", "the volunteers")]
