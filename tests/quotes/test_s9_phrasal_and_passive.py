"""Session 9 forms of reporting verbs: a phrasal verb whose preposition comes after a time word or an
adverb ("called Friday for ...", "spoke warmly of ..."), the addressee of "call on" without its
preposition, a reporting verb the parser hung as a reduced relative of the only noun phrase, the
passive of "accuse" (the accused clause is the content, the "by" phrase the speaker) and charges
named by a noun ("allegations of X", "claims of Y")."""

import pytest


@pytest.mark.parametrize("text, speaker, content", [
    ("The attorney general called Friday for releasing the police videos.", "The attorney general",
     "releasing the police videos"),
    ("The senator spoke emotionally of her years in the refugee camp.", "The senator", "her years in the refugee camp"),
    ("The bishop spoke on Sunday about the famine in the north.", "The bishop", "the famine in the north"),
    ("Farmers' unions called again for a ban on imported grain.", "Farmers' unions", "a ban on imported grain"),
])
def test_preposition_after_time_word_or_adverb(find_quotes, text, speaker, content):
    quotes = [(q.speaker.text if q.speaker else None, q.text) for q in find_quotes(text)]
    assert (speaker, content) in quotes


def test_time_object_is_no_particle(find_quotes):
    # "Machado" is the object: "on Friday" says when, it is no "call on"
    assert find_quotes("The minister called Machado on Friday.") == []


@pytest.mark.parametrize("text, content", [
    ("The mayor called on residents to stay indoors.", "residents to stay indoors"),
    ("The union called on the government to raise wages.", "the government to raise wages"),
    ("Two senators have called on the agency to publish its findings.", "the agency to publish its findings"),
])
def test_call_on_reports_the_addressee_without_the_preposition(find_quotes, text, content):
    assert content in [q.text for q in find_quotes(text)]


def test_verb_read_as_relative_keeps_its_subject(find_quotes):
    quotes = find_quotes("The envoy called again for an immediate ceasefire.")
    assert [(q.speaker.text, q.text) for q in quotes if q.speaker] == [("The envoy", "an immediate ceasefire")]


@pytest.mark.parametrize("text", [
    "Two customs officers have been accused of selling seized cigarettes back to smugglers.",
    "Peacekeepers have been accused of abusing civilians in the camps.",
    "Two officers were accused in the lawsuit of using excessive force.",
])
def test_passive_accusation_reports_the_accused_clause(find_quotes, text):
    quotes = [q for q in find_quotes(text) if q.cue == "accused"]
    assert [(q.text, q.speaker) for q in quotes] == [(text[:-1], None)]


def test_passive_accusation_with_agent(find_quotes):
    text = "The army has been accused by rights groups of torturing detainees."
    quotes = [q for q in find_quotes(text) if q.cue == "accused"]
    assert [(q.speaker.text, q.text) for q in quotes] == [("rights groups", text[:-1])]


def test_accused_as_adjective_is_no_quote(find_quotes):
    assert find_quotes("The accused man was released on bail.") == []


@pytest.mark.parametrize("text, cue, content", [
    ("The minister resigned amid allegations of corruption in the ports authority.", "allegations of",
     "corruption in the ports authority"),
    ("Accusations of torture by the security forces have grown since March.", "Accusations of", "torture"),
    ("Aid workers heard claims of abuse from several camps.", "claims of", "abuse from several camps"),
])
def test_charge_nouns_with_of(find_quotes, text, cue, content):
    quotes = [q for q in find_quotes(text) if q.cue == cue]
    assert [q.text for q in quotes] == [content]
    assert quotes[0].speaker is None      # "by the security forces" names the torturers, not who alleges
