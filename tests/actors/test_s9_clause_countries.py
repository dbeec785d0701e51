"""Role phrases with no country of their own in a sentence that names several countries (issues 3 and 4, session 9):
the places and home institutions of their clause, or of the clause of the same story it is coordinated with or hangs
from; a firm or an outlet named is no evidence of where a story happens; where no country leads the counts of a short
text, the first country its lead names is its main country (``name_matches.scene_country``); role nouns the vocabulary
lacked."""

from __future__ import annotations

import pytest

from actor_mentions import code_at, coded, mention


# ---- a local actor whose own clause names no place: the clause of the same story it hangs from or is joined to
@pytest.mark.parametrize("text, word, code, published", [
    ("Demonstrators occupied the central square of Bishkek on Friday, and security forces dispersed them after "
     "Russian diplomats urged calm.", "security", "KGZMIL", "2020-10-09"),
    ("Rebels shelled the outskirts of Goma overnight before the authorities imposed a curfew, Rwandan officials "
     "said.", "authorities", "CODGOV", "2012-11-20"),
    ("Opposition supporters marched through Caracas on Saturday as riot police fired tear gas, drawing criticism from "
     "Colombia.", "riot", "VENCOP", "2017-05-06"),
    ("Looters ransacked supermarkets in Durban while residents barricaded their streets, and Mozambique closed the "
     "border.", "residents", "ZAFCVL", "2021-07-14"),
])
def test_a_local_actor_takes_the_place_of_the_story_its_clause_belongs_to(pipeline, text, word, code, published):
    cdoc = coded(pipeline, text, published)
    assert code_at(cdoc, word) == code
    assert "the place it acts in" in mention(cdoc, word).why   # explained truthfully


# ---- a nationality adjective or a place name on a noun of a settled place
@pytest.mark.parametrize("text, word, code", [
    ("Villagers blocked the highway near a Peruvian mining town on Monday, demanding that a Canadian company leave.",
     "Villagers", "PERCVL"),
    ("Youths burned cars in several Paris suburbs overnight after a police chase, Belgian media reported.",
     "Youths", "FRACVL"),
    ("Residents fled a Syrian border village as shells landed, the Turkish army said.", "Residents", "SYRCVL"),
])
def test_a_nationality_or_a_place_on_a_settled_place_gives_its_country(pipeline, text, word, code):
    cdoc = coded(pipeline, text, "2016-03-02")
    assert code_at(cdoc, word) == code


# ---- a country that owns or qualifies a home institution
@pytest.mark.parametrize("text, word, code", [
    ("Demonstrators pelted Serbia's parliament building with eggs while Hungarian observers stood by.",
     "Demonstrators", "SRBCVL"),
    ("Crowds chanting slogans besieged the Peruvian Congress as Chilean diplomats watched from a balcony.", "Crowds",
     "PERCVL"),
    ("Police sealed off the Georgian parliament after a vote on a law modelled on Russia's.", "Police", "GEOCOP"),
])
def test_a_country_owning_a_home_institution_is_the_home(pipeline, text, word, code):
    cdoc = coded(pipeline, text, "2024-06-25")
    assert code_at(cdoc, word) == code
    assert "home institution" in mention(cdoc, word).why


# ---- the evidence conflicts, or is in a reported or relative clause, or the actor acts abroad: no country
@pytest.mark.parametrize("text, word", [
    ("Crowds gathered in Lisbon and Madrid on Sunday, and the authorities closed several roads, French media said.",
     "authorities"),
    ("Soldiers fired on a convoy near a Malian border town, Algerian officials said.", "Soldiers"),
    ("Militants attacked a checkpoint in the Afghan capital, and Pakistani officials condemned the assault.",
     "Militants"),
    ("Police said the Dutch cyclists who were hurt in Brussels had gone home to Germany.", "Police"),
])
def test_no_country_where_the_clause_does_not_say_or_the_actor_fights_abroad(pipeline, text, word):
    cdoc = coded(pipeline, text, "2019-04-02")
    assert code_at(cdoc, word) is None


def test_soldiers_are_no_local_actor_even_in_a_coordinated_clause(pipeline):
    cdoc = coded(pipeline, "Protesters rallied in Yerevan, and troops moved toward the Azerbaijani border.",
                 "2020-10-01")
    assert code_at(cdoc, "troops") is None


