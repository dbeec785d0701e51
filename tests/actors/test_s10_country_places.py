"""Places of several countries (issue 4, session 10): a region split between two countries ("Punjab", "Kashmir",
"Balochistan", listed in places.yaml under each) is of the one the rest of the text names most, the first listed when
the text does not say; a quarter owned by a city ("Dakar's Medina district") is of the city's country, not of a
namesake abroad."""

from __future__ import annotations

import pytest

from actor_mentions import code_at, coded, mention


@pytest.mark.parametrize("text, word, code", [
    ("Thousands of teachers rallied in Punjab on Monday to demand back pay, and police in Lahore detained their "
     "leaders.", "teachers", "PAKEDU"),
    ("Sikh pilgrims gathered in Amritsar as the Punjab government announced free buses to the shrine.", "government",
     "INDGOV"),
    ("Militants attacked a police post in Kashmir, and Indian troops in Srinagar launched a search.", "Kashmir", "IND"),
    ("A landslide cut the road to Muzaffarabad, and the Kashmir government asked the army for help.", "government",
     "PAKGOV"),
    ("Gunmen killed two border guards in Baluchistan, Iranian state media reported, days after a bombing in "
     "Zahedan.", "Baluchistan", "IRN"),
    ("Separatists blew up a gas pipeline in Balochistan, and officials in Quetta blamed them.", "Balochistan", "PAK"),
])
def test_a_shared_region_is_of_the_country_the_text_names_most(pipeline, text, word, code):
    cdoc = coded(pipeline, text, "2021-03-01")
    assert code_at(cdoc, word) == code


def test_a_shared_region_keeps_its_first_country_when_the_text_does_not_say(pipeline):
    cdoc = coded(pipeline, "Police in Punjab arrested three men on Sunday.", "2021-03-01")
    assert code_at(cdoc, "Punjab") == "IND"
    assert "several countries" not in mention(cdoc, "Punjab").why


@pytest.mark.parametrize("text, word, country", [
    ("Police raided homes in Dakar's Medina district on Monday and detained the district's mayor.", "district",
     "SEN"),
    ("Police sealed off Tunis's Medina district on Friday after a night of looting.", "district", "TUN"),
])
def test_a_quarter_of_a_city_is_of_the_city_country(pipeline, text, word, country):
    code = code_at(coded(pipeline, text, "2021-03-01"), word)
    assert code is not None and code[:3] == country


# ---- capitals of smaller states: the government as a subject, the country as a place
@pytest.mark.parametrize("text, word, code", [
    ("Maseru recalled its ambassador from Pretoria on Friday.", "Maseru", "LSOGOV"),
    ("Honiara said on Monday it would expel the envoy of a Pacific neighbour.", "Honiara", "SLBGOV"),
    ("Police in Paramaribo detained an opposition leader, and Guyana protested.", "Police", "SURCOP"),
    ("Floods cut the roads around Nuku'alofa for a second day.", "Nuku'alofa", "TON"),
])
def test_capitals_of_smaller_states(pipeline, text, word, code):
    assert code_at(coded(pipeline, text, "2021-03-01"), word) == code


# ---- a city the list lacked gives its clause's local actors their country
@pytest.mark.parametrize("text, word, code", [
    ("Shopkeepers in Tamale closed their stores on Tuesday to protest against new market levies.", "Shopkeepers",
     "GHACVL"),
    ("Fishermen from Batticaloa said the navy had seized their boats.", "Fishermen", "LKACVL"),
])
def test_a_city_names_the_country_of_its_people(pipeline, text, word, code):
    assert code_at(coded(pipeline, text, "2021-03-01"), word) == code
