"""Speakers written as relative pronouns stand for the noun the relative clause hangs from: the
record shows the relative words ("who", "whose spokesman"), as it shows "he", and the antecedent
gives the name and code (resolved inside the finder, checked here on its speaker mention)."""

import pytest

from eventwire.quotes import QuoteFinder, QuoteLexicon

_RELATIVE_WORDS = frozenset({"who", "which", "that", "whose", "whom"})


@pytest.fixture(scope="module")
def finder():
    return QuoteFinder(QuoteLexicon.load())


@pytest.fixture(scope="module")
def speaker_of(quote_stage_runner, finder):
    """The phrase a cue's speaker stands for (the antecedent of a relative pronoun), checking on
    the way that the record shows the relative words themselves."""
    def run(text, cue):
        cdoc = quote_stage_runner(text)
        found = [q for q in finder.find(cdoc.doc) if q.cue == cue]
        assert found, [(q.cue, q.text) for q in cdoc.quotes]
        mention = found[0].speaker
        record = next(q for q in cdoc.quotes if q.cue == cue).speaker
        if mention.relative and mention.shown is not None:
            assert set(record.text.lower().split()) & _RELATIVE_WORDS, record.text
        else:
            assert record.text == cdoc.doc[mention.start:mention.end].text
        return cdoc.doc[mention.start:mention.end].text

    return run


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
def test_a_relative_pronoun_speaker_is_its_antecedent(speaker_of, text, cue, speaker):
    assert speaker_of(text, cue) == speaker


def test_a_place_after_a_person_is_no_antecedent_of_who(speaker_of):
    for text in ("The deal will calm worried Republicans in Washington, who have argued that it hurts them.",
                 "The deal is likely to calm worried Republicans in Washington, who have argued that it hurts."):
        assert speaker_of(text, "argued").startswith("worried Republicans")
    text = "Reporters asked a spokesman for the Kremlin, who said the talks had failed."
    assert speaker_of(text, "said") == "a spokesman for the Kremlin"


@pytest.mark.parametrize("text, cue, speaker", [
    ("Supporters of the president, who have claimed that the vote was rigged, marched on Sunday.",
     "claimed", "Supporters of the president"),
    ("Members of the Saudi government, which has denied any involvement, met the envoy.",
     "denied", "the Saudi government"),
])
def test_the_verb_of_the_relative_clause_agrees_with_its_antecedent(speaker_of, text, cue, speaker):
    assert speaker_of(text, cue) == speaker


def test_whose_speaker_keeps_its_owner(speaker_of):
    text = "Apple, whose spokesman said the company would appeal, declined to comment further."
    assert speaker_of(text, "said") == "Apple, whose spokesman"


def test_a_speaker_ends_before_a_relative_clause_set_off_by_commas(speaker_of):
    text = "Mr. Kamin, who heads the tax center, said the plan would simplify returns."
    assert speaker_of(text, "said") == "Mr. Kamin"
    text = "Officials who spoke on condition of anonymity said the plan was dead."
    assert speaker_of(text, "said") == "Officials who spoke on condition of anonymity"


@pytest.mark.parametrize("text, cue, shown", [
    ("The senator, who told reporters that he would vote no, left the chamber.", "told", "who"),
    ("The ministry, which said the strike killed 20 people, gave no details.", "said", "which"),
    ("Protests were led by farmers who have warned that prices will collapse.", "warned", "who"),
    ("The union, which has warned that the cuts are illegal, will strike on Monday.", "warned", "which"),
    ("The banks that warned that the rules would cost jobs have asked for a delay.", "warned", "that"),
    ("Apple, whose spokesman said the company would appeal, declined to comment further.", "said",
     "whose spokesman"),
])
def test_the_record_shows_the_relative_words_with_their_offsets(quote_stage_runner, text, cue, shown):
    cdoc = quote_stage_runner(text)
    speaker = next(q for q in cdoc.quotes if q.cue == cue).speaker
    assert speaker.text == shown
    assert cdoc.article.text[speaker.start:speaker.end] == shown


def test_a_cleft_shows_who_too(quote_stage_runner):
    cdoc = quote_stage_runner("It was Merkel who said that the talks had failed.")
    assert next(q for q in cdoc.quotes if q.cue == "said").speaker.text == "who"


@pytest.mark.parametrize("text, speaker", [
    ("Trump, addressing a police union in Ohio, said he would order a review.", "Trump"),
    ("The minister, asked about the strikes, said they had hit militants.", "The minister"),
    ("Protesters, chanting slogans against the government, said they would stay.", "Protesters"),
    ("Officials speaking on condition of anonymity said the plan was dead.",
     "Officials speaking on condition of anonymity"),
])
def test_a_speaker_ends_before_a_reduced_relative_set_off_by_commas(speaker_of, text, speaker):
    assert speaker_of(text, "said") == speaker
