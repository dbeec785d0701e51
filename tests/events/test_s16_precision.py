"""Session 16, owner precision: acts a sentence tells without making them its news (events/earlier_acts.py
``_undated_past`` and ``counted_occasion``, participial_acts.py ``justifies_uncoded_act``). Every text is our own.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, trigger", [
    ("Peru's foreign minister has in the past accused La Paz of sheltering smugglers on the border.", "accused"),
])
def test_an_act_set_in_an_undated_past_is_background(pipeline, text, trigger):
    events = pipeline.code_text(text, published="2022-09-14").events
    assert not any(e.evidence.trigger == trigger for e in events)


def test_a_span_up_to_the_news_is_no_undated_past(pipeline):
    # ("in the past two weeks" counts days up to the news: the act stays)
    events = pipeline.code_text("Ghana has deported 400 Nigerian traders in the past two weeks, officials in Accra "
                                "told reporters.", published="2022-09-14").events
    assert [e.root for e in events if e.evidence.trigger == "deported"] == ["17"]


@pytest.mark.parametrize("text, trigger", [
    ("It is the fourth time this year that Peru's president has imposed emergency rule on the mining regions of "
     "the south.", "imposed"),
    ("The decision marks the first time since 2015 that Canada has imposed sanctions on a serving Nicaraguan "
     "official.", "imposed"),
])
def test_an_act_counted_as_the_nth_time_restates_the_news(pipeline, text, trigger):
    events = pipeline.code_text(text, published="2022-09-14").events
    assert not any(e.evidence.trigger == trigger for e in events)


def test_an_act_done_for_the_first_time_is_still_coded(pipeline):
    # ("for the first time" dates the act itself: it is the news)
    events = pipeline.code_text("Kenya expelled two Somali diplomats for the first time on Tuesday.",
                                published="2022-09-14").events
    assert [e.root for e in events if e.evidence.trigger == "expelled"] == ["16"]


def test_an_accusation_beside_an_uncoded_act_is_its_justification(pipeline):
    events = pipeline.code_text("Hungary activated an emergency mechanism at its southern border on Friday, "
                                "accusing Serbia of letting smugglers through.", published="2022-09-14").events
    assert not any(e.evidence.trigger == "accusing" for e in events)


@pytest.mark.parametrize("text", [
    "Rwanda's president went further on Friday, accusing Kinshasa of arming the militias in the east.",
    "The Malian junta said on Thursday, accusing Paris of arming the rebels in the north.",
])
def test_an_accusation_after_a_verb_with_no_object_or_of_saying_stays(pipeline, text):
    events = pipeline.code_text(text, published="2022-09-14").events
    assert [e.root for e in events if e.evidence.trigger == "accusing"] == ["11"]


@pytest.mark.parametrize("text, trigger", [
    ("Bolivian senators voted on Monday to ask the head of state to expel the German ambassador.", "expel"),
    ("Several Greek deputies asked the prime minister to recall the ambassador from Ankara.", "recall"),
])
def test_an_act_someone_is_asked_to_do_is_not_done(pipeline, text, trigger):
    # (modality._asked_of: a verb of asking with its addressee, whether or not the asking is coded)
    events = pipeline.code_text(text, published="2022-09-14").events
    assert not any(e.evidence.trigger == trigger for e in events)
