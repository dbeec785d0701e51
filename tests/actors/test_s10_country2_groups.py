"""Countries of shared names and of home forces (issues 3 and 4, session 10): an armed group active in two countries
under one name ("the Taliban") is of the other country where its sentence's scene is there, as the dictionary
lists the Pakistani Taliban apart; a nationality on the object of a bare police force or court ("Police detained
three Eritrean migrants") names foreigners held, not the force's country."""

from __future__ import annotations

import pytest

from actor_mentions import code_at, coded


# ---- one name, two countries: the scene decides
@pytest.mark.parametrize("text, word, code", [
    ("Taliban insurgents blew up a girls' school in the Swat valley overnight.", "insurgents", "PAKREB"),
    ("A Taliban commander was killed in a drone strike in North Waziristan on Sunday.", "commander", "PAKREB"),
    ("Police in Peshawar said the Taliban had kidnapped a provincial lawmaker.", "Taliban", "PAKREB"),
    ("The Taliban stormed a district centre in Helmand after a week of fighting.", "Taliban", "AFGREB"),
    ("Taliban fighters ambushed an army convoy near Kandahar.", "fighters", "AFGREB"),
])
def test_a_group_of_two_countries_takes_the_scene_s(pipeline, text, word, code):
    assert code_at(coded(pipeline, text, "2012-08-14"), word) == code


def test_a_group_in_a_sentence_naming_no_place_keeps_its_country(pipeline):
    cdoc = coded(pipeline, "Taliban gunmen shot dead two policemen on Thursday.", "2012-08-14")
    assert code_at(cdoc, "gunmen") == "AFGREB"


def test_the_article_s_scene_decides_a_sentence_without_places(pipeline):
    text = ("Gunmen attacked a checkpoint outside Quetta on Monday, Pakistani officials said. "
            "Three soldiers died in the attack near Quetta. The Taliban claimed the attack.")
    assert code_at(coded(pipeline, text, "2013-01-21"), "Taliban") == "PAKREB"


# ---- a nationality on what a home force holds is no country of the force
@pytest.mark.parametrize("text, word, wrong", [
    ("Police detained three Eritrean migrants near a railway station.", "Police", "ERI"),
    ("A court jailed four Chinese fishermen for poaching turtles.", "court", "CHN"),
    ("The authorities deported forty Afghan workers on Tuesday.", "authorities", "AFG"),
])
def test_a_nationality_on_what_a_home_force_holds_gives_it_no_country(pipeline, text, word, wrong):
    code = code_at(coded(pipeline, text, "2016-03-01"), word)
    assert code is None or not code.startswith(wrong)


@pytest.mark.parametrize("text, word, code", [
    ("Kenyan police detained three Eritrean migrants in Mombasa.", "police", "KENCOP"),
    ("Police in Athens detained three Syrian migrants.", "Police", "GRCCOP"),
    ("ROME (Reuters) - Police arrested two Tunisian men on Friday.", "Police", "ITACOP"),
])
def test_the_force_s_own_country_still_decides(pipeline, text, word, code):
    assert code_at(coded(pipeline, text, "2016-03-01"), word) == code


# ---- truckers are labour
@pytest.mark.parametrize("text, word, code", [
    ("Truckers blocked the main highway into Santiago to protest fuel prices.", "Truckers", "CHLLAB"),
    ("Canadian truckers honked their horns outside parliament in Ottawa.", "truckers", "CANLAB"),
    ("Hauliers in Lisbon parked their lorries across two bridges.", "Hauliers", "PRTLAB"),
])
def test_truckers_are_labour(pipeline, text, word, code):
    assert code_at(coded(pipeline, text, "2022-02-07"), word) == code


# ---- a shared town name followed by its country
@pytest.mark.parametrize("text, word, code", [
    ("Rival gunmen clashed overnight in Tripoli, Lebanon, leaving four dead.", "Tripoli", "LBN"),
    ("Hundreds of farmers blocked roads around Cordoba, Argentina, over export taxes.", "farmers", "ARGAGR"),
    ("Rival gunmen clashed overnight in Tripoli, Libya, leaving four dead.", "Tripoli", "LBY"),
])
def test_a_shared_town_name_takes_the_country_written_after_it(pipeline, text, word, code):
    assert code_at(coded(pipeline, text, "2014-05-19"), word) == code


def test_a_us_state_named_like_a_country_sets_no_country(pipeline):
    cdoc = coded(pipeline, "Deputies in Savannah, Georgia, arrested a man who threatened a judge.", "2019-05-19")
    code = code_at(cdoc, "Savannah")
    assert code is None or not code.startswith("GEO")
