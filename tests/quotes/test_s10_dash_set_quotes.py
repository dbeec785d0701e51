"""A quotation set off by spaced dashes right after a name is that person's or body's words ("the mayor
of Lyon -- “It is a disgrace” -- left the room", "The governor — “We will not back down” — vowed ..."),
when it holds a clause; a quoted phrase of the writer's between dashes is not ("the BBC -- “a fine
broadcaster” -- ")."""

import pytest


@pytest.mark.parametrize("text, content, speaker", [
    ('Others were blunter, like the mayor of Lyon -- "It is a disgrace" -- who left the room.',
     '"It is a disgrace"', "the mayor of Lyon"),
    ('The governor -- "We will not back down" -- vowed to fight the ruling.', '"We will not back down"',
     "The governor"),
    ('Her party leader, Anna Berg -- "We told them so" -- said nothing more.', '"We told them so"', "Anna Berg"),
    ('Critics included the National Farmers Union \u2014 \u201cThis law will ruin us\u201d \u2014 and several bishops.',
     "\u201cThis law will ruin us\u201d", "the National Farmers Union"),
])
def test_a_dash_set_quotation_after_a_name(find_quotes, text, content, speaker):
    quotes = [q for q in find_quotes(text) if q.text == content]
    assert quotes, [(q.cue, q.text) for q in find_quotes(text)]
    assert quotes[0].kind == "direct"
    assert quotes[0].speaker is not None and quotes[0].speaker.text == speaker


@pytest.mark.parametrize("text", [
    'He spoke to the BBC -- "a fine broadcaster" -- on Monday.',
    'The film -- "a quiet triumph" -- opens on Friday.',
])
def test_a_quoted_phrase_between_dashes_is_no_quote(find_quotes, text):
    assert find_quotes(text) == [], [(q.cue, q.text) for q in find_quotes(text)]
