"""Where the object of a reporting verb stops: a "by" phrase naming someone after the object of
an active verb is the object's agent, even when the parser hangs it from the verb."""

import pytest


def by_cue(quotes, cue):
    found = [q for q in quotes if q.cue == cue]
    assert found, [(q.cue, q.text) for q in quotes]
    return found[0]


@pytest.mark.parametrize("text, cue, content", [
    ("The UN condemned the attack by rebels on an aid convoy.", "condemned", "the attack by rebels on an aid convoy"),
    ("They described coarse comments by Trump behind the scenes of the popular show.", "described",
     "coarse comments by Trump behind the scenes of the popular show"),
    ("Opposition leaders criticized the decision by the court to free the general.", "criticized",
     "the decision by the court to free the general"),
])
def test_a_by_phrase_after_the_object_is_the_objects_agent(find_quotes, text, cue, content):
    assert by_cue(find_quotes(text), cue).text == content


@pytest.mark.parametrize("text, cue, content", [
    ("The senator criticized the plan by phone.", "criticized", "the plan"),
    ("The minister rejected the offer by Friday.", "rejected", "the offer"),
    ("She attacked the bill by saying it would raise taxes.", "attacked", "the bill"),
])
def test_a_by_phrase_of_means_or_time_is_not(find_quotes, text, cue, content):
    assert by_cue(find_quotes(text), cue).text == content


def test_a_passive_keeps_its_agent_as_speaker(find_quotes):
    q = by_cue(find_quotes("The offer was rejected by the unions."), "rejected")
    assert q.speaker.text == "the unions" and q.text == "The offer"


@pytest.mark.parametrize("text, cue, content, speaker", [
    ('The candidate calls his rivals "losers" and "clowns."', "calls", 'his rivals "losers" and "clowns."', "The candidate"),
    ('The minister branded the protesters "terrorists" on Sunday.', "branded", 'the protesters "terrorists"', "The minister"),
    ('Trump called her "Miss Piggy" and "Miss Housekeeping."', "called", 'her "Miss Piggy" and "Miss Housekeeping."', "Trump"),
])
def test_a_quoted_name_the_parser_took_for_an_object(find_quotes, text, cue, content, speaker):
    q = by_cue(find_quotes(text), cue)
    assert (q.text, q.speaker.text, q.kind) == (content, speaker, "mixed")


def test_call_without_a_name_is_no_report(find_quotes):
    assert not [q for q in find_quotes("The governor called the mayor on Sunday.") if q.cue == "called"]


def test_a_relative_clause_the_parser_took_for_an_adverbial_is_no_that_clause(find_quotes):
    text = ("Clinton unveiled a list of endorsements from 120 retired judges and prosecutors -- most of whom had "
            "earlier announced their backing -- who cited her work as a senator.")
    quotes = find_quotes(text)
    assert by_cue(quotes, "unveiled").text == "a list of endorsements"
    announced = by_cue(quotes, "announced")
    assert (announced.speaker.text, announced.text) == ("most of whom", "their backing")


@pytest.mark.parametrize("text, cue, content", [
    ("The senator praised the new rules -- which take effect in May.", "praised", "the new rules"),
    ("The mayor criticized the new budget, which cuts funding for schools.", "criticized", "the new budget"),
])
def test_a_relative_clause_after_a_comma_or_dash_is_the_writers_gloss(find_quotes, text, cue, content):
    assert by_cue(find_quotes(text), cue).text == content


@pytest.mark.parametrize("text, cue, content", [
    ("Lynch speaks about racial issues, particularly in the context of policing.", "speaks about",
     "racial issues, particularly in the context of policing"),
    ("The minister criticized the new rules, especially the limits on foreign funding.", "criticized",
     "the new rules, especially the limits on foreign funding"),
])
def test_a_focus_adverb_after_a_comma_goes_on_with_the_content(find_quotes, text, cue, content):
    assert by_cue(find_quotes(text), cue).text == content
