"""A name that is also an English word ("Trump", "May", "Rice", "Cook") is often parsed as the root,
with the reporting verb after it as its object or read as a plural noun; the name is still the
speaker, and an object after a verb is no speaker unless the verb comes after the quote
('"...," said James Acton')."""

import pytest


@pytest.mark.parametrize("text, cue, content", [
    ("Trump openly admires the Chinese president as a tough negotiator.", "admires",
     "the Chinese president as a tough negotiator"),
    ("Trump charges that several Gulf states paid the charity to win favours.",
     "charges", "that several Gulf states paid the charity to win favours"),
    ("Trump admits he paid no federal taxes for years.", "admits", "he paid no federal taxes for years"),
    ("Trump repeatedly praises the Turkish leader, calling him tougher than Merkel.", "calling",
     "him tougher than Merkel"),
    ("May admits she misjudged the mood of the country.", "admits", "she misjudged the mood of the country"),
    ("Rice charges that the agency ignored repeated warnings.", "charges",
     "that the agency ignored repeated warnings"),
    ("Cook admits the phone was too expensive.", "admits", "the phone was too expensive"),
])
def test_the_misread_name_is_the_speaker(find_quotes, text, cue, content):
    quotes = [q for q in find_quotes(text) if q.cue == cue]
    assert quotes, [(q.cue, q.text) for q in find_quotes(text)]
    assert quotes[0].speaker is not None and quotes[0].speaker.text == text.split()[0]
    assert quotes[0].text == content


@pytest.mark.parametrize("text, speaker", [
    ('"We will not retreat," said James Acton.', "James Acton"),
    ('"It is over," said Maria Lopez, the union leader.', "Maria Lopez, the union leader"),
])
def test_a_name_after_an_inverted_verb_is_the_speaker(find_quotes, text, speaker):
    quotes = find_quotes(text)
    assert [q.speaker.text for q in quotes if q.speaker] == [speaker]


@pytest.mark.parametrize("text, cue", [
    ("Critics blame Bush for the deficit.", "blame"),
    ("Bush blames the Democrats for the shutdown.", "blames"),
])
def test_the_object_is_no_speaker(find_quotes, text, cue):
    quotes = [q for q in find_quotes(text) if q.cue == cue]
    assert quotes and quotes[0].speaker is not None
    assert quotes[0].speaker.text not in quotes[0].text


def test_of_two_subjects_the_relative_word_gives_way(find_quotes):
    quotes = [q for q in find_quotes("One of the reasons that Trump refuses to release his returns may be that "
                                     "they would embarrass him.") if q.cue == "refuses"]
    assert [(q.speaker.text, q.text) for q in quotes] == [("Trump", "to release his returns")]


def test_a_relative_subject_alone_stays_the_speaker(find_quotes):
    quotes = [q for q in find_quotes("It was the minister who denied the report.") if q.cue == "denied"]
    assert [q.speaker.text for q in quotes] == ["who"]
