"""A bracket opened inside a content and not closed there is the writer's aside running past the
reported clause: the content stops before it. A closed bracket stays part of the content."""

import pytest


@pytest.mark.parametrize("text, cue, content", [
    ("Aides argue that the plan helps rural voters (which explains why the senator backs it.", "argue",
     "that the plan helps rural voters"),
    ("Economists want policies that raise revenue quickly (they favour a carbon tax, for one.", "want",
     "policies that raise revenue quickly"),
])
def test_unclosed_bracket_ends_the_content(find_quotes, text, cue, content):
    assert [q.text for q in find_quotes(text) if q.cue == cue] == [content]


@pytest.mark.parametrize("text, content", [
    ("The minister said the sanctions (which were imposed in May) had failed.",
     "the sanctions (which were imposed in May) had failed"),
    ("The company said profits fell 20 percent (from a record last year).", "profits fell 20 percent (from a record last year)"),
])
def test_closed_bracket_stays(find_quotes, text, content):
    assert [q.text for q in find_quotes(text) if q.cue == "said"] == [content]
