"""Drops round 8 (issue 3): a clause joined by a comma and 'and', with a subject of its own, after an
'after' clause is a clause of the sentence, not one more act inside the 'after' clause ("removed the
president, hours after he tried to ..., and police detained him"): the arrest is news, not background.
A further verb of the same subject inside the 'after' clause stays background ("a day after the rebels
attacked a garrison and kidnapped two officers"). A place's "where" clause set off by a comma in the
simple past tells an act of its own ("marched in the city on Monday, where police fired tear gas"), unless
it is dated away from the news ("where militants attacked the consulate in 2012"). A participle joined
to another in a list ("firing tear gas, arresting dozens and burning tents") is judged against the clause
the list hangs on, not against the first participle.

The sentences are written for these tests, with actors, countries and verbs of their own.
"""

from __future__ import annotations

import pytest

from .form_checks import assert_form_fires, assert_form_silent

_PUBLISHED = "2019-05-01"

_NEWS = [
    ("Ecuador's National Assembly removed President Lucio Gutierrez on Wednesday, only hours after he "
     "attempted to sack the Supreme Court, and police detained him as he was being taken to the airport.",
     "173", "arrest_verb", "ECUCOP", "ECUGOV"),
    ("Sri Lanka's parliament ousted the prime minister on Friday, days after he tried to suspend the "
     "constitution, and troops arrested him as he left his office in Colombo.",
     "173", "arrest_verb", "LKAMIL", "LKAGOV"),
    ("Zimbabwe's army seized power on Wednesday, a week after Robert Mugabe fired his deputy, and soldiers "
     "put Mugabe under house arrest in Harare.",
     "173", "place_under_arrest", "ZWEMIL", "ZWEELI"),
]


@pytest.mark.parametrize("text, code, rule, source, target", _NEWS)
def test_a_clause_with_its_own_subject_after_an_after_clause_is_news(pipeline, text, code, rule, source, target):
    assert_form_fires(pipeline, text, code, rule, source, target, _PUBLISHED)


@pytest.mark.parametrize("text", [
    "Nigeria's army bombed rebel camps on Friday, two days after Boko Haram militants attacked a school and "
    "abducted 300 girls.",
    "Chad's army shelled rebel positions on Monday, a day after the rebels attacked a garrison and kidnapped "
    "two officers.",
])
def test_a_further_act_of_the_same_subject_inside_an_after_clause_stays_background(pipeline, text):
    assert_form_silent(pipeline, text, "18", _PUBLISHED)


@pytest.mark.parametrize("text, code, rule, source, target", [
    ("Thousands of Kenyan opposition supporters marched in Kisumu on Monday, where police fired tear gas at "
     "the crowd.", "175", "fire_at_protesters", "KENCOP", "KENCVL"),
    ("Bolivian farmers blocked highways around Cochabamba, where soldiers arrested dozens of coca growers.",
     "173", "arrest_verb", "BOLMIL", "BOLAGR"),
])
def test_a_where_clause_on_a_place_tells_an_act_of_its_own(pipeline, text, code, rule, source, target):
    assert_form_fires(pipeline, text, code, rule, source, target, _PUBLISHED)


@pytest.mark.parametrize("text, absent", [
    ("The Turkish foreign minister visited Benghazi, where militants attacked the U.S. consulate in 2012.", "18"),
    ("Venezuelan exiles rallied in Bogota, where Colombian police had detained two Venezuelan activists last "
     "year.", "17"),
])
def test_a_where_clause_dated_away_stays_background(pipeline, text, absent):
    assert_form_silent(pipeline, text, absent, _PUBLISHED)


def test_a_list_of_participles_details_its_clause_not_its_first_participle(pipeline):
    # 'arresting' is joined to 'firing', itself the adjunct of a raid that codes nothing here: the
    # list is told of the raid, and each participle is judged against it
    text = ("Iraqi police raided a protest camp in Baghdad, firing tear gas at demonstrators, arresting dozens "
            "of activists and burning their tents.")
    assert_form_fires(pipeline, text, "173", "detain_activist", "IRQCOP", "IRQOPP", _PUBLISHED)
    # a list after a coded attack stays its detail
    assert_form_silent(pipeline, "Russia shelled Ukraine on Saturday, killing 24 people, wounding 50 and "
                                 "destroying a hospital.", "18", _PUBLISHED)
