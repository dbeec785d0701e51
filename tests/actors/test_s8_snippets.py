"""Actors told across the sentences of a snippet (``eventwire.actors.definite_references``, ``claimed_attacks``):
"the ministry" / "the company" go back to the role phrase of the same word named before, "the country" is not the
country of its clause's own subject (through a possessive too), and the unnamed attackers of an attack are the armed
group a later sentence says claimed it."""

from __future__ import annotations

import pytest

from actor_mentions import code_at, coded


@pytest.mark.parametrize("text, word", [
    # the sentence names another country ("the Chilean company", "in Malaysia"): the ministry is still Brazil's
    ("Brazil's environment ministry fined a mining firm on Monday over a dam collapse. The ministry said the Chilean "
     "company had ignored repeated warnings.", "ministry"),
    ("Indonesian police arrested 40 suspected militants in raids across Java, the national counter-terrorism agency "
     "said on Friday. The agency said the suspects had trained in the southern Philippines.", "agency"),
    ("A German manufacturer recalled 400,000 vehicles on Tuesday over faulty airbags. The manufacturer said no "
     "injuries had been reported in France.", "manufacturer"),
    ("Kenya's health ministry confirmed two more cases of the virus on Sunday. In a statement, the ministry said "
     "both patients had travelled from Uganda.", "ministry"),
])
def test_the_same_word_names_the_role_phrase_again(pipeline, text, word):
    cdoc = coded(pipeline, text)
    first = code_at(cdoc, word)
    assert first is not None and code_at(cdoc, word, nth=1) == first


@pytest.mark.parametrize("text, word, named", [
    # the sentence names another country (Uganda, Congo): the court is still the one named
    ("The International Criminal Court has charged a Congolese militia leader with war crimes. The court also "
     "ordered him to pay reparations to victims in Uganda.", "court", "Court"),
    ("Pakistan's Supreme Court disqualified the prime minister on Friday. The court said he had been dishonest about "
     "assets held in Dubai.", "court", "Court"),
    ("The African Union's Peace and Security Council suspended Guinea on Friday. The council said the junta must "
     "return power to civilians.", "council", "Council"),
])
def test_the_last_word_of_a_name_names_it_again(pipeline, text, word, named):
    cdoc = coded(pipeline, text)
    first = code_at(cdoc, named)
    assert first is not None and code_at(cdoc, word) == first


@pytest.mark.parametrize("text, earlier", [
    ("A German carmaker recalled 400,000 vehicles on Tuesday over faulty airbags. The company said no injuries had "
     "been reported in Spain.", "carmaker"),
    ("A Swedish telecoms firm cut its profit forecast on Monday. The company blamed weak demand in Europe and "
     "China.", "firm"),
])
def test_the_company_goes_back_to_any_business_named(pipeline, text, earlier):
    cdoc = coded(pipeline, text)
    first = code_at(cdoc, earlier)
    assert first is not None and first.endswith("BUS") and code_at(cdoc, "company") == first


def test_a_new_one_of_the_word_is_no_reference_back(pipeline):
    cdoc = coded(pipeline, "Brazil's environment ministry fined a mining firm on Monday. A ministry in Chile said "
                           "the firm had ignored warnings. The ministry said it would appeal.")
    assert code_at(cdoc, "ministry", nth=2) != "BRAGOV"


@pytest.mark.parametrize("text, code, not_code", [
    # the arriving forces are not "the country" they arrive in
    ("Armenia's prime minister appealed to Moscow for military help on Tuesday. By nightfall, hundreds of Russian "
     "soldiers had landed in the country.", "ARM", "RUS"),
    ("Turkish troops crossed into Syria on Wednesday. Hours later, more Turkish soldiers arrived in the country.",
     "SYR", "TUR"),
    # through a possessive: "at the request of the country's president", "to help the country's hospitals"
    ("French troops landed in Mali on Friday at the request of the country's president.", "MLI", "FRA"),
    ("Cuban doctors arrived in Italy on Sunday to help the country's hospitals.", "ITA", "CUB"),
])
def test_the_country_is_not_the_country_of_its_clause_subject(pipeline, text, code, not_code):
    got = code_at(coded(pipeline, text), "country")
    assert got == code and got != not_code


