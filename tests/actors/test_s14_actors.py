"""Session 14, actors (issue 4): actor countries right in recent news. A name inside a name listed as no actor
("South American", "Latin American") is no actor and no evidence of the text's country; people sent to talks take
no country from the venue of their own "in" phrase; agents of the US federal agencies are American wherever they
act; the ruling councils of the juntas of 2021-2023 and the armed alliances of 2023-2025 are in the dictionary, with
the date a dated one starts."""

from __future__ import annotations

from datetime import date

import pytest

from actor_mentions import code_at, coded


def test_a_regional_adjective_names_no_country(pipeline):
    cdoc = coded(pipeline, "Growers blocked the highway with their tractors on Monday. The growers oppose an import "
                           "pact with Latin American states that they say will ruin them.", "2024-01-22")
    assert code_at(cdoc, "American") is None
    assert not (code_at(cdoc, "Growers") or "").startswith("USA")


def test_a_regional_adjective_sets_no_scene_for_the_police(pipeline):
    cdoc = coded(pipeline, "Riot officers used pepper spray on the dairy farmers outside the summit hall. The dairy "
                           "farmers fear cheap beef from South American exporters.", "2024-02-05")
    assert not (code_at(cdoc, "farmers") or "").startswith("USA")


def test_negotiators_take_no_country_from_the_venue_of_the_talks(pipeline):
    text = ("LIMA - Peruvian troops clashed with coca growers in the Apurimac valley on Sunday, the defence ministry "
            "of Peru said. President Ollanta Humala said the talks would go on. Government negotiators in Oslo "
            "walked out of the session for two days.")
    cdoc = coded(pipeline, text, "2014-03-10")
    assert (code_at(cdoc, "negotiators") or "")[:3] == "PER"


def test_officials_in_a_capital_still_take_its_country(pipeline):
    cdoc = coded(pipeline, "Officials in Nairobi said on Friday that the new border post would open in June.",
                 "2019-05-03")
    assert code_at(cdoc, "Officials") == "KENGOV"


@pytest.mark.parametrize("text", [
    "ICE agents detained dozens of welders at a car plant being built in Georgia on Tuesday.",
    "FBI agents questioned two engineers from Tbilisi at an airport in Georgia, local officials said.",
])
def test_us_federal_agents_are_american_wherever_they_act(pipeline, text):
    cdoc = coded(pipeline, text, "2025-09-09")
    assert code_at(cdoc, "agents") == "USACOP"


@pytest.mark.parametrize("name, when, code", [
    # the same letters: Mali's junta council of 2020-08-18..2021-01-18, then Niger's from the coup of 2023-07-26;
    # never Niger before that day
    ("CNSP", date(2020, 9, 1), "MLIGOV"),
    ("CNSP", date(2021, 1, 17), "MLIGOV"),
    ("CNSP", date(2022, 6, 1), "MLI"),
    ("CNSP", date(2023, 7, 25), "MLI"),
    ("National Committee for the Salvation of the People", date(2020, 10, 5), "MLIGOV"),
    ("CNSP", date(2023, 7, 26), "NERGOV"),
    ("CNSP", date(2025, 3, 1), "NERGOV"),
    ("National Council for the Safeguard of the Homeland", date(2024, 1, 10), "NERGOV"),
    ("CNRD", date(2022, 4, 1), "GINGOV"),
    ("Patriotic Movement for Safeguard and Restoration", date(2023, 2, 1), "BFAGOV"),
    ("CTRI", date(2024, 5, 1), "GABGOV"),
    ("AFC/M23", date(2025, 2, 1), "CODREB"),
    ("Tasis", date(2025, 8, 1), "SDNREB"),
])
def test_junta_councils_and_new_armed_alliances(resolver, name, when, code):
    res = resolver.lookup(name, when)
    assert res is not None and res.code == code, (name, when, res)


def test_people_the_police_detain_are_of_the_police_country(pipeline):
    text = ("YEREVAN - Armenia's prime minister accused Azerbaijan of shelling border villages, and Azerbaijan's "
            "defence ministry said Azerbaijani posts had come under fire first. Azerbaijan rejected the charge. "
            "Police detained about 60 people at a rally outside the government building.")
    cdoc = coded(pipeline, text, "2022-09-14")
    assert code_at(cdoc, "Police") == "ARMCOP"
    assert code_at(cdoc, "people") == "ARMCVL"


@pytest.mark.parametrize("text, code", [
    ("ICE officers detained 30 welders at a plant in Georgia, the company said.", "USA"),
    # the country named otherwise (its capital): the country stays
    ("ICE officers questioned a trader from Tbilisi about his exports to Georgia.", "GEO"),
])
def test_a_us_agency_makes_georgia_the_state(pipeline, text, code):
    cdoc = coded(pipeline, text, "2025-09-09")
    assert code_at(cdoc, "Georgia") == code
