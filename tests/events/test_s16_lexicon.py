"""Session 16, owner "lexicon": the right CAMEO root where two patterns compete or none fired (issue 3).

* Foreign forces ordered out are expelled (16.yaml#order_forces_to_leave, 166; peacekeepers 1661), not the
  expulsion of people (17.yaml#order_to_leave, 174, which stays for journalists and civilians).
* Sides that agree to stop shooting or to cease hostilities agree a truce (08.yaml#agree_to_stop_firing,
  0871 both ways), not an intent (0356); the parser's gerund "stop all firing" is read (syntax.object_phrases).
* Bombs dropped on a place or side are an air strike (19.yaml#drop_bombs_on, 195).
* Negotiations concluded are an agreement not yet signed (03.yaml#conclude_negotiations, 03 both ways), not
  the negotiations noun (046); talks concluded stay talks (04).
* "part of its aid" is aid (a partitive quantifier, data/cameo/arguments.yaml): cutting it is 162, not aid given.
* A disengagement completed is de-escalation (08.yaml#complete_disengagement, 087 both ways).
* An amount pledged in weapons is an intent to give military aid (03.yaml#pledge_in_weapons_for, 0332).
* A vessel hit with water cannon is property damaged (17.yaml#water_cannon_on_vessel, 171), not criticism
  ("blasted", 111); water cannon fired at a crowd stays repression (175).
* Police or agents storming a building raid it (17.yaml#police_storm_building, 171), not a riot (145); a crowd's
  storming stays 145.
* A response promised ("said it would respond") is a threat (13.yaml#promised_response, 130; its target the
  doer of the act it answers); one told as done is none (filters/discards.yaml#response_done).

All sentences are written for these tests.
"""

from __future__ import annotations

from .coded_rows import Row, event_rows, pairs
from .coded_rows import country_pairs as countries

PUB = "2023-09-12"


def coded(pipeline, text: str) -> list[Row]:
    return event_rows(pipeline, text, PUB)


def test_foreign_troops_ordered_to_leave_are_expelled_forces(pipeline):
    rows = coded(pipeline, "Gabon has told the Russian soldiers stationed near Libreville to leave within thirty days.")
    assert ("GAB", "RUS") in countries(rows, "166"), rows
    assert not pairs(rows, "17"), rows


def test_peacekeepers_ordered_to_leave_are_1661(pipeline):
    rows = coded(pipeline, "Somalia ordered the African Union peacekeepers to quit the port city by June.")
    assert any(r[0] == "1661" for r in rows), rows
    assert not pairs(rows, "17"), rows


def test_reporters_ordered_to_leave_stay_an_expulsion_of_people(pipeline):
    rows = coded(pipeline, "Nicaragua ordered three Spanish reporters to leave the country on Sunday.")
    assert ("NIC", "ESP") in countries(rows, "174"), rows
    assert not pairs(rows, "16"), rows


def test_armies_agreeing_to_stop_all_firing_agree_a_truce(pipeline):
    rows = coded(pipeline, "The militaries of Ecuador and Peru agreed to stop all "
                           "firing in the disputed valley at noon.")
    assert {("ECU", "PER"), ("PER", "ECU")} <= countries(rows, "0871"), rows
    assert not pairs(rows, "03"), rows


def test_agreeing_to_cease_hostilities_is_a_truce(pipeline):
    rows = coded(pipeline, "Eritrea and Djibouti agreed to cease hostilities on their shared frontier.")
    assert {("ERI", "DJI"), ("DJI", "ERI")} <= countries(rows, "0871"), rows


def test_promising_to_stop_firing_stays_an_intent(pipeline):
    rows = coded(pipeline, "Peru promised Ecuador to stop firing in the disputed valley.")
    assert not pairs(rows, "0871"), rows
    assert ("PER", "ECU") in pairs(rows, "035"), rows


def test_bombs_dropped_on_a_country_are_an_air_strike(pipeline):
    rows = coded(pipeline, "Saudi warplanes dropped cluster bombs on villages in northern Yemen overnight.")
    assert ("SAU", "YEM") in countries(rows, "195"), rows
    assert not pairs(rows, "18"), rows


def test_leaflets_dropped_are_no_attack(pipeline):
    rows = coded(pipeline, "Israeli aircraft dropped leaflets on Rafah urging residents to move west.")
    assert not pairs(rows, "19"), rows


def test_concluded_negotiations_are_an_agreement_both_ways(pipeline):
    rows = coded(pipeline, "Vietnam and the Philippines have concluded negotiations on a rice supply pact.")
    assert {("VNM", "PHL"), ("PHL", "VNM")} <= countries(rows, "03"), rows
    assert not pairs(rows, "04"), rows


def test_concluded_talks_stay_talks(pipeline):
    rows = coded(pipeline, "Vietnam and the Philippines concluded three days of talks in Hanoi.")
    assert {("VNM", "PHL"), ("PHL", "VNM")} <= countries(rows, "04"), rows
    assert not pairs(rows, "03"), rows


def test_suspending_part_of_the_aid_cuts_aid(pipeline):
    rows = coded(pipeline, "Sweden has suspended part of its aid to Mali after the second coup.")
    assert ("SWE", "MLI") in countries(rows, "16"), rows
    assert not pairs(rows, "07"), rows


