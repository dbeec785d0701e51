"""Session 15, owner precision (round 2): the act an 'after' clause tells is background, also when the main act
answers it (set F's convention, earlier_acts.py). Every text is our own.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, kept", [
    ("Peru expelled two Bolivian diplomats on Friday after Bolivia detained a Peruvian consul.", ("161", "PER", "BOL")),
    ("Ghana recalled its ambassador from Togo on Monday after Togolese troops shelled a Ghanaian border post.",
     ("161", "GHA", "TGO")),
])
def test_an_act_in_an_after_clause_is_background_even_when_the_main_act_answers_it(pipeline, text, kept):
    events = pipeline.code_text(text, published="2019-05-11").events
    assert [(e.cameo, e.source.country, e.target.country) for e in events] == [kept]


def test_the_attack_a_border_closure_answers_is_background(pipeline):
    # (the closure goes from Kenya back to the attackers' country: an answered act, coded until session 15)
    events = pipeline.code_text("Kenya closed its border with Somalia on Tuesday after gunmen from Somalia attacked "
                                "a Kenyan police camp.", published="2019-05-11").events
    assert not any(e.evidence.trigger == "attacked" for e in events)
