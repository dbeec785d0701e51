"""Session 15, owner "lexicon": triggers and root choice of the world press in English (issue 3).

* Accented borrowed words ("the chargé d'affaires") meet the lexicon's plain word lists (``phrases.forms``):
  a summoned charge d'affaires is a protest 114, not a summons to court 173.
* A note handed or delivered "to" an envoy in protest phrasing is 114 (11.yaml#lodge_protest_to).
* A foreign diplomat "asked" or "told" to leave is expelled, 161 (16.yaml#ask_envoy_to_leave).
* A withdrawal "from" a body or treaty reduces relations, 16 (16.yaml#withdrawal_from_body_noun), and one's own
  envoy withdrawn "from" a capital is recalled, 161 (16.yaml#recall_own_envoy_noun_from): no military retreat 0874.
* A relative clause opened by "during / after / at which" tells the next act of the occasion, coded beside it
  (events/background.py ``tells_next_act``); "witnessed the exchange of documents" is a signing, 057.
* "a nuclear explosion test" is 2042; "opened a criminal case against" is a charge 173 (17.yaml#open_criminal_case);
  power seized "in a coup" is 172 whatever the subject's head word (17.yaml#seize_power_in_coup); aid a
  government "has decided to provide" is given, 07 (intent.yaml roots.decided_as_act, governors.granting).

All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .coded_rows import Row, event_rows, pairs
from .coded_rows import country_pairs as countries

PUB = "2024-05-14"


def coded(pipeline, text: str) -> list[Row]:
    return event_rows(pipeline, text, PUB)



def test_summoned_accented_charge_d_affaires_is_a_protest(pipeline):
    rows = coded(pipeline, "Lithuania's foreign ministry summoned the Chinese chargé d'affaires on Monday "
                           "over the new trade curbs.")
    assert ("LTU", "CHN") in countries(rows, "114"), rows
    assert not pairs(rows, "17"), rows


def test_expelled_accented_charge_d_affaires_is_a_diplomatic_expulsion(pipeline):
    rows = coded(pipeline, "Vilnius expelled the Russian chargé d'affaires after the incident at the embassy gate.")
    assert ("LTU", "RUS") in countries(rows, "161"), rows
    assert not pairs(rows, "174"), rows


def test_strongly_worded_note_handed_to_an_envoy_is_a_protest(pipeline):
    rows = coded(pipeline, "Morocco's foreign ministry handed a strongly worded note to the Algerian ambassador "
                           "over the closure of the border crossing.")
    assert ("MAR", "DZA") in countries(rows, "114"), rows


@pytest.mark.parametrize("text, pair", [
    ("Kenya asked a senior Somali diplomat to leave the country within three days.", ("KEN", "SOM")),
    ("Hanoi told the Chinese military attache to depart the country by Friday.", ("VNM", "CHN")),
], ids=["asked", "told"])
def test_diplomat_asked_to_leave_is_expelled(pipeline, text, pair):
    rows = coded(pipeline, text)
    assert pair in countries(rows, "161"), rows
    assert not pairs(rows, "02"), rows


def test_journalists_asked_to_leave_are_no_diplomatic_expulsion(pipeline):
    rows = coded(pipeline, "Kenya asked two Somali journalists to leave the country within three days.")
    assert not pairs(rows, "161"), rows


def test_withdrawal_from_a_court_reduces_relations(pipeline):
    rows = coded(pipeline, "Burundi announced its withdrawal from the International Criminal Court on Wednesday.")
    assert ("BDI", "IGO") in countries(rows, "16"), rows
    assert not pairs(rows, "08"), rows


def test_withdrawal_of_own_ambassador_from_a_capital_is_a_recall(pipeline):
    rows = coded(pipeline, "Qatar announced the withdrawal of its ambassador from Cairo on Sunday.")
    assert ("QAT", "EGY") in countries(rows, "161"), rows
    assert not pairs(rows, "08"), rows


def test_act_in_a_during_which_clause_is_coded(pipeline):
    rows = coded(pipeline, "The Kazakh president held a telephone conversation with the Emir of Qatar, during "
                           "which the two sides agreed to expand cooperation in energy.")
    assert {("KAZ", "QAT"), ("QAT", "KAZ")} <= countries(rows, "03"), rows


def test_exchange_of_documents_witnessed_after_which_is_a_signing(pipeline):
    rows = coded(pipeline, "The Thai prime minister met his Malaysian counterpart in Putrajaya, after which the "
                           "two leaders also witnessed an exchange of four documents on trade.")
    assert {("THA", "MYS"), ("MYS", "THA")} <= countries(rows, "057"), rows


def test_nuclear_explosion_test_is_a_nuclear_detonation(pipeline):
    rows = coded(pipeline, "North Korea carried out a nuclear explosion test at its northern test site.")
    assert ("PRK", None) in countries(rows, "2042"), rows


def test_criminal_case_opened_against_someone_is_a_charge(pipeline):
    rows = coded(pipeline, "Kyrgyz prosecutors opened a criminal case against the former customs chief over smuggling.")
    assert pairs(rows, "173"), rows
    assert not pairs(rows, "115"), rows


def test_power_seized_in_a_coup_by_a_named_officer_is_a_removal(pipeline):
    rows = coded(pipeline, "In Bamako, army commander Colonel Moussa Keita seized power in a coup on Tuesday.")
    assert ("MLI", "MLI") in countries(rows, "172"), rows


def test_aid_a_government_decided_to_provide_is_given(pipeline):
    rows = coded(pipeline, "The Government of Korea has decided to provide five million dollars in flood relief "
                           "aid to Pakistan.")
    assert ("KOR", "PAK") in countries(rows, "07"), rows
    assert not pairs(rows, "03"), rows


def test_aid_pledged_stays_an_intent(pipeline):
    rows = coded(pipeline, "Norway pledged to provide aid to Somalia.")
    assert ("NOR", "SOM") in countries(rows, "033"), rows


def test_act_at_an_occasion_told_as_background_stays_out(pipeline):
    rows = coded(pipeline, "Chile and Peru agreed on Monday to share data on illegal fishing boats, after a meeting of "
                           "their fisheries ministers in Arica at which each blamed the other for the overfishing.")
    assert not pairs(rows, "11"), rows
