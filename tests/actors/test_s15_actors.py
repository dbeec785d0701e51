"""Session 15, actors (issue 4): actor codes of the world press in English. The outlet a dateline credits
("ACCRA (GNA) -", "KARACHI, May 4 (APP):") is no actor and no evidence of the story's country; a family name written
with its particle ("al-Maliki") is no known person when another first name stands before it; an institution many
countries have takes the country of its own "of" phrase, of the article's main country when its sentence names
several, and a person's own country in a title ("Congress President"); the owner at the end of a formal title's
chain of office words ("Minister of State for Foreign Affairs of Qatar"); "Amir" and "Emir" after a possessive are
titles; seats of government, armed forces and banks of less-covered countries; the Islamic Emirate governs
Afghanistan from 2021-08-15."""

from __future__ import annotations

import pytest

from actor_mentions import code_at, coded


def test_a_different_first_name_before_a_family_name_with_its_particle(pipeline):
    cdoc = coded(pipeline, "Colonel Fahd al-Maliki, who speaks for the alliance, told reporters the drone was "
                           "downed over the desert.", "2018-04-02")
    assert not (code_at(cdoc, "Maliki") or "").startswith("IRQ")
    cdoc = coded(pipeline, "Nouri al-Maliki told his cabinet on Sunday that the budget would pass.", "2010-03-01")
    assert code_at(cdoc, "Maliki") == "IRQGOV"   # the full name with its particle is still the known person


def test_the_outlet_of_a_dateline_is_no_actor_and_no_country(pipeline):
    cdoc = coded(pipeline, "ACCRA (GNA) - Police detained nine members of a secessionist movement near Ho, and the "
                           "group's leader went into hiding.", "2021-03-01")
    assert code_at(cdoc, "Police") == "GHACOP"
    assert not (code_at(cdoc, "leader") or "").startswith("LBY")


def test_a_dateline_closed_by_a_colon_after_the_outlet(pipeline):
    cdoc = coded(pipeline, "KARACHI, May 4 (APP): The provincial police chief ordered a crackdown on land grabbers "
                           "in the port city.", "2022-05-04")
    assert code_at(cdoc, "APP") is None
    assert (code_at(cdoc, "chief") or "")[:3] == "PAK"


def test_a_supreme_court_with_its_country_in_an_of_phrase(pipeline):
    cdoc = coded(pipeline, "The Supreme Court of Nepal reinstated the parliament dissolved by Prime Minister KP "
                           "Sharma Oli.", "2021-02-24")
    assert code_at(cdoc, "Court") == "NPLJUD"


def test_a_foreign_office_takes_the_main_country_of_a_sentence_naming_two(pipeline):
    cdoc = coded(pipeline, "Pakistan repatriated 30 Afghan traders held at Torkham after a visa dispute, the "
                           "Foreign Office said on Friday.", "2023-06-02")
    assert code_at(cdoc, "Office") == "PAKGOV"


def test_a_title_naming_a_congress_keeps_the_person_s_own_country(pipeline):
    cdoc = coded(pipeline, "Congress President Manuel Merino said the vote would go ahead.", "2020-11-09")
    assert (code_at(cdoc, "Merino") or "")[:3] == "PER"


@pytest.mark.parametrize("text, word, country", [
    ("The Minister of State for Foreign Affairs of Qatar received the Somali envoy in Doha on Monday.", "Minister",
     "QAT"),
    ("The Chief of Army Staff of Nigeria received the visiting army commander of Chad in Abuja.", "Chief", "NGA"),
    ("The Deputy Minister of Foreign Affairs and Regional Integration of Togo met the Ghanaian delegation in Lome.",
     "Minister", "TGO"),
    ("The Cabinet Secretary for Defence of Kenya hosted the Somali defence chief on Tuesday.", "Secretary", "KEN"),
])
def test_the_owner_that_closes_a_formal_title(pipeline, text, word, country):
    cdoc = coded(pipeline, text, "2023-08-14")
    assert (code_at(cdoc, word) or "")[:3] == country


@pytest.mark.parametrize("text, word", [
    ("Bahrain's Emir received the visiting Jordanian monarch at the palace on Sunday.", "Emir"),
    ("Qatar's Amir received the visiting Jordanian monarch at the palace on Sunday.", "Amir"),
])
def test_emir_and_amir_after_a_possessive_are_titles(pipeline, text, word):
    cdoc = coded(pipeline, text, "2016-04-10")
    assert (code_at(cdoc, word) or "")[3:] == "GOV"
    assert (code_at(cdoc, word) or "")[:3] in ("BHR", "QAT")


@pytest.mark.parametrize("text, word, code", [
    ("Wisma Putra summoned the envoy over the fishing boats.", "Putra", "MYSGOV"),
    ("Villa Somalia rejected the regional leader's demands on Sunday.", "Somalia", "SOMGOV"),
    ("Harambee House announced the new cabinet on Friday.", "Harambee", "KENGOV"),
    ("The Royal Hashemite Court said the king would travel to Cairo.", "Court", "JORGOV"),
    ("The Uganda People's Defence Force said its jets hit rebel camps.", "Force", "UGAMIL"),
    ("Warplanes of the Coalition to Support Legitimacy in Yemen struck a depot near Saada.", "Coalition", "SAUMIL"),
    ("The Malaysian Maritime Enforcement Agency detained two trawlers.", "Agency", "MYSMIL"),
    ("The Islamic Revolution Guards Corps seized a tanker in the Gulf.", "Corps", "IRNMIL"),
    ("The Caribbean Development Bank approved a loan to Dominica.", "Bank", "IGOCDB"),
])
def test_seats_forces_and_banks_of_less_covered_countries(pipeline, text, word, code):
    cdoc = coded(pipeline, text, "2022-10-03")
    assert code_at(cdoc, word) == code


@pytest.mark.parametrize("published, code", [
    ("2021-08-14", "AFGREB"),
    ("2021-08-15", "AFGGOV"),
    ("2024-02-01", "AFGGOV"),
    ("2001-11-13", "AFGREB"),
])
def test_the_islamic_emirate_governs_afghanistan_from_august_2021(pipeline, published, code):
    cdoc = coded(pipeline, "The Islamic Emirate rejected the report on girls' schools.", published)
    assert code_at(cdoc, "Emirate") == code


@pytest.mark.parametrize("text, word, code", [
    ("Armenia asked the Collective Security Treaty Organisation to send peacekeepers to its border.", "Organisation",
     "IGOCST"),
    ("The Food and Agriculture Organisation warned that locusts threatened crops across the Horn of Africa.",
     "Organisation", "IGOUNO"),
])
def test_british_and_american_spellings_of_an_organisation_name(pipeline, text, word, code):
    cdoc = coded(pipeline, text, "2022-11-20")
    assert code_at(cdoc, word) == code
