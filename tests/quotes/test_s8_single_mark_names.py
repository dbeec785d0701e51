"""Headlines quote names in single marks: "X calls Y ‘Z’" is a naming quote as much as
'X called Y "Z"', while an apostrophe ("teachers’ union") is no mark."""

import pytest


@pytest.mark.parametrize("text, content, speaker", [
    ("Former mayor calls tram plan ‘costly folly’ at town hall.", "tram plan ‘costly folly’", "Former mayor"),
    ("Governor calls budget deal ‘a betrayal’ of voters.", "budget deal ‘a betrayal’", "Governor"),
    ("Minister calls protesters ‘thugs’.", "protesters ‘thugs’", "Minister"),
    ("Senator calls the voters' choice 'a mistake'.", "the voters' choice 'a mistake'", "Senator"),
])
def test_a_name_in_single_marks(find_quotes, text, content, speaker):
    quotes = [(q.text, q.speaker.text if q.speaker else None) for q in find_quotes(text) if q.cue.lower().startswith("call")]
    assert quotes == [(content, speaker)]


def test_an_apostrophe_is_no_mark(find_quotes):
    quotes = find_quotes("The mayor called the teachers’ union a roadblock.")
    assert [(q.text, q.kind) for q in quotes] == [("the teachers’ union a roadblock", "indirect")]