def test_completed_disengagement_is_deescalation_both_ways(pipeline):
    rows = coded(pipeline, "Kyrgyzstan and Tajikistan completed disengagement at three posts on the Fergana border.")
    assert {("KGZ", "TJK"), ("TJK", "KGZ")} <= countries(rows, "087"), rows


def test_money_pledged_in_weapons_is_military_aid_intent(pipeline):
    rows = coded(pipeline, "Finland pledged another 200 million euros in weapons for Kyiv on Thursday.")
    assert ("FIN", "UKR") in countries(rows, "0332"), rows


def test_boat_hosed_with_water_cannon_is_property_damage_not_criticism(pipeline):
    rows = coded(pipeline, "Chinese maritime militia ships blasted a Taiwanese "
                           "research vessel with water cannon off Kinmen.")
    assert any(r[0] == "171" for r in rows), rows
    assert not pairs(rows, "11"), rows


def test_water_cannon_fired_at_a_supply_boat_is_property_damage(pipeline):
    rows = coded(pipeline, "On Sunday a Chinese coast guard cutter aimed its water "
                           "cannon at a small Philippine supply boat.")
    assert ("CHN", "PHL") in countries(rows, "171"), rows


def test_water_cannon_fired_at_marchers_stays_repression(pipeline):
    rows = coded(pipeline, "Serbian riot police fired water cannon at students marching on the parliament in Belgrade.")
    assert not pairs(rows, "171"), rows
    assert ("SRBCOP", "SRBCVL") in pairs(rows, "175"), rows


def test_police_storming_an_embassy_is_a_raid_not_a_riot(pipeline):
    rows = coded(pipeline, "Peruvian police stormed the Venezuelan embassy in Lima on Tuesday night.")
    assert ("PER", "VEN") in countries(rows, "171"), rows
    assert not pairs(rows, "14"), rows


def test_a_crowd_storming_an_embassy_stays_a_violent_protest(pipeline):
    rows = coded(pipeline, "Angry Sudanese demonstrators stormed the Egyptian embassy in Khartoum.")
    assert ("SDN", "EGY") in countries(rows, "145"), rows


def test_a_response_promised_after_an_attack_is_a_threat_to_the_attacker(pipeline):
    text = "Pakistani jets struck camps in Afghanistan on Monday. The Taliban government said it would respond."
    rows = coded(pipeline, text)
    assert ("AFG", "PAK") in countries(rows, "13"), rows


def test_a_response_promised_to_a_named_provoker_is_a_threat(pipeline):
    rows = coded(pipeline, "Seoul said it would respond forcefully to any further provocation by North Korea.")
    assert ("KOR", "PRK") in countries(rows, "13"), rows


def test_a_response_told_as_done_is_no_threat(pipeline):
    rows = coded(pipeline, "The Chilean foreign ministry responded to the Bolivian letter on Tuesday.")
    assert not pairs(rows, "13"), rows


def test_police_responding_to_a_call_is_no_threat(pipeline):
    rows = coded(pipeline, "Kenyan police responded to reports of gunfire near the Somali border post.")
    assert not pairs(rows, "13"), rows


# --- fix-up round (review F2, F15, F10, F8)

def test_a_state_ordering_its_own_troops_home_expels_nobody(pipeline):
    rows = coded(pipeline, "The Spanish prime minister ordered Spanish troops to leave Chad before the spring.")
    assert not pairs(rows, "166"), rows


def test_a_government_pulling_back_its_soldiers_expels_nobody(pipeline):
    text = "The Ethiopian government ordered its soldiers to withdraw from the frontier village of Humera."
    rows = coded(pipeline, text)
    assert not pairs(rows, "166"), rows


def test_troops_in_the_clause_do_not_make_the_addressee_a_force(pipeline):
    text = "The Security Council ordered the Somali government to withdraw its soldiers from the strip."
    rows = coded(pipeline, text)
    assert not pairs(rows, "166"), rows
    assert ("IGO", "SOM") in countries(rows, "106"), rows


def test_foreign_mercenaries_told_to_quit_are_still_expelled(pipeline):
    rows = coded(pipeline, "Chad told the Russian mercenaries to quit its soil within a week.")
    assert ("TCD", "RUS") in countries(rows, "166"), rows


def test_negotiations_concluded_without_a_deal_are_talks_not_an_agreement(pipeline):
    rows = coded(pipeline, "Iran and the European Union concluded negotiations in Geneva without an agreement.")
    assert not pairs(rows, "03"), rows
    assert ("IRN", "IGO") in countries(rows, "046"), rows


def test_negotiations_wrapped_up_with_no_deal_are_no_agreement(pipeline):
    rows = coded(pipeline, "Serbia and Kosovo wrapped up negotiations in Brussels with no deal.")
    assert not pairs(rows, "03"), rows


def test_a_bare_cannon_fired_at_a_boat_is_no_water_cannon(pipeline):
    rows = coded(pipeline, "A Russian warship fired its cannon at a Ukrainian patrol boat.")
    assert not pairs(rows, "171"), rows


def test_a_boat_attacked_with_cannon_is_an_attack_not_hosing(pipeline):
    rows = coded(pipeline, "Chinese coast guard ships attacked a Vietnamese patrol boat with cannon.")
    assert not pairs(rows, "171"), rows
    assert ("CHN", "VNM") in countries(rows, "19"), rows
