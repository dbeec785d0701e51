"""Countries a sentence names only as a link abroad (issues 3 and 4, session 10): a nationality or a country named
inside a clause that describes a noun or follows a preposition ("men suspected of selling ivory to Chinese buyers",
"charged with spying for Israel"), or on a state's mission abroad ("outside the Egyptian embassy"), is not where the
story happens: the police, courts and crowds of that sentence take the article's main country (a dateline's) or
none. Local actors of a sentence naming several countries or none take the place their clause acts in, else the one
country of the places the text's acts happen in, before the country named most."""

from __future__ import annotations

import pytest

from actor_mentions import code_at, coded, mention


# ---- a dateline's country, not the country of a link abroad
@pytest.mark.parametrize("text, word, code, published", [
    ("RABAT, May 2 (Reuters) - A prosecutor on Tuesday indicted four men for selling forged visas to Algerian "
     "smugglers, a court official said.", "prosecutor", "MARJUD", "2019-05-02"),
    ("KAMPALA (AP) - Police detained six people accused of recruiting fighters for a Congolese militia, a police "
     "spokesman said on Sunday.", "Police", "UGACOP", "2018-09-16"),
    ("HANOI, Jan 8 (Reuters) - The authorities arrested a blogger who had written articles for an American news "
     "website, state media reported.", "authorities", "VNMGOV", "2020-01-08"),
    ("LIMA (Reuters) - Prosecutors charged two former ministers with taking bribes from a Brazilian builder.",
     "Prosecutors", "PERJUD", "2018-03-21"),
])
def test_a_datelined_home_force_is_not_of_the_country_a_link_names(pipeline, text, word, code, published):
    cdoc = coded(pipeline, text, published)
    assert code_at(cdoc, word) == code


# ---- with no dateline and no other sentence, a link abroad gives no country at all
@pytest.mark.parametrize("text, word, wrong", [
    ("Police arrested nine men suspected of selling rhino horn to Vietnamese traders.", "Police", "VNM"),
    ("Riot police fired tear gas at students who had gathered outside the Egyptian embassy.", "police", "EGY"),
    ("A court jailed two journalists working for a Turkish television channel for five years.", "court", "TUR"),
    ("Security forces detained a preacher accused of raising money for Iranian charities.", "Security", "IRN"),
])
def test_a_link_abroad_gives_no_country(pipeline, text, word, wrong):
    code = code_at(coded(pipeline, text, "2021-04-12"), word)
    assert code is None or not code.startswith(wrong)


# ---- what stays the story's country: places of acts, doers of a clause, own adjectives, purposes
@pytest.mark.parametrize("text, word, code", [
    ("Riot police fired tear gas at crowds who had gathered in several Kenyan towns.", "police", "KENCOP"),
    ("Turkish police detained two men accused of working for Iranian intelligence.", "police", "TURCOP"),
    ("Soldiers detained three smugglers who had crossed into Nigeria, officials said.", "Soldiers", "NGAMIL"),
])
def test_places_and_own_countries_still_decide(pipeline, text, word, code):
    assert code_at(coded(pipeline, text, "2021-04-12"), word) == code


# ---- a local actor: the place its clause acts in before the article's most named country
@pytest.mark.parametrize("text, word, code, how", [
    ("Students occupied the French cultural centre in Dakar on Monday. Paris had expelled a Senegalese activist "
     "last week, and French officials condemned the occupation. French diplomats asked for calm. Police later "
     "cleared the building.", "Police", "SENCOP", "places the text's acts"),
    ("Hundreds of youths stoned the American consulate in Peshawar on Friday after a U.S. drone strike, and U.S. "
     "officials said Washington would send more guards.", "youths", "PAKCVL", "place it acts in"),
])
def test_a_local_actor_takes_the_place_of_the_acts_over_the_country_named_most(pipeline, text, word, code, how):
    cdoc = coded(pipeline, text, "2012-09-21")
    assert code_at(cdoc, word) == code
    assert how in mention(cdoc, word).why   # explained truthfully


# ---- a local actor in a sentence naming several countries: the places of the text's acts when its clause names none
@pytest.mark.parametrize("text, word, code", [
    ("Gunmen stormed a hotel in Bamako on Sunday before security forces freed the guests, French officials said.",
     "security", "MLIMIL"),
    ("Protesters blocked roads in Conakry on Monday as police fired tear gas, and Senegal called for calm.", "police",
     "GINCOP"),
    ("Militants stormed a school in Peshawar, and the authorities later imposed a curfew, Afghan officials said.",
     "authorities", "PAKGOV"),
])
def test_a_local_actor_of_a_sentence_naming_several_countries_takes_the_place_of_the_acts(pipeline, text, word, code):
    assert code_at(coded(pipeline, text, "2021-03-01"), word) == code


# ---- people of a trade or a school act where they live: the place of their clause, when the sentence names several
@pytest.mark.parametrize("text, word, code", [
    ("Students marched through Dhaka on Monday after a Myanmar court jailed two activists.", "Students", "BGDEDU"),
    ("Teachers rallied outside parliament in Nairobi as Ugandan officials watched.", "Teachers", "KENEDU"),
])
def test_workers_students_and_teachers_are_local_actors(pipeline, text, word, code):
    cdoc = coded(pipeline, text, "2021-03-01")
    assert code_at(cdoc, word) == code
    assert "the place it acts in" in mention(cdoc, word).why
