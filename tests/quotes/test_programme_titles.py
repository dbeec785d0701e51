"""A programme named in quotation marks after a possessive or preposition ('said on NBC's "Meet the
Press"') is where the words were said, not words of the speaker: a direct quote does not run on
into it, and a that-clause the parser hangs from the title's first word is still the report."""

import pytest

from eventwire.quotes.marks import find_segments
from eventwire.quotes.titles import is_title


@pytest.mark.parametrize("text, speaker, quote", [
    ('"We will win," Kaine said on NBC\'s "Meet the Press."', "Kaine", '"We will win,"'),
    ("“The bill is dead,” Graham told CNN’s “State of the Union.”", "Graham", "“The bill is dead,”"),
    ('"We have the votes," the senator said in an interview on "60 Minutes."', "the senator",
     '"We have the votes,"'),
    ('"Nobody has been charged yet," the attorney general said Sunday on ABC\'s "This Week."',
     "the attorney general", '"Nobody has been charged yet,"'),
])
def test_a_direct_quote_stops_before_the_programme(find_quotes, text, speaker, quote):
    quotes = find_quotes(text)
    assert [(q.kind, q.text, q.speaker.text if q.speaker else None) for q in quotes] == \
        [("direct", quote, speaker)]


@pytest.mark.parametrize("text, cue, content, speaker, via", [
    ('Kaine said on NBC\'s "Meet the Press" that the ticket would win Virginia.', "said",
     "that the ticket would win Virginia", "Kaine", "NBC"),
    ('Sanders told ABC\'s "This Week" that he would vote for Clinton in November.', "told",
     "that he would vote for Clinton in November", "Sanders", "ABC"),
    ("Pelosi told MSNBC’s “Morning Joe” on Tuesday that Democrats would keep the House.", "told",
     "that Democrats would keep the House", "Pelosi", "MSNBC"),
    ('The governor said on "Face the Nation" that she would not resign.', "said",
     "that she would not resign", "The governor", None),
])
def test_a_that_clause_after_the_programme_is_the_report(find_quotes, text, cue, content, speaker, via):
    quotes = find_quotes(text)
    assert [(q.cue, q.text, q.speaker.text if q.speaker else None, q.via) for q in quotes] == \
        [(cue, content, speaker, via)]


@pytest.mark.parametrize("text, title", [
    ('He said on NBC\'s "Meet the Press."', True),
    ('She spoke to "Fox and Friends" on Monday.', True),
    ('He wrote in "The Art of the Deal" that ...', True),
    ('He said the plan was "a disaster for American workers."', False),   # no possessive/preposition lead
    ('She called it "Crooked Hillary" again.', False),
    ('They said on Monday "we will not back down from this fight."', False),   # words, not a title
])
def test_title_segments(text, title):
    segments = find_segments(text)
    assert len(segments) == 1
    assert is_title(text, segments[0]) is title
