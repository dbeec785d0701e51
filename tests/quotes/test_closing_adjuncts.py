"""The writer's closing adjuncts are no part of a content without a finite clause of its own: a
participle after a comma ("wants to register voters, focusing on students") and a phrase of time or
occasion ("declined to name them during a speech", "praised the rail link while visiting the site").
Inside a that-clause, or in the infinitive of an act promised or urged, they stay the claim's own."""

import pytest


@pytest.mark.parametrize("text, cue, content", [
    ("The senator wants to register two million new voters, focusing on students and young renters.",
     "wants", "to register two million new voters"),
    ("The union threatened to strike next month, bringing the ports to a standstill.",
     "threatened", "to strike next month"),
    ("Merkel vowed to cut energy prices, promising relief for households.", "vowed", "to cut energy prices"),
    ("Kenya's president called for fresh talks with the rebels, citing the collapse of the ceasefire.",
     "called for", "fresh talks with the rebels"),
])
def test_a_closing_participle_is_the_writers(quote_content, text, cue, content):
    assert quote_content(text, cue) == content


@pytest.mark.parametrize("text, cue, content", [
    ("The company said it would close the plant, beginning in January.", "said",
     "it would close the plant, beginning in January"),
    ("Police said the gunman fled on foot, leaving the weapon behind.", "said",
     "the gunman fled on foot, leaving the weapon behind"),
])
def test_a_participle_in_a_that_clause_is_the_claims(quote_content, text, cue, content):
    assert quote_content(text, cue) == content


@pytest.mark.parametrize("text, cue, content", [
    ("Erdogan declined to name the officers during a televised address on Tuesday.", "declined",
     "to name the officers"),
    ("The senator pointedly refused to endorse the nominee during a speech at the party convention in July.",
     "refused", "to endorse the nominee"),
    ("The minister has not commented on the case since his arrest in March.", "commented on", "the case"),
    ("The president has not mentioned Navalny since the verdict.", "mentioned", "Navalny"),
    ("Rebels criticised Kabila while the talks in Kinshasa dragged on.", "criticised", "Kabila"),
    ("Modi praised the new rail link while visiting the site in Gujarat.", "praised", "the new rail link"),
    ("The opposition leader criticised the new tax amid mounting protests in the capital.", "criticised",
     "the new tax"),
    ("The governor refused to discuss the budget, aside from saying he expects cuts.", "refused",
     "to discuss the budget"),
])
def test_a_closing_phrase_of_occasion_is_the_writers(quote_content, text, cue, content):
    assert quote_content(text, cue) == content


def test_what_is_said_aside_is_a_quote_of_its_own(find_quotes):
    quotes = find_quotes("The governor refused to discuss the budget, aside from saying he expects cuts.")
    assert "he expects cuts" in [q.text for q in quotes]


@pytest.mark.parametrize("text, cue, content", [
    ("The general said soldiers had looted shops during the unrest.", "said",
     "soldiers had looted shops during the unrest"),
    ("The mayor urged residents to stay indoors during the storm.", "urged",
     "residents to stay indoors during the storm"),
    ("Officials asked the airline to suspend flights while the inquiry is under way.", "asked",
     "the airline to suspend flights while the inquiry is under way"),
])
def test_the_time_of_the_act_reported_or_urged_stays(quote_content, text, cue, content):
    assert quote_content(text, cue) == content
