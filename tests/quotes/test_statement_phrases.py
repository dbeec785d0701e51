"""'In a statement, X was ...': a statement, interview or tweet of the clause's own subject reports
the clause, with that subject as speaker; it gives way to a reporting verb in the clause ("In a
statement, the company said ...") and names no speaker from "it"."""

import pytest


@pytest.mark.parametrize("text, cue, speaker", [
    ("In a statement issued Friday, the governor was more cautious than her fellow Democrats.", "a statement",
     "the governor"),
    ("In an interview with the BBC, the prime minister was upbeat about the talks.", "an interview",
     "the prime minister"),
    ("In a tweet on Sunday, Trump was characteristically blunt.", "a tweet", "Trump"),
])
def test_the_subjects_statement(find_quotes, text, cue, speaker):
    quotes = find_quotes(text)
    assert [(q.cue, q.speaker.text if q.speaker else None) for q in quotes] == [(cue, speaker)]
    assert quotes[0].text.startswith(speaker)


@pytest.mark.parametrize("text, cue", [
    ("In a statement, the company said it regretted the error.", "said"),
    ("In his speech, Obama thanked the troops for their service.", "thanked"),
    ("In a speech on Friday, the senator laid out her proposals for the budget.", "laid out"),
])
def test_a_reporting_verb_in_the_clause_wins(find_quotes, text, cue):
    assert [q.cue for q in find_quotes(text)] == [cue]


def test_during_an_interview_is_no_statement(find_quotes):
    assert find_quotes("During the interview, he appeared tired and distracted.") == []
