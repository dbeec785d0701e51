"""Session 14 recent news (owner "recent"): triggers of 2017-2026 news English that the coder missed or misread.

* Missiles or drones fired "towards"/"toward" a country are an attack on it (195,
  ``19.yaml#fire_missiles_towards``), not a weapons test 150 (fired towards the sea or a coast they are: review F10,
  tests in test_s14_recentfix.py).
* Quitting the International Criminal Court, a climate agreement or a nuclear deal reduces relations
  (``16.yaml#quit_organization`` objects).
* A group banned or proscribed under a law (``17.yaml#ban_under_law``, 172), and a package of measures approved
  against a country (``16.yaml#approve_sanctions_against``, 163, was an aid package 070).
* Sides that agree to truce or ceasefire talks intend to meet (036 both ways, ``03.yaml#agree_to_truce_talks``): no
  ceasefire 0871 is agreed.
* Capturing swing states, seats or votes in an election is no capture of territory nor an arrest
  (``filters/discards.yaml#election_capture_states``).


Round 2:

* "Warned X against <a move>" is a coercive warning, CAMEO 130 (``13.yaml#warn_against``), no longer a criticism 111.
* A state announcing that it will quit a court or an alliance leaves it (16), no leader's resignation 0341
  (``filters/discards.yaml#quit_a_body_is_no_resignation``); an easing of sanctions announced with "would" and no
  condition is the act decided that day, 085 (``intent.yaml announced_easing``), while on a condition it stays 03.
* Deportation flights (``17.yaml#deportation_flight``, ``#fly_people_to_prison_abroad``, 174 to the people's
  country) and troops ordered into a city of one's own country (``15.yaml#troops_into_place``, 154).
* The army sent "into action against" a foe is an offensive (``19.yaml#troops_into_action``, 190, not a deployment);
  rebels entering a named town take it (``19.yaml#rebels_enter_named_place``, root 19).
* Leaders who "put their names/signatures to" a treaty sign it (``05.yaml#put_names_to_agreement``, 057 both ways).

The sentences are written for these tests (none retells a dev-set item).
"""

from __future__ import annotations

import pytest

from .coded_rows import Row, event_rows

PUB = "2025-03-12"


def coded(pipeline, text: str) -> list[Row]:
    return event_rows(pipeline, text, PUB)


def pairs(rows: list[Row], code: str) -> set[tuple[str | None, str | None]]:
    return {(r[1], r[2]) for r in rows if r[0].startswith(code)}


@pytest.mark.parametrize("text,source,target", [
    ("Russia launched dozens of drones towards Kyiv overnight, Ukrainian officials said.", "RUS", "UKR"),
    ("Iran launched dozens of attack drones toward Israel overnight, the Israeli army said.", "IRN", "ISR"),
], ids=["missiles_towards", "drones_toward"])
def test_missiles_fired_towards_a_country_are_an_attack(pipeline, text, source, target):
    rows = coded(pipeline, text)
    assert (source, target) in {(s[:3], t[:3] if t else t) for s, t in pairs(rows, "195")}, rows
    assert not pairs(rows, "150"), rows


def test_quitting_the_criminal_court_reduces_relations(pipeline):
    rows = coded(pipeline, "The Philippines quit the International Criminal Court in March.")
    assert ("PHL", "IGOICC") in {(s[:3] if s else s, t) for s, t in pairs(rows, "16")}, rows


def test_group_banned_under_a_terrorism_law(pipeline):
    rows = coded(pipeline, "Jordan's government banned the Muslim Brotherhood under its anti-terrorism law "
                           "on Wednesday.")
    assert any(s and s.startswith("JOR") for s, _ in pairs(rows, "172")), rows


def test_package_of_measures_against_a_country_is_a_sanction(pipeline):
    rows = coded(pipeline, "The European Union approved a new package of measures against Minsk on Thursday.")
    assert ("IGOEUR", "BLR") in {(s, t[:3] if t else t) for s, t in pairs(rows, "163")}, rows
    assert not pairs(rows, "07"), rows


def test_capturing_swing_states_in_an_election_is_no_capture(pipeline):
    rows = coded(pipeline, "The Democrats won the midterm elections, capturing the swing states of Georgia and "
                           "Michigan from the Republicans.")
    assert not [r for r in rows if r[0][:2] in {"17", "19"}], rows


