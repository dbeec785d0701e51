"""A reporting verb after "without" reports nothing: "It goes without saying that ...", "left
without saying whether ...", "praised the plan without mentioning its cost"."""

import pytest


@pytest.mark.parametrize("text, absent", [
    ("It goes without saying that cutting the army budget is unthinkable for the hawks.", "saying"),
    ("The minister left the meeting without saying whether the talks would resume.", "saying"),
    ("He praised the plan without mentioning its cost.", "mentioning"),
])
def test_a_cue_after_without_is_no_quote(find_quotes, text, absent):
    assert absent not in {q.cue for q in find_quotes(text)}


def test_the_main_report_stays(find_quotes):
    quotes = find_quotes("He praised the plan without mentioning its cost.")
    assert [(q.cue, q.text) for q in quotes] == [("praised", "the plan")]
