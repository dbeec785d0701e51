"""Session 12, actors (issue 4): actor resolution gaps of real news: US states named like countries, generic
institutions placed by their own 'in' phrase, the bare Foreign Office, state forces' fighters, regional bodies and
recent office holders."""

from __future__ import annotations

import pytest

from actor_mentions import code_at, coded


@pytest.mark.parametrize("text, word, code", [
    # a state office after the name: the US state, in the whole text
    ("Georgia's governor vetoed the school funding bill on Friday.", "governor", "USAGOV"),
    ("The Georgia Senate passed the voting bill late on Thursday. Georgia will apply the new rules from July.",
     "Senate", "USALEG"),
    # a place in the US named and nothing else of the country: the state
    ("Protesters marched to the capitol in Atlanta as Georgia prepared to count the ballots again.", "Georgia",
     "USA"),
    # the country stays the country
    ("Georgia's parliament passed the media law on Tuesday as crowds gathered in Tbilisi.", "Georgia", "GEO"),
    ("Russian armoured columns pushed deeper into Georgia on Sunday.", "Georgia", "GEO"),
    ("Georgia and the United States renewed their defence pact on Monday.", "Georgia", "GEO"),
])
def test_a_us_state_named_like_a_country(pipeline, text, word, code):
    assert code_at(coded(pipeline, text), word) == code


def test_every_mention_of_the_state_is_the_state(pipeline):
    cdoc = coded(pipeline, "The Georgia Senate passed the voting bill late on Thursday. Georgia will apply the new "
                           "rules from July.")
    assert code_at(cdoc, "Georgia", 1) == "USA"


@pytest.mark.parametrize("text, word, code", [
    # the institution's own 'in' phrase names its country, whatever else its sentence names
    ("The Senate in Manila adopted a resolution against Chinese incursions on Monday.", "Senate", "PHLLEG"),
    ("The Supreme Court in Islamabad told India to hand back the fishermen.", "Court", "PAKJUD"),
    # no 'in' phrase: as before
    ("The Senate voted new sanctions on Venezuela on Tuesday.", "Senate", "USALEG"),
])
def test_a_generic_institution_is_where_its_own_phrase_places_it(pipeline, text, word, code):
    assert code_at(coded(pipeline, text), word) == code


@pytest.mark.parametrize("text, code", [
    # bare: the British one, also when its act is done to another country's envoy or a claim about another state
    ("The Foreign Office summoned the Iranian charge d'affaires on Wednesday.", "GBRGOV"),
    ("The Foreign Office said Venezuela had detained a British tourist.", "GBRGOV"),
    ("The Foreign Office warned against all but essential travel to the border area.", "GBRGOV"),
    # another country's when the text says so
    ("The Pakistani Foreign Office rejected the remarks on Thursday.", "PAKGOV"),
    ("ISLAMABAD (Reuters) - The Foreign Office on Friday condemned India's new visa rules.", "PAKGOV"),
])
def test_the_foreign_office(pipeline, text, code):
    assert code_at(coded(pipeline, text), "Office") == code


@pytest.mark.parametrize("text, word, code, published", [
    # fighters of a state's armed force are that force
    ("Fighters of the Wagner Group took control of the airfield.", "Fighters", "RUSMIL", "2023-03-01"),
    ("Wagner fighters withdrew from the gold mine on Sunday.", "Wagner", "RUSMIL", "2023-03-01"),
    # an armed group's fighters stay its own
    ("Hamas fighters fired rockets at Ashkelon.", "Hamas", "PSEREB", "2023-05-01"),
])
def test_fighters_of_a_state_force(pipeline, text, word, code, published):
    assert code_at(coded(pipeline, text, published), word) == code


def test_ecowas_is_igowas(pipeline):
    cdoc = coded(pipeline, "ECOWAS leaders gave the military rulers in Niamey a week to free the president.",
                 "2023-07-31")
    assert code_at(cdoc, "ECOWAS") == "IGOWAS"


@pytest.mark.parametrize("text, word, code, published", [
    ("Sharaa promised a new constitution within five years.", "Sharaa", "SYRGOV", "2025-03-14"),
    ("Syrian President Ahmed al-Shara flew to Riyadh on Sunday.", "Shara", "SYRGOV", "2025-02-02"),
    ("President Faye appointed a new cabinet on Friday.", "Faye", "SENGOV", "2024-04-06"),
])
def test_recent_heads_named_short(pipeline, text, word, code, published):
    assert code_at(coded(pipeline, text, published), word) == code


@pytest.mark.parametrize("text, word, code", [
    # a country named only as the side a legislature's act is aimed at is not the legislature's
    ("Parliament voted new sanctions on Belarus on Thursday, the Lithuanian foreign ministry said.", "Parliament",
     "LTULEG"),
    ("WARSAW (Reuters) - Parliament approved a ban on imports from Russia on Friday.", "Parliament", "POLLEG"),
    ("Ghana's parliament passed the budget on Monday. Parliament also voted to send troops to Mali.", "Parliament",
     "GHALEG"),
    # the country the act is done to directly, or the one the sentence places it in, still is
    ("Parliament impeached Peruvian President Pedro Castillo on Wednesday.", "Parliament", "PERLEG"),
    ("Lawmakers in Seoul voted to ratify the fisheries pact with Japan.", "Lawmakers", "KORLEG"),
])
def test_a_legislature_is_not_of_the_side_its_act_is_aimed_at(pipeline, text, word, code):
    assert code_at(coded(pipeline, text), word) == code


@pytest.mark.parametrize("text, word, code", [
    # a name the countries file gives one country is not another's by pycountry: "Congo" is the DRC in the news
    ("Rwandan-backed rebels seized two more towns in eastern Congo on Tuesday.", "Congo", "COD"),
    ("The Republic of Congo held a presidential election on Sunday.", "Congo", "COG"),
    ("Officials in Congo-Brazzaville closed the river port on Monday.", "Congo", "COG"),
])
def test_congo_is_the_drc_unless_named_otherwise(pipeline, text, word, code):
    assert code_at(coded(pipeline, text), word) == code


@pytest.mark.parametrize("text, word, code, published", [
    # a title in the text gives no state role to one who holds an international body's office at the date
    ("International envoy Kofi Annan urged both sides to silence the guns.", "Annan", "IGOUNO", "2012-04-12"),
    ("Veteran mediator Lakhdar Brahimi met the Syrian leader in Damascus.", "Brahimi", "IGOUNO", "2013-10-30"),
])
def test_a_title_keeps_an_international_office(pipeline, text, word, code, published):
    assert code_at(coded(pipeline, text, published), word) == code


@pytest.mark.parametrize("text, word, code", [
    # the owner of the clause's object is not the clause's subject itself
    ("Saudi Arabia expelled the Canadian envoy on Monday. Kuwait and Bahrain issued statements supporting the "
     "kingdom's position.", "kingdom", "SAU"),
    ("Morocco recalled its ambassador on Friday. Jordan published a statement backing the kingdom's decision.",
     "kingdom", "MAR"),
    # a place inside the subject still may be ("Prosecutors in Peru charged the country's ...")
    ("Judges in Spain summoned the kingdom's former monarch on Tuesday.", "kingdom", "ESP"),
])
def test_a_definite_owner_is_not_the_subject_of_its_clause(pipeline, text, word, code):
    assert code_at(coded(pipeline, text, "2018-08-06"), word) == code
