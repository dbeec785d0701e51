"""Argument forms of news English the matcher and the argument finders read (session 10, issue 3).

The sentences are written for these tests (actors, places and circumstances of their own):

- a quantified subject is what it counts for a pattern's ``subjects`` ("some of the marchers",
  "hundreds of farmers");
- measure nouns ("tonnes of", "a convoy of trucks of", "doses of") stand before what they measure, like
  quantifiers, for a pattern's ``objects`` and for the light verb of an event noun (``measures`` in
  data/cameo/arguments.yaml);
- two coordinated verbs of one act on one object ("shot and killed a mayor"): the harm done names the act;
- force used on people naming none of them ("police fired tear gas in Quito") falls on the civilians of
  the place's country, else of the police's own (``crowd`` in data/cameo/targets.yaml); one event for
  means named together.
"""

from __future__ import annotations

import pytest

from eventwire.dictionaries.verb_lexicon import Pattern
from eventwire.events import syntax

from .coded_rows import event_rows, pattern_fits

PUB = "2021-05-01"


_FLEE = Pattern(id="t_flee", code="082", rule="t.yaml#t_flee", line=None, verbs=("flee",),
                   subjects=("marcher", "farmer", "picketer"), target="none")


@pytest.mark.parametrize("text, fits", [
    ("Some of the marchers fled when the rain began.", True),
    ("Hundreds of farmers fled across the square on Friday.", True),
    ("Dozens of the striking picketers fled into side streets.", True),
    ("The marchers fled after an hour.", True),
    ("Some of the soldiers fled into the woods.", False),
])
def test_a_subject_list_sees_through_a_quantified_subject(pipeline, text, fits):
    assert pattern_fits(pipeline, _FLEE, text, "fled") is fits


_SHIP_GRAIN = Pattern(id="t_ship_grain", code="071", rule="t.yaml#t_ship_grain", line=None,
                      verbs=("ship", "send", "deliver"), objects=("grain", "vaccine"))


@pytest.mark.parametrize("text, verb, fits", [
    ("Ukraine shipped 300,000 tonnes of grain to Egypt.", "shipped", True),
    ("Romania sent a convoy of trucks of grain to Moldova.", "sent", True),
    ("The WHO delivered two million doses of vaccine to Malawi.", "delivered", True),
    ("Kazakhstan sent dozens of sacks of grain to Kyrgyzstan.", "sent", True),
    ("Romania sent a convoy of soldiers to the border.", "sent", False),
])
def test_an_object_list_sees_through_measure_nouns(pipeline, text, verb, fits):
    assert pattern_fits(pipeline, _SHIP_GRAIN, text, verb) is fits


@pytest.mark.parametrize("text, noun, verb", [
    ("Romania sent a convoy of trucks of medicine to Moldova.", "medicine", "sent"),
    ("Japan delivered 500 tonnes of fuel to Sri Lanka.", "fuel", "delivered"),
])
def test_the_light_verb_of_a_measured_noun(pipeline, text, noun, verb):
    doc = pipeline.resources.nlp(text)
    light = syntax.light_verb(next(t for t in doc if t.text == noun))
    assert light is not None and light.text == verb


@pytest.mark.parametrize("text, source, target", [
    ("Masked gunmen shot and killed a Honduran mayor outside his office on Saturday.", "HNDREB", "HNDGOV"),
    ("Suspected militants ambushed and wounded four Nigerien soldiers near Diffa.", "NERREB", "NERMIL"),
    ("Assailants stabbed and wounded a Tunisian police officer in Sousse.", "TUNREB", "TUNCOP"),
])
def test_two_verbs_of_one_act_on_one_object_are_coded_by_the_harm_done(pipeline, text, source, target):
    rows = event_rows(pipeline, text, PUB)
    assert any(c.startswith("18") and s == source and t == target for c, s, t, _, _ in rows), rows


def test_an_attack_with_its_own_object_keeps_the_killing_as_its_toll(pipeline):
    rows = event_rows(pipeline, "Syrian artillery shelled a village and killed five civilians.", PUB)
    assert [c[:2] for c, *_ in rows] == ["19"], rows


@pytest.mark.parametrize("text, source, target", [
    ("Police in Quito fired tear gas on Thursday.", "ECUCOP", "ECUCVL"),
    ("Security forces fired tear gas in Khartoum, witnesses said.", "SDNMIL", "SDNCVL"),
    ("Peruvian riot police used tear gas overnight.", "PERCOP", "PERCVL"),
])
def test_force_on_people_naming_none_falls_on_the_countrys_civilians(pipeline, text, source, target):
    rows = event_rows(pipeline, text, PUB)
    assert ("175", source, target) in {r[:3] for r in rows}, rows


def test_means_of_force_named_together_are_one_event(pipeline):
    rows = event_rows(pipeline, "Riot police used water cannon and rubber bullets in Tbilisi on Monday night.", PUB)
    assert [r[:3] for r in rows if r[0] == "175"] == [("175", "GEOCOP", "GEOCVL")], rows


def test_a_named_crowd_still_wins(pipeline):
    rows = event_rows(pipeline, "Indonesian police fired tear gas at students in Jakarta.", PUB)
    assert ("175", "IDNCOP", "IDNEDU") in {r[:3] for r in rows}, rows


