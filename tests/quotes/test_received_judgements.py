"""A judgement someone gets ("X faced criticism from Y", "X drew praise from Y"): X, the one
judged, is the content; Y, the "from" object, is the speaker (none when no one is named)."""

import pytest


@pytest.mark.parametrize("text, content, speaker", [
    ("The talk show host faced heavy criticism from rival networks after the interview.", "The talk show host",
     "rival networks"),
    ("The advert has faced ridicule online since it first aired on Monday.", "The advert", None),
    ("The senator is drawing criticism after she appeared to insult a voter.", "The senator", None),
    ("The court's ruling drew praise from rights groups and condemnation from the government.",
     "The court's ruling", "rights groups"),
    ("The minister, who has faced criticism from the opposition, resigned on Friday.", "The minister",
     "the opposition"),
    ("The new budget received scorn from economists across the political spectrum.", "The new budget",
     "economists"),
])
def test_the_one_judged_is_the_content(find_quotes, text, content, speaker):
    quotes = [q for q in find_quotes(text) if q.text == content]
    assert quotes, [(q.cue, q.text) for q in find_quotes(text)]
    assert (quotes[0].speaker.text if quotes[0].speaker else None) == speaker


@pytest.mark.parametrize("text", [
    "The team faced a difficult schedule in the spring.",
    "It drew criticism from several lawmakers.",
    "The senator won the election with 60 percent of the vote.",
])
def test_other_objects_of_those_verbs_are_no_quotes(find_quotes, text):
    assert find_quotes(text) == []
