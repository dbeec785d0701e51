"""A junk-line rule never drops a paragraph of the story that merely ends (or goes on) with furniture.

Plain-text articles often keep a whole paragraph on one line; a credit, a promo or a copyright notice at its
end must not take the paragraph's sentences with it (they are the story), while a short furniture line is still
dropped.
"""

from __future__ import annotations

import pytest

from eventwire.stages.clean import clean_text, rule_for

STORY = "The talks in Washington went on for hours on Tuesday. The senator spoke first and nobody left early."


@pytest.mark.parametrize("furniture", [
    "Jim Roe contributed reporting.",
    "Example Wire writer Jane Doe in Lima contributed to this report.",
    "Sign up for our daily newsletter.",
    "All rights reserved.",
    "Click here for more stories like this one.",
])
def test_a_story_paragraph_ending_with_furniture_is_kept(furniture):
    assert rule_for(furniture) is not None, "the furniture line alone is junk"
    assert rule_for(f"{STORY} {furniture}") is None


def test_a_few_words_of_furniture_before_a_promo_stay_junk():
    assert rule_for("Get the Brief. Sign up to receive the top stories you need to know right now.") == "signup"


def test_the_byline_paragraph_keeps_its_story():
    result = clean_text(f"{STORY} Jim Roe contributed reporting.")
    assert "The senator spoke first" in result.text
