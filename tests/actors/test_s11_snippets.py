"""Session 11, snippets: references across the sentences of a short news text (group and definite references)."""

from __future__ import annotations

import pytest

from actor_mentions import code_at, coded, member_codes


@pytest.mark.parametrize("text, countries", [
    ("Colombia's defence minister said on Tuesday that the army would not leave the border area. The two sides "
     "clashed there last year, and Venezuela still keeps troops on its side.", {"COL", "VEN"}),
    ("Kosovo's prime minister refused on Friday to remove special police from the north. The two sides have traded "
     "accusations for months, and Serbia has put its army on alert.", {"KSV", "SRB"}),
])
def test_the_other_side_may_be_the_subject_of_a_later_clause(pipeline, text, countries):
    assert {c[:3] for c in member_codes(coded(pipeline, text), "sides")} == countries


def test_a_later_party_must_act_in_its_own_clause(pipeline):
    # "with Peru" is no subject of a later clause: the phrase still has one party only, so no members
    cdoc = coded(pipeline, "Chile's foreign minister said on Monday that talks on fishing would resume. The two sides "
                           "met in Lima with officials from Peru's fisheries agency present.")
    assert "PER" not in {c[:3] for c in member_codes(cdoc, "sides")}


@pytest.mark.parametrize("text, word, code", [
    ("Houthi fighters seized a cargo ship in the Red Sea on Sunday. The Iran-backed group said it would keep "
     "targeting vessels.", "group", "YEMREB"),
    ("M23 fighters took the town of Sake on Monday. The Rwandan-backed group said it would push on towards Goma.",
     "group", "CODREB"),
    ("Hezbollah fighters fired rockets at a border post on Friday. The Iranian-supported movement said the strike "
     "answered an Israeli raid.", "movement", "LBNREB"),
])
def test_a_group_described_by_its_backer_points_back(pipeline, text, word, code):
    assert code_at(coded(pipeline, text), word) == code


def test_it_is_no_country_named_in_an_aside_about_the_subject(pipeline):
    # "it" is the ruling told before, not the country named in the comma clause about the subject
    cdoc = coded(pipeline, "The court dissolved the Future Forward party on Friday. The ruling came after months of "
                           "hearings. The party, whose founder lives in exile in France, rejected it as unjust.")
    assert code_at(cdoc, "it") is None


@pytest.mark.parametrize("text, code", [
    # a restrictive clause is no aside: what it names may be "it"
    ("The activists who occupied the Kenyan embassy said police had surrounded it.", "KENGOV"),
    # an aside does not hide the subject it describes
    ("Russia, which invaded Ukraine in 2022, said it would not negotiate.", "RUS"),
])
def test_it_outside_an_aside(pipeline, text, code):
    assert code_at(coded(pipeline, text), "it") == code


def test_the_kingdom_is_no_subject_of_its_own_clause_nor_a_republic(pipeline):
    # the kingdom backed by Kuwait and Qatar is neither of them, nor Iran (no kingdom): Morocco, named first
    cdoc = coded(pipeline, "Morocco recalled its ambassador from Tehran on Tuesday. Iran's foreign ministry called the "
                           "move hasty. Kuwait and Qatar issued statements supporting the kingdom's decision.")
    assert code_at(cdoc, "kingdom") == "MAR"


def test_the_sultanate_points_back_to_a_sultanate(pipeline):
    cdoc = coded(pipeline, "Oman hosted a round of indirect talks between Washington and Tehran on Saturday. Iran's "
                           "envoy thanked the sultanate on Sunday.")
    assert code_at(cdoc, "sultanate") == "OMN"
