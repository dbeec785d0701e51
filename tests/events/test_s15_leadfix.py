"""A past 'after' clause is background also when the main clause, which codes no event, is in the present perfect
("have voiced a wish ..., after X imposed ..."): the seed article's shape (session 15, lead)."""

from __future__ import annotations

from .coded_rows import event_rows, pairs

PUB = "2019-03-04"


def test_an_after_clause_under_a_present_perfect_main_clause_is_background(pipeline):
    rows = event_rows(pipeline, "Belgrade and Pristina have voiced a wish for calmer ties, after the European Union "
                                "imposed penalties on Kosovo over the riots in the north.", PUB)
    assert not pairs(rows, "16"), rows


def test_a_present_perfect_act_of_its_own_is_still_coded(pipeline):
    rows = event_rows(pipeline, "The European Union has imposed penalties on Kosovo over the riots in the north.", PUB)
    assert pairs(rows, "16"), rows
