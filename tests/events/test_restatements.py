"""One act told twice in an article is one event: a definite event noun that refers back to an act
an earlier sentence coded (same root, source and target) is not a new event."""

from __future__ import annotations

from .conftest import triples

FIRST = "Thousands of students protested against the government of Serbia in Belgrade on Friday. "


def _by_sentence(events):
    return {(e.sentence, e.root, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events}


def test_definite_noun_restating_an_earlier_act_is_not_a_new_event(pipeline):
    once = pipeline.code_text(FIRST, published="2020-03-03").events
    twice = pipeline.code_text(FIRST + "The students' protest against the government continued into the night.",
                               published="2020-03-03").events
    assert once and {e.sentence for e in once} == {0}
    assert triples(twice) == triples(once)
    assert {e.sentence for e in twice} == {0}
    assert all(e.evidence.trigger == "protested" for e in twice)


def test_a_further_act_with_the_same_dyad_is_still_coded(pipeline):
    events = pipeline.code_text(FIRST + "A second protest by students against the government followed on Sunday.",
                                published="2020-03-03").events
    got = _by_sentence(events)
    first = {(r, s, t) for i, r, s, t in got if i == 0}
    second = {(r, s, t) for i, r, s, t in got if i == 1}
    assert first and first == second
