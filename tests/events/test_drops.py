"""The coder's passes that leave out triggers which are no event of their own (events/drops.py)."""

from __future__ import annotations

import pytest

from eventwire.records import Article


def _events(pipeline, text: str, published: str = "2016-09-25"):
    return next(iter(pipeline.code_articles([Article(id="drop", text=text, published=published)]))).events


@pytest.mark.parametrize("text,absent", [
    # a verb joined to the content of an appeal is content too
    ('Schiff urged the administration to "openly call out Russia for this" and consider taking more '
     "action.", "014"),
    ("Schumer urged the White House to call out Moscow and consider new sanctions.", "014"),
    ("Schumer urged the White House to call out Moscow and consider new sanctions.", "0254"),
])
def test_a_verb_joined_to_content_is_content(pipeline, text, absent):
    events = _events(pipeline, text)
    assert not any(e.cameo.startswith(absent) for e in events), [(e.cameo, e.rule) for e in events]
    assert any(e.cameo.startswith("02") for e in events), [(e.cameo, e.rule) for e in events]


def test_a_second_act_joined_to_an_act_stays(pipeline):
    events = _events(pipeline, "France condemned the coup and suspended military cooperation with Mali.",
                     published="2024-06-01")
    assert any(e.cameo.startswith("16") for e in events), [(e.cameo, e.rule) for e in events]


@pytest.mark.parametrize("text,absent", [
    # an instruction whose addressee is no coded actor still holds its clause as content
    ("The Chinese government told state companies to stop buying American soybeans.", "06"),
    ("The ministry ordered local officials to stop building new coal plants with Chinese firms.", "06"),
])
def test_the_content_of_an_instruction_to_an_uncoded_addressee_is_no_act(pipeline, text, absent):
    events = _events(pipeline, text, published="2019-11-20")
    assert not any(e.cameo.startswith(absent) for e in events), [(e.cameo, e.rule) for e in events]


@pytest.mark.parametrize("text,code,source,target", [
    # an order to one's own forces is carried by them: the act ordered is the event, not the order
    ("Putin ordered his troops to attack Ukraine.", "19", "RUSGOV", "UKR"),
    ("Netanyahu ordered the army to strike targets in Gaza.", "19", "ISRGOV", "PSE"),
    ("Biden ordered the Pentagon to send more troops to Europe.", "15", "USAGOV", "USAMIL"),
])
def test_an_order_to_ones_own_forces_codes_the_act_ordered(pipeline, text, code, source, target):
    events = _events(pipeline, text, published="2023-06-01")
    got = [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None) for e in events]
    assert any(c.startswith(code) and s == source and t == target for c, s, t in got), got
    assert not any(c.startswith("10") for c, _, _ in got), got


def test_an_order_to_another_actor_stays_a_demand(pipeline):
    events = _events(pipeline, "Macron told Putin to end the war in Ukraine.", published="2023-06-01")
    assert any(e.cameo == "100" and e.target is not None and e.target.code == "RUSGOV" for e in events), \
        [(e.cameo, e.rule) for e in events]


@pytest.mark.parametrize("text,source,target", [
    # a wish told to its addressee is a demand on the addressee by the teller
    ("SoftBank CEO Masayoshi Son has told Uber managers he wants the firm to make money by 2022.",
     "JPNBUS", "USABUS"),
    ("Merkel told the Greek prime minister she wants Greece to cut its pensions.", "DEUGOV", "GRCGOV"),
])
def test_a_wish_told_to_the_addressee_is_a_demand(pipeline, text, source, target):
    events = _events(pipeline, text, published="2019-11-20")
    got = [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None) for e in events]
    assert ("100", source, target) in got, got


def test_a_wish_told_to_the_press_stays_a_wish(pipeline):
    events = _events(pipeline, "Obama told reporters he wants Congress to act.", published="2016-09-25")
    assert not any(e.cameo.startswith("10") for e in events), [(e.cameo, e.rule) for e in events]
    assert any(e.cameo == "020" for e in events), [(e.cameo, e.rule) for e in events]


@pytest.mark.parametrize("text", [
    "Biden spoke with reporters at the White House on Tuesday.",
    "Trump spoke with Fox News on Sunday about the border.",
    "The chancellor spoke with Reuters after the summit in Brussels.",
])
def test_talking_with_the_press_is_no_consultation(pipeline, text):
    events = _events(pipeline, text, published="2021-03-01")
    assert not any(e.cameo.startswith("04") for e in events), [(e.cameo, e.rule) for e in events]


def test_talking_with_a_leader_stays_a_consultation(pipeline):
    events = _events(pipeline, "Putin spoke with Erdogan on Monday about the grain deal.", published="2021-03-01")
    assert {(e.cameo, e.source.code, e.target.code) for e in events} >= {("040", "RUSGOV", "TURGOV"),
                                                                          ("040", "TURGOV", "RUSGOV")}
