"""Lexicon round 8 (issue 3): forms of real news that no pattern read, or read with the wrong code.

A warrant issued "for" someone with the preposition on the verb, a regulator's fine (an administrative
sanction, not a conviction), police or soldiers beating people (repression, not assault), a legislature
voting a leader out of office, gunmen firing on worshippers or shoppers (an attack on civilians, not a
gun battle), aircraft striking (an air strike), leaders sitting down for talks, a signed ceasefire (a
formal agreement), crowds forcing their way into a seat of power, armed forces advancing on a place,
phone lines and networks cut, riot-control munitions fired at crowds, a ceasefire restored and days of
fighting halted, protesters gathering outside a seat of power or marching through a named city,
troops storming protesters' barricades, a nuclear weapon tested (2042 since session 14), a court jailing
someone (a sentence), a military assault launched on a place, shots fired at protesters and two sides each
accusing the other; review fixes: gathering outside a seat of power only by protesters, a state's strike is
military force, a funeral attended needs a funeral word, a hydrogen or atomic bomb test.

Each case is (text, code prefix, rule id, source, target); the sentences are written for these tests,
with actors, countries, tenses and voices of their own. ``_NOT`` lists readings that must not fire.
"""

from __future__ import annotations

import pytest

from .form_checks import coded_events, form_tests

