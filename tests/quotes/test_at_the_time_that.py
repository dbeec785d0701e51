"""'reported at the time that X ...': the parser may read the "that" as a relative pronoun of "time";
the that-clause is still the verb's content (and only it, not the sentence around it)."""

import pytest


@pytest.mark.parametrize("text, cue, content, speaker", [
    ("Still, the newspaper reported at the time that the station's director, Anna Petrova, conveyed to the "
     "presenter that her remarks broke its rules.", "reported",
     "that the station's director, Anna Petrova, conveyed to the presenter that her remarks broke its rules",
     "the newspaper"),
    ("Officials said at the time that the plane had been shot down by a missile.", "said",
     "that the plane had been shot down by a missile", "Officials"),
    ("He told reporters at the time that he had no plans to resign.", "told", "that he had no plans to resign", "He"),
])
def test_the_that_clause_after_at_the_time(find_quotes, text, cue, content, speaker):
    quotes = find_quotes(text)
    assert [(q.cue, q.text, q.speaker.text if q.speaker else None) for q in quotes] == [(cue, content, speaker)]


def test_a_true_relative_clause_reports_nothing(find_quotes):
    assert find_quotes("We met at the time that the war began.") == []