@pytest.mark.parametrize("text, source, target", [
    ("Chile's foreign minister, on a three-day visit to Lima, told Peruvian lawmakers that trade would grow.",
     "CHLGOV", "PER"),
    ("On a visit to Hanoi, the Australian prime minister signed a trade pact.", "AUSGOV", "VNM"),
    ("The Kenyan president, on a state visit to Ethiopia, opened a new road link.", "KENGOV", "ETH"),
    ("The Canadian trade minister said on a trip to Seoul that tariffs would fall.", "CANGOV", "KOR"),
])
def test_a_visit_one_is_on_is_made_by_the_actor_or_clause_it_describes(pipeline, text, source, target):
    rows = event_rows(pipeline, text, PUB)
    assert ("042", source, target) in {r[:3] for r in rows}, rows


@pytest.mark.parametrize("text", [
    "Reporters questioned the Danish minister on the visit to Riga.",
    "The protesters marched during the summit in Brussels.",
])
def test_a_visit_named_as_a_topic_or_an_occasion_is_no_trip_of_the_doer(pipeline, text):
    rows = event_rows(pipeline, text, PUB)
    assert not [r for r in rows if r[0].startswith("04")], rows


@pytest.mark.parametrize("text, code, source, target", [
    ("The Pakistani Taliban claimed responsibility for the bombing of a police station in Peshawar.", "18",
     "PAKREB", "PAKCOP"),
    ("Al Shabaab took credit for the attack on a Kenyan army base near Lamu.", "19", "SOMREB", "KENMIL"),
    ("Hamas accepted responsibility for the rocket fire on Israeli towns.", "19", "PSEREB", "ISRCVL"),
    ("A Baloch separatist group claimed responsibility for the attack on Chinese engineers in Karachi.", "19",
     "PAKREB", "CHN"),
])
def test_the_claimant_of_an_act_does_it(pipeline, text, code, source, target):
    rows = {r[:3] for r in event_rows(pipeline, text, PUB)}
    assert any(c.startswith(code) and s == source and t == target for c, s, t in rows), rows


def test_an_act_claimed_by_a_group_told_by_a_participle_is_the_groups(pipeline):
    rows = event_rows(pipeline, "The bombing, claimed by the Pakistani Taliban, killed five police officers in "
                                "Quetta.", PUB)
    assert any(c.startswith("18") and s == "PAKREB" for c, s, *_ in rows), rows


def test_a_verbal_attack_on_a_rivals_claims_is_still_no_force(pipeline):
    rows = event_rows(pipeline, "The senator attacked her rival's claims about the tax plan.", PUB)
    assert not [r for r in rows if r[0][:2] in ("18", "19")], rows


@pytest.mark.parametrize("text, source, target", [
    ("Ethiopian troops shelled a market near Mekele on Friday, killing twelve traders. Relatives of the dead "
     "demanded compensation from the government on Saturday. The African Union condemned the shelling.",
     "IGOAFU", "ETHMIL"),
    ("Colombian rebels bombed an oil pipeline near Cucuta, killing two workers. The oil workers' union called "
     "a national strike. The European Union denounced the bombing.", "IGOEUR", "COLREB"),
])
def test_a_noun_of_violence_named_again_answers_the_act_of_violence(pipeline, text, source, target):
    rows = {r[:3] for r in event_rows(pipeline, text, PUB) if r[0].startswith("11")}
    assert {(s, t) for _, s, t in rows} == {(source, target)}, rows


@pytest.mark.parametrize("text, source, target", [
    ("Police in Lahore fired tear gas at farmers on Tuesday, and at least 30 people were arrested.",
     "PAKCOP", "PAKCVL"),
    ("A second suspect was detained when Kenyan police raided a house in Mombasa.", "KENCOP", "KENCRM"),
    ("Brazilian police said on Monday that 40 gang members had been arrested overnight in Rio de Janeiro.",
     "BRACOP", "BRACRM"),
])
def test_an_arrest_told_with_no_agent_is_the_police_of_its_sentence(pipeline, text, source, target):
    rows = {r[:3] for r in event_rows(pipeline, text, PUB)}
    assert ("173", source, target) in rows, rows


def test_the_arrested_police_are_not_their_own_arresters(pipeline):
    rows = event_rows(pipeline, "Two Mexican police officers were arrested on Friday on kidnapping charges.", PUB)
    assert not [r for r in rows if r[0] == "173"], rows


@pytest.mark.parametrize("text, source, target", [
    ("Kenyan riot police used tear gas to disperse marchers in Kisumu on Monday.", "KENCOP", "KENCVL"),
    ("Police in Bogota used water cannon to disperse students on Thursday.", "COLCOP", "COLEDU"),
])
def test_a_guessed_crowd_gives_way_to_the_act_of_force_told_with_it(pipeline, text, source, target):
    rows = event_rows(pipeline, text, PUB)
    assert [r[:3] for r in rows if r[0] == "175"] == [("175", source, target)], rows
    assert [r[4] for r in rows if r[0] == "175"] == ["disperse"], rows


def test_a_speech_verb_read_as_a_participle_gets_no_police(pipeline):
    rows = event_rows(pipeline, "U.S. border agents abused migrants, a human rights organization charged on "
                                "Saturday.", PUB)
    assert not [r for r in rows if r[0] == "173"], rows


def test_of_two_guessed_crowds_the_first_stays(pipeline):
    rows = event_rows(pipeline, "Troops in Mandalay used rubber bullets overnight in a crackdown on the marches.",
                      PUB)
    assert [(r[:3], r[4]) for r in rows if r[0] == "175"] == [(("175", "MMRMIL", "MMRCVL"), "rubber bullets")], rows


@pytest.mark.parametrize("text", [
    "The senator wants to stop police officers from using tear gas at rallies.",
    "The interior minister vowed to use water cannon against any unlawful march.",
])
def test_force_not_told_as_done_gets_no_guessed_crowd(pipeline, text):
    rows = event_rows(pipeline, text, PUB)
    assert not [r for r in rows if r[0] == "175"], rows