_FORMS = [
    # a warrant sought or issued 'for' a person: the preposition hangs on the verb
    ("Argentina's judge issued an international arrest warrant on Monday for the former Iranian intelligence "
     "minister.", "173", "issue_warrant_for", "ARGJUD", "IRNELI"),
    ("A Guatemalan court issued warrants on Thursday for three former army generals.", "173",
     "issue_warrant_for", "GTMJUD", "GTMMIL"),
    ("A Turkish court issued arrest warrants for 40 Egyptian officials.", "173", "issue_warrant_for",
     "TURJUD", "EGYGOV"),
    # a regulator, a central bank or the Commission fining a company: administrative sanction
    ("South Korea's antitrust regulator fined Qualcomm 1 billion dollars on Wednesday.", "172", "regulator_fine",
     "KORGOV", "USABUS"),
    ("EU antitrust regulators fined Apple 1.8 billion euros on Monday.", "172", "regulator_fine", "IGOEUR", "USABUS"),
    ("Ghana's central bank fined two commercial banks for breaching reserve rules.", "172",
     "regulator_fine", "GHAGOV", "GHABUS"),
    ("EU regulators fined a Swiss drugmaker 40 million euros on Thursday.", "172", "regulator_fine",
     "IGOEUR", "CHE"),
    ("Brazil's competition regulator fined a German carmaker 20 million reais.", "172", "regulator_fine",
     "BRAGOV", "DEUBUS"),
    # police and soldiers beating people: violent repression
    ("Belarusian riot police beat protesters in Minsk on Sunday.", "175", "security_forces_beat",
     "BLRCOP", "BLRCVL"),
    ("Ugandan soldiers clubbed journalists outside the court on Monday.", "175", "security_forces_beat",
     "UGAMIL", "UGAMED"),
    ("Iranian security forces beat students in Tehran.", "175", "security_forces_beat", "IRNMIL", "IRNEDU"),
    # a legislature voting the holder out of office
    ("Nepal's parliament voted Prime Minister K.P. Sharma Oli out of office on Friday.", "172",
     "vote_out_of_office", "NPLLEG", "NPLGOV"),
    ("Italian senators voted the government out of office.", "172", "vote_out_of_office", "ITALEG", "ITAGOV"),
    # firing on worshippers, passengers, shoppers: an attack on civilians
    ("Gunmen opened fire on villagers in Zamfara state, Nigerian officials said.", "180",
     "open_fire_on_civilians", "NGAREB", "NGACVL"),
    ("Suspected militants opened fire on passengers on a bus in Balochistan, Pakistani police said.", "180",
     "open_fire_on_civilians", "PAKREB", "PAKCVL"),
    ("Gunmen opened fire on shoppers at a market in Kabul, Afghan officials said.", "180",
     "open_fire_on_civilians", "AFGREB", "AFGCVL"),
    # aircraft striking: an air strike
    ("Saudi-led warplanes pounded Houthi positions in Yemen's capital.", "195", "aircraft_strike",
     "SAUMIL", "YEMREB"),
    ("Turkish jets hit Kurdish militant targets in northern Iraq.", "195", "aircraft_strike", "TURMIL", "IRQ"),
    ("Russian warplanes struck a hospital in Aleppo on Sunday.", "195", "aircraft_strike", "RUSMIL", "SYRHLH"),
    ("Israeli jets bombed Hamas targets in Gaza overnight.", "195", "aircraft_strike", "ISRMIL", "PSEREB"),
    # leaders sitting down for talks meet
    ("Erdogan and Putin sat down for talks in Sochi.", "040", "sit_down_for_talks", "TURGOV", "RUSGOV"),
    ("The Serbian and Kosovan leaders sat down for EU-mediated talks in Brussels.", "044", "sit_down_for_talks",
     "KSVGOV", "SRBGOV"),
    # a signed ceasefire is a formal agreement
    ("Armenia and Azerbaijan signed a ceasefire in Moscow.", "057", "sign_ceasefire", "ARM", "AZE"),
    ("The Congolese government and the M23 rebels signed a truce in Doha.", "057", "sign_ceasefire",
     "CODREB", "CODGOV"),
    # a crowd forcing its way into a seat of power
    ("Hundreds of Sri Lankan protesters forced their way into the prime minister's office in Colombo.", "145",
     "force_way_into_building", "LKACVL", "LKAGOV"),
    ("Supporters of the former Brazilian president forced their way into Congress in Brasilia.", "145",
     "force_way_into_building", "BRACVL", "BRALEG"),
    ("Brazilian rioters fought their way into the presidential palace.", "145", "force_way_into_building",
     "BRACVL", "BRAGOV"),
    # armed forces advancing on a named place
    ("Ethiopian rebels advanced on Addis Ababa in November.", "190", "advance_on_place", "ETHREB", "ETHGOV"),
    ("Syrian rebels advanced on Damascus on Saturday.", "190", "advance_on_place", "SYRREB", "SYRGOV"),
    # phone lines and networks cut: a restriction imposed on the place's country
    ("Ethiopia's government cut phone lines in the Tigray region.", "1721", "block_internet", "ETHGOV", "ETH"),
    ("Myanmar's junta shut down mobile networks across the country.", "1721", "block_internet", "MMRMIL", "MMR"),
    ("Sudanese authorities cut internet and phone lines across Darfur.", "1721", "block_internet", "SDNGOV", "SDN"),
    # more riot-control munitions fired at crowds
    ("Thai police fired pepper spray at student demonstrators in Bangkok.", "175", "fire_at_protesters",
     "THACOP", "THACVL"),
    ("Chilean police fired pepper balls at students in Santiago.", "175", "fire_at_protesters",
     "CHLCOP", "CHLEDU"),
    ("Serbian riot police fired warning shots at protesters.", "175", "fire_rounds_at_protesters",
     "SRBCOP", "SRBCVL"),
    # protesters gathering or rallying outside a seat of power
    ("Protesters gathered outside Brazil's Supreme Court in Brasilia on Friday.", "141", "gather_outside",
     "BRACVL", "BRAJUD"),
    # gathering, massing or converging outside one is a protest when protesters do it (review fix)
    ("Dozens of protesters gathered outside the courthouse in Tunis on Monday.", "141", "gather_outside",
     "TUNCVL", "TUNGOV"),
    ("Angry protesters have gathered outside the Russian embassy in Warsaw.", "141", "gather_outside",
     "POLCVL", "RUSGOV"),
    ("Demonstrators massed outside the court in Dhaka.", "141", "gather_outside", "BGDCVL", "BGDJUD"),
    ("Opposition supporters demonstrated outside the election commission in Kinshasa.", "141", "protest_outside",
     "CODOPP", "CODGOV"),
    ("Hundreds of Armenians protested outside the Russian embassy in Yerevan.", "141", "protest_outside",
     "ARMCVL", "RUSGOV"),
    # a nuclear weapon tested: it is detonated (2042 since session 14, the dev sets' convention; was 150)
    ("China tested a hydrogen bomb in the Xinjiang desert in 1967.", "2042", "test_nuclear_weapon", "CHN", None),
    ("Pakistan tested an atomic bomb in Balochistan in 1998.", "2042", "test_nuclear_weapon", "PAK", None),
    ("Pyongyang tested a miniaturized hydrogen bomb.", "2042", "test_nuclear_weapon", "PRKGOV", None),
    # ... and a hydrogen or atomic bomb test carried out (the test noun)
    ("North Korea said it had carried out a successful hydrogen bomb test on Sunday.", "2042", "nuclear_test_noun",
     "PRK", None),
    ("France carried out an atomic test in the Pacific in 1995.", "2042", "nuclear_test_noun", "FRA", None),
    # a strike owned by a state at war is military force, not a labour strike (review fix)
    ("Hamas said an Israeli strike killed five people in Rafah.", "190", "state_owned_strike", "ISR", "PSE"),
    ("A U.S. strike killed a senior al Qaeda leader in Yemen.", "190", "state_owned_strike", "USA", "YEM"),
    ("The Turkish strike killed three Kurdish fighters in northern Syria.", "190", "state_owned_strike",
     "TUR", "SYR"),
    # a funeral or memorial attended (the pattern needs its word)
    ("Biden attended the memorial service for the slain officers.", "017", "attend_funeral", "USAGOV", None),
    ("The Indian prime minister attended the funeral of the Japanese leader.", "017", "attend_funeral",
     "INDGOV", None),
    # troops storming protesters' barricades repress them
    ("Venezuelan troops overran the barricades of opposition demonstrators near Caracas.", "175",
     "storm_protest_camp", "VENMIL", "VENOPP"),
    # gunmen or jihadists storming a building attack it (not a riot)
    ("Masked gunmen stormed the offices of a Danish newspaper in Copenhagen.", "180", "gunmen_attack",
     "DNKREB", "DNKMED"),
    ("Suspected jihadists stormed a hotel in northern Burkina Faso.", "180", "armed_men_storm_building",
     "BFAREB", "BFA"),
    ("Islamist gunmen raided a church in Ouagadougou on Sunday, Burkinabe officials said.", "180",
     "gunmen_attack", "BFAREB", "BFAREL"),
    ("Armed bandits stormed a boarding school in Nigeria's Zamfara state.", "180", "armed_men_storm_building",
     "NGACRM", "NGAEDU"),
    # a court jailing someone sentences them
    ("A military court in Myanmar jailed the ousted leader on Monday.", "116", "court_jails", "MMRJUD", "MMRELI"),
    ("A Russian judge imprisoned an American journalist on Friday.", "116", "court_jails", "RUSJUD", "USAMED"),
    # a military assault launched on a place
    ("Ethiopian troops mounted an assault on a militant stronghold in southern Somalia.", "190",
     "launch_assault_on", "ETHMIL", "SOM"),
    ("Israeli forces launched a ground assault on Rafah.", "190", "launch_assault_on", "ISRMIL", "PSE"),
    # live rounds or shots fired at protesters
    ("Iraqi police fired live bullets at demonstrators in Nasiriyah.", "175", "fire_rounds_at_protesters",
     "IRQCOP", "IRQCVL"),
    ("Zimbabwean soldiers fired shots at opposition supporters in Harare.", "175", "fire_rounds_at_protesters",
     "ZWEMIL", "ZWEOPP"),
    # two sides each accusing the other
    ("India and Pakistan each accused the other of shelling villages along the border.", "1123",
     "accuse_the_other_aggression", "PAK", "IND"),   # (of an attack: aggression, session 13)
    ("Ethiopia and Eritrea each blamed the other for the border clashes.", "112", "accuse_the_other", "ETH", "ERI"),
    # a ceasefire restored, weeks of fighting halted
    ("Ethiopia and Eritrea agreed to restore the truce on Monday.", "0871", "declare_ceasefire", "ERI", "ETH"),
    ("Turkey halted three weeks of fighting in northern Syria.", "0871", "hold_fire", "TUR", "SYR"),
]