@pytest.mark.parametrize("text, word, code", [
    # no arrival: the country of a domestic act is the subject's own
    ("Prosecutors in Peru have charged the country's ex-president with taking bribes.", "country", "PER"),
    ("Bolivia's army chief urged the country's president to resign on Sunday.", "country", "BOL"),
    # not the country of the subject's own organisation either
    ("NATO leaders met in Washington on Tuesday to mark the alliance's 75th anniversary.", "alliance", "IGONAT"),
])
def test_only_an_arrival_is_in_another_country(pipeline, text, word, code):
    assert code_at(coded(pipeline, text), word) == code


def test_the_country_as_the_subject_of_a_reported_clause_still_goes_back(pipeline):
    cdoc = coded(pipeline, "Chile's president said on Monday that the country would hold a referendum on a new "
                           "constitution.")
    assert code_at(cdoc, "country") == "CHL"


@pytest.mark.parametrize("text, attackers, group", [
    ("Gunmen opened fire at a checkpoint in northern Sinai on Thursday, killing eight Egyptian soldiers. Islamic "
     "State claimed responsibility for the attack.", "Gunmen", "State"),
    ("A gunman opened fire at a bus stop in Jerusalem on Friday, killing three people. Hamas said its fighters had "
     "carried out the shooting.", "gunman", "Hamas"),
    ("Suicide bombers struck three churches and four hotels in Sri Lanka on Sunday, killing more than 250 people. "
     "Islamic State said it was behind the bombings.", "bombers", "State"),
    # "took responsibility", "said it was responsible for"
    ("Gunmen killed 14 soldiers at an army post in northern Mali on Sunday. A group linked to al Qaeda took "
     "responsibility for the attack.", "Gunmen", "Qaeda"),
    ("A suicide bomber blew himself up outside a mosque in Kabul on Friday, killing 20 worshippers. Islamic State "
     "said it was responsible for the bombing.", "bomber", "State"),
    # in the same sentence
    ("Suicide bombers attacked a police academy in Mogadishu on Monday, and al Shabaab said its militants had "
     "carried out the bombing.", "bombers", "Shabaab"),
    ("Attackers detonated a car bomb outside a military academy in Kabul, police said. Hours later, Islamic State "
     "claimed the bombing in a statement.", "Attackers", "State"),
])
def test_unnamed_attackers_are_the_group_that_claims_the_attack(pipeline, text, attackers, group):
    cdoc = coded(pipeline, text)
    claimant = code_at(cdoc, group)
    assert claimant is not None and "REB" in claimant
    assert code_at(cdoc, attackers) == claimant
    # the attack is coded with the claimant as its doer
    assert any(e.source.code == claimant and e.sentence == 0 and e.root in ("18", "19") for e in cdoc.events)


@pytest.mark.parametrize("text, code", [
    # a claim that is negated or denied names no one: the gunmen stay the armed men of the place
    ("Gunmen opened fire at a checkpoint in northern Sinai on Thursday, killing eight Egyptian soldiers. Islamic State "
     "did not claim the attack.", "EGYREB"),
    ("Gunmen attacked a bus carrying pilgrims near Kabul on Tuesday. The Islamic State group denied any involvement.",
     "AFGREB"),
    # a group that is no armed group is no claimant ("the army said it had carried out a raid": GBRMIL, no REB)
    ("Masked gunmen shot dead a police officer in Belfast. The army said it had carried out a raid on a house nearby.",
     "GBRREB"),
    # too far back: a claim four sentences on is about another attack
    ("Gunmen attacked a police station in Kano. Police said two officers were hurt. The governor visited the scene. "
     "Schools were closed. Islamic State claimed responsibility for an attack in Maiduguri.", "NGAREB"),
])
def test_no_claim_leaves_the_attackers_as_they_were(pipeline, text, code):
    cdoc = coded(pipeline, text)
    first = next(t.text for t in cdoc.doc if t.lower_ in ("gunmen", "gunman"))
    assert code_at(cdoc, first) == code