# ---- a firm or an outlet named is no evidence of the country of a story
@pytest.mark.parametrize("text, word, code, published", [
    ("Officials ordered internet providers to cut access to Telegram and TikTok, the Ethiopian communications "
     "authority said.", "Officials", "ETHGOV", "2021-04-16"),
    ("State regulators have suspended Twitter across the country until further notice, according to Nigeria's "
     "information ministry.", "regulators", "NGAGOV", "2021-04-16"),
    ("Officials cancelled the licence of Samsung's local unit, Vietnam's industry ministry said.", "Officials",
     "VNMGOV", "2022-01-10"),
    ("Lawmakers summoned executives of Google and Apple, Brazilian state media reported.", "Lawmakers", "BRALEG",
     "2023-05-02"),
])
def test_a_firm_named_does_not_hide_the_one_country_of_a_sentence(pipeline, text, word, code, published):
    cdoc = coded(pipeline, text, published)
    assert code_at(cdoc, word) == code


def test_a_sentence_that_names_only_a_firm_keeps_its_country(pipeline):
    cdoc = coded(pipeline, "Regulators fined Volkswagen over its diesel engines on Monday.", "2017-01-11")
    assert code_at(cdoc, "Regulators") == "DEUGOV"


# ---- no country leads the counts: in a short text the lead's first country is the article's (scene_country)
@pytest.mark.parametrize("text, word, code, published", [
    ("A general strike shut schools and banks across Bolivia on Monday. The government invited union leaders to "
     "talks. Peru, Chile and Argentina urged calm.", "government", "BOLGOV", "2022-06-20"),
    ("Truck drivers blocked the main highways of Paraguay for a third day. Police cleared two roadblocks, officials "
     "said. Brazil and Argentina reported long queues at their borders.", "Police", "PRYCOP", "2019-03-16"),
])
def test_the_lead_sentence_gives_the_main_country_when_none_leads(pipeline, text, word, code, published):
    cdoc = coded(pipeline, text, published)
    assert code_at(cdoc, word) == code


# ---- role nouns the vocabulary lacked
@pytest.mark.parametrize("text, word, sector", [
    ("Headteachers in Wales voted to strike over pay, the union said.", "Headteachers", "EDU"),
    ("Armed herdsmen attacked three farming villages in Benue state overnight.", "herdsmen", "AGR"),
    ("Mutineers took control of the barracks in Bouake, the Ivorian defence ministry said.", "Mutineers", "MIL"),
    ("Dock labourers walked off the job at the port of Mombasa on Monday.", "labourers", "LAB"),
    ("Pensioners marched on the parliament in Bucharest to demand higher payments.", "Pensioners", "CVL"),
    ("Midwives walked out of state hospitals across Kenya on Monday.", "Midwives", "HLH"),
])
def test_role_nouns_of_people_in_the_news(pipeline, text, word, sector):
    cdoc = coded(pipeline, text, "2021-02-26")
    m = mention(cdoc, word)
    assert m is not None and sector in m.ref.sectors


# ---- the people a state's police, courts or authorities act on are of that state unless the text says otherwise
@pytest.mark.parametrize("text, word, code, published", [
    ("Egyptian police detained three journalists and a lawyer in a dawn raid, the U.S. State Department said.",
     "journalists", "EGYMED", "2019-09-24"),
    ("A Russian court sentenced the activist to four years in a penal colony over posts criticising the war in "
     "Ukraine.", "activist", "RUSOPP", "2023-03-28"),
    ("The opposition leader was arrested by Ugandan police on his way to a rally, Kenyan media reported.", "leader",
     "UGAOPP", "2020-11-18"),
    ("Iranian authorities raided a university dormitory and detained dozens of students, a group based in London "
     "said.", "students", "IRNEDU", "2022-10-03"),
])
def test_the_people_a_home_force_acts_on_are_of_its_country(pipeline, text, word, code, published):
    cdoc = coded(pipeline, text, published)
    assert code_at(cdoc, word) == code
    assert "that act on it" in mention(cdoc, word).why


@pytest.mark.parametrize("text, word", [
    # the place of the act is another country: the people held there need not be the police's
    ("German police arrested two smugglers in Austria after a chase, Czech officials said.", "smugglers"),
    # officials of another state, refugees: not the doer's own people
    ("Polish authorities detained the diplomats at the Belarusian border crossing, Lithuania said.", "diplomats"),
    ("Greek police detained dozens of refugees on the island, Turkish media reported.", "refugees"),
    # soldiers are no home force
    ("Israeli soldiers detained two teenagers at a checkpoint, a Jordanian newspaper said.", "teenagers"),
])
def test_no_country_from_the_doer_where_it_is_abroad_or_the_people_are_not_its_own(pipeline, text, word):
    cdoc = coded(pipeline, text, "2021-08-20")
    assert code_at(cdoc, word) is None


def test_a_place_the_dictionary_does_not_know_leaves_the_people_uncoded(pipeline):
    # the arrest may be abroad: a place named in the clause that no entry gives a country to
    text = ("New Zealand police officers attached to a regional mission in Tonga detained three former militia leaders "
            "in Nukualofa on Friday.")
    cdoc = coded(pipeline, text, "2007-02-09")
    assert code_at(cdoc, "leaders") is None
