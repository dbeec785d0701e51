"""Received acts: "X faced/drew criticism from Y" is Y's criticism aimed at X."""

from __future__ import annotations


def _codes(pipeline, text):
    return {(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in pipeline.code_text(text, published="2020-03-03").events}


def test_criticism_faced_from_an_actor_is_that_actors_criticism(pipeline):
    got = _codes(pipeline, "Israel faced criticism from the European Union over its settlement policy.")
    assert ("111", "IGOEUR", "ISR") in got
    assert not any(s == "ISR" for _, s, _ in got)


def test_criticism_drawn_on_a_light_verb(pipeline):
    got = _codes(pipeline, "China drew sharp criticism from the United States over its treatment of Uyghurs.")
    assert ("111", "USA", "CHN") in got
    assert not any(s == "CHN" for _, s, _ in got)


def test_criticism_faced_with_no_author_is_still_no_event(pipeline):
    assert not _codes(pipeline, "The governor has faced growing criticism over the budget.")


def test_the_actor_modifier_of_a_received_criticism_is_its_author(pipeline):
    coded = pipeline.code_text("The United States faced stiff Palestinian criticism over its decision.",
                               published="2019-11-19")
    got = {(e.cameo[:2], e.source.code[:3], e.target.code[:3] if e.target else None) for e in coded.events}
    assert ("11", "PSE", "USA") in got
