"""A stance adjective after a copula other than "be" ("seem confident", "appear confident", "remained
hopeful", "grew wary") states the subject's position like "is confident"; the clause may hang from
the copula ("weren't sure if the fund could pay")."""

import pytest


@pytest.mark.parametrize("text, speaker, content", [
    ("Republicans seem confident they have the votes to override the veto.", "Republicans",
     "they have the votes to override the veto"),
    ("Voters appear confident that the economy will recover.", "Voters", "that the economy will recover"),
    ("The ministers remained hopeful that a deal could be reached.", "The ministers",
     "that a deal could be reached"),
    ("The growers weren't sure if the co-operative could cover the losses.", "The growers",
     "if the co-operative could cover the losses"),
    ("She grew wary of the generals.", "She", "the generals"),
])
def test_a_stance_after_a_copula(find_quotes, text, speaker, content):
    quotes = find_quotes(text)
    assert [(q.speaker.text if q.speaker else None, q.text) for q in quotes] == [(speaker, content)]


def test_an_adjective_with_no_stance_word_reports_nothing(find_quotes):
    assert find_quotes("The nurses seemed tired after the long shift.") == []
