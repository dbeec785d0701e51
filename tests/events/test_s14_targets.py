"""Session 14 targets (owner "targets"): events found but dropped or mis-paired for want of the right actor.

* A thing pronoun the actor stage sent back to the speaker's own side ("Norway's finance minister praised it",
  'it' -> Norway) names the act told before, not the speaker: the target is the doer of that act
  (``antecedents.judged_thing_pronoun``, ``antecedents.antecedent_targets``).
* A place owned by a country ("a fuel depot in Iraq's northern Duhok province") is that country's, for the
  place fallback of the target policy (``object_owners.ObjectOwners.places``).
* A gerund after 'before' or 'upon' with no subject of its own ("..., before holding talks with X") is done by the
  subject of the verb it hangs on (``SourceSearch.verb_sources``).
* Review F20: only a naming verb's subject in a free relative ("struck what Islamabad called a camp") is no target;
  "condemned what Russia did" is aimed at Russia (``target_search._free_relative``).
* An act of force told inside a fight ("killed ... in a firefight") or that set one off (", sparking a gun battle")
  is fought back by the armed side acted on (``reciprocals.fought_back``, ``Dyads.pairs``).

The sentences are written for these tests (none retells a dev-set item).
"""

from __future__ import annotations

import pytest

from .coded_rows import Row, event_rows, pairs

PUB = "2019-03-12"


def coded(pipeline, text: str) -> list[Row]:
    return event_rows(pipeline, text, PUB)


def test_praise_of_it_goes_to_the_doer_of_the_act_told_before(pipeline) -> None:
    rows = coded(pipeline, "Ghana and Togo signed a border accord in Accra on Monday. "
                           "The Nigerian foreign minister hailed it as a model for the whole region.")
    assert ("NGAGOV", "GHA") in pairs(rows, "05")


def test_praise_of_it_resolved_to_the_speakers_country_is_no_self_praise(pipeline) -> None:
    rows = coded(pipeline, "The European Commission fined a Swiss bank on Thursday. "
                           "Norway's finance minister praised it as overdue.")
    assert ("NORGOV", "IGOEUR") in pairs(rows, "05")


def test_criticism_of_an_act_told_before_keeps_its_target(pipeline) -> None:
    # guard: a judgement the evaluation stage already aims at the earlier act's doer stays as it was
    rows = coded(pipeline, "Brazil expelled two Venezuelan diplomats on Tuesday. "
                           "A day later the Colombian president called it a dangerous escalation.")
    assert ("COLGOV", "BRA") in pairs(rows, "11")


def test_strike_in_a_province_owned_by_a_country_targets_that_country(pipeline) -> None:
    rows = coded(pipeline, "Turkish drones struck a fuel depot in Iraq's northern Duhok province overnight.")
    assert ("TURMIL", "IRQ") in pairs(rows, "19")


def test_talks_in_a_gerund_after_before_share_the_main_subject(pipeline) -> None:
    rows = coded(pipeline, "The Indonesian president toured a mosque in Cairo on Sunday before holding talks "
                           "with the Egyptian leader.")
    assert {("IDNGOV", "EGYGOV"), ("EGYGOV", "IDNGOV")} <= pairs(rows, "04")


def test_meeting_in_a_gerund_of_time_after_a_visit(pipeline) -> None:
    rows = coded(pipeline, "The Kenyan foreign minister arrived in Addis Ababa on Monday, before meeting "
                           "Ethiopia's prime minister.")
    assert ("KENGOV", "ETHGOV") in pairs(rows, "04")


def test_a_meeting_left_out_with_without_is_no_meeting(pipeline) -> None:
    # guard: 'without' is no preposition of time; an act done without consulting someone is no consultation
    rows = coded(pipeline, "The Kenyan president signed the new bill without consulting Uganda's leaders.")
    assert not pairs(rows, "04")


