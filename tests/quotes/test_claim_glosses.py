"""A closing gloss that names the content a claim someone else judges ("..., a charge the White
House denies", "..., an allegation Moscow has denied") is not part of the content; the judge of
the claim reports the gloss noun, and the first speaker keeps their own quote."""

import pytest


@pytest.mark.parametrize("text, first, second", [
    ("Democrats argue that the tax cuts mainly benefit the wealthy, a charge the White House denies.",
     ("argue", "that the tax cuts mainly benefit the wealthy", "Democrats"), ("denies", "a charge", "the White House")),
    ("Kiev says Russian troops are fighting in the east, an allegation Moscow has repeatedly denied.",
     ("says", "Russian troops are fighting in the east", "Kiev"), ("denied", "an allegation", "Moscow")),
])
def test_the_gloss_is_the_judges(find_quotes, text, first, second):
    quotes = find_quotes(text)
    assert sorted((q.cue, q.text, q.speaker.text if q.speaker else None) for q in quotes) == sorted([first, second])


def test_a_gloss_is_cut_from_the_content(find_quotes):
    quotes = find_quotes("Activists say the dam will flood farmland, a claim the company disputes.")
    say = [q for q in quotes if q.cue == "say"]
    assert [q.text for q in say] == ["the dam will flood farmland"]


def test_an_apposition_that_is_no_judged_claim_stays(find_quotes):
    quotes = find_quotes("She said the deal would help farmers, a group hit hard by the drought.")
    assert [q.text for q in quotes if q.cue == "said"] == ["the deal would help farmers, a group hit hard by the drought"]
