"""Restatements inside one sentence (``eventwire.events.restatements``): a comma phrase ranking the act just told
among others of its kind (", the first visit by ...", ", the latest in a string of tests", ", his first trip to ...")
tells that act again and is not a second event; two acts joined in one sentence stay two."""

from __future__ import annotations

import pytest

from .form_checks import coded_events


def events(pipeline, text: str, published: str):
    return [e for e in coded_events(pipeline, text, published) if e.modality != "negated"]


@pytest.mark.parametrize("text, published, root, source, target", [
    ("Narendra Modi arrived in Kyiv on Friday, the first visit by an Indian prime minister to Ukraine.",
     "2024-08-23", "04", "IND", "UKR"),
    ("Xi Jinping arrived in Moscow on Monday, his first visit to Russia since the war in Ukraine began.",
     "2023-03-20", "04", "CHN", "RUS"),
    ("Angela Merkel landed in Beijing on Friday, the first trip by a German chancellor to China in three years.",
     "2019-09-06", "04", "DEU", "CHN"),
    ("Pyongyang fired a short-range missile into the sea off its east coast on Tuesday, Seoul's military said, the "
     "latest in a string of weapons tests.", "2023-06-13", "15", "PRK", None),
])
def test_a_ranking_comma_phrase_tells_the_act_again(pipeline, text, published, root, source, target):
    found = [e for e in events(pipeline, text, published) if e.root == root]
    assert len(found) == 1
    ev = found[0]
    assert ev.source.code[:3] == source and (ev.target.code[:3] if ev.target else None) == target
    assert "restatements" in ev.rule     # the merge is told in the rule's trail


@pytest.mark.parametrize("text, published, codes", [
    # two acts of one sentence stay two
    ("Egypt's president visited Sudan on Monday and met the army chief in Khartoum.", "2023-03-20", {"042", "040"}),
    # a comma phrase with no rank word is no retelling rule of this kind
    ("Turkey expelled two German diplomats on Friday, a move Berlin called unjustified.", "2017-03-01", {"161"}),
])
def test_other_acts_of_the_sentence_stay(pipeline, text, published, codes):
    got = {e.cameo for e in events(pipeline, text, published)}
    assert codes <= got