_NOT = [
    # a court's fine is a conviction (116), not an administrative sanction
    ("A Moscow court fined Google 20 million roubles.", "172"),
    # runners beating rivals, firefighters forcing a door, voters ending a government: no event
    ("Kenyan runners beat their Ethiopian rivals in Boston.", "17"),
    ("Firefighters forced their way into the burning building.", "14"),
    ("Voters in Britain voted the Conservatives out of office in July.", "17"),
    # soldiers firing on fighters fight (19), police firing on protesters repress (17): no attack on civilians
    ("Israeli soldiers opened fire on Hamas militants near the border.", "18"),
    ("Kenyan police opened fire on protesters in Nairobi.", "18"),
    # suicide bombers are no aircraft
    ("Suicide bombers struck a market in Baghdad, Iraqi police said.", "195"),
    # "advanced on Saturday": a date is no place
    ("Iraqi troops advanced on Saturday toward the border.", "19"),
    # a storm cutting lines is no restriction
    ("The storm cut phone lines across Florida.", "17"),
    # insurgents attacking police posts fight (19): no attack on civilians
    ("Rohingya insurgents attacked police posts in Myanmar's Rakhine state.", "18"),
    # protesters storming a parliament riot (145): no attack by armed men
    ("Thousands of protesters stormed the parliament building in Bishkek.", "18"),
    # soldiers marching through a city parade
    ("Chinese soldiers marched through Beijing on Thursday.", "14"),
    # the police jailing a blogger detain him (173): no sentence
    ("Egyptian police jailed a prominent blogger.", "11"),
    # shots fired at soldiers are no repression
    ("Kurdish fighters fired shots at Turkish soldiers.", "17"),
    # a truce agreed (not signed) stays a ceasefire, not a formal agreement
    ("Israel and Hamas agreed a truce.", "05"),
    # reporters, relatives or fans gathering outside a court, a prison or a palace protest nothing
    ("Foreign journalists gathered outside the courthouse in Ankara.", "14"),
    ("Journalists gathered outside the White House to hear the statement.", "14"),
    ("Fans gathered outside the palace to greet the new king.", "14"),
    ("Families of the missing men gathered outside the jail in Alexandria waiting for word.", "14"),
    # a general or nationwide strike named by its workers stays a labour strike
    ("Israeli unions held a general strike on Monday.", "19"),
    ("Nigerian doctors began a nationwide strike on Monday.", "19"),
    # a bare ceremony attended is no funeral
    ("The Pakistani president attended the opening ceremony of the games.", "017"),
    ("Egypt's foreign minister attended a signing ceremony in Cairo.", "017"),
]

