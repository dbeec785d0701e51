"""What was (not) said as an open question ("have not said when the bridge will reopen"), and a
paragraph closed by a colon after a statement ("the senator made the following comment:") whose
next paragraph is the statement."""

import pytest


@pytest.mark.parametrize("text, cue, content", [
    ("Officials have not said when the bridge will reopen.", "said", "when the bridge will reopen"),
    ("The police did not say why the man was stopped.", "say", "why the man was stopped"),
    ("The minister would not say how long the review would take.", "say", "how long the review would take"),
    ("The club has not said where the new stadium would be built.", "said", "where the new stadium would be built"),
])
def test_an_open_question_is_the_content(find_quotes, text, cue, content):
    assert [(q.cue, q.text) for q in find_quotes(text)] == [(cue, content)]


def test_a_time_clause_is_no_content(find_quotes):
    assert find_quotes("He smiled when he said it.") == []


@pytest.mark.parametrize("text, speaker", [
    ("On Monday, the senator made the following comment:\n\n"
     "“Among school leavers in this state, one in three has no job. That is a disgrace.”", "the senator"),
    ("The ministry released a short statement on Friday:\n\n“We will rebuild every home that was lost.”",
     "The ministry"),
    ("Late on Sunday the coach posted a message:\n\n“Thank you all. We will be back next year, stronger.”",
     "the coach"),
])
def test_a_statement_before_a_colon_gives_the_next_paragraph(find_quotes, text, speaker):
    block = [q for q in find_quotes(text) if q.text.startswith("“")]
    assert [(q.kind, q.speaker.text) for q in block] == [("direct", speaker)]
    assert block[0].end == len(text)


def test_a_colon_after_no_statement_gives_nothing(find_quotes):
    text = "The problem is simple:\n\nNobody wants to pay for the road."
    assert not any(q.cue == ":" for q in find_quotes(text))
