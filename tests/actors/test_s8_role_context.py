"""Police and crowds with no country word of their own in a sentence that names several countries (issues 3 and 4):
they take the country of the place their clause names ("police detained him in Lima"), else of the home institution
it names ("protesters broke into the parliament of ..."); two readings, or a place in another clause, leave them
uncoded."""

from __future__ import annotations

import pytest

from actor_mentions import code_at, coded, mention


# ---- the place named in the clause of the act
@pytest.mark.parametrize("text, word, code", [
    ("After talks with Chilean envoys collapsed, police detained the suspect as he drove through Lima.",
     "police", "PERCOP"),
    ("Police fired tear gas at Somali traders in Nairobi, the British high commission said.", "Police", "KENCOP"),
    ("Two Pakistani students were detained by police at a checkpoint in Kabul.", "police", "AFGCOP"),
    ("Police arrested two Afghan men in Berlin on Tuesday.", "Police", "DEUCOP"),
    ("Syrian warplanes bombed demonstrators in Baghdad, Iranian television reported.", "demonstrators", "IRQCVL"),
    ("Protesters angry over a French cartoon climbed the walls of the U.S. embassy in Tunis on Friday.",
     "Protesters", "TUNCVL"),
    ("Thousands of protesters rallied in Ankara against a trade deal with Greece.", "protesters", "TURCVL"),
    ("An angry mob torched a Chinese-owned shop in Hanoi, according to Japanese media.", "mob", "VNMCVL"),
])
def test_local_actor_takes_the_country_of_the_place_it_acts_in(pipeline, text, word, code):
    cdoc = coded(pipeline, text)
    assert code_at(cdoc, word) == code
    assert "the place it acts in" in mention(cdoc, word).why   # explained truthfully


# ---- the home institution the clause names, when no place does
@pytest.mark.parametrize("text, word, code", [
    ("Hundreds of protesters forced their way into the Knesset as American diplomats watched.",
     "protesters", "ISRCVL"),
    ("Demonstrators surrounded the Bundestag after a vote welcomed by Austrian officials.",
     "Demonstrators", "DEUCVL"),
    ("A crowd blocked the gates of the Lok Sabha over a water-sharing deal with Bangladesh.", "crowd", "INDCVL"),
])
def test_local_actor_takes_the_country_of_the_home_institution(pipeline, text, word, code):
    cdoc = coded(pipeline, text)
    assert code_at(cdoc, word) == code
    assert "home institution" in mention(cdoc, word).why


# ---- two readings, another clause's place, a government (embassies draw foreign crowds): left uncoded
@pytest.mark.parametrize("text, word", [
    ("Protesters marched in Paris and Berlin against the war, Italian officials said.", "Protesters"),
    ("Police said the Canadian tourists who were robbed in Mexico City had flown home.", "Police"),
    ("Protesters gathered outside the Russian embassy to denounce the strikes on Ukraine.", "Protesters"),
    ("Crowds cheered the Supreme Court ruling, which Chilean and Peruvian officials criticised.", "Crowds"),
])
def test_local_actor_stays_uncoded_when_the_clause_does_not_say(pipeline, text, word):
    cdoc = coded(pipeline, text)
    assert code_at(cdoc, word) is None


def test_soldiers_are_no_local_actor(pipeline):
    # troops fight abroad: the place of the act is no evidence of their country
    cdoc = coded(pipeline, "Soldiers shelled villages near Donetsk, Polish and Hungarian officials said.")
    assert code_at(cdoc, "Soldiers") != "UKRMIL"


# ---- "the legislature" after an institution many countries have, named with its country
@pytest.mark.parametrize("text, code", [
    ("Brazil's Senate voted on Tuesday to suspend the president, and Argentine officials said the legislature had "
     "acted within the law.", "BRALEG"),
    ("Chile's Congress rejected the bill on Monday, a day after Bolivia's president urged the legislature to approve "
     "it.", "CHLLEG"),
])
def test_the_legislature_is_the_re_homed_institution(pipeline, text, code):
    cdoc = coded(pipeline, text, "2020-01-01")
    assert code_at(cdoc, "legislature") == code


# ---- a company's name as the family name of a person
@pytest.mark.parametrize("text, word", [
    ("Jean Dupont, a farmer from Lyon, criticised the Spanish government on Monday.", "Dupont"),
    ("Anna Siemens, a teacher in Hamburg, wrote to the Dutch embassy.", "Siemens"),
    ("Robert Boeing, a retired pilot, met the Canadian ambassador on Friday.", "Boeing"),
])
def test_a_surname_is_no_company(pipeline, text, word):
    cdoc = coded(pipeline, text, "2020-01-01")
    assert not (code_at(cdoc, word) or "").endswith("BUS")


@pytest.mark.parametrize("text, word, code", [
    ("DuPont sued the Chinese government on Monday.", "DuPont", "USABUS"),
    ("Executives of Siemens met the Egyptian president in Cairo.", "Siemens", "DEUBUS"),
])
def test_the_company_alone_is_still_the_company(pipeline, text, word, code):
    assert code_at(coded(pipeline, text, "2020-01-01"), word) == code
