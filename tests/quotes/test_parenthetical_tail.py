"""A parenthetical attribution may carry long adjuncts of its own verb ("As X put it in an
interview with the state broadcaster on Sunday evening, ..."): its closing comma still ends it."""

import pytest


@pytest.mark.parametrize("text, speaker, content", [
    ("As Mr. Okafor put it in a letter to his colleague Anna Berg in March, the agency is "
     "''offering a view you will not find in the big newspapers.''", "Mr. Okafor", "the agency is"),
    ("As the finance minister put it in an interview with the state broadcaster on Sunday evening, "
     "the budget is simply not sustainable.", "the finance minister", "the budget is simply not sustainable"),
    ("The talks are going nowhere, as one European diplomat put it to reporters at the end of the "
     "summit in Brussels on Friday.", "one European diplomat", "The talks are going nowhere"),
])
def test_a_long_adjunct_of_the_parenthetical_verb(find_quotes, text, speaker, content):
    quotes = [q for q in find_quotes(text) if q.cue == "put"]
    assert quotes, [(q.cue, q.text) for q in find_quotes(text)]
    assert quotes[0].speaker.text == speaker and quotes[0].text.startswith(content)


def test_a_second_clause_after_the_verb_is_no_parenthesis(find_quotes):
    quotes = find_quotes("As the minister put it, the plan failed because the banks refused to lend and "
                         "the unions called a strike.")
    assert [q.text for q in quotes if q.cue == "put"] == [
        "the plan failed because the banks refused to lend and the unions called a strike"]


def test_a_participle_modifying_a_noun_is_no_parenthesis(find_quotes):
    text = ("Juan Guaido, the opposition leader recognised by more than 50 countries as Venezuela's interim "
            "president, called on the armed forces on Tuesday to help him remove Nicolas Maduro from power.")
    assert not [q for q in find_quotes(text) if q.cue == "recognised"]
