"""A word standing for what was said is the content of a verb that reports clauses: "said as
much", "said the same of X", "said so", "had said his piece", "what the minister said"."""

import pytest


def by_cue(quotes, cue):
    return [q for q in quotes if q.cue == cue]


@pytest.mark.parametrize("text, cue, content, speaker", [
    ("Putin has said as much in the past.", "said", "as much", "Putin"),
    ("The foreign ministry told reporters as much on Tuesday.", "told", "as much", "The foreign ministry"),
    ("Only 41 percent agreed, while 66 percent said the same of Clinton.", "said", "the same of Clinton", "66 percent"),
    ("Most analysts say the same thing.", "say", "the same thing", "Most analysts"),
    ("The minister said so in a statement on Monday.", "said", "so", "The minister"),
    ("Critics will say otherwise.", "say", "otherwise", "Critics"),
    ("Once the envoy had said his piece, the talks resumed.", "said", "his piece", "the envoy"),
    ("That was what Anna Berg said when she quit.", "said", "what", "Anna Berg"),
    ("Harsh? He doesn't think so.", "think", "so", "He"),
])
def test_a_pro_form_object_is_the_content(find_quotes, text, cue, content, speaker):
    found = by_cue(find_quotes(text), cue)
    assert [(q.text, q.speaker.text) for q in found] == [(content, speaker)]


@pytest.mark.parametrize("text, cue", [
    ("That is not what the voters want.", "want"),
    ("What do you expect?", "expect"),
    ("He said a prayer for the victims.", "said"),
])
def test_no_pro_form_no_report(find_quotes, text, cue):
    assert not by_cue(find_quotes(text), cue)


def test_so_opening_a_clause_is_part_of_it(find_quotes):
    q = by_cue(find_quotes("She said so many people had fled that the camps were full."), "said")[0]
    assert q.text.startswith("so many people had fled")
