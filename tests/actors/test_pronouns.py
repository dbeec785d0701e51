"""Pronoun antecedents by the rules news English follows (``eventwire.actors.pronouns``): binding of a subject
shared by conjoined verbs, parallel objects, appositions, person modifiers of a subject, quantified phrases,
quotation speakers given by a pronoun, and no antecedent where two conjoined actors fit equally."""

from __future__ import annotations

import pytest
from actor_mentions import code_at
from actor_mentions import coded as coded_text

PUBLISHED = "2018-03-01"   # the date these cases are coded at unless they give their own


def coded(pipeline, text: str, published: str = PUBLISHED):
    return coded_text(pipeline, text, published)


@pytest.mark.parametrize("text, word, code", [
    # an object pronoun is not the subject its verb shares with the verb it is conjoined to
    ("Obama praised Putin and thanked him.", "him", "RUSGOV"),
    ("The United States sanctioned Russia and warned it again on Friday.", "it", "RUS"),
    ("Merkel welcomed Macron in Berlin and later praised him for his reforms.", "him", "FRAGOV"),
])
def test_an_object_pronoun_is_not_the_shared_subject_of_conjoined_verbs(pipeline, text, word, code):
    assert code_at(coded(pipeline, text), word) == code


@pytest.mark.parametrize("text", [
    # the object of a conjoined verb goes first to the object of the verb before: a thing, so no actor
    "NBC News published the video on Friday, and lawyers for the family released it to reporters.",
    "The Senate drafted the bill in May and the House approved it in June.",
])
def test_a_parallel_object_that_is_a_thing_leaves_it_uncoded(pipeline, text):
    assert code_at(coded(pipeline, text), "it") is None


def test_a_possessive_inside_an_apposition_is_not_the_noun_it_describes(pipeline):
    cdoc = coded(pipeline, "Cuba, a close ally of Venezuela and its main oil buyer, rejected the sanctions.")
    assert code_at(cdoc, "its") == "VEN"


def test_who_is_never_the_antecedent_of_it(pipeline):
    cdoc = coded(pipeline, "The new approach is likely to calm worried Democrats in Washington, who have "
                           "argued that it hurts them.", "2016-09-27")
    assert code_at(cdoc, "it") is None
    assert code_at(cdoc, "them") == "USAPTY"


@pytest.mark.parametrize("text, word, code", [
    # a subject that is no person lends its person modifier to "he"/"she"
    ("The Trump campaign said the tax breaks allowed him to rebound.", "him", "USAPTY"),
    ("The Clinton campaign said the report had misquoted her.", "her", "USAPTY"),
    ("Sanders spoke in Iowa. The Trump campaign has stressed that the tax breaks let him hire workers.",
     "him", "USAPTY"),
])
def test_a_person_named_inside_the_subject_is_the_antecedent(pipeline, text, word, code):
    assert code_at(coded(pipeline, text, "2016-09-20"), word) == code


@pytest.mark.parametrize("text", [
    "No American president can win a war by pretending he has no enemies.",
    "Every senator who voted for the bill said he would defend it.",
])
def test_a_quantified_phrase_binds_its_pronoun_to_no_one(pipeline, text):
    assert code_at(coded(pipeline, text), "he") is None


@pytest.mark.parametrize("text, inside, speaker", [
    # the speaker of a quotation is a pronoun after it: the pronoun inside is somebody else
    ("“Obama has failed,” said Trump. “He has let down the country,” he added.", "USAGOV", "USAPTY"),
    ("Trump attacked Obama in a speech. “He has failed,” he said.", "USAGOV", "USAPTY"),
    ("Putin met Erdogan in Sochi. “He is a strong leader,” he told reporters.", "TURGOV", "RUSGOV"),
])
def test_a_pronoun_in_a_quotation_is_not_its_speaker_given_as_a_pronoun(pipeline, text, inside, speaker):
    cdoc = coded(pipeline, text, "2016-09-20")
    assert code_at(cdoc, "He") == inside
    assert code_at(cdoc, "he") == speaker


@pytest.mark.parametrize("text, subject, code", [
    ("The Pentagon said it had bombed the base before and was ready to do it again.", "Pentagon", "USAMIL"),
    ("Russia vetoed a resolution last year and said it would do it again.", "Russia", "RUS"),
])
def test_do_it_stands_for_an_act(pipeline, text, subject, code):
    cdoc = coded(pipeline, text)
    assert code_at(cdoc, "it") == code_at(cdoc, subject) == code   # the first "it" is the actor
    assert code_at(cdoc, "it", 1) is None                          # "do it": the act


@pytest.mark.parametrize("text", [
    "Russia has made it a priority to defend Assad.",
    "The sanctions made it harder for Iran to sell oil.",
    "Trump said veterans would be a top priority if he makes it to the White House.",
])
def test_the_it_of_make_it_idioms_has_no_referent(pipeline, text):
    assert code_at(coded(pipeline, text, "2016-09-20"), "it") is None


@pytest.mark.parametrize("text, word", [
    # two conjoined actors who both fit: no guess
    ("Obama and Putin met in Lima on Monday. He said the talks were useful.", "He"),
    ("Russia and China vetoed the resolution. It said the text was biased.", "It"),
    ("Germany and France signed the treaty in Aachen, and it said the deal would last.", "it"),
])
def test_two_conjoined_actors_that_fit_equally_leave_the_pronoun_uncoded(pipeline, text, word):
    assert code_at(coded(pipeline, text), word) is None


def test_gender_breaks_the_tie_between_conjoined_actors(pipeline):
    cdoc = coded(pipeline, "Macron and Merkel met in Paris. She said the talks were useful.")
    assert code_at(cdoc, "She") == "DEUGOV"


@pytest.mark.parametrize("text, word, code", [
    # an organisation is "they" as the subject of the clause the pronoun sits in, as in a later sentence
    ("The Taliban said they had killed ten soldiers.", "they", "AFGREB"),
    ("Hamas said they would not disarm.", "they", "PSEREB"),
    ("Amnesty International accused the army of torture and said their report was ignored.", "their", "NGOAMN"),
])
def test_an_organisation_subject_is_they_in_its_own_clauses(pipeline, text, word, code):
    assert code_at(coded(pipeline, text), word) == code


@pytest.mark.parametrize("text, word, code", [
    # the object of a relative clause is not the noun its relative subject stands for
    ("Republicans were incensed that the deals did not require witnesses to testify, sources who reviewed them "
     "told Politico.", "them", None),
    ("Officials who met Putin in Sochi praised him.", "him", "RUSGOV"),
])
def test_an_object_in_a_relative_clause_is_not_what_who_stands_for(pipeline, text, word, code):
    assert code_at(coded(pipeline, text), word) == code


def test_a_partner_told_by_a_possessive_is_no_rival(pipeline):
    cdoc = coded(pipeline, "A reporter spotted Stein and her press secretary on the bus and reported her presence "
                           "on Twitter.", "2016-09-26")
    assert code_at(cdoc, "her", 1) == "USAPTY"
