"""Speakers written as relative pronouns stand for the noun the relative clause hangs from."""

import pytest


def speaker_of(quotes, cue):
    found = [q for q in quotes if q.cue == cue]
    assert found, [(q.cue, q.text) for q in quotes]
    return found[0].speaker.text


@pytest.mark.parametrize("text, cue, speaker", [
    ("The senator, who told reporters that he would vote no, left the chamber.", "told", "The senator"),
    ("Dmitry Peskov, Putin's spokesman, who said the talks were useful, declined to comment.",
     "said", "Dmitry Peskov, Putin's spokesman"),
    ("The ministry, which said the strike killed 20 people, gave no details.", "said", "The ministry"),
    ("Protests were led by farmers who have warned that prices will collapse.", "warned", "farmers"),
    ("The decision angered Mr. Obama, who insisted that the deal was fair.", "insisted", "Mr. Obama"),
    ("It was Merkel who said that the talks had failed.", "said", "Merkel"),
    ("Kaine is a onetime housing lawyer who has argued that the death penalty is wrong.", "argued", "Kaine"),
])
def test_a_relative_pronoun_speaker_is_its_antecedent(find_quotes, text, cue, speaker):
    assert speaker_of(find_quotes(text), cue) == speaker


def test_a_place_after_a_person_is_no_antecedent_of_who(find_quotes):
    for text in ("The deal will calm worried Republicans in Washington, who have argued that it hurts them.",
                 "The deal is likely to calm worried Republicans in Washington, who have argued that it hurts."):
        assert speaker_of(find_quotes(text), "argued").startswith("worried Republicans")
    text = "Reporters asked a spokesman for the Kremlin, who said the talks had failed."
    assert speaker_of(find_quotes(text), "said") == "a spokesman for the Kremlin"


@pytest.mark.parametrize("text, cue, speaker", [
    ("Supporters of the president, who have claimed that the vote was rigged, marched on Sunday.",
     "claimed", "Supporters of the president"),
    ("Members of the Saudi government, which has denied any involvement, met the envoy.",
     "denied", "the Saudi government"),
])
def test_the_verb_of_the_relative_clause_agrees_with_its_antecedent(find_quotes, text, cue, speaker):
    assert speaker_of(find_quotes(text), cue) == speaker


def test_whose_speaker_keeps_its_owner(find_quotes):
    text = "Apple, whose spokesman said the company would appeal, declined to comment further."
    assert speaker_of(find_quotes(text), "said") == "Apple, whose spokesman"


def test_a_speaker_ends_before_a_relative_clause_set_off_by_commas(find_quotes):
    text = "Mr. Kamin, who heads the tax center, said the plan would simplify returns."
    assert speaker_of(find_quotes(text), "said") == "Mr. Kamin"
    text = "Officials who spoke on condition of anonymity said the plan was dead."
    assert speaker_of(find_quotes(text), "said") == "Officials who spoke on condition of anonymity"


def test_the_actor_lookup_goes_to_the_antecedent(quote_stage_runner):
    cdoc = quote_stage_runner("The senator, who told reporters that he would vote no, left the chamber.")
    told = next(q for q in cdoc.quotes if q.cue == "told")
    assert cdoc.article.text[told.speaker.start:told.speaker.end] == "The senator"


@pytest.mark.parametrize("text, speaker", [
    ("Trump, addressing a police union in Ohio, said he would order a review.", "Trump"),
    ("The minister, asked about the strikes, said they had hit militants.", "The minister"),
    ("Protesters, chanting slogans against the government, said they would stay.", "Protesters"),
    ("Officials speaking on condition of anonymity said the plan was dead.",
     "Officials speaking on condition of anonymity"),
])
def test_a_speaker_ends_before_a_reduced_relative_set_off_by_commas(find_quotes, text, speaker):
    assert speaker_of(find_quotes(text), "said") == speaker