def test_talks_in_an_after_gerund_stay_background(pipeline) -> None:
    # guard: an act told in an 'after' gerund is background, not coded
    rows = coded(pipeline, "Sweden will send two more patrol boats to Estonia next month, the Swedish premier said on "
                           "Friday after meeting the Estonian president in Tallinn.")
    assert not pairs(rows, "04")


def test_a_gerund_of_a_past_perfect_clause_is_background(pipeline) -> None:
    # guard: the main clause in the past perfect is background, and so is the visit its gerund tells
    rows = coded(pipeline, "The Chilean president had criticised the plan sharply before arriving in Lima for the "
                           "summit.")
    assert not pairs(rows, "04")


def test_a_fight_with_arms_between_coordinated_sides_is_mutual(pipeline) -> None:
    rows = coded(pipeline, "Armenian and Azerbaijani border troops fought with mortars and machine guns near the "
                           "frontier on Friday.")
    assert {("ARMMIL", "AZEMIL"), ("AZEMIL", "ARMMIL")} <= pairs(rows, "19")


def test_a_fight_with_a_named_side_is_no_fight_between_the_subjects(pipeline) -> None:
    # guard: a 'with' phrase naming a side keeps the allies on one side
    rows = coded(pipeline, "Chadian and Nigerien troops fought with jihadist insurgents near the lake on Friday.")
    found = pairs(rows, "19")
    assert ("TCDMIL", "NERMIL") not in found and ("NERMIL", "TCDMIL") not in found


def test_the_namer_of_a_free_relative_is_no_target(pipeline) -> None:
    rows = coded(pipeline, "Pakistani warplanes struck what Islamabad called a militant training camp in Afghanistan "
                           "on Friday, and Kabul vowed to respond.")
    found = pairs(rows, "19")
    assert ("PAKMIL", "PAKGOV") not in found and ("PAKMIL", "AFG") in found
    assert ("AFGGOV", "PAKMIL") in pairs(rows, "13")


def test_a_free_relative_naming_by_described_as_keeps_the_namer_out(pipeline) -> None:
    rows = coded(pipeline, "Israeli jets bombed what Hamas described as a school in Gaza.")
    assert ("ISRMIL", "PSEHAM") not in pairs(rows, "19")


@pytest.mark.parametrize("text, root, pair", [
    # review F20 (the reviewer's probe sentences): "what X did / had done / achieved" tells X's act, and X is
    # the target of the judgement; only a naming verb's subject ("what X called Y") names without being acted on
    ("The European Union condemned what Russia did in Bucha.", "11", ("IGOEUR", "RUS")),
    ("Germany criticised what Hungary had done to the refugees.", "11", ("DEU", "HUN")),
    ("The Chinese government praised what Pakistan had achieved in the talks.", "05", ("CHNGOV", "PAK")),
])
def test_the_doer_of_a_judged_free_relative_is_the_target(pipeline, text, root, pair) -> None:
    assert pair in pairs(coded(pipeline, text), root)


def test_a_kill_inside_a_firefight_is_fought_both_ways(pipeline) -> None:
    rows = coded(pipeline, "Malian soldiers killed nine jihadists in a fierce firefight near Gao on Sunday.")
    assert {("MLIMIL", "MLIREB"), ("MLIREB", "MLIMIL")} <= pairs(rows, "19")


def test_an_attack_that_sets_off_a_gun_battle_is_fought_both_ways(pipeline) -> None:
    rows = coded(pipeline, "Kenyan gunmen attacked a Kenyan police patrol in the north of the country, sparking "
                           "a gun battle that lasted an hour.")
    assert {("KENREB", "KENCOP"), ("KENCOP", "KENREB")} <= pairs(rows, "19")


def test_villages_shelled_during_clashes_do_not_fight_back(pipeline) -> None:
    # guard: villagers caught in the fighting are its victims, not a side of it
    rows = coded(pipeline, "Burmese troops shelled several Burmese villages during fierce clashes in Rakhine state "
                           "on Friday.")
    assert ("MMRMIL", "MMRCVL") in pairs(rows, "19")
    assert ("MMRCVL", "MMRMIL") not in pairs(rows, "19")
