"""Session 15 fix-up, owner precision (review F3, F4, F5, F15): what the merges of retellings must keep apart.

The probe sentences of the review are the reviewer's own; the others are ours.
"""

from __future__ import annotations

import pytest

from eventwire.events.restatements import RestatementRules, merge_restatements
from eventwire.records import ActorRef, Event, Evidence, Location


def _dyads(events, root):
    return sorted((e.source.code if e.source else None, e.target.code if e.target else None)
                  for e in events if e.root == root)


# --- F3: a bare country is one actor only with its STATE actors ---------------------------------------

def test_protesters_and_the_country_denouncing_one_state_are_two_actors(pipeline):
    text = ("Protesters in Venezuela denounced the United States. Venezuela denounced the United States over "
            "the sanctions.")
    events = pipeline.code_text(text, published="2019-02-10").events
    assert len([e for e in events if e.cameo == "111"]) == 2


def test_rebels_and_the_country_accusing_one_state_are_two_actors(pipeline):
    text = "Ukraine accused Russia of shelling the city. Ukrainian rebels accused Russia of shelling the city."
    events = pipeline.code_text(text, published="2015-01-20").events
    assert {s for s, _ in _dyads(events, "11")} >= {"UKR", "UKRREB"}


def test_the_state_rule_is_data():
    rules = RestatementRules.load()
    assert {"GOV", "MIL", "COP"} <= rules.state_sectors and not {"REB", "OPP", "CVL", "BUS"} & rules.state_sectors


# --- F15: the merge of a country and its state actor keeps the state actor, whatever the confidence --------

def _signing(sentence, source, confidence):
    def ref(code):
        return ActorRef(text=code, start=0, end=1, code=code, country=code[:3])
    return Event(article_id="a", sentence=sentence, source=ref(source), target=ref("PER"), cameo="057", root="05",
                 plover=None, quad_class=1, goldstein=8.0,
                 evidence=Evidence(text="x", trigger="signed", start=0, end=1), rule="verbs/05.yaml#p", modality="asserted", confidence=confidence)


def test_the_state_actor_code_stays_when_its_country_is_told_with_more_confidence():
    rules = RestatementRules.load()
    for bare_confidence in (0.9, 0.2):
        kept, _ = merge_restatements([_signing(0, "CHL", bare_confidence), _signing(1, "CHLGOV", 0.5)], None, rules)
        assert [e.source.code for e in kept] == ["CHLGOV"]
        assert kept[0].confidence == max(bare_confidence, 0.5)


# --- F5: two distinct acts of one code and dyad in one sentence stay two -----------------------------------

def _strike(place, geonameid, date):
    def ref(code):
        return ActorRef(text=code, start=0, end=1, code=code, country=code[:3])
    return Event(article_id="a", sentence=0, source=ref("ISRMIL"), target=ref("PSE"), cameo="195", root="19",
                 plover=None, quad_class=4, goldstein=-10.0,
                 evidence=Evidence(text="x", trigger="struck", start=0, end=1), rule="verbs/19.yaml#p",
                 modality="asserted", date=date, date_basis="explicit",
                 location=Location(text=place, name=place, country="PSE", lat=None, lon=None, geonameid=geonameid))


def test_two_strikes_on_two_named_towns_in_one_sentence_stay_two():
    rules = RestatementRules.load()
    towns = [_strike("Beit Hanoun", 901, "2021-05-11"), _strike("Deir al-Balah", 902, "2021-05-11")]
    assert len(merge_restatements(towns, None, rules)[0]) == 2
    days = [_strike("Beit Hanoun", 901, "2021-05-11"), _strike("Beit Hanoun", 901, "2021-05-12")]
    assert len(merge_restatements(days, None, rules)[0]) == 2
    # one strike told in two verbs at one place and day is one act
    once = [_strike("Beit Hanoun", 901, "2021-05-11"), _strike("Beit Hanoun", 901, "2021-05-11")]
    assert len(merge_restatements(once, None, rules)[0]) == 1


# --- F4: a headline act the story only reacts to stays ---------------------------------------------------

@pytest.mark.parametrize("text, act", [
    ("China expels three US journalists\nThe United States condemned the expulsion of three of its reporters by "
     "Beijing on Monday, calling it an attack on press freedom.", ("17", "CHN", "USA")),
    ("Iran seizes British tanker\nBritain summoned the Iranian ambassador on Saturday over the incident in the "
     "Gulf.", ("17", "IRN", "GBR")),
    ("Peru expels Bolivian envoy\nBolivia protested on Tuesday against the expulsion of its ambassador from "
     "Lima.", ("16", "PER", "BOL")),
])
def test_a_headline_act_the_story_only_reacts_to_stays(pipeline, text, act):
    events = pipeline.code_text(text, published="2022-07-04").events
    assert act in {(e.root, e.source.country, e.target.country) for e in events if e.sentence == 0}
