"""Session 16, actors (issue 4): office holders and state names of 1995-1999 news, found in text at their dates.

Archives coded by political scientists start in 1995 (ICEWS) or earlier; `benchmarks/actors_coverage.py --since 1995`
lists the offices with no holder. The sentences are the tests' own; each checks that a name is found and gets its
role on a day inside the office's dates, and the bare country (or an elite) once the office has ended."""

from __future__ import annotations

from datetime import date

import pytest

from actor_mentions import code_at, coded
from eventwire.dictionaries.actor_dictionary import ActorDictionary

# (sentence, word of the mention, day of the article, code expected that day)
HOLDERS_AT_DATES = [
    ("Chancellor Helmut Kohl promised the unions in Bonn a new round of wage talks.", "Kohl", "1996-05-10", "DEUGOV"),
    ("Klaus Kinkel urged the ministers gathered in Luxembourg to speed up the enlargement plan.", "Kinkel",
     "1997-04-14", "DEUGOV"),
    ("Volker Ruehe visited the German pilots stationed at the Italian air base on Tuesday.", "Ruehe",
     "1997-09-02", "DEUGOV"),
    ("Oscar Luigi Scalfaro dissolved both chambers and called a spring vote.", "Scalfaro", "1996-02-16", "ITAGOV"),
    ("Kim Young-sam ordered a review of the rice aid promised to the north.", "Young", "1996-08-20", "KORGOV"),
    ("I.K. Gujral told the upper house that the border talks would continue in winter.", "Gujral", "1997-10-08",
     "INDGOV"),
    ("Deve Gowda defended the coalition's farm budget before the opposition walked out.", "Gowda", "1996-09-12",
     "INDGOV"),
    ("Paul Keating rejected the tariff demands raised by the visiting trade team.", "Keating", "1995-06-21",
     "AUSGOV"),
    ("Edouard Balladur received the striking drivers' union leaders at Matignon.", "Balladur", "1994-11-03",
     "FRAGOV"),
    ("Herve de Charette flew to Damascus to press for a truce in southern Lebanon.", "Charette", "1996-04-15",
     "FRAGOV"),
    ("Malcolm Rifkind summoned the envoy over the seizure of the trawler.", "Rifkind", "1996-03-27", "GBRGOV"),
    ("William Perry warned that the carriers would stay near the strait.", "Perry", "1996-03-12", "USAGOV"),
    ("Viktor Chernomyrdin phoned the hostage takers in the southern town on Sunday.", "Chernomyrdin", "1995-06-18",
     "RUSGOV"),
    ("Yevgeny Primakov criticised the planned expansion of the alliance eastwards.", "Primakov", "1997-02-05",
     "RUSGOV"),
    ("Primakov asked the Duma to back his budget before the spring recess.", "Primakov", "1999-02-11", "RUSGOV"),
    ("Pavel Grachev sent fresh armoured columns toward the rebel capital.", "Grachev", "1995-01-04", "RUSGOV"),
    ("Qian Qichen met the visiting secretary in the state guest house.", "Qian", "1996-11-20", "CHNGOV"),
    ("Alfred Nzo signed the fisheries accord with his Mozambican counterpart.", "Nzo", "1997-08-19", "ZAFGOV"),
    ("Ali Alatas rejected the criticism voiced by the Portuguese delegation.", "Alatas", "1996-07-24", "IDNGOV"),
    ("B.J. Habibie promised to free more political prisoners before the vote.", "Habibie", "1998-09-01", "IDNGOV"),
    ("Ryutaro Hashimoto asked the American commander to reduce the base's noise.", "Hashimoto", "1997-05-28",
     "JPNGOV"),
    ("Ernesto Samper denied that his campaign took money from the traffickers.", "Samper", "1996-02-15", "COLGOV"),
    ("Rafael Caldera suspended some constitutional guarantees to calm the markets.", "Caldera", "1995-03-02",
     "VENGOV"),
    ("Elias Hrawi extended the mandate of the army commander for another year.", "Hrawi", "1997-03-11", "LBNGOV"),
    ("Farooq Leghari dismissed the cabinet and dissolved the national assembly.", "Leghari", "1996-11-05", "PAKGOV"),
    ("Lakshman Kadirgamar asked the donor states to cut the flow of money to the rebels.", "Kadirgamar",
     "1999-06-30", "LKAGOV"),
    ("Zoran Lilic received the mediators at the federal palace in Belgrade.", "Lilic", "1995-08-09", "SRBGOV"),
    ("Jonas Savimbi refused to hand over the diamond areas his fighters held.", "Savimbi", "1998-06-15", "AGOREB"),
    ("Jacques Santer told the farm ministers that the beef ban would stay in place.", "Santer", "1996-06-03",
     "IGOEUR"),
    ("Hans Blix said the inspectors found no sign of a hidden reactor.", "Blix", "1996-10-22", "IGOIAE"),
    ("Willy Claes urged the Bosnian Serbs to pull their heavy guns back from the city.", "Claes", "1995-05-25",
     "IGONAT"),
    ("Shimon Peres ordered the closure of the crossings after the bus bombings.", "Peres", "1996-03-05", "ISRGOV"),
    ("Rafik Hariri asked the donors meeting in Washington to help rebuild the power plants.", "Hariri",
     "1996-12-16", "LBNGOV"),
    ("Benazir Bhutto ordered the paramilitary rangers into the port city's troubled districts.", "Bhutto",
     "1995-06-26", "PAKGOV"),
    ("Silvio Berlusconi told the unions that the pension plan would go ahead.", "Berlusconi", "1994-10-14", "ITAGOV"),
    ("Romano Prodi promised the central bank that the deficit would fall below the target.", "Prodi", "1997-03-19",
     "ITAGOV"),
]


