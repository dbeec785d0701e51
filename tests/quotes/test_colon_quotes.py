"""A quoted sentence after a colon that closes a clause: the named subject of that clause says it
("Trump had a different view: “...”", "He put it this way: “...”"); when the clause before the
colon is already someone's reported words ("said he has the best plan for the state: “...”"), the
quotation goes on with them."""

import pytest

LEAD = "Officials met on Monday.\n\n"     # not the headline line


@pytest.mark.parametrize("text, speaker", [
    ('Trump had a different view: "The deal is a disaster for our workers."', "Trump"),
    ('He put it this way: "We are at war with a virus."', "He"),
    ("Merkel's reply was short: “We will not pay for this.”", "Merkel"),
    ('Bernie Sanders had a simple answer for the critics: "I will not endorse him."', "Bernie Sanders"),
])
def test_the_named_subject_says_the_quotation(find_quotes, text, speaker):
    quotes = find_quotes(LEAD + text)
    quote = text[text.index(":") + 2:]
    hits = [(q.text, q.speaker.text if q.speaker else None) for q in quotes if q.text == quote]
    assert hits == [(quote, speaker)], [(q.cue, q.text) for q in quotes]


@pytest.mark.parametrize("text", [
    'The rules are simple: "No phones in the chamber."',
    'The message from the capital was clear: "Stay out of our affairs."',
])
def test_no_speaker_for_an_unnamed_subject(find_quotes, text):
    assert not [q for q in find_quotes(LEAD + text) if q.speaker is not None]


@pytest.mark.parametrize("text, content", [
    ('The governor said he has the best plan for the state: "Lower taxes and better schools."',
     'he has the best plan for the state: "Lower taxes and better schools."'),
    ('The minister said she has one goal for the summit: "A deal that protects our farmers."',
     'she has one goal for the summit: "A deal that protects our farmers."'),
])
def test_a_reported_clause_goes_on_into_the_quotation(find_quotes, text, content):
    quotes = find_quotes(LEAD + text)
    assert [(q.cue, q.text, q.kind) for q in quotes] == [("said", content, "mixed")]


def test_an_opening_cue_still_takes_its_quotation(find_quotes):
    quotes = find_quotes(LEAD + 'She told the crowd: "We will win this fight together."')
    assert [(q.cue, q.text, q.kind) for q in quotes] == [("told", '"We will win this fight together."', "direct")]
