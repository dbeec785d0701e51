"""Target fallbacks (session 8, round 2): the act whose target a fallback finds from the wrong actor,
or finds none.

Each form has several phrasings of our own (actors, countries, verbs) that must give the dyad named,
and contrasts whose reading stays as it was.
"""

from __future__ import annotations

import pytest

from .coded_rows import event_rows

PUB = "2019-05-01"


def dyads(pipeline, text: str, root: str) -> set[tuple[str | None, str | None]]:
    """Source and target codes of the events of ``root``."""
    return {(s, t) for c, s, t, *_ in event_rows(pipeline, text, PUB) if c[:2] == root}


# ------------------------------------ a condemnation of an attack by an armed group of the condemner's own country
@pytest.mark.parametrize("text, dyad", [
    ("Gunmen from Boko Haram attacked a village in Borno state on Sunday, killing 12 people. "
     "The Nigerian government condemned the attack.", ("NGAGOV", "NGAREB")),
    ("Rebels attacked a police station in Mindanao on Tuesday. The Philippine government condemned the attack.",
     ("PHLGOV", "PHLREB")),
    ("FARC rebels ambushed an army patrol in southern Colombia. Colombia's president condemned the ambush.",
     ("COLGOV", "COLREB")),
    ("Separatist fighters attacked an army post in Cameroon's Anglophone region on Monday. "
     "The Cameroonian government condemned the attack.", ("CMRGOV", "CMRREB")),
    ("Gunmen kidnapped 20 students from a school in Zamfara. The Nigerian presidency denounced the kidnapping.",
     ("NGAGOV", "NGAREB")),
])
def test_a_condemned_attack_by_an_own_armed_group_is_aimed_at_it(pipeline, text, dyad):
    assert dyad in dyads(pipeline, text, "11")


def test_a_foreign_attacker_is_still_the_target(pipeline):
    text = "Israeli troops raided a camp in Jenin. The Palestinian Authority condemned the raid."
    assert ("PSEGOV", "ISRMIL") in dyads(pipeline, text, "11")


# ------------------------------------ "a decision that X said they regretted": X answers the act, is not its target
@pytest.mark.parametrize("text, answerers", [
    ("The prime minister said on Monday that Japan would pull out of the 2018 fisheries pact with South Korea "
     "and reimpose the export sanctions it had lifted, a decision that China and Taiwan said they regretted.",
     {"CHN", "TWN"}),
    ("Officials said on Friday that Washington would withdraw from the arms treaty with Russia and reimpose "
     "the sanctions it had eased, a move which Germany and Italy said they deplored.", {"DEU", "ITA"}),
    ("The president said on Sunday that Turkey would withdraw from the 2016 migration deal with the European "
     "Union and reimpose the visa sanctions it had lifted, a step that Greece said it regretted.", {"GRC"}),
])
def test_actors_of_a_relative_clause_answering_the_act_are_no_targets(pipeline, text, answerers):
    found = dyads(pipeline, text, "16")     # (an announced sanction is the act itself since session 12)
    assert found
    assert not {t for _, t in found if t} & answerers


def test_the_doer_named_in_a_relative_clause_still_owns_the_thing(pipeline):
    text = "Iran condemned the sanctions, which the United States imposed last year."
    assert ("IRN", "USA") in dyads(pipeline, text, "11")


# ------------------------------------ an offer of aid with no recipient: the one country its complement places it in
@pytest.mark.parametrize("text, dyads_wanted", [
    ("New Zealand and Malaysia agreed to send troops to help restore order in the Solomon Islands.",
     {("NZL", "SLB"), ("MYS", "SLB")}),
    ("Japan and South Korea offered to send rescue teams after the earthquake in Turkey.",
     {("JPN", "TUR"), ("KOR", "TUR")}),
    ("Canada and Norway offered to send medical teams to help victims of the cyclone in Mozambique.",
     {("CAN", "MOZ"), ("NOR", "MOZ")}),
])
def test_co_givers_of_an_offer_give_to_the_place_named(pipeline, text, dyads_wanted):
    found = dyads(pipeline, text, "03")
    assert dyads_wanted <= found
    givers = {s for s, _ in dyads_wanted}
    assert not {t for _, t in found} & givers


@pytest.mark.parametrize("text", [
    "Britain and France offered to send rescue teams.",
    # two countries named: no one recipient
    "Indonesia and Singapore pledged to send aid to flood victims in Thailand and Myanmar.",
])
def test_an_offer_with_no_one_place_pairs_no_giver_with_another(pipeline, text):
    found = dyads(pipeline, text, "03")
    givers = {"GBR", "FRA", "IDN", "SGP"}
    assert not any(s in givers and t in givers for s, t in found)
