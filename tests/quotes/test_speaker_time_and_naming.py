"""Who speaks does not include a time phrase the parser hung from the name ("Trump on Tuesday
called ..."); a naming verb whose quoted name the parser took for an apposition of the object
('called the plan "a disgrace."') still names it."""

import pytest


@pytest.mark.parametrize("text, speaker", [
    ('Trump on Tuesday called the investigation a "witch hunt."', "Trump"),
    ("Clinton last week said the plan was dead.", "Clinton"),
    ("The mayor of Paris on Monday said the city would close the bridge.", "The mayor of Paris"),
    ("The protesters of 1968 said they had no regrets.", "The protesters of 1968"),
])
def test_no_time_phrase_in_the_speaker(find_quotes, text, speaker):
    quotes = find_quotes(text)
    assert [q.speaker.text for q in quotes] == [speaker]


@pytest.mark.parametrize("text, speaker, content", [
    ('Pelosi, speaking at a news conference, called the plan "a disgrace."', "Pelosi", 'the plan "a disgrace."'),
    ('The senator called the bill "a gift to Wall Street."', "The senator", 'the bill "a gift to Wall Street."'),
])
def test_a_quoted_name_after_the_object(find_quotes, text, speaker, content):
    quotes = find_quotes(text)
    assert [(q.cue, q.speaker.text, q.text) for q in quotes] == [("called", speaker, content)]


def test_calling_a_meeting_names_nothing(find_quotes):
    assert find_quotes("The minister called the meeting for Tuesday.") == []