def test_rebels_capturing_a_state_capital_still_code(pipeline):
    rows = coded(pipeline, "Rebels captured the state capital of Darfur on Sunday after days of fighting.")
    assert any(r[0].startswith("19") for r in rows), rows


def test_agreeing_to_truce_talks_is_no_truce(pipeline):
    rows = coded(pipeline, "Sudan's army and the RSF agreed on Saturday to truce talks in Jeddah.")
    assert {("SDNMIL", "SDNREB"), ("SDNREB", "SDNMIL")} <= pairs(rows, "036"), rows
    assert not pairs(rows, "08"), rows


# ---------------------------------------------------------------- round 2
def roots_of(rows: list[Row]) -> set[str]:
    return {r[0][:2] for r in rows}


def test_warning_a_state_against_a_move_is_a_threat(pipeline):
    rows = coded(pipeline, "Ankara warned Athens against any attempt to arm the islands near its coast.")
    assert ("TUR", "GRC") in {(s[:3] if s else s, t[:3] if t else t) for s, t in pairs(rows, "13")}, rows
    assert not pairs(rows, "11"), rows


def test_announcing_an_exit_from_a_court_is_leaving_it(pipeline):
    rows = coded(pipeline, "Burkina Faso announced on Monday that it will quit the International Criminal Court.")
    assert ("BFA", "IGOICC") in {(s[:3] if s else s, t) for s, t in pairs(rows, "16")}, rows
    assert not pairs(rows, "0341"), rows


def test_lifting_sanctions_announced_is_the_act(pipeline):
    rows = coded(pipeline, "The British government said on Friday it would lift its sanctions on Belarusian potash.")
    assert any(r[0] == "085" and r[3] == "asserted" for r in rows), rows


def test_lifting_sanctions_on_a_condition_stays_an_intent(pipeline):
    rows = coded(pipeline, "Canada will ease its sanctions on Caracas if the opposition candidate is freed.")
    assert not pairs(rows, "08"), rows


@pytest.mark.parametrize("text,source,target", [
    ("The US government flew 160 Guatemalan migrants back to Guatemala City on Wednesday.", "USA", "GTM"),
    ("Washington flew 60 Nicaraguan men to a detention centre in Costa Rica on Monday.", "USA", "NIC"),
], ids=["migrants", "men_to_a_prison_abroad"])
def test_deportation_flights_expel_the_people_flown(pipeline, text, source, target):
    rows = coded(pipeline, text)
    assert (source, target) in {(s[:3] if s else s, t[:3] if t else t) for s, t in pairs(rows, "174")}, rows


def test_flying_wounded_soldiers_to_hospital_is_no_deportation(pipeline):
    assert not pairs(coded(pipeline, "The navy flew nine injured sailors to a military hospital."), "17")


def test_troops_ordered_into_a_city_of_ones_own_country(pipeline):
    rows = coded(pipeline, "The president ordered 900 National Guard troops into Memphis on Friday to patrol the "
                           "streets.")
    assert ("USA", "USA") in {(s[:3] if s else s, t[:3] if t else t) for s, t in pairs(rows, "154")}, rows


def test_putting_names_to_an_accord_signs_it(pipeline):
    rows = coded(pipeline, "The presidents of Chile and Peru put their names to a fisheries accord in Lima on "
                           "Tuesday.")
    assert {("CHLGOV", "PERGOV"), ("PERGOV", "CHLGOV")} <= pairs(rows, "057"), rows


def test_names_put_to_a_petition_sign_no_agreement(pipeline):
    assert not pairs(coded(pipeline, "Residents were asked to put their names to a petition against the new mine."),
                     "05")


def test_army_sent_into_action_against_rebels_is_an_offensive(pipeline):
    rows = coded(pipeline, "Mali's interim president sent the army into action against the separatist rebels on "
                           "Sunday.")
    assert ("MLIGOV", "MLIREB") in pairs(rows, "190"), rows
    assert not pairs(rows, "15"), rows


def test_rebels_entering_a_named_town_is_a_military_act(pipeline):
    rows = coded(pipeline, "Islamist insurgents entered Kidal on Wednesday after the garrison withdrew.")
    assert "19" in roots_of(rows), rows