PUB = "2021-06-01"


test_general_form, test_form_does_not_fire = form_tests(_FORMS, _NOT, PUB)


# a march through a named city: the protest and its marchers (its target, the government, is the target
# policy's to find: not asserted here)
_MARCHES = [
    ("Thousands of Georgians marched through Tbilisi on Sunday.", "GEOCVL"),
    ("Hundreds of Togolese students marched through Lome on Tuesday.", "TGOEDU"),
    ("Protesters marched through central London on Saturday.", "GBRCVL"),
]


@pytest.mark.parametrize("text,source", _MARCHES)
def test_march_through_named_city(pipeline, text, source):
    got = [(e.cameo, e.source.code if e.source else None, e.rule) for e in coded_events(pipeline, text, PUB)]
    assert any(c == "141" and s == source and r.split(" |")[0].endswith("#march_through_city") for c, s, r in got), got


def test_court_fine_stays_a_conviction(pipeline):
    got = [(e.cameo, e.rule) for e in coded_events(pipeline, "A Moscow court fined Google 20 million roubles.", PUB)]
    assert any(c == "116" and r.endswith("#convict_verb") for c, r in got), got


def test_agreed_truce_stays_a_ceasefire(pipeline):
    got = [e.cameo for e in coded_events(pipeline, "Israel and Hamas agreed a truce.", PUB)]
    assert got and all(c == "0871" for c in got), got
