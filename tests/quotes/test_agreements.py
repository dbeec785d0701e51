"""An agreement reports what was agreed ("signed an agreement to allow X", "reached an agreement
that ..."); the subject of the verb that signs or reaches it is its holder."""

import pytest


@pytest.mark.parametrize("text, content, speaker", [
    ("In March the two governments signed an agreement to let farm workers cross the border freely.",
     "to let farm workers cross the border freely", "the two governments"),
    ("The warring parties reached an agreement on Sunday to open humanitarian corridors.",
     "to open humanitarian corridors", "The warring parties"),
    ("Iran and the six powers struck an agreement that sanctions would be lifted in stages.",
     "that sanctions would be lifted in stages", "Iran and the six powers"),
])
def test_an_agreement_and_its_holder(find_quotes, text, content, speaker):
    quotes = find_quotes(text)
    hits = [(q.text, q.speaker.text if q.speaker else None) for q in quotes if q.cue == "agreement"]
    assert hits == [(content, speaker)], [(q.cue, q.text) for q in quotes]


def test_an_agreement_without_holder_or_clause_reports_nothing(find_quotes):
    assert not [q for q in find_quotes("The agreement to build the pipeline was signed in 2015.") if q.cue == "agreement"]
