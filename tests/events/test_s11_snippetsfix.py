"""Session 11, snippetsfix (review item 7): a protest told later in the past progressive explains the act told before
when it has the same place and gives the reason ("against ...") or has the same target (events/explained_acts.py); a
protest aimed elsewhere is a second act."""

from __future__ import annotations

import pytest


def _protests(pipeline, text):
    return [e for e in pipeline.code_text(text, published="2023-05-10").events if e.root == "14"]


@pytest.mark.parametrize("text", [
    "Farmers blocked highways in the north of Kenya on Monday. By evening they were marching on parliament in "
    "Nairobi.",
    "Farmers blocked roads near Eldoret on Monday. Later they were protesting outside the Chinese embassy in Nairobi.",
    "Students protested in Dhaka on Monday. By evening they were protesting outside the Indian High Commission.",
])
def test_a_progressive_protest_aimed_elsewhere_is_a_second_act(pipeline, text):
    protests = _protests(pipeline, text)
    assert sorted(e.sentence for e in protests) == [0, 1]
    assert not any("explains it" in e.rule for e in protests)


@pytest.mark.parametrize("text", [
    "Bus drivers blocked the main roads into Kampala on Monday. They were protesting against a new tax on fuel.",
    # the reason may name another country (what they protest against is a grievance, not a second aim)
    "Dock workers marched through Antwerp on Monday. They were protesting against cheap Turkish steel.",
])
def test_a_progressive_protest_giving_the_reason_still_explains(pipeline, text):
    protests = _protests(pipeline, text)
    assert len(protests) == 1 and "explains it" in protests[0].rule