@pytest.mark.parametrize("text, word, published, code", HOLDERS_AT_DATES)
def test_an_office_holder_of_the_nineties_gets_the_role_at_the_article_date(pipeline, text, word, published, code):
    assert code_at(coded(pipeline, text, published), word) == code


# (sentence, word, day, code after the office ended: not the state's role any more)
FORMER_HOLDERS = [
    ("Helmut Kohl opened a museum of German unity in his home town.", "Kohl", "2000-09-14", "DEUGOV"),
    ("Paul Keating wrote a column on the republic debate for the Sunday paper.", "Keating", "2004-02-01", "AUSGOV"),
    ("Pavel Grachev gave a rare interview about the first Chechen war.", "Grachev", "2005-12-12", "RUSGOV"),
]


@pytest.mark.parametrize("text, word, published, office_code", FORMER_HOLDERS)
def test_a_former_holder_keeps_his_country_but_not_the_office(pipeline, text, word, published, office_code):
    code = code_at(coded(pipeline, text, published), word)
    assert code is not None and code[:3] == office_code[:3] and code != office_code


# states of the time: the successor state's code (ISO), found by the old name and adjective
OLD_STATE_NAMES = [
    ("NATO jets struck Yugoslav army barracks near the Kosovo border.", "Yugoslav", "1999-04-02", "SRB"),
    ("Yugoslavia recalled its ambassador from the neighbouring capital.", "Yugoslavia", "1998-10-05", "SRB"),
    ("Zairean soldiers fled the eastern town as the rebels advanced.", "Zairean", "1996-11-02", "COD"),
    ("The Soviet Union sent more advisers to Kabul that winter.", "Soviet", "1988-01-20", "RUS"),
]


@pytest.mark.parametrize("text, word, published, country", OLD_STATE_NAMES)
def test_an_old_state_name_is_its_successor_state(pipeline, text, word, published, country):
    code = code_at(coded(pipeline, text, published), word)
    assert code is not None and code[:3] == country


def test_the_former_yugoslav_republic_is_macedonia_not_serbia():
    book = ActorDictionary.load()
    entries = book.names["former yugoslav republic of macedonia"]
    assert {e.code for e, _caps in entries} == {"MKD"}


@pytest.mark.parametrize("country, title, day, name", [
    ("DEU", "chancellor", date(1997, 1, 1), "Helmut Kohl"),
    ("RUS", "prime minister", date(1996, 1, 1), "Viktor Chernomyrdin"),
    ("RUS", "foreign minister", date(1997, 7, 1), "Yevgeny Primakov"),
    ("FRA", "prime minister", date(1996, 7, 1), "Alain Juppé"),
    ("IND", "prime minister", date(1997, 1, 1), "H. D. Deve Gowda"),
    ("ISR", "prime minister", date(1996, 1, 1), "Shimon Peres"),
    ("ITA", "president", date(1995, 1, 1), "Oscar Luigi Scalfaro"),
])
def test_the_title_of_a_nineties_office_names_its_holder(country, title, day, name):
    held = ActorDictionary.load().holder(country, title, day)
    assert held and held[0].name == name


# a state its army rules is governed by it: the military government acts as the state's government, as its
# "military rulers" and "military regime" do (a junta stays the military: the sets' gold differs on it)
@pytest.mark.parametrize("text, word, published, code", [
    ("Chad's military government ended the fishing accord with its southern neighbour.", "government", "2021-08-02",
     "TCDGOV"),
    ("The military government in Conakry told the mining firms to pay their back taxes.", "government",
     "2022-02-10", "GINGOV"),
    ("The junta in Bamako threatened to expel the visiting monitors.", "junta", "2021-06-01", "MLIMIL"),
])
def test_a_military_government_is_the_states_government(pipeline, text, word, published, code):
    assert code_at(coded(pipeline, text, published), word) == code


def test_a_democracy_leader_freed_by_a_military_government_is_the_opposition(pipeline):
    cdoc = coded(pipeline, "The military government of Burma freed the democracy leader after a long detention.",
                 "2010-11-14")
    assert code_at(cdoc, "government") == "MMRGOV"
    assert code_at(cdoc, "leader") == "MMROPP"
