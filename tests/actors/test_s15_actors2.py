"""Session 15, actors round 2: the fighters of an armed movement that holds the state at the article's date are the
state's armed force (MIL), rebels before; institutions several countries share ("House of Commons", "Democratic
Party") take the story's country when the text names no other; named groupings of states ("Lima Group", "Contact
Group") are IGO codes, not the host city's government; "the two delegations" are the sides of the talks, not their
mediators or hosts, nor what a pair of sides acted on."""

from __future__ import annotations

from actor_mentions import code_at, coded, member_codes


def test_fighters_of_a_movement_that_governs_at_the_date_are_its_armed_force(pipeline):
    cdoc = coded(pipeline, "Taliban fighters beat several women who had gathered outside a bakery in Mazar-i-Sharif "
                           "to demand work.", "2023-02-14")
    assert code_at(cdoc, "fighters") == "AFGMIL"
    cdoc = coded(pipeline, "Taliban militants shut down a private radio station in Badakhshan on Saturday.",
                 "2024-06-01")
    assert code_at(cdoc, "militants") == "AFGMIL"


def test_fighters_of_the_same_movement_before_it_governs_are_rebels(pipeline):
    cdoc = coded(pipeline, "Taliban fighters overran a district police post in Ghazni before dawn.", "2018-09-03")
    assert code_at(cdoc, "fighters") == "AFGREB"


def test_fighters_of_a_movement_that_never_governed_stay_rebels(pipeline):
    cdoc = coded(pipeline, "Hamas gunmen fired rockets at the border town overnight.", "2023-03-05")
    assert code_at(cdoc, "gunmen") == "PSEREB"


def test_the_house_of_commons_in_a_canadian_story(pipeline):
    cdoc = coded(pipeline, "OTTAWA - The House of Commons passed a motion on Wednesday asking Prime Minister Justin "
                           "Trudeau to expel the envoy.", "2023-05-10")
    assert code_at(cdoc, "Commons") == "CANLEG"


def test_the_house_of_commons_stays_british_when_the_text_names_no_other_country(pipeline):
    cdoc = coded(pipeline, "The House of Commons voted late on Tuesday to delay the bill.", "2019-10-22")
    assert code_at(cdoc, "Commons") == "GBRLEG"


def test_members_in_an_institution_condemning_another_country_are_not_of_it(pipeline):
    cdoc = coded(pipeline, "Lawmakers in the House of Commons denounced Beijing's jailing of a publisher.",
                 "2024-01-11")
    assert code_at(cdoc, "Commons") == "GBRLEG"


def test_a_democratic_party_of_another_country(pipeline):
    cdoc = coded(pipeline, "SEOUL - The Democratic Party walked out of the assembly vote on the budget on Monday.",
                 "2022-12-05")
    assert (code_at(cdoc, "Party") or "")[:3] == "KOR"
    cdoc = coded(pipeline, "Albania's Democratic Party staged a rally outside the parliament in Tirana.",
                 "2024-02-20")
    assert (code_at(cdoc, "Party") or "")[:3] == "ALB"


def test_the_democratic_party_stays_american_by_default(pipeline):
    cdoc = coded(pipeline, "The Democratic Party sued to block the new voting rules in Georgia.", "2021-04-01")
    assert code_at(cdoc, "Party") == "USAPTY"


def test_a_grouping_named_after_a_city_is_no_government_of_that_city(pipeline):
    cdoc = coded(pipeline, "The Lima Group rejected the outcome of the vote and called for new elections.",
                 "2018-05-21")
    assert code_at(cdoc, "Group") == "IGO"
    cdoc = coded(pipeline, "Ministers of the Ukraine Defense Contact Group pledged more shells for Kyiv.",
                 "2023-09-19")
    assert code_at(cdoc, "Group") == "IGO"


def test_a_treasury_re_homed_by_its_own_place(pipeline):
    cdoc = coded(pipeline, "The Treasury in Wellington said the deficit would narrow next year.", "2022-05-19")
    assert code_at(cdoc, "Treasury") == "NZLGOV"


def test_the_two_delegations_are_no_hosts_of_the_talks(pipeline):
    cdoc = coded(pipeline, "The Philippine government and the communist rebels ended a week of talks in Oslo. "
                           "Rebel negotiator Luis Jalandoni shook hands with Silvestre Bello, the government's chief "
                           "negotiator, in front of the Norwegian foreign minister, whose country hosts the process "
                           "along with Sweden and Finland. The two delegations will meet again in March.",
                 "2017-02-01")
    members = member_codes(cdoc, "delegations")
    assert members and not {"FIN", "SWE", "NOR", "NORGOV"} & set(members)


def test_the_two_delegations_are_the_pair_not_what_the_pair_swapped(pipeline):
    cdoc = coded(pipeline, "Yerevan and Baku freed more captives on Thursday. The handover, mediated "
                           "by Washington, was settled during talks between the two delegations in Geneva.",
                 "2023-12-14")
    assert member_codes(cdoc, "delegations") == ["ARMGOV", "AZEGOV"]


def test_on_the_day_a_movement_takes_power_its_fighters_are_still_rebels(pipeline):
    cdoc = coded(pipeline, "Taliban fighters entered the presidential compound in the capital on Sunday evening.",
                 "2021-08-15")
    assert code_at(cdoc, "fighters") == "AFGREB"


def test_an_allied_conjunct_is_no_second_side(pipeline):
    cdoc = coded(pipeline, "Islamabad said its troops killed dozens of Taliban fighters and allied militants in "
                           "raids along the frontier, while Kabul said 20 Pakistani soldiers died. China called on "
                           "both sides to return to dialogue.", "2025-10-20")
    members = member_codes(cdoc, "sides")
    assert members and {m[:3] for m in members} == {"AFG", "PAK"}
