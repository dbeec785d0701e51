"""Prepositional phrases hung under a particle ('pulled out of the deal') and objects under a
quantifier ('arrested hundreds of protesters'): full pipeline actors."""

from __future__ import annotations

import pytest

from eventwire.events import syntax


def _events(pipeline, text: str, published: str = "2019-06-15") -> set[tuple[str, str, str | None]]:
    coded = pipeline.code_text(text, published=published)
    return {(e.cameo, e.source.code[:3], e.target.code[:3] if e.target else None) for e in coded.events
            if e.modality != "negated"}


@pytest.mark.parametrize("text, root, source, target", [
    ("Russia has backed out of the agreement with Ukraine.", "16", "RUS", "UKR"),
    ("Palestinian negotiators walked out of talks with Israel on Monday.", "16", "PSE", "ISR"),
    ("The Syrian opposition delegation walked out of the peace talks with the Syrian government in Geneva.",
     "16", "SYR", "SYR"),
    ("Iran walked away from talks with the United States.", "16", "IRN", "USA"),
])
def test_a_phrase_under_a_particle_belongs_to_the_verb(pipeline, text, root, source, target):
    got = _events(pipeline, text)
    assert any(c.startswith(root) and s == source and t == target for c, s, t in got), got


@pytest.mark.parametrize("text, source, target", [
    ("The Taliban freed some of the Afghan soldiers.", "AFG", "AFGMIL"),
    ("Iran freed two of the British sailors.", "IRN", "GBRMIL"),
    ("Iran released three of the detained British sailors on Friday.", "IRN", "GBRMIL"),
])
def test_a_number_or_quantifier_object_stands_for_what_it_counts(pipeline, text, source, target):
    coded = pipeline.code_text(text, published="2019-06-15")
    got = {(e.cameo[:2], e.source.code[:3], e.target.code if e.target else None) for e in coded.events}
    assert ("08", source, target) in got, got


@pytest.mark.parametrize("text, rule", [
    ("Russian police detained dozens of opposition activists.", "detain_activist"),
    ("Turkish authorities arrested a number of journalists on Friday.", "detain_activist"),
    ("Egyptian security forces detained scores of protesters in Cairo.", "detain_activist"),
])
def test_an_object_list_sees_through_the_quantifier(pipeline, text, rule):
    coded = pipeline.code_text(text, published="2019-06-15")
    assert any(e.rule.endswith("#" + rule) for e in coded.events), [e.rule for e in coded.events]


@pytest.fixture(scope="module")
def root(pipeline):
    def parse(text: str):
        return next(t for t in pipeline.resources.nlp(text) if t.dep_ == "ROOT")
    return parse


@pytest.mark.parametrize("text, word, named", [
    ("In a June 2 letter, the mayors pleaded with the ministry to reconsider its decision.",
     "with", "ministry"),
    ("The envoy called for the rebels to lay down their weapons.", "for", "rebels"),
])
def test_a_preposition_read_as_the_marker_of_an_infinitive_names_whom_it_asks(root, text, word, named):
    verb = root(text)
    preps = [p for p in syntax.preps_of(verb, noun=False) if p.lower_ == word]
    assert preps and named in {t.text for p in preps for t in syntax.prep_objects(p)}


def test_a_particle_with_an_object_of_its_own_hands_on_no_phrase(root):
    verb = root("The army pulled out troops from the town.")
    assert "from" not in {p.lower_ for p in syntax.preps_of(verb, noun=False) if p.head.lower_ == "out"}


@pytest.mark.parametrize("text, counted", [
    ("Police arrested hundreds of protesters.", "protesters"),
    ("Iran freed two of the sailors.", "sailors"),
    ("The army detained a number of journalists.", "journalists"),
])
def test_the_object_phrases_see_through_a_quantifier(root, text, counted):
    assert counted.rstrip("s") in {p.rstrip("s") for p in syntax.object_phrases(root(text), noun=False)}


@pytest.mark.parametrize("text, source, target", [
    ("Turkish shelling wounded five Syrian soldiers.", "TUR", "SYRMIL"),
    ("An Israeli airstrike killed two Hamas commanders.", "ISR", "PSEREB"),
    ("Saudi airstrikes have killed hundreds of Yemeni civilians.", "SAU", "YEMCVL"),
])
def test_the_victims_of_an_attack_nouns_toll_are_its_target(pipeline, text, source, target):
    coded = pipeline.code_text(text, published="2019-06-15")
    got = {(e.cameo[:2], e.source.code[:3], e.target.code if e.target else None) for e in coded.events}
    assert ("19", source, target) in got, got


@pytest.mark.parametrize("text, published, sides", [
    ("Morrison said he had witnessed a conversation between Sondland and a senior adviser to Zelenskiy.", "2019-11-01",
     {("USA", "UKR"), ("UKR", "USA")}),
    ("The U.S. official heard a conversation between Lavrov and the Iranian foreign minister.", "2019-06-15",
     {("RUS", "IRN"), ("IRN", "RUS")}),
])
def test_the_witness_of_an_exchange_between_two_sides_is_no_party(pipeline, text, published, sides):
    coded = pipeline.code_text(text, published=published)
    got = {(e.source.code[:3], e.target.code[:3] if e.target else None) for e in coded.events
           if e.cameo.startswith("04")}
    assert got == sides


@pytest.mark.parametrize("text, root, source, target", [
    ("House Republicans killed the Democratic proposal.", "12", "USAPTY", "USAPTY"),
    ("Senate Democrats blocked the Republican bill on Tuesday.", "12", "USAPTY", "USAPTY"),
])
def test_two_named_parties_of_one_country_are_two_sides(pipeline, text, root, source, target):
    coded = pipeline.code_text(text, published="2020-01-01")
    got = {(e.cameo[:2], e.source.code, e.target.code if e.target else None) for e in coded.events}
    assert (root, source, target) in got, got


def test_one_party_named_twice_is_still_one_side(pipeline):
    coded = pipeline.code_text("Republicans criticized Republican leaders.", published="2020-01-01")
    assert not [e for e in coded.events if e.target is not None and e.target.code == e.source.code]


def test_a_with_phrase_of_one_party_is_no_second_side(pipeline):
    coded = pipeline.code_text("Five Republicans voted with forty-two Democrats against the bill.", published="2016-09-20")
    assert not [e for e in coded.events if e.target is not None and e.target.code == e.source.code]


@pytest.mark.parametrize("text, source, target", [
    ("NATO condemned Russia's attack on Ukrainian ships in the Kerch Strait.", "IGONAT", "RUS"),
    ("Germany criticised Russia's attack on Ukrainian ships in the Kerch Strait.", "DEU", "RUS"),
])
def test_the_possessive_owns_an_act_before_a_place_in_it(pipeline, text, source, target):
    coded = pipeline.code_text(text, published="2018-11-26")
    got = {(e.source.code, e.target.code if e.target else None) for e in coded.events if e.cameo.startswith("11")}
    assert got == {(source, target)}
