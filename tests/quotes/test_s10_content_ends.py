"""Where a reported clause ends: a second that-clause after ", but" is more of the same report ("said
the budget would balance, but that defence spending would rise"), while a contrast of the writer's is
not ("..., but economists doubt that"); a closing gloss of the writer's that sums up the act with a
noun and a clause of its own ("..., a move that angered unions", "..., a step seen as a concession")
is not part of the content, while an apposition inside the claim is ("500 jobs, a tenth of its staff,
by March")."""

import pytest


@pytest.mark.parametrize("text, cue, content", [
    ("The minister said the budget would be balanced by 2026, but that spending on defence would rise.", "said",
     "the budget would be balanced by 2026, but that spending on defence would rise"),
    ("The envoy insisted the truce was holding, but that both armies were rearming.", "insisted",
     "the truce was holding, but that both armies were rearming"),
])
def test_a_second_that_clause_after_but(quote_content, text, cue, content):
    assert quote_content(text, cue) == content


def test_a_contrast_of_the_writer_still_ends_the_content(quote_content):
    text = "The minister said the budget would be balanced by 2026, but economists doubt it."
    assert quote_content(text, "said") == "the budget would be balanced by 2026"


@pytest.mark.parametrize("text, cue, content", [
    ("The company said it would cut 500 jobs, a move that angered unions.", "said", "it would cut 500 jobs"),
    ("Ministers agreed to lift the ban on exports, a step seen as a concession to farmers.", "agreed",
     "to lift the ban on exports"),
    ("The envoy said talks would resume in May, a sign that both sides want a deal.", "said",
     "talks would resume in May"),
    ("The regulator announced it would drop the inquiry, a decision which stunned investors.", "announced",
     "it would drop the inquiry"),
])
def test_the_writers_closing_gloss_is_left_out(quote_content, text, cue, content):
    assert quote_content(text, cue) == content


def test_an_apposition_inside_the_claim_stays(quote_content):
    text = "The company said it would cut 500 jobs, a tenth of its staff, by March."
    assert quote_content(text, "said") == "it would cut 500 jobs, a tenth of its staff, by March"
